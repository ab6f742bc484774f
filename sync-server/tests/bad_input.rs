//! Bad input over real HTTP: every refusal is a 4xx with the JSON error body, and the database
//! is exactly as it was.

mod common;

use chrono::Datelike;

use common::{Device, TestServer, draft};
use keikka_core::protocol::{MAX_BODY_BYTES, Op, Outcome};
use keikka_core::{ClaimId, Minutes};
use reqwest::StatusCode;
use serde_json::{Value, json};
use uuid::Uuid;

struct Setup {
    server: TestServer,
    supervisor: Device,
    aino: Device,
}

async fn setup() -> Setup {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    server.publish(&supervisor, draft(2)).await;
    Setup {
        server,
        supervisor,
        aino,
    }
}

fn assert_error(status: StatusCode, body: &Value, expected: StatusCode, code: &str) {
    assert_eq!(status, expected, "{body}");
    assert_eq!(body["error"], code, "{body}");
    assert!(body["detail"].is_string(), "{body}");
}

fn sync_body(device: &Device, mutation: Value) -> Value {
    json!({"device": device.id, "cursor": 0, "mutations": [mutation]})
}

fn mutation(op: Value) -> Value {
    json!({"id": Uuid::new_v4(), "at": "2026-03-02T09:00:00+02:00", "op": op})
}

#[tokio::test]
async fn malformed_json_is_invalid_json_and_changes_nothing() {
    let s = setup().await;
    let before = s.server.snapshot();
    for text in ["{", "not json", r#"{"device": "#, ""] {
        let (status, body) = s
            .server
            .post_raw(
                "/api/v1/sync",
                Some(&s.aino.token),
                "application/json",
                text,
            )
            .await;
        assert_error(status, &body, StatusCode::BAD_REQUEST, "invalid_json");
    }
    let (status, body) = s
        .server
        .post_raw("/api/v1/pair", None, "application/json", "{]")
        .await;
    assert_error(status, &body, StatusCode::BAD_REQUEST, "invalid_json");
    assert_eq!(s.server.snapshot(), before);
}

#[tokio::test]
async fn unknown_fields_anywhere_are_invalid_input_and_change_nothing() {
    let s = setup().await;
    let before = s.server.snapshot();
    let token = Some(s.aino.token.as_str());
    let mut extra_top = sync_body(
        &s.aino,
        mutation(json!({"type": "set_consent", "share_benefit_profile": true})),
    );
    extra_top["admin"] = json!(true);
    let extra_op = sync_body(
        &s.aino,
        mutation(json!({"type": "set_consent", "share_benefit_profile": true, "also": 1})),
    );
    for body in [extra_top, extra_op] {
        let (status, answer) = s.server.post("/api/v1/sync", token, &body).await;
        assert_error(status, &answer, StatusCode::BAD_REQUEST, "invalid_input");
    }
    let (status, answer) = s
        .server
        .post(
            "/api/v1/groups",
            Some(&s.supervisor.token),
            &json!({"name": "Ryhmä", "organisation": Uuid::new_v4()}),
        )
        .await;
    assert_error(status, &answer, StatusCode::BAD_REQUEST, "invalid_input");
    assert_eq!(s.server.snapshot(), before);
}

#[tokio::test]
async fn wrong_types_negative_minutes_and_bad_dates_are_invalid_input() {
    let s = setup().await;
    let before = s.server.snapshot();
    let token = Some(s.aino.token.as_str());
    let claim = Uuid::new_v4();
    let bodies = [
        json!({"device": s.aino.id, "cursor": "zero"}),
        json!({"device": s.aino.id, "cursor": -1}),
        json!({"device": "not-a-uuid", "cursor": 0}),
        sync_body(
            &s.aino,
            mutation(json!({"type": "complete_task", "claim": claim, "minutes": -5})),
        ),
        sync_body(
            &s.aino,
            mutation(json!({"type": "complete_task", "claim": claim, "minutes": "60"})),
        ),
        sync_body(&s.aino, mutation(json!({"type": "fly_to_moon"}))),
        sync_body(
            &s.aino,
            json!({"id": Uuid::new_v4(), "at": "2026-02-30T09:00:00+02:00",
                   "op": {"type": "start_task", "claim": claim}}),
        ),
        sync_body(
            &s.aino,
            json!({"id": Uuid::new_v4(), "at": "yesterday", "op": {"type": "start_task", "claim": claim}}),
        ),
    ];
    for body in bodies {
        let (status, answer) = s.server.post("/api/v1/sync", token, &body).await;
        assert_error(status, &answer, StatusCode::BAD_REQUEST, "invalid_input");
    }
    let approve = sync_body(
        &s.supervisor,
        mutation(json!({"type": "approve_completion", "claim": claim, "paid_on": "2026-13-01"})),
    );
    let (status, answer) = s
        .server
        .post("/api/v1/sync", Some(&s.supervisor.token), &approve)
        .await;
    assert_error(status, &answer, StatusCode::BAD_REQUEST, "invalid_input");
    assert_eq!(s.server.snapshot(), before);
}

#[tokio::test]
async fn empty_or_overlong_names_are_invalid_input_and_change_nothing() {
    let s = setup().await;
    let before = s.server.snapshot();
    let token = Some(s.supervisor.token.as_str());
    for name in ["", "   ", &"x".repeat(201), "a\u{7}b"] {
        let (status, answer) = s
            .server
            .post("/api/v1/groups", token, &json!({"name": name}))
            .await;
        assert_error(status, &answer, StatusCode::BAD_REQUEST, "invalid_input");
        let (status, answer) = s
            .server
            .post("/api/v1/participants", token, &json!({"name": name}))
            .await;
        assert_error(status, &answer, StatusCode::BAD_REQUEST, "invalid_input");
    }
    assert_eq!(s.server.snapshot(), before);
}

#[tokio::test]
async fn an_oversized_body_is_413_body_too_large() {
    let s = setup().await;
    let before = s.server.snapshot();
    let huge = format!(
        r#"{{"code": "ABCD-EFGH", "device_name": "{}"}}"#,
        "x".repeat(MAX_BODY_BYTES)
    );
    let (status, body) = s
        .server
        .post_raw("/api/v1/pair", None, "application/json", huge.clone())
        .await;
    assert_error(
        status,
        &body,
        StatusCode::PAYLOAD_TOO_LARGE,
        "body_too_large",
    );
    let (status, body) = s
        .server
        .post_raw(
            "/api/v1/sync",
            Some(&s.aino.token),
            "application/json",
            huge,
        )
        .await;
    assert_error(
        status,
        &body,
        StatusCode::PAYLOAD_TOO_LARGE,
        "body_too_large",
    );
    assert_eq!(s.server.snapshot(), before);
}

#[tokio::test]
async fn a_body_that_is_not_declared_json_is_415() {
    let s = setup().await;
    let body = json!({"device": s.aino.id, "cursor": 0}).to_string();
    let (status, answer) = s
        .server
        .post_raw("/api/v1/sync", Some(&s.aino.token), "text/plain", body)
        .await;
    assert_error(
        status,
        &answer,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    );
}

#[tokio::test]
async fn more_mutations_than_allowed_are_refused_whole() {
    let s = setup().await;
    let before = s.server.snapshot();
    let mutations: Vec<Value> = (0..=keikka_core::protocol::MAX_MUTATIONS_PER_SYNC)
        .map(|_| mutation(json!({"type": "set_consent", "share_benefit_profile": true})))
        .collect();
    let (status, body) = s
        .server
        .post(
            "/api/v1/sync",
            Some(&s.aino.token),
            &json!({"device": s.aino.id, "cursor": 0, "mutations": mutations}),
        )
        .await;
    assert_error(status, &body, StatusCode::BAD_REQUEST, "too_many_mutations");
    assert_eq!(s.server.snapshot(), before);
}

#[tokio::test]
async fn unknown_ids_are_not_found_and_change_nothing_but_the_answer_record() {
    let s = setup().await;
    let token = Some(s.supervisor.token.as_str());
    let before = s.server.snapshot();
    for path in [
        format!("/api/v1/people/{}/pairing-code", Uuid::new_v4()),
        "/api/v1/people/not-an-id/pairing-code".to_owned(),
        format!("/api/v1/devices/{}/revoke", Uuid::new_v4()),
        "/api/v1/devices/123/revoke".to_owned(),
    ] {
        let (status, body) = s.server.post(&path, token, &json!({})).await;
        assert_error(status, &body, StatusCode::NOT_FOUND, "not_found");
    }
    let (status, body) = s
        .server
        .post(
            "/api/v1/participants",
            token,
            &json!({"name": "Ville", "groups": [Uuid::new_v4()]}),
        )
        .await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "not_found");
    assert_eq!(s.server.snapshot(), before);

    // Through sync an unknown claim or task is a rejected mutation; only its answer is stored.
    let answer = s
        .server
        .sync(
            &s.aino,
            0,
            vec![
                Op::StartTask {
                    claim: ClaimId(Uuid::new_v4()),
                },
                Op::CompleteTask {
                    claim: ClaimId(Uuid::new_v4()),
                    minutes: Minutes(30),
                    note: None,
                },
            ],
        )
        .await;
    assert!(answer.results.iter().all(|r| matches!(
        &r.outcome,
        Outcome::Rejected { reason } if reason.code() == "not_found"
    )));
    let after = s.server.snapshot();
    let changed: Vec<_> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, a)| (b.0.as_str(), a.1 - b.1))
        .collect();
    assert_eq!(changed, vec![("mutations", 2)]);
}

#[tokio::test]
async fn unknown_routes_and_wrong_methods_answer_in_json() {
    let s = setup().await;
    let (status, body) = s.server.get("/api/v1/nothing-here", None).await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "not_found");
    let (status, body) = s.server.get("/api/v1/sync", None).await;
    assert_error(
        status,
        &body,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
    );
}

#[tokio::test]
async fn deep_json_invalid_utf8_and_huge_strings_are_refused_and_change_nothing() {
    let s = setup().await;
    let before = s.server.snapshot();
    // Nested far past serde_json's recursion limit, still under the body cap.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let invalid_utf8: Vec<u8> = [&b"{\"name\": \""[..], &[0xff, 0xfe, 0xfd], &b"\"}"[..]].concat();
    for body in [deep.into_bytes(), invalid_utf8] {
        for path in ["/api/v1/sync", "/api/v1/groups"] {
            let (status, answer) = s
                .server
                .post_raw(
                    path,
                    Some(&s.supervisor.token),
                    "application/json",
                    body.clone(),
                )
                .await;
            assert!(status.is_client_error(), "{path}: {status} {answer}");
            assert!(answer["error"].is_string(), "{answer}");
        }
    }
    // A name of a hundred thousand characters is a typing error or an attack, never a name.
    let (status, answer) = s
        .server
        .post(
            "/api/v1/groups",
            Some(&s.supervisor.token),
            &json!({"name": "x".repeat(100_000)}),
        )
        .await;
    assert_error(status, &answer, StatusCode::BAD_REQUEST, "invalid_input");
    assert_eq!(s.server.snapshot(), before);
}

#[tokio::test]
async fn sql_metacharacters_are_kept_as_text_and_run_nothing() {
    let s = setup().await;
    let name = "Robert'); DROP TABLE claims; --";
    let (status, group) = s
        .server
        .post(
            "/api/v1/groups",
            Some(&s.supervisor.token),
            &json!({"name": name}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{group}");
    assert_eq!(group["name"], name);
    assert!(s.server.store.count_rows("claims").is_ok());
    let seen = s.server.pull_all(&s.supervisor).await;
    assert!(seen.iter().any(|c| matches!(
        c,
        keikka_core::protocol::Change::Group(g) if g.name == name
    )));
}

#[tokio::test]
async fn a_mutation_dated_far_in_the_past_counts_at_the_devices_own_bound() {
    let s = setup().await;
    let tasks = s.server.pull_all(&s.aino).await;
    let task = common::tasks_in(&tasks)[0].id;
    let claim = ClaimId(Uuid::new_v4());
    // A phone whose clock fell back to 1999 (a flat battery): its take is not lost, and is not
    // dated 1999 either, but at the earliest the server knows the phone can have made it.
    let old = json!({
        "id": Uuid::new_v4(),
        "at": "1999-12-31T23:59:00+02:00",
        "op": {"type": "claim_task", "claim": claim, "task": task}
    });
    let (status, answer) = s
        .server
        .post(
            "/api/v1/sync",
            Some(&s.aino.token),
            &sync_body(&s.aino, old),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["results"][0]["outcome"], "applied", "{answer}");
    let stored = s.server.store.claim(claim).unwrap().unwrap();
    assert!(
        stored.claimed_at.year() >= 2026,
        "dated {}",
        stored.claimed_at
    );
}
