//! Removing a participant's personal data: nothing of them can be read back from the database
//! (name, device names, notes, reasons, feedback, the shared benefit profile, codes, the audit
//! log), their devices stop working, and the unit's anonymous hours and pay stay.

mod common;

use common::{TestServer, draft};
use keikka_core::protocol::{Change, Op, Outcome};
use keikka_core::{ClaimId, Minutes};
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

/// Every text value in every table of the database, as SQL reads it.
fn every_text(server: &TestServer) -> Vec<String> {
    server.store.every_text().expect("every text")
}

/// The status of a supervisor's request for a new pairing code for `person`.
async fn new_code(
    server: &TestServer,
    supervisor: &common::Device,
    person: &common::Device,
) -> StatusCode {
    let path = format!("/api/v1/people/{}/pairing-code", person.person);
    server
        .post(&path, Some(&supervisor.token), &json!({}))
        .await
        .0
}

#[tokio::test]
async fn removing_a_participant_leaves_nothing_personal_and_keeps_the_hours() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let stranger = server.organisation("Toinen yksikkö").await;
    let group = server.group(&supervisor, "Aamuryhmä").await;
    let aino = server
        .participant(&supervisor, "Ainomaija Esimerkki", &[group])
        .await;
    let task = server.publish(&supervisor, draft(1)).await;
    let claim = ClaimId(Uuid::new_v4());
    let profile: keikka_core::benefit::BenefitProfile =
        serde_json::from_str(r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"}]}"#)
            .expect("profile");
    let answer = server
        .sync(
            &aino,
            0,
            vec![
                Op::SetConsent {
                    share_benefit_profile: true,
                },
                Op::ShareBenefitProfile {
                    profile: Some(profile),
                },
                Op::ClaimTask { claim, task },
                Op::CompleteTask {
                    claim,
                    minutes: Minutes(150),
                    note: Some("Minulla oli huono päivä".into()),
                },
            ],
        )
        .await;
    assert!(answer.results.iter().all(|r| r.outcome == Outcome::Applied));
    let answer = server
        .sync(
            &supervisor,
            0,
            vec![
                Op::ApproveCompletion {
                    claim,
                    paid_on: "2026-03-15".parse().expect("date"),
                    minutes: Some(Minutes(120)),
                    adjust_reason: Some("Ainomaija lähti aiemmin".into()),
                },
                Op::AddFeedback {
                    claim,
                    text: "Ainomaija oli ahkera".into(),
                },
                Op::SetReadiness {
                    person: aino.person,
                    ready_since: "2026-03-01".parse().ok(),
                    readiness: keikka_core::Readiness::OpenLabourMarket,
                    agreed_with_participant: true,
                },
            ],
        )
        .await;
    assert!(answer.results.iter().all(|r| r.outcome == Outcome::Applied));
    // A fresh, unused code waits too.
    assert_eq!(
        new_code(&server, &supervisor, &aino).await,
        StatusCode::CREATED
    );
    let personal = [
        "Ainomaija",
        "huono päivä",
        "lähti aiemmin",
        "ahkera",
        "unemployment_basic",
    ];
    let before = every_text(&server);
    for text in personal {
        assert!(
            before.iter().any(|t| t.contains(text)),
            "{text} was never stored"
        );
    }

    let path = format!("/api/v1/people/{}", aino.person);
    let delete = |token: String| {
        let request = server
            .http
            .delete(format!("{}{path}", server.url))
            .bearer_auth(token);
        async move { request.send().await.expect("request").status() }
    };
    assert_eq!(delete(aino.token.clone()).await, StatusCode::FORBIDDEN);
    assert_eq!(delete(stranger.token.clone()).await, StatusCode::NOT_FOUND);
    assert_eq!(
        delete(supervisor.token.clone()).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        delete(supervisor.token.clone()).await,
        StatusCode::NO_CONTENT
    );

    let after = every_text(&server);
    for text in personal {
        let found: Vec<&String> = after.iter().filter(|t| t.contains(text)).collect();
        assert!(
            found.is_empty(),
            "{text} is still in the database: {found:?}"
        );
    }
    // Nor in the bytes of a SQLite file and its log: freed space is zeroed and the log emptied.
    // (PostgreSQL's old row versions go when autovacuum reclaims them: DEPLOYMENT.md.)
    if let Some(db) = server.store.file() {
        let mut bytes = std::fs::read(db).expect("database file");
        if let Ok(wal) = std::fs::read(db.with_extension("db-wal")) {
            bytes.extend(wal);
        }
        for text in personal {
            let needle = text.as_bytes();
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{text} lingers in the file's bytes"
            );
        }
    }
    // Her phone's row stays (mutations name it) without its name.
    let names = server
        .store
        .query_sql(
            "SELECT name FROM devices WHERE person = $1",
            &[&aino.person.to_string()],
        )
        .expect("devices");
    assert_eq!(names, [String::new()]);
    // Her phone is out of use.
    let (status, _) = server
        .post(
            "/api/v1/sync",
            Some(&aino.token),
            &json!({"device": aino.id, "cursor": 0}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The unit keeps her hours and pay, anonymously.
    let token = Some(supervisor.token.as_str());
    let (_, indicators) = server
        .get("/api/v1/reports/2026-03/indicators", token)
        .await;
    assert_eq!(indicators["minutes"], 120);
    assert_eq!(indicators["earnings"], 2000);
    assert_eq!(indicators["ready_for_paid_work"], 1);
    let (_, log) = server
        .get(&format!("/api/v1/audit?subject={claim}"), token)
        .await;
    assert_eq!(log[0]["before"]["completion"]["minutes"], 150);
    assert_eq!(log[0]["after"]["approval"]["minutes"], 120);
    // The supervisor's devices learn that she was removed.
    let seen = server.pull_all(&supervisor).await;
    assert!(seen.iter().any(|c| matches!(
        c,
        Change::Person(p) if p.id == aino.person && p.name.is_empty() && p.removed_at.is_some()
    )));
}

#[tokio::test]
async fn only_the_audit_logs_redaction_may_change_an_entry() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    server.publish(&supervisor, draft(1)).await;
    let store = &server.store;
    for sql in [
        "UPDATE audit_log SET after = '{}'",
        "UPDATE audit_log SET action = 'nothing', redacted = TRUE",
        "DELETE FROM audit_log",
    ] {
        assert!(store.execute_sql(sql, &[]).is_err(), "{sql} went through");
    }
    // A redaction goes through once, and then the entry is final.
    store
        .execute_sql("UPDATE audit_log SET after = '{}', redacted = TRUE", &[])
        .expect("redaction");
    assert!(
        store
            .execute_sql(
                "UPDATE audit_log SET after = '{\"x\":1}', redacted = TRUE",
                &[]
            )
            .is_err()
    );
}

/// A removal stays a removal (issue 15, item 1): after it no route makes the person a new
/// pairing code, no supervisor's mutation touches them or their claims, and removing again
/// erases whatever reached their rows since, so nothing added later outlives a removal.
#[tokio::test]
async fn a_removed_person_stays_removed_for_every_route_and_mutation() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let group = server.group(&supervisor, "Aamuryhmä").await;
    let aino = server
        .participant(&supervisor, "Ainomaija Esimerkki", &[group])
        .await;
    let task = server.publish(&supervisor, draft(2)).await;
    let claim = server.claim_and_report(&aino, task, 60).await;
    let delete = || {
        server
            .http
            .delete(format!("{}/api/v1/people/{}", server.url, aino.person))
            .bearer_auth(supervisor.token.clone())
            .send()
    };
    assert_eq!(
        delete().await.expect("delete").status(),
        StatusCode::NO_CONTENT
    );

    // No new code, so no new device can act as her.
    assert_eq!(
        new_code(&server, &supervisor, &aino).await,
        StatusCode::NOT_FOUND
    );
    let (status, _) = server
        .get(
            &format!("/api/v1/people/{}/certificate", aino.person),
            Some(&supervisor.token),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Nothing a supervisor decides reaches her or her claims any more.
    let ops = vec![
        Op::SetGroups {
            person: aino.person,
            groups: vec![group],
        },
        Op::SetReadiness {
            person: aino.person,
            ready_since: "2026-03-01".parse().ok(),
            readiness: keikka_core::Readiness::Gigs,
            agreed_with_participant: true,
        },
        Op::RecordMovedOn {
            person: aino.person,
            moved_on: None,
        },
        Op::ApproveCompletion {
            claim,
            paid_on: "2026-03-15".parse().expect("date"),
            minutes: None,
            adjust_reason: None,
        },
        Op::RejectCompletion {
            claim,
            reason: "Ei".into(),
        },
        Op::MarkNoShow { claim },
    ];
    for op in ops {
        let answer = server.sync(&supervisor, 0, vec![op.clone()]).await;
        match &answer.results[0].outcome {
            Outcome::Rejected { reason } => assert_eq!(reason.code(), "not_found", "{op:?}"),
            Outcome::Applied => panic!("{op:?} was applied to a removed person"),
        }
    }

    // Something that reached her rows anyway (an older server let it in): removing again
    // erases it too, as the first removal would have.
    {
        let claim_id = claim.0.to_string();
        let json = server
            .store
            .query_sql("SELECT json FROM claims WHERE id = $1", &[&claim_id])
            .expect("claim")
            .pop()
            .expect("the claim's row");
        let mut value: serde_json::Value = serde_json::from_str(&json).expect("json");
        value["state"]["completion"]["note"] = json!("Ainomaija kirjoitti myöhemmin");
        server
            .store
            .execute_sql(
                "UPDATE claims SET json = $1 WHERE id = $2",
                &[&value.to_string(), &claim_id],
            )
            .expect("update");
    }
    assert_eq!(
        delete().await.expect("delete").status(),
        StatusCode::NO_CONTENT
    );
    let after = every_text(&server);
    assert!(
        !after.iter().any(|t| t.contains("kirjoitti myöhemmin")),
        "a second removal left what came after the first"
    );
}
