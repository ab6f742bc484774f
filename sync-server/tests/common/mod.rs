//! Shared test harness: the real router on 127.0.0.1:0 over a temporary database, a manual
//! clock, and small helpers that speak the wire format.
#![allow(dead_code)]

use keikka_core::protocol::{Change, Cursor, Mutation, Op, Outcome, PairResponse, SyncResponse};
use keikka_core::{
    Cents, ContractType, DeviceId, GroupId, Minutes, MutationId, OrganisationId, Pay, PersonId,
    TaskDraft, TaskId, Timestamp,
};
use keikka_sync_server::{AppState, Clock, Store, serve};
use reqwest::StatusCode;
use serde_json::{Value, json};
use uuid::Uuid;

/// When every test starts: a Monday morning in Helsinki.
pub const START: &str = "2026-03-02T09:00:00+02:00";

pub fn at(text: &str) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(text).expect("test timestamp")
}

pub struct TestServer {
    pub url: String,
    pub store: Store,
    pub clock: Clock,
    pub http: reqwest::Client,
    _dir: tempfile::TempDir,
}

/// A paired device and who it belongs to.
#[derive(Clone, Debug)]
pub struct Device {
    pub id: DeviceId,
    pub token: String,
    pub person: PersonId,
    pub organisation: OrganisationId,
}

impl TestServer {
    pub async fn start() -> TestServer {
        Self::start_with(|state| state).await
    }

    /// A server whose state `configure` adjusts first (e.g. how often it rereads rule sets).
    pub async fn start_with(configure: impl FnOnce(AppState) -> AppState) -> TestServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let location = keikka_sync_server::db::for_test(dir.path()).expect("a test database");
        let store = Store::open_at(&location).expect("open store");
        Self::serve_on(store, Clock::manual(at(START)), configure, dir).await
    }

    /// A second server instance on this one's database, with limits of its own and the same
    /// clock: two instances behind a load balancer.
    pub async fn another_instance(
        &self,
        configure: impl FnOnce(AppState) -> AppState,
    ) -> TestServer {
        let store = Store::open_at(self.store.location()).expect("open store again");
        let dir = tempfile::tempdir().expect("temp dir");
        Self::serve_on(store, self.clock.clone(), configure, dir).await
    }

    /// A server listening on every address, IPv6 and IPv4 (`[::]`, as a deployment may), that
    /// the client reaches over IPv4 at 127.0.0.1: the server then sees `::ffff:127.0.0.1`.
    pub async fn start_dual_stack(configure: impl FnOnce(AppState) -> AppState) -> TestServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let location = keikka_sync_server::db::for_test(dir.path()).expect("a test database");
        let store = Store::open_at(&location).expect("open store");
        let listener = tokio::net::TcpListener::bind("[::]:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let url = format!("http://127.0.0.1:{port}");
        Self::serve_from(
            listener,
            url,
            store,
            Clock::manual(at(START)),
            configure,
            dir,
        )
    }

    async fn serve_on(
        store: Store,
        clock: Clock,
        configure: impl FnOnce(AppState) -> AppState,
        dir: tempfile::TempDir,
    ) -> TestServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        Self::serve_from(listener, url, store, clock, configure, dir)
    }

    fn serve_from(
        listener: tokio::net::TcpListener,
        url: String,
        store: Store,
        clock: Clock,
        configure: impl FnOnce(AppState) -> AppState,
        dir: tempfile::TempDir,
    ) -> TestServer {
        let state = configure(AppState::new(store.clone(), clock.clone()));
        tokio::spawn(serve(listener, state, std::future::pending()));
        TestServer {
            url,
            store,
            clock,
            http: client(),
            _dir: dir,
        }
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> (StatusCode, Value) {
        let mut request = self.http.post(format!("{}{path}", self.url)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        read(request.send().await.expect("request")).await
    }

    /// Posts raw bytes with a content type, for malformed bodies.
    pub async fn post_raw(
        &self,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        body: impl Into<reqwest::Body>,
    ) -> (StatusCode, Value) {
        let mut request = self
            .http
            .post(format!("{}{path}", self.url))
            .header("content-type", content_type)
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        read(request.send().await.expect("request")).await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        let mut request = self.http.get(format!("{}{path}", self.url));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        read(request.send().await.expect("request")).await
    }

    /// A GET whose answer is read as text (CSV), with its status and content type.
    pub async fn get_text(&self, path: &str, token: Option<&str>) -> (StatusCode, String, String) {
        let mut request = self.http.get(format!("{}{path}", self.url));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (status, content_type, response.text().await.expect("body"))
    }

    /// Pairs a device with `code`, expecting success.
    pub async fn pair(&self, code: &str) -> Device {
        let (status, body) = self
            .post(
                "/api/v1/pair",
                None,
                &json!({"code": code, "device_name": "Testipuhelin"}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let paired: PairResponse = serde_json::from_value(body).expect("pair response");
        Device {
            id: paired.device,
            token: paired.token,
            person: paired.person.id,
            organisation: paired.organisation.id,
        }
    }

    /// A new organisation with a paired supervisor device.
    pub async fn organisation(&self, name: &str) -> Device {
        let new = self
            .store
            .create_organisation(name, "Väylä ry", "Sanna Laine", self.clock.now())
            .expect("organisation");
        self.pair(&new.supervisor.code).await
    }

    pub async fn group(&self, supervisor: &Device, name: &str) -> GroupId {
        let (status, body) = self
            .post(
                "/api/v1/groups",
                Some(&supervisor.token),
                &json!({"name": name}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        serde_json::from_value(body["id"].clone()).expect("group id")
    }

    /// A new participant in `groups`, with a paired device.
    pub async fn participant(&self, supervisor: &Device, name: &str, groups: &[GroupId]) -> Device {
        let (status, body) = self
            .post(
                "/api/v1/participants",
                Some(&supervisor.token),
                &json!({"name": name, "groups": groups}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let code = body["code"].as_str().expect("code").to_owned();
        self.pair(&code).await
    }

    /// One sync round with `ops` made now, expecting 200.
    pub async fn sync(&self, device: &Device, cursor: u64, ops: Vec<Op>) -> SyncResponse {
        let now = self.clock.now();
        let mutations = ops
            .into_iter()
            .map(|op| Mutation {
                id: MutationId(Uuid::new_v4()),
                at: now,
                op,
            })
            .collect();
        self.sync_mutations(device, cursor, mutations).await
    }

    pub async fn sync_mutations(
        &self,
        device: &Device,
        cursor: u64,
        mutations: Vec<Mutation>,
    ) -> SyncResponse {
        // A test's device has nothing else to send: what it sends later was done later.
        let request = json!({"device": device.id, "cursor": cursor, "mutations": mutations, "sent_all": true});
        let (status, body) = self
            .post("/api/v1/sync", Some(&device.token), &request)
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        serde_json::from_value(body).expect("sync response")
    }

    /// Every change visible to `device` from the start, following `more`.
    pub async fn pull_all(&self, device: &Device) -> Vec<Change> {
        let mut cursor = 0;
        let mut changes = vec![];
        loop {
            let answer = self.sync(device, cursor, vec![]).await;
            changes.extend(answer.changes);
            cursor = answer.cursor.0;
            if !answer.more {
                return changes;
            }
        }
    }

    /// Publishes `draft` as `supervisor`, expecting it applied.
    /// `participant` takes `task` and reports `minutes` of work on it, expecting both applied.
    pub async fn claim_and_report(
        &self,
        participant: &Device,
        task: TaskId,
        minutes: u32,
    ) -> keikka_core::ClaimId {
        let claim = keikka_core::ClaimId(uuid::Uuid::new_v4());
        let answer = self
            .sync(
                participant,
                0,
                vec![
                    Op::ClaimTask { claim, task },
                    Op::CompleteTask {
                        claim,
                        minutes: keikka_core::Minutes(minutes),
                        note: None,
                    },
                ],
            )
            .await;
        assert!(
            answer
                .results
                .iter()
                .all(|r| r.outcome == keikka_core::protocol::Outcome::Applied),
            "{answer:?}"
        );
        claim
    }

    pub async fn publish(&self, supervisor: &Device, draft: TaskDraft) -> TaskId {
        let id = draft.id;
        let answer = self
            .sync(supervisor, 0, vec![Op::PublishTask { task: draft }])
            .await;
        assert_eq!(answer.results[0].outcome, Outcome::Applied);
        id
    }

    /// Row counts of every table and the sequence head: equal before and after means nothing changed.
    pub fn snapshot(&self) -> Vec<(String, u64)> {
        let mut rows: Vec<(String, u64)> = [
            "organisations",
            "groups",
            "persons",
            "person_groups",
            "tasks",
            "task_groups",
            "claims",
            "consents",
            "devices",
            "pairing_codes",
            "mutations",
            "commissioners",
            "orders",
            "audit_log",
        ]
        .iter()
        .map(|t| ((*t).to_owned(), self.store.count_rows(t).expect("count")))
        .collect();
        rows.push(("seq".into(), self.store.current_seq().expect("seq")));
        rows
    }
}

/// A reqwest client; installs the ring provider once per test binary (a second install is a no-op error).
pub fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

async fn read(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.expect("body");
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}"))
    };
    (status, body)
}

/// A task tomorrow morning, 10.00 €/h, `seats` seats, seen by everyone.
pub fn draft(seats: u16) -> TaskDraft {
    TaskDraft {
        id: TaskId(Uuid::new_v4()),
        title: "Imurointi seurakuntatalossa".into(),
        steps: vec!["Tule pääovelle kello 9.".into()],
        place: "Kallion seurakuntatalo".into(),
        starts_at: at("2026-03-02T10:00:00+02:00"),
        ends_at: at("2026-03-02T13:00:00+02:00"),
        estimated_minutes: Minutes(120),
        pay: Pay::Hourly(Cents(1000)),
        seats,
        instructor: None,
        contract: ContractType::Employment,
        commissioner: None,
        order: None,
        groups: vec![],
        employer_of_record: None,
        swedish: None,
    }
}

pub fn tasks_in(changes: &[Change]) -> Vec<&keikka_core::Task> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Task(t) => Some(t),
            _ => None,
        })
        .collect()
}

pub fn claims_in(changes: &[Change]) -> Vec<&keikka_core::Claim> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Claim(c) => Some(c),
            _ => None,
        })
        .collect()
}

pub fn cursor(n: u64) -> Cursor {
    Cursor(n)
}
