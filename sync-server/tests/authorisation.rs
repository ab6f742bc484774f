//! Every route × every kind of caller: no token, a revoked token, a participant, another
//! participant, their supervisor, and a supervisor of another unit. A foreign id is answered
//! exactly like an id that does not exist, so nobody learns what another unit has.

mod common;

use common::{Device, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use uuid::Uuid;

/// Who calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    NoToken,
    Revoked,
    Participant,
    OtherParticipant,
    Supervisor,
    OtherUnitSupervisor,
}

const CALLERS: [Caller; 6] = [
    Caller::NoToken,
    Caller::Revoked,
    Caller::Participant,
    Caller::OtherParticipant,
    Caller::Supervisor,
    Caller::OtherUnitSupervisor,
];

struct World {
    server: TestServer,
    participant: Device,
    other_participant: Device,
    supervisor: Device,
    other_unit: Device,
    revoked: Device,
    /// A device of the unit nobody but its supervisor may take out of use.
    spare: Device,
}

impl World {
    async fn new() -> World {
        let server = TestServer::start().await;
        let supervisor = server.organisation("Työkeskus").await;
        let other_unit = server.organisation("Toinen yksikkö").await;
        let participant = server.participant(&supervisor, "Aino", &[]).await;
        let other_participant = server.participant(&supervisor, "Mikko", &[]).await;
        let revoked = server.participant(&supervisor, "Leena", &[]).await;
        let spare = server.participant(&supervisor, "Juha", &[]).await;
        let (status, _) = server
            .post(
                &format!("/api/v1/devices/{}/revoke", revoked.id),
                Some(&supervisor.token),
                &json!({}),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        World {
            server,
            participant,
            other_participant,
            supervisor,
            other_unit,
            revoked,
            spare,
        }
    }

    fn device(&self, caller: Caller) -> Option<&Device> {
        match caller {
            Caller::NoToken => None,
            Caller::Revoked => Some(&self.revoked),
            Caller::Participant => Some(&self.participant),
            Caller::OtherParticipant => Some(&self.other_participant),
            Caller::Supervisor => Some(&self.supervisor),
            Caller::OtherUnitSupervisor => Some(&self.other_unit),
        }
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        caller: Caller,
    ) -> (StatusCode, String) {
        let mut request = self
            .server
            .http
            .request(method, format!("{}{path}", self.server.url));
        if let Some(device) = self.device(caller) {
            request = request.bearer_auth(&device.token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        (status, response.text().await.expect("body"))
    }
}

/// What each caller gets, in the order of [`CALLERS`].
type Expected = [StatusCode; 6];

const OK: StatusCode = StatusCode::OK;
const CREATED: StatusCode = StatusCode::CREATED;
const NO_AUTH: StatusCode = StatusCode::UNAUTHORIZED;
const FORBIDDEN: StatusCode = StatusCode::FORBIDDEN;
const NOT_FOUND: StatusCode = StatusCode::NOT_FOUND;

/// Supervisor-only reads: every supervisor reads their own unit.
const SUPERVISOR_READ: Expected = [NO_AUTH, NO_AUTH, FORBIDDEN, FORBIDDEN, OK, OK];

#[tokio::test]
async fn every_route_answers_each_kind_of_caller_as_the_table_says() {
    let w = World::new().await;
    let aino = w.participant.person;
    let table: Vec<(Method, String, Option<Value>, Expected)> = vec![
        (Method::GET, "/healthz".into(), None, [OK; 6]),
        (Method::GET, "/readyz".into(), None, [OK; 6]),
        (Method::GET, "/api/v1/openapi.json".into(), None, [OK; 6]),
        // The benefit figures are no one's secret, but only paired devices fetch them.
        (
            Method::GET,
            "/api/v1/rules".into(),
            None,
            [NO_AUTH, NO_AUTH, OK, OK, OK, OK],
        ),
        (
            Method::POST,
            "/api/v1/groups".into(),
            Some(json!({"name": "Uusi ryhmä"})),
            [NO_AUTH, NO_AUTH, FORBIDDEN, FORBIDDEN, CREATED, CREATED],
        ),
        (
            Method::POST,
            "/api/v1/participants".into(),
            Some(json!({"name": "Uusi osallistuja"})),
            [NO_AUTH, NO_AUTH, FORBIDDEN, FORBIDDEN, CREATED, CREATED],
        ),
        (
            Method::POST,
            format!("/api/v1/people/{aino}/pairing-code"),
            None,
            [NO_AUTH, NO_AUTH, FORBIDDEN, FORBIDDEN, CREATED, NOT_FOUND],
        ),
        (Method::GET, "/api/v1/devices".into(), None, SUPERVISOR_READ),
        (
            Method::POST,
            format!("/api/v1/devices/{}/revoke", w.spare.id),
            None,
            // The supervisor's row is last on purpose: the others must fail before it succeeds.
            [
                NO_AUTH,
                NO_AUTH,
                NOT_FOUND,
                NOT_FOUND,
                StatusCode::NO_CONTENT,
                NOT_FOUND,
            ],
        ),
        (Method::GET, "/api/v1/audit".into(), None, SUPERVISOR_READ),
        (
            Method::GET,
            "/api/v1/reports/2026-03/pay.csv".into(),
            None,
            SUPERVISOR_READ,
        ),
        (
            Method::GET,
            "/api/v1/reports/2026-03/invoice".into(),
            None,
            SUPERVISOR_READ,
        ),
        (
            Method::GET,
            "/api/v1/reports/2026-03/invoice.csv".into(),
            None,
            SUPERVISOR_READ,
        ),
        (
            Method::GET,
            "/api/v1/reports/2026-03/indicators".into(),
            None,
            SUPERVISOR_READ,
        ),
        (
            Method::GET,
            format!("/api/v1/people/{aino}/certificate"),
            None,
            [NO_AUTH, NO_AUTH, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND],
        ),
        (
            Method::DELETE,
            format!("/api/v1/people/{}", w.spare.person),
            None,
            [
                NO_AUTH,
                NO_AUTH,
                FORBIDDEN,
                FORBIDDEN,
                StatusCode::NO_CONTENT,
                NOT_FOUND,
            ],
        ),
    ];
    // Every route of the API is in the table (sync and pair have their own tests below).
    let covered: Vec<String> = table
        .iter()
        .map(|(m, p, _, _)| {
            format!(
                "{m} {}",
                p.replace(&aino.to_string(), "{id}")
                    .replace(&w.spare.id.to_string(), "{id}")
                    .replace(&w.spare.person.to_string(), "{id}")
                    .replace("2026-03", "{month}")
            )
        })
        .collect();
    for (method, path) in keikka_sync_server::http::ROUTES {
        let route = format!("{method} {path}");
        if !matches!(*path, "/api/v1/sync" | "/api/v1/pair") {
            assert!(covered.contains(&route), "{route} is not in the table");
        }
    }
    // Callers in an order where the one that succeeds comes after those that must not.
    let order = [
        Caller::NoToken,
        Caller::Revoked,
        Caller::Participant,
        Caller::OtherParticipant,
        Caller::OtherUnitSupervisor,
        Caller::Supervisor,
    ];
    for (method, path, body, expected) in &table {
        for caller in order {
            let index = CALLERS.iter().position(|c| *c == caller).unwrap_or(0);
            let (status, text) = w.call(method.clone(), path, body.clone(), caller).await;
            assert_eq!(
                status, expected[index],
                "{method} {path} as {caller:?}: {text}"
            );
            if status.is_client_error() {
                let error: Value = serde_json::from_str(&text).expect("a JSON error body");
                assert!(error["error"].is_string(), "{text}");
            }
        }
    }
}

#[tokio::test]
async fn a_foreign_id_is_answered_exactly_like_one_that_does_not_exist() {
    let w = World::new().await;
    let nobody = Uuid::new_v4();
    for path in [
        "/api/v1/people/{}/certificate",
        "/api/v1/people/{}/pairing-code",
        "/api/v1/devices/{}/revoke",
        "/api/v1/people/{}",
    ] {
        let method = if path.ends_with("certificate") {
            Method::GET
        } else if path.ends_with("{}") {
            Method::DELETE
        } else {
            Method::POST
        };
        let real = if path.contains("devices") {
            w.participant.id.0
        } else {
            w.participant.person.0
        };
        let foreign = w
            .call(
                method.clone(),
                &path.replace("{}", &real.to_string()),
                None,
                Caller::OtherUnitSupervisor,
            )
            .await;
        let missing = w
            .call(
                method,
                &path.replace("{}", &nobody.to_string()),
                None,
                Caller::OtherUnitSupervisor,
            )
            .await;
        assert_eq!(foreign, missing, "{path}");
        assert_eq!(foreign.0, NOT_FOUND);
    }
}

#[tokio::test]
async fn sync_takes_only_a_live_token_and_only_for_its_own_device() {
    let w = World::new().await;
    for caller in CALLERS {
        let device = w.device(caller).map_or(Uuid::new_v4(), |d| d.id.0);
        let body = json!({"device": device, "cursor": 0, "mutations": []});
        let (status, text) = w
            .call(Method::POST, "/api/v1/sync", Some(body), caller)
            .await;
        let expected = match caller {
            Caller::NoToken | Caller::Revoked => NO_AUTH,
            _ => OK,
        };
        assert_eq!(status, expected, "{caller:?}: {text}");
    }
    // A token speaks only for its own device.
    let body = json!({"device": w.other_participant.id, "cursor": 0, "mutations": []});
    let (status, text) = w
        .call(
            Method::POST,
            "/api/v1/sync",
            Some(body),
            Caller::Participant,
        )
        .await;
    assert_eq!(status, FORBIDDEN, "{text}");
}

#[tokio::test]
async fn a_device_that_sends_too_much_waits_and_others_do_not() {
    let w = World::new().await;
    let body = |d: &Device| json!({"device": d.id, "cursor": 0, "mutations": []});
    let limit = keikka_sync_server::pairing::MAX_REQUESTS_PER_DEVICE;
    let mut answered = 0;
    for _ in 0..limit {
        let (status, _) = w
            .call(
                Method::POST,
                "/api/v1/sync",
                Some(body(&w.participant)),
                Caller::Participant,
            )
            .await;
        if status == OK {
            answered += 1;
        }
    }
    assert_eq!(answered, limit);
    let response = w
        .server
        .http
        .post(format!("{}/api/v1/sync", w.server.url))
        .bearer_auth(&w.participant.token)
        .json(&body(&w.participant))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
    let error: Value = response.json().await.expect("json");
    assert_eq!(error["error"], "too_many_requests");
    // Another device of the unit is not slowed by it.
    let (status, _) = w
        .call(
            Method::POST,
            "/api/v1/sync",
            Some(body(&w.other_participant)),
            Caller::OtherParticipant,
        )
        .await;
    assert_eq!(status, OK);
    // A minute later the device is welcome again.
    w.server.clock.advance(chrono::Duration::minutes(1));
    let (status, _) = w
        .call(
            Method::POST,
            "/api/v1/sync",
            Some(body(&w.participant)),
            Caller::Participant,
        )
        .await;
    assert_eq!(status, OK);
}

/// The ids a device makes are its unit's own: another unit that makes a task, a claim, a
/// commissioner or an order with an id already used elsewhere gets what a never-used id gets
/// (applied), not `id_in_use`, so nobody can test whether an id exists in another unit; and
/// neither unit's things change or show to the other.
#[tokio::test]
async fn another_units_ids_are_free_here_and_answered_like_new_ones() {
    use keikka_core::protocol::{Change, Op, Outcome};
    use keikka_core::{ClaimId, CommissionerDraft, CommissionerId, OrderDraft, OrderId};
    let server = TestServer::start().await;
    let ours = server.organisation("Työkeskus").await;
    let theirs = server.organisation("Toinen yksikkö").await;
    let aino = server.participant(&ours, "Aino", &[]).await;
    let otto = server.participant(&theirs, "Otto", &[]).await;
    let commissioner = CommissionerDraft {
        id: CommissionerId(Uuid::new_v4()),
        name: "Kallion seurakunta".into(),
        contact: String::new(),
        price_per_hour: keikka_core::Cents(1450),
        vat: keikka_core::VatRate(2550),
    };
    let order = OrderDraft {
        id: OrderId(Uuid::new_v4()),
        commissioner: commissioner.id,
        title: "Salin siivous".into(),
        notes: String::new(),
    };
    let task = common::draft(3);
    let claim = ClaimId(Uuid::new_v4());
    let make = |title: &str| {
        let mut task = task.clone();
        title.clone_into(&mut task.title);
        vec![
            Op::SaveCommissioner {
                commissioner: CommissionerDraft {
                    name: format!("{title} tilaaja"),
                    ..commissioner.clone()
                },
            },
            Op::SaveOrder {
                order: order.clone(),
            },
            Op::PublishTask { task },
        ]
    };
    let take = Op::ClaimTask {
        claim,
        task: task.id,
    };
    for (supervisor, participant, title) in [(&ours, &aino, "Meidän"), (&theirs, &otto, "Toisten")]
    {
        let answer = server.sync(supervisor, 0, make(title)).await;
        assert!(
            answer.results.iter().all(|r| r.outcome == Outcome::Applied),
            "{title}: {answer:?}"
        );
        let answer = server.sync(participant, 0, vec![take.clone()]).await;
        assert_eq!(answer.results[0].outcome, Outcome::Applied, "{title}");
    }
    // Each unit sees its own task, commissioner and claim under the shared ids, nothing else.
    for (supervisor, title) in [(&ours, "Meidän"), (&theirs, "Toisten")] {
        let changes = server.pull_all(supervisor).await;
        let tasks: Vec<_> = common::tasks_in(&changes)
            .into_iter()
            .filter(|t| t.id == task.id)
            .collect();
        assert_eq!(tasks.len(), 1, "{title}");
        assert_eq!(tasks[0].title, title);
        assert_eq!(tasks[0].seats_taken, 1);
        assert_eq!(tasks[0].organisation, supervisor.organisation);
        let commissioners: Vec<_> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Commissioner(c) if c.id == commissioner.id => Some(c),
                _ => None,
            })
            .collect();
        assert_eq!(commissioners.len(), 1, "{title}");
        assert_eq!(commissioners[0].name, format!("{title} tilaaja"));
        let claims = common::claims_in(&changes);
        assert_eq!(
            claims.iter().filter(|c| c.id == claim).count(),
            1,
            "{title}"
        );
    }
    // An edit reaches only the editor's own task.
    let mut edited = task.clone();
    edited.title = "Toisten muutettu".into();
    let answer = server
        .sync(&theirs, 0, vec![Op::EditTask { task: edited }])
        .await;
    assert_eq!(answer.results[0].outcome, Outcome::Applied);
    let ours_now = server.pull_all(&aino).await;
    assert!(
        common::tasks_in(&ours_now)
            .iter()
            .filter(|t| t.id == task.id)
            .all(|t| t.title == "Meidän"),
        "{ours_now:?}"
    );
}
