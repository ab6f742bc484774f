//! What a device cannot push past over the real API: the server's clock, not the device's,
//! bounds when an action counts, and one device's mutations cannot grow the database for ever.

mod common;

use common::{Device, TestServer, at, claims_in, draft};
use keikka_core::protocol::{Mutation, Op, Outcome, SyncResponse};
use keikka_core::{ClaimId, ClaimState, DomainError, Minutes, MutationId};
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

fn mutation(op: Op, when: &str) -> Mutation {
    Mutation {
        id: MutationId(Uuid::new_v4()),
        at: at(when),
        op,
    }
}

fn reason(answer: &SyncResponse, n: usize) -> Option<DomainError> {
    match &answer.results[n].outcome {
        Outcome::Applied => None,
        Outcome::Rejected { reason } => Some(reason.clone()),
    }
}

async fn claim_of(server: &TestServer, device: &Device, claim: ClaimId) -> keikka_core::Claim {
    let changes = server.pull_all(device).await;
    claims_in(&changes)
        .into_iter()
        .find(|c| c.id == claim)
        .cloned()
        .expect("the claim reaches its owner")
}

/// A task over on Monday cannot be taken on Tuesday by sending Monday's time once the phone
/// has been in touch since; a phone offline since before the task keeps its claim and its
/// time. A no-show cannot be dated into the future, and a report cannot be dated before its
/// claim.
#[tokio::test]
async fn the_servers_clock_bounds_the_time_a_device_gives_its_actions() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let leena = server.participant(&supervisor, "Leena", &[]).await;
    let monday = server.publish(&supervisor, draft(2)).await;
    let during_it = "2026-03-02T11:00:00+02:00";

    server.clock.set(at("2026-03-03T10:00:00+02:00"));
    server.sync(&aino, 0, vec![]).await;
    let late = ClaimId(Uuid::new_v4());
    let answer = server
        .sync_mutations(
            &aino,
            0,
            vec![mutation(
                Op::ClaimTask {
                    claim: late,
                    task: monday,
                },
                during_it,
            )],
        )
        .await;
    assert_eq!(reason(&answer, 0), Some(DomainError::TaskNotOpen));

    // Leena's phone has not been in touch since she paired on Monday at nine.
    let offline = ClaimId(Uuid::new_v4());
    let answer = server
        .sync_mutations(
            &leena,
            0,
            vec![
                mutation(
                    Op::ClaimTask {
                        claim: offline,
                        task: monday,
                    },
                    during_it,
                ),
                // A report the phone's clock dates on Sunday, before the claim.
                mutation(
                    Op::CompleteTask {
                        claim: offline,
                        minutes: Minutes(90),
                        note: None,
                    },
                    "2026-03-01T12:00:00+02:00",
                ),
            ],
        )
        .await;
    assert!(
        answer.results.iter().all(|r| r.outcome == Outcome::Applied),
        "{answer:?}"
    );
    let claim = claim_of(&server, &leena, offline).await;
    assert_eq!(claim.claimed_at, at(during_it));
    let ClaimState::Completed { completion, .. } = &claim.state else {
        panic!("not completed: {claim:?}");
    };
    assert!(completion.completed_at >= claim.claimed_at);

    // A no-show on Wednesday's task, sent at nine with the time of eleven, an hour before
    // the task begins.
    let mut wednesday = draft(1);
    wednesday.starts_at = at("2026-03-04T10:00:00+02:00");
    wednesday.ends_at = at("2026-03-04T13:00:00+02:00");
    let wednesday = server.publish(&supervisor, wednesday).await;
    let taken = ClaimId(Uuid::new_v4());
    let answer = server
        .sync(
            &aino,
            0,
            vec![Op::ClaimTask {
                claim: taken,
                task: wednesday,
            }],
        )
        .await;
    assert_eq!(answer.results[0].outcome, Outcome::Applied);
    server.clock.set(at("2026-03-04T09:00:00+02:00"));
    let answer = server
        .sync_mutations(
            &supervisor,
            0,
            vec![mutation(
                Op::MarkNoShow { claim: taken },
                "2026-03-04T11:00:00+02:00",
            )],
        )
        .await;
    assert_eq!(
        reason(&answer, 0),
        Some(DomainError::invalid("at", "before_start"))
    );
}

/// A unit where Aino has reported two hours on Monday's task at one o'clock.
async fn reported_at_one() -> (TestServer, Device, Device, ClaimId) {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let task = server.publish(&supervisor, draft(1)).await;
    server.clock.set(at("2026-03-02T13:00:00+02:00"));
    let claim = server.claim_and_report(&aino, task, 120).await;
    (server, supervisor, aino, claim)
}

fn approve_as_reported(claim: ClaimId) -> Op {
    Op::ApproveCompletion {
        claim,
        paid_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 15).expect("date"),
        minutes: None,
        adjust_reason: None,
    }
}

/// An approval's undo window runs on the server's clock: an undo a silent device dates a
/// minute after the approval but sends an hour later is refused, and the approval stands.
#[tokio::test]
async fn an_undo_held_back_on_a_device_cannot_stretch_the_undo_window() {
    let (server, supervisor, aino, claim) = reported_at_one().await;
    let approve = approve_as_reported(claim);
    let answer = server.sync(&supervisor, 0, vec![approve]).await;
    assert_eq!(answer.results[0].outcome, Outcome::Applied);
    server.clock.set(at("2026-03-02T14:00:00+02:00"));
    let answer = server
        .sync_mutations(
            &supervisor,
            0,
            vec![mutation(
                Op::UndoApproval { claim },
                "2026-03-02T13:01:00+02:00",
            )],
        )
        .await;
    assert_eq!(reason(&answer, 0), Some(DomainError::AlreadyDecided));
    let claim = claim_of(&server, &aino, claim).await;
    assert!(claim.earning().is_some());
}

/// A refused mutation's answer is kept for a resend and forgotten a week later; applied
/// ones stay for ever (a resend must never apply twice).
#[tokio::test]
async fn refused_answers_are_forgotten_after_the_resend_window_and_applied_ones_kept() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let task = server.publish(&supervisor, draft(1)).await;
    server.claim_and_report(&aino, task, 60).await;
    let start = common::START;
    let nothing = mutation(
        Op::StartTask {
            claim: ClaimId(Uuid::new_v4()),
        },
        start,
    );
    let answer = server.sync_mutations(&aino, 0, vec![nothing.clone()]).await;
    assert_eq!(reason(&answer, 0), Some(DomainError::not_found("claim")));
    let with_refusal = server.store.count_rows("mutations").unwrap();
    // Sent again at once: answered from the record, nothing new is written.
    server.sync_mutations(&aino, 0, vec![nothing.clone()]).await;
    assert_eq!(server.store.count_rows("mutations").unwrap(), with_refusal);

    server
        .clock
        .advance(keikka_sync_server::sync::REFUSED_KEPT_FOR);
    server.clock.advance(chrono::Duration::minutes(1));
    // Any later write forgets it: here the supervisor publishing a task.
    let mut later = draft(1);
    later.starts_at = at("2026-03-10T10:00:00+02:00");
    later.ends_at = at("2026-03-10T13:00:00+02:00");
    server.publish(&supervisor, later).await;
    // The publish added one row and the refusal went: the applied claim, report and
    // publications stay.
    assert_eq!(server.store.count_rows("mutations").unwrap(), with_refusal);
}

/// Past its daily limit a device's sync is refused as a whole with a clear 429 that says
/// nothing was stored, a resend of what is recorded is still answered, and the next day
/// it may send again.
#[tokio::test]
async fn a_device_past_its_daily_limit_is_told_so_and_nothing_of_that_sync_is_stored() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    server.store.set_device_daily_limit(10);
    let refused = |n: usize| -> Vec<Mutation> {
        (0..n)
            .map(|_| {
                mutation(
                    Op::StartTask {
                        claim: ClaimId(Uuid::new_v4()),
                    },
                    common::START,
                )
            })
            .collect()
    };
    let first = refused(10);
    server.sync_mutations(&aino, 0, first.clone()).await;
    let before = server.snapshot();
    let request = json!({"device": aino.id, "cursor": 0, "mutations": refused(1)});
    let (status, body) = server
        .post("/api/v1/sync", Some(&aino.token), &request)
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["error"], "device_daily_limit");
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("nothing of this sync was stored")),
        "{body}"
    );
    assert_eq!(server.snapshot(), before);
    // What it sent before is still answered, and pulling still works.
    let again = server.sync_mutations(&aino, 0, first).await;
    assert_eq!(again.results.len(), 10);
    assert_eq!(server.snapshot(), before);

    server.clock.advance(chrono::Duration::hours(25));
    let later = server.sync_mutations(&aino, 0, refused(1)).await;
    assert_eq!(later.results.len(), 1);
}

/// A device whose outbox goes in several batches (or is held back past its daily limit) keeps
/// the times of its later batches: only a sync that carried all it had moves the server's
/// bound. An approval in one batch and its undo five minutes later in the next both count.
#[tokio::test]
async fn the_batches_of_one_outbox_keep_their_own_times() {
    let (server, supervisor, _aino, claim) = reported_at_one().await;
    server.sync(&supervisor, 0, vec![]).await;
    // Offline from 13.00: an approval at 13.01 and its undo at 13.03, sent at 13.20 in two
    // requests, the first saying more is to come.
    server.clock.set(at("2026-03-02T13:20:00+02:00"));
    let approve = mutation(approve_as_reported(claim), "2026-03-02T13:01:00+02:00");
    let request =
        json!({"device": supervisor.id, "cursor": 0, "mutations": [approve], "sent_all": false});
    let (status, body) = server
        .post("/api/v1/sync", Some(&supervisor.token), &request)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["results"][0]["outcome"], "applied");
    let undo = mutation(Op::UndoApproval { claim }, "2026-03-02T13:03:00+02:00");
    let answer = server.sync_mutations(&supervisor, 0, vec![undo]).await;
    assert_eq!(answer.results[0].outcome, Outcome::Applied, "{answer:?}");
}
