//! The device's local store: the pairing, the server's state as last received, the outbox of
//! pending mutations, the server's refusals and the sync position, in one SQLite database.
//!
//! Every read goes through the *view*: the server's state with the pending outbox re-applied
//! on top, so what a person did shows at once, offline, marked "saved on this phone". Time is
//! always passed in; the store never reads a clock.

mod answers;
mod local;
mod migrations;
mod outbox;
mod reads;
mod rows;
mod view;

use outbox::{outbox_all, outbox_get};

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
    MutationId, Organisation, Person, PersonId, Role, Task, TaskId, Timestamp, WorldError, apply,
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
    /// The device has no room left for what the store would write; nothing was saved, and
    /// everything saved before is as it was.
    #[error("the device's storage is full")]
    NoRoom,
    /// Another part of the app is writing to the store this instant; try again.
    #[error("the store is busy")]
    Busy,
    /// The database was made by a newer build of the app (in another tab, or before this
    /// build was put back): this one does not know its tables, so it neither migrates nor
    /// writes, and the app says to load the newer build.
    #[error("the database has schema {found}; this build knows up to {known}")]
    NewerSchema { found: usize, known: usize },
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
    /// The outbox as last replayed over the server tables, with the connection's change count
    /// then: a screen makes many reads per render and each needs the view, but the replay only
    /// changes when a row does.
    replayed: std::cell::RefCell<Option<view::Replayed>>,
    /// How many times the outbox was replayed for a read (the tests count it).
    #[cfg(test)]
    replays: std::cell::Cell<u32>,
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

    /// The browser's database `name` as IndexedDB holds it now, to read only: for a page that
    /// waits while another tab owns the store, so the person sees their tasks and money there
    /// too. Nothing is migrated or written (the connection is read-only); a database of another
    /// schema than this build's, or none yet, is not opened. The copy does not follow what the
    /// owner writes after: the page loads again when it becomes the owner.
    #[cfg(target_arch = "wasm32")]
    pub async fn open_browser_to_read(name: &str) -> Result<Store, StoreError> {
        use rusqlite::OpenFlags;
        use sqlite_wasm_vfs::relaxed_idb::{RelaxedIdbCfg, install};
        let vfs = install::<sqlite_wasm_rs::WasmOsCallback>(&RelaxedIdbCfg::default(), true)
            .await
            .map_err(|e| StoreError::Browser(e.to_string()))?;
        if !vfs.exists(name) {
            return Err(StoreError::NotPaired);
        }
        let conn = Connection::open_with_flags(name, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        Store::from_connection_to_read(conn)
    }

    /// Wraps a read-only connection to a database of this build's schema, migrating nothing.
    pub fn from_connection_to_read(conn: Connection) -> Result<Store, StoreError> {
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let found = usize::try_from(found).map_err(|_| StoreError::Corrupt(found.to_string()))?;
        if found != LATEST_VERSION {
            return Err(StoreError::NewerSchema {
                found,
                known: LATEST_VERSION,
            });
        }
        Ok(Store {
            conn,
            replayed: Default::default(),
            #[cfg(test)]
            replays: Default::default(),
        })
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
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let found = usize::try_from(found).map_err(|_| StoreError::Corrupt(found.to_string()))?;
        if found > LATEST_VERSION {
            return Err(StoreError::NewerSchema {
                found,
                known: LATEST_VERSION,
            });
        }
        migrations::migrations().to_latest(&mut conn)?;
        Ok(Store {
            conn,
            replayed: Default::default(),
            #[cfg(test)]
            replays: Default::default(),
        })
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
    /// ([`Store::set_aside_batch`]); pairing as someone whose work was set aside puts it back
    /// in the outbox.
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
                    "INSERT INTO set_aside (server_url, device, token, mutation, person) \
                     SELECT ?1, ?2, ?3, json, ?4 FROM outbox ORDER BY seq",
                    params![
                        previous.server_url,
                        previous.device.to_string(),
                        previous.token,
                        previous.person.id.0.to_string()
                    ],
                )?;
            }
            rows::clear(&tx)?;
            // The benefit profile is the previous person's special-category data: it goes too.
            tx.execute_batch(
                "DELETE FROM outbox; DELETE FROM rejections; DELETE FROM benefit_profile; \
                 UPDATE sync_state SET cursor = 0, last_synced_at = NULL;",
            )?;
            // This person's own work set aside when the phone was someone else's: theirs to
            // send again, under this pairing.
            outbox::take_back_set_aside(&tx, server_url, answer.person.id)?;
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
