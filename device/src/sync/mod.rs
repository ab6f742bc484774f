//! The sync client: pairs the device with a one-time code, then pushes the outbox and pulls the
//! server's changes in one round trip per batch (`http.rs`: reqwest natively, `fetch` in the
//! browser).

// Loopback HTTP needs tokio's network stack: native only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fake_server;
mod http;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use http::{Answer, Http, Method};

use crate::store::{Store, StoreError};
use keikka_core::Timestamp;
use keikka_core::benefit::RuleVersion;
use keikka_core::protocol::{
    ApiError, CreateGroup, CreateParticipant, Cursor, MAX_MUTATIONS_PER_SYNC, MAX_WAITING_REPORTED,
    PairRequest, PairResponse, PairingCode, SyncRequest, SyncResponse, WaitingWork,
};
use keikka_core::{DeviceId, DomainError, Group, MutationId, PersonId};

/// A paired device as the server lists it for a supervisor.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct DeviceInfo {
    pub id: DeviceId,
    pub person: PersonId,
    pub name: String,
    pub paired_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    /// This device's work that waits unsent on other devices (paired as someone else since).
    #[serde(default)]
    pub waiting_on: Vec<keikka_core::protocol::WaitingOn>,
}

/// How many request/answer rounds one `sync` may take before it stops and reports. A long
/// outbox or a long change stream finishes on the next sync.
pub const MAX_ROUNDS: usize = 20;

/// Why a sync or pairing did not finish. Whatever the error, the store holds everything the
/// person did: nothing is lost, and syncing again is always safe.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// No network, the server unreachable, or the connection dropped before a full answer.
    #[error("no connection to the server: {0}")]
    Offline(String),
    /// The server refused the device token (401): the device was removed from use.
    #[error("the server no longer accepts this device")]
    Unauthorized,
    /// The server answered with an error status.
    #[error("the server answered {status}: {}", error.as_ref().map_or("", |e| e.error.as_str()))]
    Server {
        status: u16,
        error: Option<ApiError>,
    },
    /// The answer was not what the protocol says.
    #[error("unreadable answer from the server: {0}")]
    Decode(String),
    /// The device is not paired, so there is nowhere to sync to.
    #[error("this device is not paired")]
    NotPaired,
    #[error("local store: {0}")]
    Store(#[from] StoreError),
}

impl SyncError {
    /// The fluent message id that tells the person what happened.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::Offline(_) => "sync-offline",
            SyncError::Unauthorized => "pairing-revoked",
            e if e.is_daily_limit() => "sync-daily-limit",
            SyncError::Server { error: Some(e), .. } if e.error == "too_many_created" => {
                "sync-too-many-created"
            }
            SyncError::Server { error: Some(e), .. } if e.error == "too_many_attempts" => {
                "pairing-too-many-attempts"
            }
            SyncError::Server { status: 429, .. } => "sync-too-many-requests",
            SyncError::Server { error: Some(e), .. } if e.error == "invalid_code" => {
                "pairing-invalid-code"
            }
            _ => "sync-server-error",
        }
    }

    /// The server refused what this device sent because it sent too much today: nothing was
    /// stored, and the outbox is sent again later.
    pub fn is_daily_limit(&self) -> bool {
        matches!(self, SyncError::Server { error: Some(e), .. } if e.error == "device_daily_limit")
    }

    /// The message for a call that keeps nothing on the device to send later (pairing, a new
    /// participant, a pairing code): offline, it says that nothing was saved, never that
    /// everything is safe on the device.
    pub fn message_id_unsaved(&self) -> &'static str {
        match self {
            SyncError::Offline(_) => "needs-network",
            _ => self.message_id(),
        }
    }
}

/// What one `sync` did, summed over its rounds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub rounds: usize,
    /// Mutations sent (a mutation re-sent after a lost answer counts again).
    pub sent: usize,
    pub applied: usize,
    pub rejected: Vec<(MutationId, DomainError)>,
    pub changes_received: usize,
    /// Nothing more to send or receive: false when `MAX_ROUNDS` ran out first.
    pub complete: bool,
    /// A newer rule set (benefit figures) the server had, now kept on this device.
    pub rules_updated: Option<RuleVersion>,
}

/// An HTTP client for one or more Keikka servers.
#[derive(Debug, Clone)]
pub struct SyncClient {
    http: Http,
}

impl SyncClient {
    pub fn new() -> Result<SyncClient, SyncError> {
        Ok(SyncClient { http: Http::new()? })
    }

    /// Exchanges a supervisor's one-time code for this device's token. Save the answer with
    /// `Store::save_pairing(server_url, &answer)`.
    pub async fn pair(
        &self,
        server_url: &str,
        code: &str,
        device_name: &str,
    ) -> Result<PairResponse, SyncError> {
        let request = PairRequest {
            code: code.trim().to_owned(),
            device_name: device_name.to_owned(),
        };
        let body = serde_json::to_vec(&request).map_err(|e| SyncError::Decode(e.to_string()))?;
        let answer = self
            .http
            .exchange(
                Method::Post,
                &endpoint(server_url, "pair"),
                None,
                Some(body),
            )
            .await?;
        // A wrong code is a 4xx with `invalid_code`, never "this device was removed".
        read_answer(answer, false)
    }

    /// Pairs and saves the pairing in `store`.
    pub async fn pair_and_save(
        &self,
        store: &mut Store,
        server_url: &str,
        code: &str,
        device_name: &str,
    ) -> Result<PairResponse, SyncError> {
        let answer = self.pair(server_url, code, device_name).await?;
        store.save_pairing(server_url, &answer)?;
        Ok(answer)
    }

    /// An authorised request to `path` under `/api/v1`, with `body` as JSON when given.
    async fn call(
        &self,
        method: Method,
        server_url: &str,
        token: &str,
        path: &str,
        body: Option<&(impl serde::Serialize + ?Sized)>,
    ) -> Result<Answer, SyncError> {
        let body = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|e| SyncError::Decode(e.to_string()))?;
        self.http
            .exchange(method, &endpoint(server_url, path), Some(token), body)
            .await
    }

    /// One round trip: sends `request`, returns the server's answer. Changes nothing locally.
    pub async fn send(
        &self,
        server_url: &str,
        token: &str,
        request: &SyncRequest,
    ) -> Result<SyncResponse, SyncError> {
        let response = self
            .call(Method::Post, server_url, token, "sync", Some(request))
            .await?;
        read_answer(response, true)
    }

    /// A supervisor adds a participant: the server makes them and their one-time pairing code.
    /// Needs the network: a person's first code must come from the server.
    pub async fn create_participant(
        &self,
        server_url: &str,
        token: &str,
        request: &CreateParticipant,
    ) -> Result<PairingCode, SyncError> {
        let response = self
            .call(
                Method::Post,
                server_url,
                token,
                "participants",
                Some(request),
            )
            .await?;
        read_answer(response, true)
    }

    /// A supervisor makes a group of their unit. Needs the network, like adding a person.
    pub async fn create_group(
        &self,
        server_url: &str,
        token: &str,
        request: &CreateGroup,
    ) -> Result<Group, SyncError> {
        let response = self
            .call(Method::Post, server_url, token, "groups", Some(request))
            .await?;
        read_answer(response, true)
    }

    /// A supervisor asks for a fresh pairing code for someone of their unit (a lost phone).
    pub async fn new_pairing_code(
        &self,
        server_url: &str,
        token: &str,
        person: PersonId,
    ) -> Result<PairingCode, SyncError> {
        let path = format!("people/{person}/pairing-code");
        let response = self
            .call(Method::Post, server_url, token, &path, None::<&()>)
            .await?;
        read_answer(response, true)
    }

    /// The unit's paired devices (a supervisor's view; never their tokens).
    pub async fn devices(
        &self,
        server_url: &str,
        token: &str,
    ) -> Result<Vec<DeviceInfo>, SyncError> {
        let response = self
            .call(Method::Get, server_url, token, "devices", None::<&()>)
            .await?;
        read_answer(response, true)
    }

    /// Removes a participant's personal data on the server (their hours stay, anonymous).
    pub async fn remove_participant(
        &self,
        server_url: &str,
        token: &str,
        person: PersonId,
    ) -> Result<(), SyncError> {
        let path = format!("people/{person}");
        let response = self
            .call(Method::Delete, server_url, token, &path, None::<&()>)
            .await?;
        no_content(response)
    }

    /// Takes a lost device out of use: its token stops working at once.
    pub async fn revoke_device(
        &self,
        server_url: &str,
        token: &str,
        device: DeviceId,
    ) -> Result<(), SyncError> {
        let path = format!("devices/{device}/revoke");
        let response = self
            .call(Method::Post, server_url, token, &path, None::<&()>)
            .await?;
        no_content(response)
    }

    /// Pushes the outbox (oldest first, `MAX_MUTATIONS_PER_SYNC` at a time) and pulls changes,
    /// applying each answer in one local transaction, until nothing is left or `MAX_ROUNDS`.
    /// If a request or its answer is lost, that round changes nothing locally; the same
    /// mutations go again next time and the server answers them as before.
    pub async fn sync(&self, store: &mut Store, now: Timestamp) -> Result<SyncReport, SyncError> {
        self.sync_with(store, now).await
    }

    /// `sync` for a store the screens share: it is borrowed only between network waits, so
    /// the person can keep reading and tapping while the answer travels.
    pub async fn sync_shared(
        &self,
        store: &std::cell::RefCell<Store>,
        now: Timestamp,
    ) -> Result<SyncReport, SyncError> {
        self.sync_with(store, now).await
    }

    async fn sync_with(
        &self,
        mut store: impl StoreAccess,
        now: Timestamp,
    ) -> Result<SyncReport, SyncError> {
        let pairing = store.with(|s| s.pairing())?.ok_or(SyncError::NotPaired)?;
        let mut report = SyncReport::default();
        let mut server_rules = None;
        // Past the device's daily limit the server stores nothing it sends: the outbox waits,
        // and what changed still comes (a device paired in the person's name, a cancelled
        // task), then the sync reports the limit.
        let mut held_back: Option<SyncError> = None;
        while report.rounds < MAX_ROUNDS {
            let request = store.with(|s| {
                let mutations = if held_back.is_some() {
                    Vec::new()
                } else {
                    s.outbox_batch(MAX_MUTATIONS_PER_SYNC)?
                };
                Ok(SyncRequest {
                    device: pairing.device,
                    cursor: s.cursor()?,
                    sent_all: held_back.is_none() && mutations.len() == s.outbox_len()?,
                    mutations,
                    // What could not be sent under earlier pairings (just tried): the
                    // supervisor is told it waits here.
                    waiting: s
                        .set_aside_waiting()?
                        .into_iter()
                        .take(MAX_WAITING_REPORTED)
                        .map(|(device, mutations)| WaitingWork { device, mutations })
                        .collect(),
                })
            })?;
            let answer = match self
                .send(&pairing.server_url, &pairing.token, &request)
                .await
            {
                Ok(answer) => answer,
                Err(e) if held_back.is_none() && e.is_daily_limit() => {
                    held_back = Some(e);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let (applied, after) = store.with(|s| {
                let applied = s.apply_sync_response(&answer, now)?;
                Ok((applied, s.outbox_len()?))
            })?;
            server_rules = answer.rules.or(server_rules);
            let answered = applied.applied + applied.rejected.len();
            report.rounds += 1;
            report.sent += request.mutations.len();
            report.applied += applied.applied;
            report.rejected.extend(applied.rejected);
            report.changes_received += applied.changes;
            if !answer.more && after == 0 {
                report.complete = true;
                break;
            }
            if !answer.more && held_back.is_some() {
                break;
            }
            // A server that answers none of what was sent would make this loop spin. (Sending
            // nothing and finding the outbox grown means the person acted during the wait: go
            // round again and send it.)
            if !answer.more && !request.mutations.is_empty() && answered == 0 {
                break;
            }
        }
        self.send_set_aside(&mut store).await?;
        // Newer benefit figures on the server: fetch and keep them. The person's work is synced
        // already, so a failure here only means the figures come at the next sync.
        let ours = store.with(|s| s.rules_version())?;
        if let Some(version) = server_rules.filter(|v| *v > ours)
            && let Ok(body) = self.rules(&pairing.server_url, &pairing.token).await
            && store.with(|s| s.save_rules(&body))?
        {
            report.rules_updated = Some(version);
        }
        match held_back {
            Some(e) => Err(e),
            None => Ok(report),
        }
    }

    /// Sends the work set aside from earlier pairings of this device under those pairings, a
    /// batch at a time, and forgets what the server answered; what cannot go now (offline, a
    /// token taken out of use) stays for the next sync. Only a storage failure is an error.
    async fn send_set_aside(&self, store: &mut impl StoreAccess) -> Result<(), SyncError> {
        for _ in 0..MAX_ROUNDS {
            let Some(batch) = store.with(|s| s.set_aside_batch(MAX_MUTATIONS_PER_SYNC))? else {
                return Ok(());
            };
            let request = SyncRequest {
                device: batch.device,
                // Nothing to pull for a person no longer here.
                cursor: Cursor(u64::MAX),
                mutations: batch.mutations.iter().map(|(_, m)| m.clone()).collect(),
                // The server's clock for that device stays where its last whole send left it.
                sent_all: false,
                waiting: Vec::new(),
            };
            let Ok(answer) = self.send(&batch.server_url, &batch.token, &request).await else {
                return Ok(());
            };
            let answered: std::collections::HashSet<_> =
                answer.results.iter().map(|r| r.id).collect();
            let rows: Vec<i64> = batch
                .mutations
                .iter()
                .filter(|(_, m)| answered.contains(&m.id))
                .map(|(row, _)| *row)
                .collect();
            if rows.is_empty() {
                return Ok(());
            }
            store.with(|s| s.forget_set_aside(&rows))?;
        }
        Ok(())
    }

    /// The server's rule set (`GET /api/v1/rules`), as its text; the store checks it whole.
    pub async fn rules(&self, server_url: &str, token: &str) -> Result<String, SyncError> {
        let answer = self
            .call(Method::Get, server_url, token, "rules", None::<&()>)
            .await?;
        if answer.status == 401 {
            return Err(SyncError::Unauthorized);
        }
        if answer.status != 200 {
            return Err(SyncError::Server {
                status: answer.status,
                error: answer.json().ok(),
            });
        }
        String::from_utf8(answer.body).map_err(|e| SyncError::Decode(e.to_string()))
    }
}

/// How a sync reaches the store: held for the whole sync, or borrowed for each step.
trait StoreAccess {
    fn with<R>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<R, StoreError>,
    ) -> Result<R, StoreError>;
}

impl StoreAccess for &mut Store {
    fn with<R>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        f(self)
    }
}

impl StoreAccess for &std::cell::RefCell<Store> {
    fn with<R>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        // A screen never holds the store across a wait, so this is not expected to be busy;
        // if it is, the sync stops with an error instead of a panic, and nothing is lost.
        let mut store = self.try_borrow_mut().map_err(|_| StoreError::Busy)?;
        f(&mut store)
    }
}

fn endpoint(server_url: &str, path: &str) -> String {
    format!("{}/api/v1/{path}", server_url.trim_end_matches('/'))
}

/// An answer that carries no body: success, or the error it says.
fn no_content(answer: Answer) -> Result<(), SyncError> {
    if answer.status == 401 {
        return Err(SyncError::Unauthorized);
    }
    if !(200..300).contains(&answer.status) {
        return Err(SyncError::Server {
            status: answer.status,
            error: answer.json().ok(),
        });
    }
    Ok(())
}

fn read_answer<T: serde::de::DeserializeOwned>(
    answer: Answer,
    token_sent: bool,
) -> Result<T, SyncError> {
    if token_sent && answer.status == 401 {
        return Err(SyncError::Unauthorized);
    }
    if !(200..300).contains(&answer.status) {
        return Err(SyncError::Server {
            status: answer.status,
            error: answer.json().ok(),
        });
    }
    answer.json().map_err(SyncError::Decode)
}
