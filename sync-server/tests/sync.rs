//! Sync over real HTTP: mutations decided once by `keikka_core::apply`, and each user pulling
//! exactly what they may see.

mod common;

use common::{TestServer, at, claims_in, draft, tasks_in};
use keikka_core::protocol::{Change, Mutation, Op, Outcome};
use keikka_core::{ClaimId, ClaimState, DomainError, Minutes, MutationId, TaskStatus};
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

fn new_claim() -> ClaimId {
    ClaimId(Uuid::new_v4())
}

fn rejected(code: &str) -> impl Fn(&Outcome) -> bool + '_ {
    move |o| matches!(o, Outcome::Rejected { reason } if reason.code() == code)
}

#[tokio::test]
async fn a_task_goes_from_publish_to_approved_earning_on_the_participants_phone() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let task = server.publish(&supervisor, draft(1)).await;

    let first = server.sync(&aino, 0, vec![]).await;
    assert!(tasks_in(&first.changes).iter().any(|t| t.id == task));
    let claim = new_claim();
    let answer = server
        .sync(
            &aino,
            first.cursor.0,
            vec![
                Op::ClaimTask { claim, task },
                Op::StartTask { claim },
                Op::CompleteTask {
                    claim,
                    minutes: Minutes(150),
                    note: Some("Sali on imuroitu.".into()),
                },
            ],
        )
        .await;
    assert!(
        answer.results.iter().all(|r| r.outcome == Outcome::Applied),
        "{answer:?}"
    );
    let cursor = answer.cursor.0;

    let approve = server
        .sync(
            &supervisor,
            0,
            vec![Op::ApproveCompletion {
                claim,
                paid_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 15).unwrap(),
                minutes: None,
                adjust_reason: None,
            }],
        )
        .await;
    assert_eq!(approve.results[0].outcome, Outcome::Applied);

    let next = server.sync(&aino, cursor, vec![]).await;
    let claims = claims_in(&next.changes);
    assert_eq!(claims.len(), 1);
    let ClaimState::Approved { approval, .. } = &claims[0].state else {
        panic!("expected approved, got {:?}", claims[0].state);
    };
    assert_eq!(approval.earning.amount.get(), 2500);
    assert_eq!(approval.earning.paid_on.to_string(), "2026-03-15");
    assert_eq!(approval.earning.employer_of_record, "Väylä ry");
    assert!(!next.more);
    assert_eq!(next.cursor.0, server.store.current_seq().unwrap());
}

#[tokio::test]
async fn two_participants_claiming_the_last_seat_one_wins_the_other_gets_task_full() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mikko = server.participant(&supervisor, "Mikko", &[]).await;
    let task = server.publish(&supervisor, draft(1)).await;

    // Both phones saw one free seat and claimed it offline; both sync at once.
    let (a, m) = tokio::join!(
        server.sync(
            &aino,
            0,
            vec![Op::ClaimTask {
                claim: new_claim(),
                task
            }]
        ),
        server.sync(
            &mikko,
            0,
            vec![Op::ClaimTask {
                claim: new_claim(),
                task
            }]
        ),
    );
    let outcomes = [&a.results[0].outcome, &m.results[0].outcome];
    assert_eq!(
        outcomes.iter().filter(|o| ***o == Outcome::Applied).count(),
        1
    );
    assert_eq!(
        outcomes.iter().filter(|o| rejected("task_full")(o)).count(),
        1,
        "{outcomes:?}"
    );
    let stored = server.store.task(task).unwrap().unwrap();
    assert_eq!((stored.seats, stored.seats_taken), (1, 1));
    assert_eq!(server.store.count_rows("claims").unwrap(), 1);
}

#[tokio::test]
async fn the_same_mutation_sent_twice_is_applied_once_and_answered_the_same() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let task = server.publish(&supervisor, draft(3)).await;
    let mutation = Mutation {
        id: MutationId(Uuid::new_v4()),
        at: server.clock.now(),
        op: Op::ClaimTask {
            claim: new_claim(),
            task,
        },
    };
    let first = server
        .sync_mutations(&aino, 0, vec![mutation.clone()])
        .await;
    let seq_after_first = server.store.current_seq().unwrap();
    // The answer was lost; the phone sends the same mutation again.
    let second = server
        .sync_mutations(&aino, 0, vec![mutation.clone()])
        .await;
    assert_eq!(first.results, second.results);
    assert_eq!(first.results[0].outcome, Outcome::Applied);
    assert_eq!(server.store.task(task).unwrap().unwrap().seats_taken, 1);
    assert_eq!(server.store.current_seq().unwrap(), seq_after_first);

    // A rejection is remembered too: the same answer even after the reason went away.
    let refused = Mutation {
        id: MutationId(Uuid::new_v4()),
        at: server.clock.now(),
        op: Op::ClaimTask {
            claim: new_claim(),
            task,
        },
    };
    let once = server.sync_mutations(&aino, 0, vec![refused.clone()]).await;
    assert!(rejected("already_claimed")(&once.results[0].outcome));
    let twice = server.sync_mutations(&aino, 0, vec![refused]).await;
    assert_eq!(once.results, twice.results);
}

#[tokio::test]
async fn a_mutation_id_already_used_by_another_person_is_rejected_id_in_use() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mikko = server.participant(&supervisor, "Mikko", &[]).await;
    let task = server.publish(&supervisor, draft(3)).await;
    let id = MutationId(Uuid::new_v4());
    let claim = |claim| Mutation {
        id,
        at: server.clock.now(),
        op: Op::ClaimTask { claim, task },
    };
    let a = server
        .sync_mutations(&aino, 0, vec![claim(new_claim())])
        .await;
    assert_eq!(a.results[0].outcome, Outcome::Applied);
    let m = server
        .sync_mutations(&mikko, 0, vec![claim(new_claim())])
        .await;
    assert_eq!(
        m.results[0].outcome,
        Outcome::Rejected {
            reason: DomainError::IdInUse
        }
    );
    assert_eq!(server.store.task(task).unwrap().unwrap().seats_taken, 1);
}

#[tokio::test]
async fn paging_with_more_delivers_every_change_once_and_in_order() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mut published = vec![];
    for _ in 0..6 {
        let drafts: Vec<_> = (0..100).map(|_| draft(1)).collect();
        published.extend(drafts.iter().map(|d| d.id));
        let ops = drafts
            .into_iter()
            .map(|task| Op::PublishTask { task })
            .collect();
        let answer = server.sync(&supervisor, 0, ops).await;
        assert!(answer.results.iter().all(|r| r.outcome == Outcome::Applied));
    }
    let first = server.sync(&aino, 0, vec![]).await;
    assert!(first.more);
    assert_eq!(
        first.changes.len(),
        keikka_core::protocol::MAX_CHANGES_PER_SYNC
    );
    let second = server.sync(&aino, first.cursor.0, vec![]).await;
    assert!(!second.more);
    assert_eq!(second.cursor.0, server.store.current_seq().unwrap());
    let all: Vec<_> = first
        .changes
        .iter()
        .chain(&second.changes)
        .cloned()
        .collect();
    let received: Vec<_> = tasks_in(&all).iter().map(|t| t.id).collect();
    assert_eq!(received, published, "every task once, oldest first");
    let nothing = server.sync(&aino, second.cursor.0, vec![]).await;
    assert!(nothing.changes.is_empty() && !nothing.more);
}

#[tokio::test]
async fn a_participant_never_receives_others_claims_nor_another_organisations_tasks() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mikko = server.participant(&supervisor, "Mikko", &[]).await;
    let other = server.organisation("Toinen keskus").await;
    let other_task = server.publish(&other, draft(2)).await;
    let task = server.publish(&supervisor, draft(2)).await;
    let mikkos = new_claim();
    server
        .sync(
            &mikko,
            0,
            vec![Op::ClaimTask {
                claim: mikkos,
                task,
            }],
        )
        .await;
    let ainos = new_claim();
    server
        .sync(&aino, 0, vec![Op::ClaimTask { claim: ainos, task }])
        .await;
    // Claiming the other organisation's task by its id is not_found, as if it did not exist.
    let foreign = server
        .sync(
            &aino,
            0,
            vec![Op::ClaimTask {
                claim: new_claim(),
                task: other_task,
            }],
        )
        .await;
    assert!(rejected("not_found")(&foreign.results[0].outcome));

    let seen = server.pull_all(&aino).await;
    let claims: Vec<_> = claims_in(&seen).iter().map(|c| c.id).collect();
    assert_eq!(claims, vec![ainos]);
    assert!(
        tasks_in(&seen)
            .iter()
            .all(|t| t.organisation == aino.organisation)
    );
    for change in &seen {
        match change {
            Change::Person(p) => assert_eq!(p.id, aino.person),
            Change::Organisation(o) => assert_eq!(o.id, aino.organisation),
            Change::Group(g) => assert_eq!(g.organisation, aino.organisation),
            Change::Consent(c) => assert_eq!(c.participant, aino.person),
            Change::Task(_) | Change::Claim(_) => {}
            Change::Commissioner(_) | Change::Order(_) | Change::SharedProfile(_) => {
                panic!("a participant received the unit's prices: {change:?}")
            }
        }
    }
    // The supervisor sees both claims of their unit and nothing of the other unit.
    let supervised = server.pull_all(&supervisor).await;
    assert_eq!(claims_in(&supervised).len(), 2);
    assert!(tasks_in(&supervised).iter().all(|t| t.id != other_task));
}

#[tokio::test]
async fn tasks_for_other_groups_stay_hidden_until_the_participant_joins_the_group() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let morning = server.group(&supervisor, "Aamuryhmä").await;
    let evening = server.group(&supervisor, "Iltaryhmä").await;
    let aino = server.participant(&supervisor, "Aino", &[morning]).await;
    let mut for_evening = draft(1);
    for_evening.groups = vec![evening];
    let hidden = server.publish(&supervisor, for_evening).await;
    let mut for_morning = draft(1);
    for_morning.groups = vec![morning];
    let shown = server.publish(&supervisor, for_morning).await;

    let first = server.sync(&aino, 0, vec![]).await;
    let ids: Vec<_> = tasks_in(&first.changes).iter().map(|t| t.id).collect();
    assert_eq!(ids, vec![shown]);
    let claim = server
        .sync(
            &aino,
            first.cursor.0,
            vec![Op::ClaimTask {
                claim: new_claim(),
                task: hidden,
            }],
        )
        .await;
    assert!(rejected("not_found")(&claim.results[0].outcome));

    server
        .store
        .set_person_groups(aino.organisation, aino.person, &[morning, evening])
        .unwrap();
    let after = server.sync(&aino, first.cursor.0, vec![]).await;
    assert!(tasks_in(&after.changes).iter().any(|t| t.id == hidden));
    // Once the cursor is past the membership change, old tasks are not sent again.
    let quiet = server.sync(&aino, after.cursor.0, vec![]).await;
    assert!(quiet.changes.is_empty());
}

/// A change to the person's row that is no change of groups (here: a new phone paired) resends
/// nothing: the new phone's first sync of more than a page gets every row once. (Every page
/// after the first used to carry half a page of tasks again, doubling a first sync.)
#[tokio::test]
async fn a_new_phones_first_sync_gets_each_row_once() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let tasks = keikka_core::protocol::MAX_CHANGES_PER_SYNC + 100;
    let drafts: Vec<Mutation> = (0..tasks)
        .map(|_| Mutation {
            id: MutationId(Uuid::new_v4()),
            at: server.clock.now(),
            op: Op::PublishTask { task: draft(1) },
        })
        .collect();
    for batch in drafts.chunks(keikka_core::protocol::MAX_MUTATIONS_PER_SYNC) {
        let answer = server.sync_mutations(&supervisor, 0, batch.to_vec()).await;
        assert!(answer.results.iter().all(|r| r.outcome == Outcome::Applied));
    }
    let code = server
        .store
        .issue_pairing_code(
            Some(aino.organisation),
            aino.person,
            None,
            server.clock.now(),
        )
        .unwrap();
    let phone = server.pair(&code.code).await;
    let changes = server.pull_all(&phone).await;
    let tasks_received = tasks_in(&changes).len();
    assert_eq!(tasks_received, tasks, "tasks sent more than once");
}

#[tokio::test]
async fn a_cancelled_task_reaches_the_participant_as_cancelled() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let task = server.publish(&supervisor, draft(1)).await;
    let before = server.sync(&aino, 0, vec![]).await;
    let cancel = server
        .sync(&supervisor, 0, vec![Op::CancelTask { task }])
        .await;
    assert_eq!(cancel.results[0].outcome, Outcome::Applied);
    let after = server.sync(&aino, before.cursor.0, vec![]).await;
    let tasks = tasks_in(&after.changes);
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].status, TaskStatus::Cancelled);
}

#[tokio::test]
async fn another_organisations_supervisor_can_neither_approve_nor_issue_codes() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus A").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let task = server.publish(&supervisor, draft(1)).await;
    let claim = server.claim_and_report(&aino, task, 60).await;
    let outsider = server.organisation("Työkeskus B").await;
    let approve = server
        .sync(
            &outsider,
            0,
            vec![Op::ApproveCompletion {
                claim,
                paid_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 15).unwrap(),
                minutes: None,
                adjust_reason: None,
            }],
        )
        .await;
    assert_eq!(
        approve.results[0].outcome,
        Outcome::Rejected {
            reason: DomainError::not_found("claim")
        }
    );
    assert!(matches!(
        server.store.claim(claim).unwrap().unwrap().state,
        ClaimState::Completed { .. }
    ));
    let (status, body) = server
        .post(
            &format!("/api/v1/people/{}/pairing-code", aino.person),
            Some(&outsider.token),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], "not_found");
    // The same answer as for an id that exists nowhere.
    let (status, nowhere) = server
        .post(
            &format!("/api/v1/people/{}/pairing-code", Uuid::new_v4()),
            Some(&outsider.token),
            &json!({}),
        )
        .await;
    assert_eq!((status, &nowhere), (StatusCode::NOT_FOUND, &body));
    // Nor revoke A's devices, nor see them.
    let (status, _) = server
        .post(
            &format!("/api/v1/devices/{}/revoke", aino.id),
            Some(&outsider.token),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, devices) = server.get("/api/v1/devices", Some(&outsider.token)).await;
    assert_eq!(
        devices.as_array().unwrap().len(),
        1,
        "only B's own supervisor device"
    );
    // Nor add A's groups to a participant of B.
    let a_group = server.group(&supervisor, "Aamuryhmä").await;
    let (status, _) = server
        .post(
            "/api/v1/participants",
            Some(&outsider.token),
            &json!({"name": "Ville", "groups": [a_group]}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_revoked_device_token_is_unauthorized_from_then_on() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    server.sync(&aino, 0, vec![]).await;
    let (status, devices) = server.get("/api/v1/devices", Some(&supervisor.token)).await;
    assert_eq!(status, StatusCode::OK);
    let listed = devices.as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .all(|d| d["revoked_at"].is_null() && d.get("token_hash").is_none())
    );

    let (status, body) = server
        .post(
            &format!("/api/v1/devices/{}/revoke", aino.id),
            Some(&supervisor.token),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (status, body) = server
        .post(
            "/api/v1/sync",
            Some(&aino.token),
            &json!({"device": aino.id, "cursor": 0}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "unauthorized");
    let (_, devices) = server.get("/api/v1/devices", Some(&supervisor.token)).await;
    let revoked = devices
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == json!(aino.id))
        .unwrap();
    assert!(revoked["revoked_at"].is_string());
}

#[tokio::test]
async fn a_person_can_revoke_their_own_device_but_not_someone_elses() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mikko = server.participant(&supervisor, "Mikko", &[]).await;
    let (status, _) = server
        .post(
            &format!("/api/v1/devices/{}/revoke", mikko.id),
            Some(&aino.token),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = server
        .post(
            &format!("/api/v1/devices/{}/revoke", aino.id),
            Some(&aino.token),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = server.get("/api/v1/devices", Some(&aino.token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    server.sync(&mikko, 0, vec![]).await;
}

#[tokio::test]
async fn a_missing_or_malformed_token_is_unauthorized() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let body = json!({"device": supervisor.id, "cursor": 0});
    let (status, answer) = server.post("/api/v1/sync", None, &body).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthorized"))
    );
    for token in [
        "",
        "short",
        &"A".repeat(43),
        &format!("{}x", supervisor.token),
    ] {
        let (status, answer) = server.post("/api/v1/sync", Some(token), &body).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token}");
        assert_eq!(answer["error"], "unauthorized");
    }
    let response = server
        .http
        .get(format!("{}/api/v1/devices", server.url))
        .header("authorization", format!("Basic {}", supervisor.token))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_participant_calling_supervisor_routes_is_forbidden() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let before = server.snapshot();
    let token = Some(aino.token.as_str());
    let attempts = [
        server
            .post("/api/v1/groups", token, &json!({"name": "Oma"}))
            .await,
        server
            .post("/api/v1/participants", token, &json!({"name": "Ystävä"}))
            .await,
        server
            .post(
                &format!("/api/v1/people/{}/pairing-code", aino.person),
                token,
                &json!({}),
            )
            .await,
        server.get("/api/v1/devices", token).await,
    ];
    for (status, body) in attempts {
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body["error"], "forbidden");
    }
    // Publishing through sync is refused by the domain, not by the route.
    let publish = server
        .sync(&aino, 0, vec![Op::PublishTask { task: draft(1) }])
        .await;
    assert!(rejected("forbidden")(&publish.results[0].outcome));
    let after = server.snapshot();
    // Only the refused mutation's record and nothing else.
    let changed: Vec<_> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, _)| b.0.as_str())
        .collect();
    assert_eq!(changed, vec!["mutations"]);
}

#[tokio::test]
async fn the_body_must_name_the_tokens_own_device() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let (status, body) = server
        .post(
            "/api/v1/sync",
            Some(&aino.token),
            &json!({"device": supervisor.id, "cursor": 0}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error"], "device_mismatch");
}

#[tokio::test]
async fn a_device_clock_far_in_the_future_counts_at_the_servers_now_and_that_answer_is_kept() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let task = server.publish(&supervisor, draft(1)).await;
    let claim = new_claim();
    let mutation = Mutation {
        id: MutationId(Uuid::new_v4()),
        at: at("2027-01-01T09:00:00+02:00"),
        op: Op::ClaimTask { claim, task },
    };
    let answer = server
        .sync_mutations(&aino, 0, vec![mutation.clone()])
        .await;
    // Work from a phone whose clock is months fast is not lost: it counts at the server's now.
    assert_eq!(answer.results[0].outcome, Outcome::Applied);
    assert_eq!(
        server.store.claim(claim).unwrap().unwrap().claimed_at,
        server.clock.now()
    );
    // Sent again later, the recorded answer stands and nothing is taken twice.
    server.clock.set(at("2027-01-01T09:00:00+02:00"));
    let again = server.sync_mutations(&aino, 0, vec![mutation]).await;
    assert_eq!(answer.results, again.results);
    assert_eq!(server.store.task(task).unwrap().unwrap().seats_taken, 1);
}

#[tokio::test]
async fn consent_is_seen_by_the_participant_and_their_supervisor_only() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mikko = server.participant(&supervisor, "Mikko", &[]).await;
    let other = server.organisation("Toinen").await;
    let answer = server
        .sync(
            &aino,
            0,
            vec![Op::SetConsent {
                share_benefit_profile: true,
            }],
        )
        .await;
    assert_eq!(answer.results[0].outcome, Outcome::Applied);
    let has_consent = |changes: &[Change]| changes.iter().any(|c| matches!(c, Change::Consent(_)));
    assert!(has_consent(&server.pull_all(&aino).await));
    assert!(has_consent(&server.pull_all(&supervisor).await));
    assert!(!has_consent(&server.pull_all(&mikko).await));
    assert!(!has_consent(&server.pull_all(&other).await));
}

/// Issue 16, item 3: a phone paired as someone else keeps the earlier person's unsent work and
/// says so at every sync; the supervisor's device list shows it on the earlier pairing's
/// device, naming the person now using the phone. Only what can be so is heard: the earlier
/// device taken out of use before the phone was paired again, both in the unit; one entry per
/// device, the count capped; an empty list forgets it.
#[tokio::test]
async fn work_waiting_on_a_phone_from_an_earlier_pairing_shows_on_that_pairings_device_for_the_supervisor()
 {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mikko = server.participant(&supervisor, "Mikko", &[]).await;
    let other_unit = server.organisation("Toinen").await;
    let (status, _) = server
        .post(
            &format!("/api/v1/devices/{}/revoke", aino.id),
            Some(&supervisor.token),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // The phone is paired for Leena after Aino's pairing was taken out of use.
    let leena = server.participant(&supervisor, "Leena", &[]).await;
    let waiting_sync = |waiting: serde_json::Value| json!({"device": leena.id, "cursor": 0, "sent_all": true, "waiting": waiting});
    let (status, body) = server
        .post(
            "/api/v1/sync",
            Some(&leena.token),
            &waiting_sync(json!([
                {"device": aino.id, "mutations": 2},
                {"device": aino.id, "mutations": 7},
                {"device": mikko.id, "mutations": 3},
                {"device": other_unit.id, "mutations": 5},
                {"device": Uuid::new_v4(), "mutations": 1},
            ])),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let device = |list: &serde_json::Value, id: keikka_core::DeviceId| {
        list.as_array()
            .unwrap_or_else(|| panic!("not a device list: {list}"))
            .iter()
            .find(|d| d["id"] == json!(id))
            .cloned()
            .unwrap_or_else(|| panic!("no device {id} in {list}"))
    };
    let (_, devices) = server.get("/api/v1/devices", Some(&supervisor.token)).await;
    assert_eq!(
        device(&devices, aino.id)["waiting_on"],
        json!([{"device": leena.id, "person": leena.person, "person_name": "Leena", "mutations": 2}])
    );
    // Mikko's phone is in use: nothing of it can wait elsewhere.
    assert!(device(&devices, mikko.id).get("waiting_on").is_none());
    assert!(device(&devices, leena.id).get("waiting_on").is_none());
    let (_, theirs) = server.get("/api/v1/devices", Some(&other_unit.token)).await;
    assert!(device(&theirs, other_unit.id).get("waiting_on").is_none());
    // A count beyond any real phone is held to the cap.
    server
        .post(
            "/api/v1/sync",
            Some(&leena.token),
            &waiting_sync(json!([{"device": aino.id, "mutations": 4_294_967_295_u32}])),
        )
        .await;
    let (_, devices) = server.get("/api/v1/devices", Some(&supervisor.token)).await;
    assert_eq!(
        device(&devices, aino.id)["waiting_on"][0]["mutations"],
        json!(keikka_core::protocol::MAX_WAITING_MUTATIONS)
    );
    // Sent, or taken back when Aino paired the phone again: the next sync says nothing waits.
    let (status, _) = server
        .post("/api/v1/sync", Some(&leena.token), &waiting_sync(json!([])))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, devices) = server.get("/api/v1/devices", Some(&supervisor.token)).await;
    assert!(device(&devices, aino.id).get("waiting_on").is_none());
    // The phone's later pairing taken out of use (to pair it as Aino again): no longer said.
    server
        .post(
            "/api/v1/sync",
            Some(&leena.token),
            &waiting_sync(json!([{"device": aino.id, "mutations": 1}])),
        )
        .await;
    server
        .post(
            &format!("/api/v1/devices/{}/revoke", leena.id),
            Some(&supervisor.token),
            &json!({}),
        )
        .await;
    let (_, devices) = server.get("/api/v1/devices", Some(&supervisor.token)).await;
    assert!(device(&devices, aino.id).get("waiting_on").is_none());
}
