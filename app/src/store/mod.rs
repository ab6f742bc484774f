//! The device's local store: the pairing, the server's state as last received, the outbox of
//! pending mutations, the server's refusals and the sync position, in one SQLite database.
//!
//! Every read goes through the *view*: the server's state with the pending outbox re-applied
//! on top, so what a person did shows at once, offline, marked "saved on this phone". Time is
//! always passed in; the store never reads a clock.

mod migrations;
mod rows;
mod view;

#[cfg(test)]
mod tests;

pub use migrations::LATEST_VERSION;
pub use view::{PendingMutation, SyncState, Synced};

use crate::settings::Settings;
use keikka_core::apply::Received;
use keikka_core::benefit::{BenefitProfile, RuleSet, RuleVersion};
use keikka_core::protocol::{
    Change, Cursor, Mutation, MutationResult, Op, Outcome, PairResponse, Subject, SyncResponse,
};
use keikka_core::{
    Actor, Cents, Claim, ClaimId, ClaimStatus, Consent, DeviceId, DomainError, Earning, Group,
    MutationId, Organisation, Person, Role, Task, TaskId, Timestamp, WorldError, apply,
};
use rows::ServerTables;
use rusqlite::{Connection, OptionalExtension, params};
use view::View;

/// Why the store could not do something. A refusal by the domain is `Rejected`; the rest are
/// failures of the device's storage.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The domain refused the action; nothing was stored.
    #[error("refused: {0}")]
    Rejected(DomainError),
    /// The device is not paired yet, so there is no one to act as.
    #[error("this device is not paired")]
    NotPaired,
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    World(#[from] WorldError),
    /// A stored value that cannot be what was written (a bad id, time or number).
    #[error("corrupt stored value: {0}")]
    Corrupt(String),
    /// The browser's IndexedDB storage could not be set up.
    #[error("browser storage: {0}")]
    Browser(String),
    /// Another part of the app is writing to the store this instant; try again.
    #[error("the store is busy")]
    Busy,
    /// A benefit profile that cannot be a real household or decision; nothing was saved.
    #[error("benefit profile: {0}")]
    InvalidProfile(#[from] keikka_core::benefit::ImpactError),
}

/// The participant's benefit profile as saved on this device, and when it was last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedProfile {
    pub profile: BenefitProfile,
    pub updated_at: Timestamp,
}

/// Unsent work of an earlier pairing of this device, with that pairing.
#[derive(Debug, Clone)]
pub struct SetAside {
    pub server_url: String,
    pub device: DeviceId,
    pub token: String,
    /// `(row, mutation)`, oldest first.
    pub mutations: Vec<(i64, Mutation)>,
}

/// This device's link to the server, made once from a supervisor's one-time code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairing {
    pub server_url: String,
    pub device: DeviceId,
    /// Sent as `Authorization: Bearer <token>`.
    pub token: String,
    pub person: Person,
    pub organisation: Organisation,
}

/// A claim with what a screen shows next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimItem {
    pub claim: Claim,
    /// The task, when this device has it.
    pub task: Option<Task>,
    /// The participant, when this device has them (supervisors get their unit's people).
    pub participant: Option<Person>,
    pub sync: SyncState,
}

impl ClaimItem {
    /// The supervisor's words when they did not approve the completion.
    pub fn rejection_reason(&self) -> Option<&str> {
        match &self.claim.state {
            keikka_core::ClaimState::Rejected { rejection, .. } => Some(&rejection.reason),
            _ => None,
        }
    }
}

/// Approved earnings paid in one calendar month: the month the benefits see them in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthEarnings {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    pub total: Cents,
    pub earnings: Vec<Earning>,
}

/// A mutation the server refused, kept until the person has seen why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectionNote {
    pub mutation: MutationId,
    pub subject: Subject,
    pub reason: DomainError,
    pub op: Op,
    /// When the person did it.
    pub done_at: Timestamp,
    /// When the refusal arrived.
    pub received_at: Timestamp,
}

/// What applying one server answer changed on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerApplied {
    /// Outbox mutations the server applied (now removed from the outbox).
    pub applied: usize,
    /// Outbox mutations the server refused (removed, and kept as rejections).
    pub rejected: Vec<(MutationId, DomainError)>,
    /// Changes written into the server tables.
    pub changes: usize,
}

/// The device's database.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed) the database file at `path` and migrates it to the latest
    /// schema.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn open(path: impl AsRef<std::path::Path>) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        // WAL keeps a crash between write and fsync from corrupting the file on phones and
        // desktops; the browser VFS does not support it.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Store::from_connection(conn)
    }

    /// A database that lives as long as the `Store`: for tests and tools.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::from_connection(Connection::open_in_memory()?)
    }

    /// Opens the browser's database `name`, kept in IndexedDB so it survives a reload.
    ///
    /// The relaxed-idb VFS (sqlite-wasm-vfs) loads the whole database into memory when it is
    /// installed and writes the changed pages to IndexedDB after each commit, in the
    /// background: it runs on the main thread (OPFS would need a dedicated worker) and a
    /// participant's data is small. A reload right after a tap can lose at most that last
    /// commit, not corrupt the file. Two tabs writing the same database can corrupt it: the web
    /// build must keep one tab (or a shared worker) as the owner.
    #[cfg(target_arch = "wasm32")]
    pub async fn open_browser(name: &str) -> Result<Store, StoreError> {
        use sqlite_wasm_vfs::relaxed_idb::{RelaxedIdbCfg, install};
        // Installing again (a second store in one page) reuses the registered VFS.
        install::<sqlite_wasm_rs::WasmOsCallback>(&RelaxedIdbCfg::default(), true)
            .await
            .map_err(|e| StoreError::Browser(e.to_string()))?;
        let conn = Connection::open(name)?;
        // The only mode relaxed-idb supports: durability comes from its IndexedDB commit.
        conn.pragma_update(None, "synchronous", "off")?;
        Store::from_connection(conn)
    }

    /// Waits until every commit made so far is in IndexedDB, not only in this page's memory.
    ///
    /// The relaxed-idb VFS writes each commit's pages to IndexedDB in order, one operation
    /// after another; the removal of a file that does not exist, queued behind them, finishes
    /// only after all of them, which is the one way its interface gives to wait for them.
    #[cfg(target_arch = "wasm32")]
    pub async fn browser_writes_done() -> Result<(), StoreError> {
        use sqlite_wasm_vfs::relaxed_idb::{RelaxedIdbCfg, install};
        const MARKER: &str = "keikka-writes-done-marker";
        let vfs = install::<sqlite_wasm_rs::WasmOsCallback>(&RelaxedIdbCfg::default(), true)
            .await
            .map_err(|e| StoreError::Browser(e.to_string()))?;
        vfs.delete_db(MARKER)
            .map_err(|e| StoreError::Browser(e.to_string()))?
            .await
            .map_err(|e| StoreError::Browser(e.to_string()))
    }

    /// Wraps an open connection and migrates it to the latest schema.
    pub fn from_connection(mut conn: Connection) -> Result<Store, StoreError> {
        migrations::migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// The schema version of this database.
    pub fn schema_version(&self) -> Result<usize, StoreError> {
        let v: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        usize::try_from(v).map_err(|_| StoreError::Corrupt(format!("user_version {v}")))
    }

    // ----- Pairing -----

    /// Saves the pairing the server answered. Pairing again as the same person (a new code
    /// after the old token was revoked) keeps the outbox, so no work is lost; pairing as
    /// someone else forgets what the previous person had here, except their unsent work: that
    /// is set aside with their pairing and sent under it when it can be
    /// ([`Store::set_aside_batch`]).
    pub fn save_pairing(
        &mut self,
        server_url: &str,
        answer: &PairResponse,
    ) -> Result<(), StoreError> {
        let previous = self.pairing()?;
        let tx = self.conn.transaction()?;
        let same_person = previous
            .as_ref()
            .is_some_and(|p| p.person.id == answer.person.id && p.server_url == server_url);
        if !same_person {
            if let Some(previous) = &previous {
                tx.execute(
                    "INSERT INTO set_aside (server_url, device, token, mutation) \
                     SELECT ?1, ?2, ?3, json FROM outbox ORDER BY seq",
                    params![
                        previous.server_url,
                        previous.device.to_string(),
                        previous.token
                    ],
                )?;
            }
            rows::clear(&tx)?;
            // The benefit profile is the previous person's special-category data: it goes too.
            tx.execute_batch(
                "DELETE FROM outbox; DELETE FROM rejections; DELETE FROM benefit_profile; \
                 UPDATE sync_state SET cursor = 0, last_synced_at = NULL;",
            )?;
        }
        tx.execute(
            "INSERT OR REPLACE INTO pairing \
             (only_row, server_url, device, token, person, organisation) \
             VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![
                server_url,
                answer.device.to_string(),
                answer.token,
                serde_json::to_string(&answer.person)?,
                serde_json::to_string(&answer.organisation)?
            ],
        )?;
        // The person and their unit are the first things the view needs (publishing a task
        // reads the unit's employer of record); later sync answers replace them.
        rows::put_person(&tx, &answer.person)?;
        rows::put_organisation(&tx, &answer.organisation)?;
        tx.commit()?;
        Ok(())
    }

    pub fn pairing(&self) -> Result<Option<Pairing>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT server_url, device, token, person, organisation FROM pairing",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        let Some((server_url, device, token, person, organisation)) = row else {
            return Ok(None);
        };
        Ok(Some(Pairing {
            server_url,
            device: parse_id(&device)?,
            token,
            person: serde_json::from_str(&person)?,
            organisation: serde_json::from_str(&organisation)?,
        }))
    }

    /// Who acts on this device: the paired person, with their groups as the server last said.
    pub fn actor(&self) -> Result<Option<Actor>, StoreError> {
        let Some(me) = self.me()? else {
            return Ok(None);
        };
        Ok(Some(Actor {
            person: me.id,
            organisation: me.organisation,
            role: me.role,
            groups: me.groups,
        }))
    }

    fn require_actor(&self) -> Result<Actor, StoreError> {
        self.actor()?.ok_or(StoreError::NotPaired)
    }

    // ----- What stays on this device -----

    /// The settings chosen on this device, or `None` before anyone chose (first start).
    pub fn settings(&self) -> Result<Option<Settings>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM device_settings", [], |r| r.get(0))
            .optional()?;
        json.map(|j| serde_json::from_str(&j).map_err(StoreError::from))
            .transpose()
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO device_settings (only_row, json) VALUES (1, ?1)",
            [serde_json::to_string(settings)?],
        )?;
        Ok(())
    }

    /// The participant's benefit profile, if they have filled it in on this device.
    pub fn benefit_profile(&self) -> Result<Option<SavedProfile>, StoreError> {
        let row: Option<(String, String)> = self
            .conn
            .query_row("SELECT json, updated_at FROM benefit_profile", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let Some((json, updated_at)) = row else {
            return Ok(None);
        };
        Ok(Some(SavedProfile {
            profile: serde_json::from_str(&json)?,
            updated_at: parse_time(&updated_at)?,
        }))
    }

    /// Saves the benefit profile after checking it could be a real household; an impossible
    /// one is refused and the saved one stays as it was. It stays on this device.
    pub fn save_benefit_profile(
        &mut self,
        profile: &BenefitProfile,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        profile.validate()?;
        self.conn.execute(
            "INSERT OR REPLACE INTO benefit_profile (only_row, json, updated_at) \
             VALUES (1, ?1, ?2)",
            params![serde_json::to_string(profile)?, at.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Removes the benefit profile from this device.
    pub fn forget_benefit_profile(&mut self) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM benefit_profile", [])?;
        Ok(())
    }

    /// The rule set this device uses: the newest of the one shipped in the app and the one the
    /// server last handed out. A stored set this app cannot read (its engine changed) is passed
    /// over for the shipped one, never guessed at.
    pub fn rules(&self) -> Result<RuleSet, StoreError> {
        let builtin = RuleSet::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let stored: Option<String> = self
            .conn
            .query_row("SELECT body FROM rule_set", [], |r| r.get(0))
            .optional()?;
        Ok(stored
            .and_then(|body| RuleSet::parse(&body).ok())
            .filter(|set| set.version() > builtin.version())
            .unwrap_or(builtin))
    }

    /// The version of the rule set this device uses (what [`Store::rules`] gives).
    pub fn rules_version(&self) -> Result<RuleVersion, StoreError> {
        Ok(self.rules()?.version())
    }

    /// Keeps a rule set the server handed out, if it is complete and newer than every set this
    /// device has (stored or shipped); an older, equal or broken one changes nothing. Returns
    /// whether it was kept.
    pub fn save_rules(&mut self, body: &str) -> Result<bool, StoreError> {
        let Ok(set) = RuleSet::parse(body) else {
            return Ok(false);
        };
        if set.version() <= self.rules_version()? {
            return Ok(false);
        }
        self.conn.execute(
            "INSERT OR REPLACE INTO rule_set (only_row, version, body) VALUES (1, ?1, ?2)",
            params![set.version().to_string(), body],
        )?;
        Ok(true)
    }

    // ----- Recording what the person does -----

    /// Records what the person just did: decides it over the current view with the same rules
    /// the server uses and, if allowed, appends it to the outbox. A refusal returns the reason
    /// and stores nothing.
    pub fn record(&mut self, op: Op, at: Timestamp) -> Result<MutationId, StoreError> {
        let actor = self.require_actor()?;
        let mutation = Mutation {
            id: MutationId::from_uuid(uuid::Uuid::new_v4()),
            at,
            op,
        };
        let tx = self.conn.transaction()?;
        {
            let view = View::build(ServerTables::new(&tx), &actor, outbox_all(&tx)?)?;
            match apply(&view, &actor, &mutation, Received::as_recorded(mutation.at)) {
                Ok(_) => {}
                Err(keikka_core::apply::ApplyError::Rejected(reason)) => {
                    return Err(StoreError::Rejected(reason));
                }
                Err(keikka_core::apply::ApplyError::Storage(e)) => return Err(e.into()),
            }
        }
        let (kind, subject_id) = subject_columns(mutation.op.subject());
        tx.execute(
            "INSERT INTO outbox (id, subject_kind, subject_id, json) VALUES (?1, ?2, ?3, ?4)",
            params![
                mutation.id.to_string(),
                kind,
                subject_id,
                serde_json::to_string(&mutation)?
            ],
        )?;
        tx.commit()?;
        Ok(mutation.id)
    }

    // ----- Sync -----

    /// The oldest `limit` pending mutations, in the order they were done.
    pub fn outbox_batch(&self, limit: usize) -> Result<Vec<Mutation>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self
            .conn
            .prepare_cached("SELECT json FROM outbox ORDER BY seq LIMIT ?1")?;
        let rows = stmt.query_map([limit], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for json in rows {
            out.push(serde_json::from_str(&json?)?);
        }
        Ok(out)
    }

    pub fn outbox_len(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM outbox", [], |r| r.get(0))?;
        usize::try_from(n).map_err(|_| StoreError::Corrupt(format!("outbox count {n}")))
    }

    /// How many mutations of an earlier pairing wait to be sent under it.
    pub fn set_aside_len(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM set_aside", [], |r| r.get(0))?;
        usize::try_from(n).map_err(|_| StoreError::Corrupt(format!("set-aside count {n}")))
    }

    /// The oldest set-aside mutations of one earlier pairing (at most `limit`), with the
    /// pairing to send them under: `(server_url, device, token, [(row, mutation)])`.
    pub fn set_aside_batch(&self, limit: usize) -> Result<Option<SetAside>, StoreError> {
        let first: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT server_url, device, token FROM set_aside ORDER BY seq LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((server_url, device, token)) = first else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(
            "SELECT seq, mutation FROM set_aside WHERE server_url = ?1 AND device = ?2 \
             ORDER BY seq LIMIT ?3",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![server_url, device, limit], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut mutations = Vec::new();
        for row in rows {
            let (seq, json) = row?;
            mutations.push((seq, serde_json::from_str::<Mutation>(&json)?));
        }
        Ok(Some(SetAside {
            server_url,
            device: parse_id(&device)?,
            token,
            mutations,
        }))
    }

    /// Forgets the set-aside rows `seqs`: the server has answered them.
    pub fn forget_set_aside(&mut self, seqs: &[i64]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for seq in seqs {
            tx.execute("DELETE FROM set_aside WHERE seq = ?1", [seq])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every pending mutation, oldest first, with why it no longer applies locally if it does not.
    pub fn pending(&self) -> Result<Vec<PendingMutation>, StoreError> {
        Ok(self.view()?.map(|v| v.pending).unwrap_or_default())
    }

    pub fn cursor(&self) -> Result<Cursor, StoreError> {
        let c: i64 = self
            .conn
            .query_row("SELECT cursor FROM sync_state", [], |r| r.get(0))?;
        u64::try_from(c)
            .map(Cursor)
            .map_err(|_| StoreError::Corrupt(format!("cursor {c}")))
    }

    /// When the last server answer was applied.
    pub fn last_synced_at(&self) -> Result<Option<Timestamp>, StoreError> {
        let at: Option<String> =
            self.conn
                .query_row("SELECT last_synced_at FROM sync_state", [], |r| r.get(0))?;
        at.map(|t| parse_time(&t)).transpose()
    }

    /// Applies one server answer in one transaction: every change into the server tables, every
    /// answered mutation out of the outbox (refusals kept for the person to read), the new
    /// cursor and `now` as the last-synced time. Answers for mutations no longer in the outbox
    /// (a duplicate answer) change nothing, so applying the same answer twice is harmless.
    pub fn apply_sync_response(
        &mut self,
        response: &SyncResponse,
        now: Timestamp,
    ) -> Result<AnswerApplied, StoreError> {
        let cursor = i64::try_from(response.cursor.0)
            .map_err(|_| StoreError::Corrupt(format!("cursor {}", response.cursor.0)))?;
        let me: Option<String> = self.pairing()?.map(|p| p.person.id.to_string());
        let tx = self.conn.transaction()?;
        let mut report = AnswerApplied::default();
        // The revisions this device had before the answer; whether the person holds a seat is
        // asked after every change is in, because an answer can bring a task before the claim.
        let mut revised = Vec::new();
        for change in &response.changes {
            if let Change::Task(task) = change {
                let before = ServerTables::new(&tx).task(task.id)?.map(|t| t.revision);
                if before.is_some_and(|r| task.revision > r) {
                    revised.push(task);
                }
            }
            rows::upsert(&tx, change)?;
            report.changes += 1;
        }
        if let Some(me) = &me {
            for task in revised {
                note_task_change(&tx, task, me, now)?;
            }
        }
        for MutationResult { id, outcome } in &response.results {
            let Some(mutation) = outbox_get(&tx, *id)? else {
                continue;
            };
            match outcome {
                Outcome::Applied => report.applied += 1,
                Outcome::Rejected { reason } => {
                    let (kind, subject_id) = subject_columns(mutation.op.subject());
                    tx.execute(
                        "INSERT OR IGNORE INTO rejections \
                         (mutation, subject_kind, subject_id, reason, op, done_at, received_at) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            id.to_string(),
                            kind,
                            subject_id,
                            serde_json::to_string(reason)?,
                            serde_json::to_string(&mutation.op)?,
                            mutation.at.to_rfc3339(),
                            now.to_rfc3339()
                        ],
                    )?;
                    report.rejected.push((*id, reason.clone()));
                }
            }
            tx.execute("DELETE FROM outbox WHERE id = ?1", [id.to_string()])?;
        }
        tx.execute(
            "UPDATE sync_state SET cursor = ?1, last_synced_at = ?2",
            params![cursor, now.to_rfc3339()],
        )?;
        tx.commit()?;
        Ok(report)
    }

    // ----- Changed tasks -----

    /// Tasks the person holds a seat on that the unit changed since they last looked, with the
    /// task as it is now.
    pub fn changed_tasks(&self) -> Result<Vec<Task>, StoreError> {
        let ids: Vec<String> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT task FROM task_notices WHERE seen = 0 ORDER BY received_at",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let tables = ServerTables::new(&self.conn);
        let mut tasks = Vec::new();
        for id in ids {
            if let Some(task) = tables.task(parse_id(&id)?)? {
                tasks.push(task);
            }
        }
        Ok(tasks)
    }

    /// The person has read what changed in `task`.
    pub fn dismiss_task_change(&mut self, task: TaskId) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE task_notices SET seen = 1 WHERE task = ?1",
            [task.to_string()],
        )?;
        Ok(())
    }

    // ----- Refusals -----

    /// Refusals the person has not dismissed yet, oldest first.
    pub fn unseen_rejections(&self) -> Result<Vec<RejectionNote>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT mutation, subject_kind, subject_id, reason, op, done_at, received_at \
             FROM rejections WHERE dismissed = 0",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (mutation, kind, subject_id, reason, op, done_at, received_at) = row?;
            out.push(RejectionNote {
                mutation: parse_id(&mutation)?,
                subject: parse_subject(&kind, subject_id.as_deref())?,
                reason: serde_json::from_str(&reason)?,
                op: serde_json::from_str(&op)?,
                done_at: parse_time(&done_at)?,
                received_at: parse_time(&received_at)?,
            });
        }
        // In Rust, not SQL: the texts carry offsets, so their order is not the instants' order.
        out.sort_by_key(|n| (n.received_at, n.done_at, n.mutation));
        Ok(out)
    }

    /// The person has read why; the note stops showing.
    pub fn dismiss_rejection(&mut self, mutation: MutationId) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE rejections SET dismissed = 1 WHERE mutation = ?1",
            [mutation.to_string()],
        )?;
        Ok(())
    }

    // ----- Reads for the screens -----

    fn view(&self) -> Result<Option<View<'_>>, StoreError> {
        let Some(actor) = self.actor()? else {
            return Ok(None);
        };
        Ok(Some(View::build(
            ServerTables::new(&self.conn),
            &actor,
            outbox_all(&self.conn)?,
        )?))
    }

    fn paired_view(&self) -> Result<(Actor, View<'_>), StoreError> {
        let actor = self.require_actor()?;
        let view = View::build(
            ServerTables::new(&self.conn),
            &actor,
            outbox_all(&self.conn)?,
        )?;
        Ok((actor, view))
    }

    /// The paired person as the server last described them.
    pub fn me(&self) -> Result<Option<Person>, StoreError> {
        let Some(pairing) = self.pairing()? else {
            return Ok(None);
        };
        let server = ServerTables::new(&self.conn).person(pairing.person.id)?;
        Ok(Some(server.unwrap_or(pairing.person)))
    }

    /// The devices in the paired person's name, this one first, each with whether it is this
    /// one.
    pub fn my_devices(&self) -> Result<Vec<(keikka_core::PairedDevice, bool)>, StoreError> {
        let (Some(pairing), Some(me)) = (self.pairing()?, self.me()?) else {
            return Ok(Vec::new());
        };
        let mut devices: Vec<_> = me
            .devices
            .into_iter()
            .map(|d| {
                let this = d.id == pairing.device;
                (d, this)
            })
            .collect();
        devices.sort_by_key(|(d, this)| (!this, std::cmp::Reverse(d.paired_at)));
        Ok(devices)
    }

    /// How many devices were paired in the person's name after this one, in use or already
    /// taken out of it: each could act as them, even for a moment, which they should hear of.
    pub fn later_devices(&self) -> Result<usize, StoreError> {
        let devices = self.my_devices()?;
        let Some(mine) = devices
            .iter()
            .find(|(_, this)| *this)
            .map(|(d, _)| d.paired_at)
        else {
            return Ok(0);
        };
        Ok(devices
            .iter()
            .filter(|(d, this)| !this && d.paired_at > mine)
            .count())
    }

    /// The unit as the server last described it, with a pay calendar set on this device.
    pub fn organisation(&self) -> Result<Option<Organisation>, StoreError> {
        let Some(pairing) = self.pairing()? else {
            return Ok(None);
        };
        let id = pairing.organisation.id;
        if let Some(view) = self.view()?
            && let Some(pending) = view.overlay.organisations.get(&id)
        {
            return Ok(Some(pending.clone()));
        }
        let server = ServerTables::new(&self.conn).organisation(id)?;
        Ok(Some(server.unwrap_or(pairing.organisation)))
    }

    /// A participant's own groups; all of the unit's groups for a supervisor. By name.
    pub fn groups(&self) -> Result<Vec<Group>, StoreError> {
        let Some(actor) = self.actor()? else {
            return Ok(Vec::new());
        };
        let mut groups: Vec<Group> = ServerTables::new(&self.conn)
            .groups_of(actor.organisation)?
            .into_iter()
            .filter(|g| actor.role == Role::Supervisor || actor.groups.contains(&g.id))
            .collect();
        groups.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        Ok(groups)
    }

    /// The unit's people this device knows (a supervisor's list; a participant knows only
    /// themselves), participants first, then by name.
    pub fn unit_people(&self) -> Result<Vec<Person>, StoreError> {
        let Some(actor) = self.actor()? else {
            return Ok(Vec::new());
        };
        let (_, view) = self.paired_view()?;
        let mut people = view.people(actor.organisation)?;
        people.sort_by(|a, b| {
            (a.role != Role::Participant, &a.name, a.id).cmp(&(
                b.role != Role::Participant,
                &b.name,
                b.id,
            ))
        });
        Ok(people)
    }

    /// Someone in the unit, e.g. the participant on a completion.
    pub fn person(&self, id: keikka_core::PersonId) -> Result<Option<Person>, StoreError> {
        ServerTables::new(&self.conn).person(id)
    }

    /// Tasks the participant can take now: open, a seat free, not ended at `now`, shown to one
    /// of their groups, and not already theirs. Soonest first.
    pub fn open_tasks(&self, now: Timestamp) -> Result<Vec<Synced<Task>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mine: std::collections::HashSet<TaskId> = view
            .claims_of_participant(actor.person)?
            .into_iter()
            .filter(|c| c.status().holds_seat())
            .map(|c| c.task)
            .collect();
        let mut tasks: Vec<Task> = view
            .open_tasks(actor.organisation)?
            .into_iter()
            .filter(|t| {
                // A task under way is offered while its work still fits in its time.
                !t.is_full()
                    && t.still_doable_from(now)
                    && t.visible_to_groups(&actor.groups)
                    && !mine.contains(&t.id)
            })
            .collect();
        tasks.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
        Ok(tasks
            .into_iter()
            .map(|t| {
                let id = t.id;
                view.synced(t, Subject::Task(id))
            })
            .collect())
    }

    /// Every open task of the unit, for a supervisor's list. Soonest first.
    pub fn unit_tasks(&self) -> Result<Vec<Synced<Task>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let tasks = view.open_tasks(actor.organisation)?;
        Ok(soonest_first(&view, tasks))
    }

    pub fn task(&self, id: TaskId) -> Result<Option<Synced<Task>>, StoreError> {
        let (_, view) = self.paired_view()?;
        Ok(view
            .get_task(id)?
            .map(|t| view.synced(t, Subject::Task(id))))
    }

    fn claim_item(&self, view: &View<'_>, claim: Claim) -> Result<ClaimItem, StoreError> {
        Ok(ClaimItem {
            task: view.get_task(claim.task)?,
            participant: view.server.person(claim.participant)?,
            sync: view.sync_state(Subject::Claim(claim.id)),
            claim,
        })
    }

    /// The participant's claims in every state, soonest task first (claims whose task this
    /// device lacks last).
    pub fn my_claims(&self) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = view
            .claims_of_participant(actor.person)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect::<Result<Vec<_>, _>>()?;
        items.sort_by_key(|i| {
            (
                i.task.as_ref().map(|t| t.starts_at).is_none(),
                i.task.as_ref().map(|t| t.starts_at),
                i.claim.claimed_at,
            )
        });
        Ok(items)
    }

    pub fn claim(&self, id: ClaimId) -> Result<Option<ClaimItem>, StoreError> {
        let (_, view) = self.paired_view()?;
        view.get_claim(id)?
            .map(|c| self.claim_item(&view, c))
            .transpose()
    }

    /// The participant's earnings from approved claims, by payment date.
    pub fn my_earnings(&self) -> Result<Vec<Synced<Earning>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut earnings: Vec<Synced<Earning>> = view
            .claims_of_participant(actor.person)?
            .into_iter()
            .filter_map(|c| {
                let id = c.id;
                c.earning()
                    .cloned()
                    .map(|e| view.synced(e, Subject::Claim(id)))
            })
            .collect();
        earnings.sort_by_key(|e| (e.item.paid_on, e.item.worked_on, e.item.claim));
        Ok(earnings)
    }

    /// The participant's approved earnings summed by the month they are paid in (the month
    /// Kela counts them in), oldest month first.
    pub fn my_earnings_by_month(&self) -> Result<Vec<MonthEarnings>, StoreError> {
        use chrono::Datelike;
        let mut months: Vec<MonthEarnings> = Vec::new();
        for e in self.my_earnings()? {
            let (year, month) = (e.item.paid_on.year(), e.item.paid_on.month());
            match months.last_mut() {
                Some(m) if m.year == year && m.month == month => {
                    m.total += e.item.amount;
                    m.earnings.push(e.item);
                }
                _ => months.push(MonthEarnings {
                    year,
                    month,
                    total: e.item.amount,
                    earnings: vec![e.item],
                }),
            }
        }
        Ok(months)
    }

    /// The unit's claims in `status` that are still people's: a removed person's claims are
    /// anonymous hours and pay, with nothing left to decide on them (the server refuses it).
    fn decidable_claims(
        view: &View<'_>,
        organisation: keikka_core::OrganisationId,
        status: ClaimStatus,
    ) -> Result<Vec<Claim>, StoreError> {
        let removed: std::collections::HashSet<keikka_core::PersonId> = view
            .people(organisation)?
            .into_iter()
            .filter(|p| p.removed_at.is_some())
            .map(|p| p.id)
            .collect();
        let mut claims = view.claims_with_status(organisation, status)?;
        claims.retain(|c| !removed.contains(&c.participant));
        Ok(claims)
    }

    /// Completions of the supervisor's unit waiting for approval, oldest completion first.
    pub fn completions_waiting(&self) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = Self::decidable_claims(&view, actor.organisation, ClaimStatus::Completed)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect::<Result<Vec<_>, _>>()?;
        items.sort_by_key(|i| {
            let done = match &i.claim.state {
                keikka_core::ClaimState::Completed { completion, .. } => {
                    Some(completion.completed_at)
                }
                _ => None,
            };
            (done, i.claim.id)
        });
        Ok(items)
    }

    /// A participant's answer on sharing their benefit profile, as their supervisor's device has it.
    pub fn consent_of(
        &self,
        participant: keikka_core::PersonId,
    ) -> Result<Option<Consent>, StoreError> {
        let (_, view) = self.paired_view()?;
        view.consent(participant)
    }

    /// The benefit profile `participant` shares with their supervisor, while they consent.
    pub fn shared_profile_of(
        &self,
        participant: keikka_core::PersonId,
    ) -> Result<Option<BenefitProfile>, StoreError> {
        let consents = self
            .consent_of(participant)?
            .is_some_and(|c| c.share_benefit_profile);
        if !consents {
            return Ok(None);
        }
        Ok(ServerTables::new(&self.conn)
            .shared_profile(participant)?
            .and_then(|p| p.profile))
    }

    /// A participant's claims as their supervisor's device has them.
    pub fn claims_of(
        &self,
        participant: keikka_core::PersonId,
    ) -> Result<Vec<ClaimItem>, StoreError> {
        let (_, view) = self.paired_view()?;
        view.claims_of_participant(participant)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect()
    }

    /// Whether the server already has `subject` as this device shows it.
    pub fn sync_state(&self, subject: Subject) -> Result<SyncState, StoreError> {
        let (_, view) = self.paired_view()?;
        Ok(view.sync_state(subject))
    }

    /// Every task of the unit, past and cancelled ones too, soonest start first.
    pub fn all_unit_tasks(&self) -> Result<Vec<Synced<Task>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let tasks = view.all_tasks(actor.organisation)?;
        Ok(soonest_first(&view, tasks))
    }

    /// The unit's commissioners and orders (a supervisor's device), by name and title.
    pub fn commissioners_and_orders(
        &self,
    ) -> Result<(Vec<keikka_core::Commissioner>, Vec<keikka_core::Order>), StoreError> {
        let (actor, view) = self.paired_view()?;
        let tables = ServerTables::new(&self.conn);
        let mut commissioners = tables.commissioners_of(actor.organisation)?;
        commissioners.retain(|c| !view.overlay.commissioners.contains_key(&c.id));
        commissioners.extend(view.overlay.commissioners.values().cloned());
        commissioners.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        let mut orders = tables.orders_of(actor.organisation)?;
        orders.retain(|o| !view.overlay.orders.contains_key(&o.id));
        orders.extend(view.overlay.orders.values().cloned());
        orders.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
        Ok((commissioners, orders))
    }

    /// Claims of the unit nobody reported work for although their task ended before `now`:
    /// candidates for "did not come". Oldest task first.
    pub fn unreported(&self, now: Timestamp) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = Vec::new();
        for status in [ClaimStatus::Claimed, ClaimStatus::Started] {
            for claim in Self::decidable_claims(&view, actor.organisation, status)? {
                let item = self.claim_item(&view, claim)?;
                if item
                    .task
                    .as_ref()
                    .is_some_and(|t| t.ends_at < now && t.status == keikka_core::TaskStatus::Open)
                {
                    items.push(item);
                }
            }
        }
        items.sort_by_key(|i| (i.task.as_ref().map(|t| t.starts_at), i.claim.id));
        Ok(items)
    }

    /// The unit's approved work, newest approval first, at most `limit`: where the supervisor
    /// writes down the commissioner's feedback.
    pub fn recently_approved(&self, limit: usize) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = Self::decidable_claims(&view, actor.organisation, ClaimStatus::Approved)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect::<Result<Vec<_>, _>>()?;
        let approved_at = |i: &ClaimItem| match &i.claim.state {
            keikka_core::ClaimState::Approved { approval, .. } => Some(approval.at),
            _ => None,
        };
        items.sort_by_key(|i| std::cmp::Reverse((approved_at(i), i.claim.id)));
        items.truncate(limit);
        Ok(items)
    }

    /// Everything of the unit a report reads, as this device sees it (what waits in the outbox
    /// included), for the supervisor's month figures offline.
    pub fn unit_records(&self) -> Result<keikka_core::report::UnitRecords, StoreError> {
        let (actor, view) = self.paired_view()?;
        let people = view.people(actor.organisation)?;
        let tasks = view.all_tasks(actor.organisation)?;
        let claims = view.all_claims(actor.organisation)?;
        drop(view);
        let (commissioners, _) = self.commissioners_and_orders()?;
        Ok(keikka_core::report::UnitRecords {
            people,
            tasks,
            claims,
            commissioners,
        })
    }

    /// The participant's answer on sharing their benefit profile, if they have given one.
    pub fn my_consent(&self) -> Result<Option<Synced<Consent>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        Ok(view
            .consent(actor.person)?
            .map(|c| view.synced(c, Subject::Consent)))
    }
}

fn outbox_all(conn: &Connection) -> Result<Vec<Mutation>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT json FROM outbox ORDER BY seq")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for json in rows {
        out.push(serde_json::from_str(&json?)?);
    }
    Ok(out)
}

fn outbox_get(conn: &Connection, id: MutationId) -> Result<Option<Mutation>, StoreError> {
    let json: Option<String> = conn
        .query_row(
            "SELECT json FROM outbox WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    json.map(|j| serde_json::from_str(&j).map_err(StoreError::from))
        .transpose()
}

/// Keeps a notice that `task` changed when `me` holds a seat on it that work has not been
/// reported for, as the server says or as a claim still waiting in the outbox says.
fn note_task_change(
    tx: &Connection,
    task: &Task,
    me: &str,
    now: Timestamp,
) -> Result<(), StoreError> {
    let holds: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM server_claims WHERE task = ?1 AND participant = ?2 \
             AND status IN ('claimed', 'started')) \
         OR EXISTS (SELECT 1 FROM outbox WHERE json ->> '$.op.type' = 'claim_task' \
             AND json ->> '$.op.task' = ?1)",
        params![task.id.to_string(), me],
        |r| r.get(0),
    )?;
    if holds {
        tx.execute(
            "INSERT INTO task_notices (task, revision, received_at, seen) VALUES (?1, ?2, ?3, 0) \
             ON CONFLICT (task) DO UPDATE SET revision = excluded.revision, \
             received_at = excluded.received_at, seen = 0",
            params![task.id.to_string(), task.revision, now.to_rfc3339()],
        )?;
    }
    Ok(())
}

/// `tasks` soonest start first, each with its sync state.
fn soonest_first(view: &View<'_>, mut tasks: Vec<Task>) -> Vec<Synced<Task>> {
    tasks.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
    tasks
        .into_iter()
        .map(|t| {
            let id = t.id;
            view.synced(t, Subject::Task(id))
        })
        .collect()
}

fn subject_columns(subject: Subject) -> (&'static str, Option<String>) {
    match subject {
        Subject::Claim(id) => ("claim", Some(id.to_string())),
        Subject::Task(id) => ("task", Some(id.to_string())),
        Subject::Consent => ("consent", None),
        Subject::Person(id) => ("person", Some(id.to_string())),
        Subject::Commissioner(id) => ("commissioner", Some(id.to_string())),
        Subject::Order(id) => ("order", Some(id.to_string())),
        Subject::Organisation => ("organisation", None),
    }
}

fn parse_subject(kind: &str, id: Option<&str>) -> Result<Subject, StoreError> {
    match (kind, id) {
        ("claim", Some(id)) => Ok(Subject::Claim(parse_id(id)?)),
        ("task", Some(id)) => Ok(Subject::Task(parse_id(id)?)),
        ("consent", _) => Ok(Subject::Consent),
        ("person", Some(id)) => Ok(Subject::Person(parse_id(id)?)),
        ("commissioner", Some(id)) => Ok(Subject::Commissioner(parse_id(id)?)),
        ("order", Some(id)) => Ok(Subject::Order(parse_id(id)?)),
        ("organisation", _) => Ok(Subject::Organisation),
        _ => Err(StoreError::Corrupt(format!("subject {kind} {id:?}"))),
    }
}

fn parse_id<T: std::str::FromStr>(text: &str) -> Result<T, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("id {text:?}")))
}

fn parse_time(text: &str) -> Result<Timestamp, StoreError> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map_err(|_| StoreError::Corrupt(format!("time {text:?}")))
}
