//! A small stand-in for the sync server in the app's own tests: real HTTP on 127.0.0.1, real
//! `keikka_core::apply`, idempotent per mutation id, a change log with a cursor and paging, and
//! switches to lose answers or fail, as the real server and a faulty network would.

use crate::testkit::{ServerSim, group, organisation, supervisor};
use keikka_core::protocol::{
    ApiError, Change, Cursor, MAX_MUTATIONS_PER_SYNC, MutationResult, Outcome, PairRequest,
    PairResponse, SyncRequest, SyncResponse,
};
use keikka_core::{DeviceId, MutationId, Person, PersonId, Role};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use uuid::Uuid;

pub struct State {
    pub sim: ServerSim,
    pub people: Vec<Person>,
    pub tokens: HashMap<String, PersonId>,
    pub codes: HashMap<String, PersonId>,
    pub outcomes: HashMap<MutationId, Outcome>,
    /// Every change in the order made; a cursor is a position in it.
    pub log: Vec<Change>,
    /// Changes per answer.
    pub page: usize,
    /// Process this many sync requests fully, then close the connection without answering.
    pub lose_answers: usize,
    /// Answer the next sync request with this status, without processing it.
    pub fail_next: Option<u16>,
    /// Refuse every sync that carries mutations as the real server does past a device's daily
    /// limit (429 `device_daily_limit`); syncs without any are answered.
    pub over_daily_limit: bool,
    /// How many mutations each sync request carried.
    pub batches: Vec<usize>,
}

pub struct FakeServer {
    pub url: String,
    pub state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeServer {
    /// A server for the test unit with `people` (plus the supervisor); pairing code
    /// `code-<name>` pairs each.
    pub async fn start(people: &[Person]) -> FakeServer {
        let mut all = vec![supervisor()];
        all.extend(people.iter().cloned());
        let mut log = vec![Change::Organisation(organisation()), Change::Group(group())];
        log.extend(all.iter().cloned().map(Change::Person));
        let codes = all
            .iter()
            .map(|p| (format!("code-{}", p.name.replace(' ', "-")), p.id))
            .collect();
        let state = Arc::new(Mutex::new(State {
            sim: ServerSim::new(),
            people: all,
            tokens: HashMap::new(),
            codes,
            outcomes: HashMap::new(),
            log,
            page: 500,
            lose_answers: 0,
            fail_next: None,
            over_daily_limit: false,
            batches: Vec::new(),
        }));
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(handle(socket, shared.clone()));
            }
        });
        FakeServer { url, state, task }
    }

    pub fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().expect("fake server state")
    }
}

impl State {
    /// Publishes, claims and so on as if another device had synced it.
    pub fn record(&mut self, changes: Vec<Change>) {
        self.log.extend(changes);
    }

    fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    fn visible(&self, me: &Person, change: &Change) -> bool {
        let sup = me.role == Role::Supervisor;
        match change {
            Change::Organisation(o) => o.id == me.organisation,
            Change::Group(g) => g.organisation == me.organisation,
            Change::Person(p) => p.organisation == me.organisation && (sup || p.id == me.id),
            Change::Task(t) => {
                t.organisation == me.organisation && (sup || t.visible_to_groups(&me.groups))
            }
            Change::Claim(c) => {
                c.organisation == me.organisation && (sup || c.participant == me.id)
            }
            Change::Consent(c) => sup || c.participant == me.id,
            Change::Commissioner(c) => sup && c.organisation == me.organisation,
            Change::Order(o) => sup && o.organisation == me.organisation,
            Change::SharedProfile(p) => sup && p.organisation == me.organisation,
        }
    }

    fn pair(&mut self, body: &[u8]) -> (u16, String) {
        let Ok(request) = serde_json::from_slice::<PairRequest>(body) else {
            return error(400, "invalid_json");
        };
        let Some(person) = self
            .codes
            .remove(&request.code)
            .and_then(|id| self.person(id).cloned())
        else {
            return error(400, "invalid_code");
        };
        let token = format!("token-{}", Uuid::new_v4());
        self.tokens.insert(token.clone(), person.id);
        json(
            200,
            &PairResponse {
                device: DeviceId(Uuid::new_v4()),
                token,
                person,
                organisation: organisation(),
            },
        )
    }

    fn sync(&mut self, auth: Option<&str>, body: &[u8]) -> Option<(u16, String)> {
        let me = auth
            .and_then(|a| a.strip_prefix("Bearer "))
            .and_then(|t| self.tokens.get(t))
            .and_then(|id| self.person(*id).cloned());
        let Some(me) = me else {
            return Some(error(401, "unauthorized"));
        };
        if let Some(status) = self.fail_next.take() {
            return Some(error(status, "internal"));
        }
        let Ok(request) = serde_json::from_slice::<SyncRequest>(body) else {
            return Some(error(400, "invalid_json"));
        };
        if request.mutations.len() > MAX_MUTATIONS_PER_SYNC {
            return Some(error(400, "too_many_mutations"));
        }
        self.batches.push(request.mutations.len());
        if self.over_daily_limit && !request.mutations.is_empty() {
            return Some(error(429, "device_daily_limit"));
        }
        let mut results = Vec::new();
        for m in &request.mutations {
            let outcome = match self.outcomes.get(&m.id) {
                Some(o) => o.clone(),
                None => {
                    let outcome = match self.sim.run_mutation(&me, m) {
                        Ok(changes) => {
                            self.log.extend(changes);
                            Outcome::Applied
                        }
                        Err(reason) => Outcome::Rejected { reason },
                    };
                    self.outcomes.insert(m.id, outcome.clone());
                    outcome
                }
            };
            results.push(MutationResult { id: m.id, outcome });
        }
        let start = usize::try_from(request.cursor.0)
            .unwrap_or(usize::MAX)
            .min(self.log.len());
        let mut changes = Vec::new();
        let mut scanned = start;
        while scanned < self.log.len() && changes.len() < self.page {
            if self.visible(&me, &self.log[scanned]) {
                changes.push(self.log[scanned].clone());
            }
            scanned += 1;
        }
        let answer = SyncResponse {
            results,
            changes,
            cursor: Cursor(scanned as u64),
            more: scanned < self.log.len(),
            rules: None,
        };
        if self.lose_answers > 0 {
            self.lose_answers -= 1;
            return None;
        }
        Some(json(200, &answer))
    }
}

fn json<T: serde::Serialize>(status: u16, value: &T) -> (u16, String) {
    (status, serde_json::to_string(value).expect("serialise"))
}

fn error(status: u16, code: &str) -> (u16, String) {
    json(
        status,
        &ApiError {
            error: code.into(),
            detail: format!("fake server: {code}"),
        },
    )
}

async fn handle(mut socket: TcpStream, state: Arc<Mutex<State>>) {
    let Some((path, auth, body)) = read_request(&mut socket).await else {
        return;
    };
    let reply = {
        let mut st = state.lock().expect("fake server state");
        match path.as_str() {
            "/api/v1/pair" => Some(st.pair(&body)),
            "/api/v1/sync" => st.sync(auth.as_deref(), &body),
            _ => Some(error(404, "not_found")),
        }
    };
    // No reply: the request was processed but its answer is lost with the connection.
    let Some((status, body)) = reply else {
        return;
    };
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = socket.write_all(head.as_bytes()).await;
    let _ = socket.write_all(body.as_bytes()).await;
    let _ = socket.shutdown().await;
}

/// The path, the Authorization header and the body of one HTTP/1.1 request.
async fn read_request(socket: &mut TcpStream) -> Option<(String, Option<String>, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let path = lines.next()?.split(' ').nth(1)?.to_owned();
    let mut length = 0usize;
    let mut auth = None;
    for line in lines {
        if let Some((name, value)) = line.split_once(':') {
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                length = value.parse().ok()?;
            } else if name.eq_ignore_ascii_case("authorization") {
                auth = Some(value.to_owned());
            }
        }
    }
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some((path, auth, body))
}
