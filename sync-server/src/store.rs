//! The authoritative server store: the change sequence, entity rows, people, pairing codes and
//! devices, over either backend (`db`: embedded SQLite, or PostgreSQL for several instances).
//!
//! [`Store`] is the seam the HTTP layer sees: handlers only call its methods, never SQL, and
//! the SQL behind them is written once for both backends. Every method is blocking; the HTTP
//! layer calls them through `spawn_blocking`.
//!
//! The pull contract both backends keep: a pull returns a cursor N only when no change at or
//! below N can still commit later (see `db::Tx::next_seq`), so a device that continues from N
//! never misses one.

use crate::db::{Location, Row, Tx, postgres::PgDb, sqlite::SqliteDb, vals};
use crate::error::StoreError;
use crate::pairing;
use keikka_core::protocol::{PairResponse, PairingCode};
use keikka_core::{
    Actor, Claim, ClaimId, Commissioner, CommissionerId, Consent, DeviceId, Group, GroupId, Order,
    OrderId, Organisation, OrganisationId, Person, PersonId, Role, SharedProfile, Task, TaskId,
    TaskStatus, Timestamp, World, WorldError,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use uuid::Uuid;

/// Connections kept open between requests; the HTTP layer lets no more requests than this use
/// the database at once ([`Store::max_concurrent`]), so connections are reused rather than
/// opened per request, and one instance never holds more than this many readers and a writer.
pub const MAX_IDLE_READERS: usize = 8;
/// The longest name a supervisor can give a group, a person or a device.
pub use keikka_core::org::MAX_NAME_CHARS;

/// What one pairing attempt through the API came to ([`Store::pair_from`]).
#[derive(Debug)]
pub enum PairAttempt {
    Paired(Box<PairResponse>),
    /// Wrong, expired or used (never said which); counted against the address.
    WrongCode,
    /// The address has used up its wrong codes for now; nothing was looked up.
    TooMany {
        wait_seconds: u64,
    },
}

/// The server's database and what one server process keeps beside it.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

/// One of these per process, behind the store's `Arc`: its size does not matter.
#[allow(clippy::large_enum_variant)]
enum Backend {
    Sqlite(SqliteDb),
    Postgres(PgDb),
}

struct Inner {
    location: Location,
    backend: Backend,
    /// Held by whoever commits the queued mutations (`sync.rs`, group commit).
    committing: Mutex<()>,
    /// Syncs' mutations waiting for the writer; whoever holds it next commits them all at
    /// once (`sync.rs`, group commit).
    queue: Mutex<Vec<crate::sync::QueuedMutations>>,
    /// When old refused answers were last forgotten (`sync::forget_old_refusals`).
    housekept: Mutex<Option<Timestamp>>,
    /// When each device last had a sync answered by this process that carried all it had to
    /// send (`SyncRequest::sent_all`): nothing it sends later can have been done before then.
    /// Lost on restart, when its pairing stands in (`sync::last_contact`); with several
    /// instances, each knows the syncs it answered, and the pairing stands in for the rest.
    contacts: Mutex<std::collections::HashMap<DeviceId, Timestamp>>,
    /// What each device last said waits on it unsent from earlier pairings
    /// (`SyncRequest::waiting`): shown in the supervisor's device list. Said again at every
    /// sync, so a restart forgets it only until the device's next one; with several instances,
    /// the one that answered the device's last sync knows it (ARCHITECTURE.md).
    waiting: Mutex<std::collections::HashMap<DeviceId, Vec<keikka_core::protocol::WaitingWork>>>,
    /// How many mutations one device may have recorded in a day (`sync::DEVICE_DAILY_MUTATIONS`).
    device_daily_limit: std::sync::atomic::AtomicUsize,
}

/// A device as a supervisor sees it in the device list (never its token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    pub id: DeviceId,
    pub person: PersonId,
    pub name: String,
    pub paired_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    /// This device's work that waits unsent on another device of the unit, as that device
    /// last said.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waiting_on: Vec<keikka_core::protocol::WaitingOn>,
}

/// A new organisation with its first supervisor and the code that pairs the supervisor's device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganisation {
    pub organisation: Organisation,
    pub supervisor: PairingCode,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("location", &self.inner.location)
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) the SQLite database file at `path` and migrates it to the
    /// latest schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_at(&Location::Sqlite(path.to_owned()))
    }

    /// Opens the database at `location` (a SQLite file, created if needed, or a PostgreSQL
    /// database, which must exist) and migrates it to the latest schema. A database of a newer
    /// schema than this build is refused unchanged ([`StoreError::NewerSchema`]).
    pub fn open_at(location: &Location) -> Result<Store, StoreError> {
        if let Some(problem) = location.problem() {
            return Err(StoreError::Unusable(problem));
        }
        let backend = match location {
            Location::Sqlite(path) => Backend::Sqlite(SqliteDb::open(path, MAX_IDLE_READERS)?),
            Location::Postgres(url) => Backend::Postgres(PgDb::open(url, MAX_IDLE_READERS)?),
        };
        Ok(Store {
            inner: Arc::new(Inner {
                location: location.clone(),
                backend,
                committing: Mutex::new(()),
                queue: Mutex::new(Vec::new()),
                housekept: Mutex::new(None),
                contacts: Mutex::new(std::collections::HashMap::new()),
                waiting: Mutex::new(std::collections::HashMap::new()),
                device_daily_limit: std::sync::atomic::AtomicUsize::new(
                    crate::sync::DEVICE_DAILY_MUTATIONS,
                ),
            }),
        })
    }

    /// Where the database is.
    pub fn location(&self) -> &Location {
        &self.inner.location
    }

    /// The SQLite database file, when the store is one.
    pub fn file(&self) -> Option<&Path> {
        match &self.inner.backend {
            Backend::Sqlite(db) => Some(db.path()),
            Backend::Postgres(_) => None,
        }
    }

    /// Whether the store is a PostgreSQL database.
    pub fn is_postgres(&self) -> bool {
        matches!(self.inner.backend, Backend::Postgres(_))
    }

    /// How many requests may use the store at once (the HTTP layer's bound).
    pub fn max_concurrent(&self) -> usize {
        MAX_IDLE_READERS
    }

    /// Writes a consistent copy of the whole SQLite database to `to` (SQLite's `VACUUM INTO`:
    /// one read snapshot, so writers keep going and every committed change up to it is in the
    /// copy). Refuses to overwrite an existing file. A PostgreSQL database is backed up with
    /// its own tools (`pg_dump`, DEPLOYMENT.md), which this says.
    pub fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        match &self.inner.backend {
            Backend::Sqlite(db) => db.backup_to(to),
            Backend::Postgres(_) => Err(StoreError::NotHere(
                "a PostgreSQL database is backed up with pg_dump (see DEPLOYMENT.md), not with `backup`",
            )),
        }
    }

    /// Makes removed data leave the database's files as soon as it can: SQLite copies its
    /// write-ahead log into the file and truncates it. PostgreSQL's old row versions go when
    /// autovacuum reclaims them (DEPLOYMENT.md).
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        match &self.inner.backend {
            Backend::Sqlite(db) => db.checkpoint(),
            Backend::Postgres(_) => Ok(()),
        }
    }

    /// Held while committing the queued mutations, for the group commit in `sync.rs`.
    pub(crate) fn committing(&self) -> std::sync::MutexGuard<'_, ()> {
        // A panic while committing rolled its transaction back when it unwound.
        self.inner
            .committing
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn housekept(&self) -> std::sync::MutexGuard<'_, Option<Timestamp>> {
        self.inner
            .housekept
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Records that `device` had a sync received at `at` answered; an answer that finishes
    /// late never moves the time back.
    pub fn note_contact(&self, device: DeviceId, at: Timestamp) {
        let mut contacts = self
            .inner
            .contacts
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let last = contacts.entry(device).or_insert(at);
        *last = (*last).max(at);
    }

    /// Keeps what `device` says waits on it unsent from earlier pairings (at most
    /// [`MAX_WAITING_REPORTED`](keikka_core::protocol::MAX_WAITING_REPORTED) of them); an
    /// empty list forgets it.
    pub fn note_waiting(&self, device: DeviceId, waiting: &[keikka_core::protocol::WaitingWork]) {
        let mut all = self
            .inner
            .waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // One entry per earlier device, the count capped: a report is only shown, but it must
        // not be made to shout.
        let mut kept: Vec<keikka_core::protocol::WaitingWork> = Vec::new();
        for work in waiting
            .iter()
            .filter(|w| w.device != device && w.mutations > 0)
        {
            if kept.len() == keikka_core::protocol::MAX_WAITING_REPORTED {
                break;
            }
            if !kept.iter().any(|k| k.device == work.device) {
                kept.push(keikka_core::protocol::WaitingWork {
                    device: work.device,
                    mutations: work
                        .mutations
                        .min(keikka_core::protocol::MAX_WAITING_MUTATIONS),
                });
            }
        }
        if kept.is_empty() {
            all.remove(&device);
        } else {
            all.insert(device, kept);
        }
    }

    /// The last answered sync of `device` this process knows of.
    pub(crate) fn known_contact(&self, device: DeviceId) -> Option<Timestamp> {
        self.inner
            .contacts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&device)
            .copied()
    }

    /// How many mutations one device may have recorded in a day before its syncs are refused
    /// (429 `device_daily_limit`, nothing lost: the device keeps them and sends them later).
    pub fn set_device_daily_limit(&self, limit: usize) {
        self.inner
            .device_daily_limit
            .store(limit, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn device_daily_limit(&self) -> usize {
        self.inner
            .device_daily_limit
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The mutations waiting for the writer.
    pub(crate) fn write_queue(
        &self,
    ) -> std::sync::MutexGuard<'_, Vec<crate::sync::QueuedMutations>> {
        self.inner
            .queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `f` in one write transaction, committed only when `f` succeeds.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match &self.inner.backend {
            Backend::Sqlite(db) => db.write(f),
            Backend::Postgres(db) => db.write(f),
        }
    }

    /// Runs `f` in one read transaction: everything it reads is one consistent snapshot.
    /// (`Fn`: PostgreSQL runs it again on a fresh connection when the pooled one was lost.)
    pub(crate) fn read<T>(
        &self,
        f: impl Fn(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match &self.inner.backend {
            Backend::Sqlite(db) => db.read(f),
            Backend::Postgres(db) => db.read(f),
        }
    }

    /// [`Store::read`] for reads that are right with each statement its own snapshot: on
    /// PostgreSQL they run without a transaction around them (the hot reads of every sync:
    /// the token, the pull), on SQLite in one as any read.
    pub(crate) fn read_each_statement<T>(
        &self,
        f: impl Fn(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match &self.inner.backend {
            Backend::Sqlite(db) => db.read(f),
            Backend::Postgres(db) => db.read_statements(f),
        }
    }

    /// Creates an organisation, its first supervisor and a pairing code for them.
    pub fn create_organisation(
        &self,
        name: &str,
        employer_of_record: &str,
        supervisor: &str,
        now: Timestamp,
    ) -> Result<NewOrganisation, StoreError> {
        self.create_organisation_with_id(
            OrganisationId(Uuid::new_v4()),
            name,
            employer_of_record,
            supervisor,
            now,
        )
    }

    pub(crate) fn create_organisation_with_id(
        &self,
        id: OrganisationId,
        name: &str,
        employer_of_record: &str,
        supervisor: &str,
        now: Timestamp,
    ) -> Result<NewOrganisation, StoreError> {
        let name = check_name("name", name)?;
        let employer_of_record = check_name("employer_of_record", employer_of_record)?;
        let supervisor = check_name("supervisor", supervisor)?;
        self.write(|tx| {
            let organisation = Organisation {
                id,
                name,
                employer_of_record,
                pay_calendar: None,
            };
            put_organisation(tx, &organisation)?;
            let person = Person {
                id: PersonId(Uuid::new_v4()),
                organisation: id,
                name: supervisor,
                role: Role::Supervisor,
                groups: vec![],
                ready_since: None,
                gigs_since: None,
                moved_on: None,
                removed_at: None,
                devices: Vec::new(),
            };
            put_person(tx, &person)?;
            let code = issue_code(tx, person, now)?;
            Ok(NewOrganisation {
                organisation,
                supervisor: code,
            })
        })
    }

    /// The organisation with this id, if any.
    pub fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>, StoreError> {
        self.read(|tx| get_json(tx, "SELECT json FROM organisations WHERE id = $1", id.0))
    }

    /// The person with this id, if any.
    pub fn person(&self, id: PersonId) -> Result<Option<Person>, StoreError> {
        self.read(|tx| get_json(tx, "SELECT json FROM persons WHERE id = $1", id.0))
    }

    /// Everyone in an organisation, supervisors first, then by name.
    pub fn people(&self, organisation: OrganisationId) -> Result<Vec<Person>, StoreError> {
        self.read(|tx| {
            decode_all(tx.query(
                "SELECT json FROM persons WHERE organisation = $1
                 ORDER BY role = 'participant', name, id",
                &vals![organisation.0],
            )?)
        })
    }

    /// The task with this id, if any, in whichever unit has one (for tests and tools, where ids
    /// are not shared between units; devices get tasks through sync).
    pub fn task(&self, id: TaskId) -> Result<Option<Task>, StoreError> {
        self.read(|tx| get_json(tx, "SELECT json FROM tasks WHERE id = $1", id.0))
    }

    /// The claim with this id, if any, as [`Store::task`] finds it.
    pub fn claim(&self, id: ClaimId) -> Result<Option<Claim>, StoreError> {
        self.read(|tx| get_json(tx, "SELECT json FROM claims WHERE id = $1", id.0))
    }

    /// How many rows `table` has: for tests that prove bad input changed nothing.
    pub fn count_rows(&self, table: &str) -> Result<u64, StoreError> {
        const TABLES: [&str; 17] = [
            "organisations",
            "groups",
            "persons",
            "person_groups",
            "commissioners",
            "tasks",
            "task_groups",
            "claims",
            "consents",
            "devices",
            "pairing_codes",
            "mutations",
            "sequence",
            "orders",
            "audit_log",
            "shared_profiles",
            "rule_sets",
        ];
        // Table names cannot be bound as parameters; only names from this list reach the SQL.
        let table = TABLES
            .into_iter()
            .find(|t| *t == table)
            .ok_or(StoreError::NotFound("table"))?;
        let count = self.read(|tx| {
            tx.query_one(&format!("SELECT count(*) FROM {table}"), &[])?
                .int(0)
        })?;
        Ok(count.unsigned_abs())
    }

    /// Every text value in every table, for tests that prove what the database holds (and
    /// that removed personal data is gone from it).
    #[doc(hidden)]
    pub fn every_text(&self) -> Result<Vec<String>, StoreError> {
        self.read(|tx| {
            let tables = if tx.is_postgres() {
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            } else {
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            };
            let mut texts = Vec::new();
            for table in tx.query(tables, &[])? {
                let table = table.text(0)?;
                for row in tx.query(&format!("SELECT * FROM \"{table}\""), &[])? {
                    texts.extend(row.0.into_iter().filter_map(|value| match value {
                        crate::db::Value::Text(text) => Some(text),
                        _ => None,
                    }));
                }
            }
            Ok(texts)
        })
    }

    /// Runs one statement of the SQL both backends read (`$1` … bound to `params`) in a write
    /// transaction: for tests that change rows the way only an older server or an intruder
    /// with database access could, and prove what the store does then.
    #[doc(hidden)]
    pub fn execute_sql(&self, sql: &str, params: &[&str]) -> Result<u64, StoreError> {
        let params: Vec<crate::db::Value> = params.iter().map(|p| (*p).into()).collect();
        self.write(|tx| tx.execute(sql, &params))
    }

    /// The text values of every row `sql` returns, in order (see [`Store::execute_sql`]).
    #[doc(hidden)]
    pub fn query_sql(&self, sql: &str, params: &[&str]) -> Result<Vec<String>, StoreError> {
        let params: Vec<crate::db::Value> = params.iter().map(|p| (*p).into()).collect();
        self.read(|tx| {
            Ok(tx
                .query(sql, &params)?
                .into_iter()
                .flat_map(|row| row.0)
                .filter_map(|value| match value {
                    crate::db::Value::Text(text) => Some(text),
                    _ => None,
                })
                .collect())
        })
    }

    /// The last number the change sequence gave out.
    pub fn current_seq(&self) -> Result<u64, StoreError> {
        self.read(|tx| tx.current_seq())
    }

    /// Creates a group in the supervisor's organisation.
    pub fn create_group(&self, actor: &Actor, name: &str) -> Result<Group, StoreError> {
        let name = check_name("name", name)?;
        self.write(|tx| {
            let group = Group {
                id: GroupId(Uuid::new_v4()),
                organisation: actor.organisation,
                name,
            };
            put_group(tx, &group)?;
            Ok(group)
        })
    }

    /// Adds a participant to `organisation` in `groups` (all of that organisation) and returns
    /// the code that pairs their first device.
    pub fn create_participant(
        &self,
        organisation: OrganisationId,
        name: &str,
        groups: &[GroupId],
        now: Timestamp,
    ) -> Result<PairingCode, StoreError> {
        let name = check_name("name", name)?;
        let mut groups = groups.to_vec();
        groups.sort();
        groups.dedup();
        self.write(|tx| {
            check_groups(tx, organisation, &groups)?;
            let person = Person {
                id: PersonId(Uuid::new_v4()),
                organisation,
                name,
                role: Role::Participant,
                groups,
                ready_since: None,
                gigs_since: None,
                moved_on: None,
                removed_at: None,
                devices: Vec::new(),
            };
            put_person(tx, &person)?;
            issue_code(tx, person, now)
        })
    }

    /// Replaces a participant's groups (all of their organisation). Their next sync brings the
    /// tasks the new groups see.
    pub fn set_person_groups(
        &self,
        organisation: OrganisationId,
        person: PersonId,
        groups: &[GroupId],
    ) -> Result<Person, StoreError> {
        let mut groups = groups.to_vec();
        groups.sort();
        groups.dedup();
        self.write(|tx| {
            let mut person: Person =
                get_json(tx, "SELECT json FROM persons WHERE id = $1", person.0)?
                    .filter(|p: &Person| p.organisation == organisation)
                    .ok_or(StoreError::NotFound("person"))?;
            check_groups(tx, organisation, &groups)?;
            person.groups = groups;
            put_person(tx, &person)?;
            Ok(person)
        })
    }

    /// A fresh pairing code for `person`; their earlier unused codes stop working. With
    /// `organisation` set, a person of another organisation is `NotFound`.
    ///
    /// `by` is the supervisor and device asking (`None` for the server's CLI): the code is on
    /// record in the audit log, and the device it pairs shows on the person's own screen.
    pub fn issue_pairing_code(
        &self,
        organisation: Option<OrganisationId>,
        person: PersonId,
        by: Option<(PersonId, DeviceId)>,
        now: Timestamp,
    ) -> Result<PairingCode, StoreError> {
        self.write(|tx| {
            // A removed person gets no code: a new device would make them a person again.
            let person: Person = get_json(tx, "SELECT json FROM persons WHERE id = $1", person.0)?
                .filter(|p: &Person| {
                    organisation.is_none_or(|o| p.organisation == o) && p.removed_at.is_none()
                })
                .ok_or(StoreError::NotFound("person"))?;
            let code = issue_code(tx, person, now)?;
            if let Some((supervisor, device)) = by {
                crate::audit::note(
                    tx,
                    code.person.organisation,
                    supervisor,
                    Some(device),
                    "issue_pairing_code",
                    code.person.id,
                    &serde_json::json!({ "expires_at": code.expires_at }),
                    now,
                )?;
            }
            Ok(code)
        })
    }

    /// Turns a pairing code into a device and its token. `None` when the code is wrong, expired
    /// or used: the caller must not say which. Counts no attempt (the server's own tools; the
    /// API pairs through [`Store::pair_from`]).
    pub fn pair(
        &self,
        code: &str,
        device_name: &str,
        now: Timestamp,
    ) -> Result<Option<PairResponse>, StoreError> {
        let device_name = check_name("device_name", device_name)?;
        let Some(normalised) = pairing::normalise_code(code) else {
            return Ok(None);
        };
        let code_hash = pairing::sha256_hex(&normalised);
        self.write(|tx| use_code(tx, &code_hash, &device_name, now))
    }

    /// Deletes the wrong pairing codes (and the client addresses with them) that no longer
    /// count; the server does this every minute.
    pub fn forget_old_pairing_failures(&self, now: Timestamp) -> Result<(), StoreError> {
        self.write(|tx| forget_old_pairing_failures(tx, now))
    }

    /// One pairing attempt from `client` (its address as the limits count it): refused while
    /// that address has used up its wrong codes in [`pairing::ATTEMPT_WINDOW`], counted as a
    /// failure when the code does not work. The counts are in the database, so every instance
    /// on it sees the same ones, and check, lookup and count are one write transaction: attempts
    /// at once, on any instance, are decided one after another.
    pub fn pair_from(
        &self,
        code: &str,
        device_name: &str,
        client: &str,
        now: Timestamp,
    ) -> Result<PairAttempt, StoreError> {
        let device_name = check_name("device_name", device_name)?;
        let code_hash = pairing::normalise_code(code).map(|code| pairing::sha256_hex(&code));
        self.write(|tx| {
            forget_old_pairing_failures(tx, now)?;
            let window_start = (now - pairing::ATTEMPT_WINDOW).timestamp();
            // Everyone's wrong codes by the minute: the minutes wholly inside the window.
            let minute = now.timestamp().div_euclid(60);
            let window_minutes = pairing::ATTEMPT_WINDOW.num_minutes();
            let overall = tx
                .query_one(
                    // PostgreSQL's sum of bigints is numeric: cast back.
                    "SELECT CAST(COALESCE(SUM(failures), 0) AS BIGINT) FROM pairing_failure_minutes
                     WHERE minute > $1",
                    &vals![minute - window_minutes],
                )?
                .int(0)?;
            let allowed = pairing::attempts_allowed(overall.unsigned_abs());
            // The address's `allowed`-th newest wrong code in the window, if it has that many:
            // it may try again when that one leaves the window.
            let offset = i64::try_from(allowed.saturating_sub(1)).unwrap_or(i64::MAX);
            if let Some(row) = tx.query_opt(
                "SELECT at FROM pairing_failures WHERE client = $1 AND at > $2
                 ORDER BY at DESC LIMIT 1 OFFSET $3",
                &vals![client, window_start, offset],
            )? {
                let leaves = row.int(0)? + pairing::ATTEMPT_WINDOW.num_seconds();
                let wait = (leaves - now.timestamp()).max(1);
                return Ok(PairAttempt::TooMany {
                    wait_seconds: wait.unsigned_abs(),
                });
            }
            if let Some(code_hash) = &code_hash
                && let Some(paired) = use_code(tx, code_hash, &device_name, now)?
            {
                return Ok(PairAttempt::Paired(Box::new(paired)));
            }
            tx.execute(
                "INSERT INTO pairing_failures (client, at) VALUES ($1, $2)",
                &vals![client, now.timestamp()],
            )?;
            tx.execute(
                "INSERT INTO pairing_failure_minutes (minute, failures) VALUES ($1, 1)
                 ON CONFLICT (minute) DO UPDATE SET failures = pairing_failure_minutes.failures + 1",
                &vals![minute],
            )?;
            Ok(PairAttempt::WrongCode)
        })
    }

    /// The device and acting person a bearer token stands for; `None` for an unknown or revoked token.
    pub fn authenticate(&self, token: &str) -> Result<Option<(DeviceId, Actor)>, StoreError> {
        let token_hash = pairing::sha256_hex(token);
        self.read_each_statement(|tx| {
            let Some(row) = tx.query_opt(
                "SELECT d.id, p.json FROM devices d JOIN persons p ON p.id = d.person
                 WHERE d.token_hash = $1 AND d.revoked_at IS NULL",
                &vals![&token_hash],
            )?
            else {
                return Ok(None);
            };
            let device = parse_id(row.text(0)?).map(DeviceId)?;
            let person: Person = decode(row.text(1)?)?;
            Ok(Some((device, actor_of(&person))))
        })
    }

    /// The devices of an organisation's people, newest first.
    pub fn devices(&self, organisation: OrganisationId) -> Result<Vec<DeviceInfo>, StoreError> {
        self.read(|tx| {
            let rows = tx.query(
                "SELECT d.id, d.person, d.name, d.paired_at, d.revoked_at, p.name
                 FROM devices d JOIN persons p ON p.id = d.person
                 WHERE p.organisation = $1 ORDER BY d.paired_at DESC, d.id",
                &vals![organisation.0],
            )?;
            let mut people = std::collections::HashMap::new();
            let mut devices: Vec<DeviceInfo> = rows
                .iter()
                .map(|row| {
                    let person = PersonId(parse_id(row.text(1)?)?);
                    // A person whose data was removed has no name left.
                    people.insert(person, row.opt_text(5)?.unwrap_or_default().to_owned());
                    Ok(DeviceInfo {
                        id: DeviceId(parse_id(row.text(0)?)?),
                        person,
                        name: row.text(2)?.to_owned(),
                        paired_at: parse_time(row.text(3)?)?,
                        revoked_at: row.opt_text(4)?.map(parse_time).transpose()?,
                        waiting_on: Vec::new(),
                    })
                })
                .collect::<Result<_, StoreError>>()?;
            self.attach_waiting(&mut devices, &people);
            Ok(devices)
        })
    }

    /// Puts on each of `devices` the work of it that another of `devices` says waits there,
    /// where that can be so: the phone was paired again (the reporting device, still in use)
    /// after the earlier device was taken out of use, which is the only way a phone sets work
    /// aside. Both must be in the list (one unit's); anything else a device says is not heard.
    fn attach_waiting(
        &self,
        devices: &mut [DeviceInfo],
        people: &std::collections::HashMap<PersonId, String>,
    ) {
        let reporters: std::collections::HashMap<DeviceId, (PersonId, Timestamp)> = devices
            .iter()
            .filter(|d| d.revoked_at.is_none())
            .map(|d| (d.id, (d.person, d.paired_at)))
            .collect();
        let waiting = self
            .inner
            .waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        for device in devices.iter_mut() {
            let Some(revoked_at) = device.revoked_at else {
                continue;
            };
            for (on, works) in waiting.iter() {
                let Some(&(person, paired_at)) = reporters.get(on) else {
                    continue;
                };
                if paired_at < revoked_at {
                    continue;
                }
                for work in works.iter().filter(|w| w.device == device.id) {
                    device.waiting_on.push(keikka_core::protocol::WaitingOn {
                        device: *on,
                        person,
                        person_name: people.get(&person).cloned().unwrap_or_default(),
                        mutations: work.mutations,
                    });
                }
            }
            device.waiting_on.sort_by_key(|w| w.device);
        }
    }

    /// Revokes a device for a supervisor of its organisation or for its own person; anyone else
    /// gets `NotFound`. Revoking twice keeps the first time.
    pub fn revoke_device(
        &self,
        actor: &Actor,
        by_device: DeviceId,
        device: DeviceId,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            let Some(owner) = tx.query_opt(
                "SELECT p.id, p.organisation FROM devices d JOIN persons p ON p.id = d.person
                 WHERE d.id = $1",
                &vals![device.0],
            )?
            else {
                return Err(StoreError::NotFound("device"));
            };
            let person = owner.text(0)?.to_owned();
            let own = parse_id(&person)? == actor.person.0;
            let supervises =
                actor.role == Role::Supervisor && parse_id(owner.text(1)?)? == actor.organisation.0;
            if !own && !supervises {
                return Err(StoreError::NotFound("device"));
            }
            let changed = tx.execute(
                "UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
                &vals![now.to_rfc3339(), device.0.to_string()],
            )?;
            if changed > 0 {
                let owner: Option<Person> =
                    get_json(tx, "SELECT json FROM persons WHERE id = $1", &person)?;
                if let Some(mut owner) = owner {
                    for paired in owner.devices.iter_mut().filter(|d| d.id == device) {
                        paired.revoked_at = Some(now);
                    }
                    put_person(tx, &owner)?;
                    crate::audit::note(
                        tx,
                        owner.organisation,
                        actor.person,
                        Some(by_device),
                        "revoke_device",
                        owner.id,
                        &serde_json::json!({ "device": device }),
                        now,
                    )?;
                }
            }
            Ok(())
        })
    }
}

/// The actor a person acts as.
pub(crate) fn actor_of(person: &Person) -> Actor {
    Actor {
        person: person.id,
        organisation: person.organisation,
        role: person.role,
        groups: person.groups.clone(),
    }
}

/// [`keikka_core::org::check_name`], as the store's error.
pub(crate) fn check_name(field: &'static str, text: &str) -> Result<String, StoreError> {
    keikka_core::org::check_name(field, text).map_err(StoreError::Invalid)
}

fn check_groups(
    tx: &Tx<'_>,
    organisation: OrganisationId,
    groups: &[GroupId],
) -> Result<(), StoreError> {
    for group in groups {
        let found: Option<Group> = get_json(tx, "SELECT json FROM groups WHERE id = $1", group.0)?;
        if found.is_none_or(|g| g.organisation != organisation) {
            return Err(StoreError::NotFound("group"));
        }
    }
    Ok(())
}

/// Makes a new code for `person`, dropping their unused earlier ones so that only the newest
/// code handed over works.
fn issue_code(tx: &Tx<'_>, person: Person, now: Timestamp) -> Result<PairingCode, StoreError> {
    tx.execute(
        "DELETE FROM pairing_codes WHERE person = $1 AND used_at IS NULL",
        &vals![person.id.0],
    )?;
    let code = pairing::new_code();
    let expires_at = now + pairing::CODE_LIFETIME;
    tx.execute(
        "INSERT INTO pairing_codes (code_hash, person, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        &vals![
            pairing::sha256_hex(&code),
            person.id.0.to_string(),
            now.to_rfc3339(),
            expires_at.to_rfc3339()
        ],
    )?;
    Ok(PairingCode {
        person,
        code: pairing::display_code(&code),
        expires_at,
    })
}

pub(crate) fn put_organisation(tx: &Tx<'_>, o: &Organisation) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO organisations (id, name, json, seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json, seq = excluded.seq",
        &vals![
            o.id.0.to_string(),
            &o.name,
            serde_json::to_string(o)?,
            tx.next_seq()?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_group(tx: &Tx<'_>, g: &Group) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO groups (id, organisation, json, seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        &vals![
            g.id.0.to_string(),
            g.organisation.0.to_string(),
            serde_json::to_string(g)?,
            tx.next_seq()?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_person(tx: &Tx<'_>, p: &Person) -> Result<(), StoreError> {
    let id = p.id.0.to_string();
    tx.execute(
        "INSERT INTO persons (id, organisation, role, name, json, seq) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET role = excluded.role, name = excluded.name,
             json = excluded.json, seq = excluded.seq",
        &vals![
            &id,
            p.organisation.0.to_string(),
            p.role.as_str(),
            &p.name,
            serde_json::to_string(p)?,
            tx.next_seq()?
        ],
    )?;
    let mut stored: Vec<String> = tx
        .query(
            "SELECT group_id FROM person_groups WHERE person = $1",
            &vals![&id],
        )?
        .into_iter()
        .map(|row| row.into_text(0))
        .collect::<Result<_, _>>()?;
    let mut wanted: Vec<String> = p.groups.iter().map(|g| g.0.to_string()).collect();
    stored.sort();
    wanted.sort();
    wanted.dedup();
    if stored != wanted {
        // The pull resends the tasks a person may now see only after their groups changed
        // (not after each change to their row, such as a device paired: a new phone's first
        // sync would get half its pages twice).
        tx.execute(
            "UPDATE persons SET groups_seq = seq WHERE id = $1",
            &vals![&id],
        )?;
        tx.execute("DELETE FROM person_groups WHERE person = $1", &vals![&id])?;
        for group in &wanted {
            tx.execute(
                "INSERT INTO person_groups (person, group_id) VALUES ($1, $2)",
                &vals![&id, group],
            )?;
        }
    }
    Ok(())
}

pub(crate) fn put_task(tx: &Tx<'_>, t: &Task) -> Result<(), StoreError> {
    let id = t.id.0.to_string();
    let status = match t.status {
        TaskStatus::Open => "open",
        TaskStatus::Cancelled => "cancelled",
    };
    tx.execute(
        "INSERT INTO tasks (id, organisation, status, json, seq, ends_at_unix)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (organisation, id) DO UPDATE SET status = excluded.status,
             json = excluded.json, seq = excluded.seq, ends_at_unix = excluded.ends_at_unix",
        &vals![
            &id,
            t.organisation.0.to_string(),
            status,
            serde_json::to_string(t)?,
            tx.next_seq()?,
            t.ends_at.timestamp()
        ],
    )?;
    let organisation = t.organisation.0.to_string();
    tx.execute(
        "DELETE FROM task_groups WHERE organisation = $1 AND task = $2",
        &vals![&organisation, &id],
    )?;
    for group in &t.groups {
        tx.execute(
            "INSERT INTO task_groups (organisation, task, group_id) VALUES ($1, $2, $3)",
            &vals![&organisation, &id, group.0.to_string()],
        )?;
    }
    Ok(())
}

pub(crate) fn put_claim(tx: &Tx<'_>, c: &Claim) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO claims (id, task, participant, organisation, status, json, seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organisation, id) DO UPDATE SET status = excluded.status,
             json = excluded.json, seq = excluded.seq",
        &vals![
            c.id.0.to_string(),
            c.task.0.to_string(),
            c.participant.0.to_string(),
            c.organisation.0.to_string(),
            c.status().as_str(),
            serde_json::to_string(c)?,
            tx.next_seq()?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_consent(
    tx: &Tx<'_>,
    organisation: OrganisationId,
    c: &Consent,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO consents (participant, organisation, json, seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (participant) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        &vals![
            c.participant.0.to_string(),
            organisation.0.to_string(),
            serde_json::to_string(c)?,
            tx.next_seq()?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_commissioner(tx: &Tx<'_>, c: &Commissioner) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO commissioners (id, organisation, json, seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organisation, id) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        &vals![
            c.id.0.to_string(),
            c.organisation.0.to_string(),
            serde_json::to_string(c)?,
            tx.next_seq()?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_order(tx: &Tx<'_>, o: &Order) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO orders (id, organisation, commissioner, json, seq) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organisation, id) DO UPDATE SET commissioner = excluded.commissioner,
             json = excluded.json, seq = excluded.seq",
        &vals![
            o.id.0.to_string(),
            o.organisation.0.to_string(),
            o.commissioner.0.to_string(),
            serde_json::to_string(o)?,
            tx.next_seq()?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_shared_profile(tx: &Tx<'_>, p: &SharedProfile) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO shared_profiles (participant, organisation, json, seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (participant) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        &vals![
            p.participant.0.to_string(),
            p.organisation.0.to_string(),
            serde_json::to_string(p)?,
            tx.next_seq()?
        ],
    )?;
    Ok(())
}

/// Reads one JSON column by a one-parameter query and decodes it.
pub(crate) fn get_json<T: DeserializeOwned>(
    tx: &Tx<'_>,
    sql: &str,
    key: impl Into<crate::db::Value>,
) -> Result<Option<T>, StoreError> {
    tx.query_opt(sql, &[key.into()])?
        .map(|row| decode(row.text(0)?))
        .transpose()
}

/// [`get_json`] for a row keyed by organisation and id (tasks, claims, commissioners, orders).
pub(crate) fn get_scoped_json<T: DeserializeOwned>(
    tx: &Tx<'_>,
    sql: &str,
    organisation: OrganisationId,
    id: Uuid,
) -> Result<Option<T>, StoreError> {
    tx.query_opt(sql, &vals![organisation.0, id])?
        .map(|row| decode(row.text(0)?))
        .transpose()
}

/// Every JSON column of `rows`' first column, decoded.
pub(crate) fn decode_all<T: DeserializeOwned>(rows: Vec<Row>) -> Result<Vec<T>, StoreError> {
    rows.iter().map(|row| decode(row.text(0)?)).collect()
}

fn decode<T: DeserializeOwned>(json: &str) -> Result<T, StoreError> {
    Ok(serde_json::from_str(json)?)
}

/// Deletes the wrong pairing codes that no longer count: those older than
/// [`pairing::ATTEMPT_WINDOW`], with the client address each was counted under.
pub(crate) fn forget_old_pairing_failures(tx: &Tx<'_>, now: Timestamp) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM pairing_failures WHERE at <= $1",
        &vals![(now - pairing::ATTEMPT_WINDOW).timestamp()],
    )?;
    let minute = now.timestamp().div_euclid(60);
    tx.execute(
        "DELETE FROM pairing_failure_minutes WHERE minute <= $1",
        &vals![minute - pairing::ATTEMPT_WINDOW.num_minutes()],
    )?;
    Ok(())
}

/// Uses the code whose hash is `code_hash` for a new device named `device_name`: `None` when
/// the code is wrong, expired, used or its person removed.
fn use_code(
    tx: &Tx<'_>,
    code_hash: &str,
    device_name: &str,
    now: Timestamp,
) -> Result<Option<PairResponse>, StoreError> {
    let Some(row) = tx.query_opt(
        "SELECT person, expires_at FROM pairing_codes
             WHERE code_hash = $1 AND used_at IS NULL",
        &vals![code_hash],
    )?
    else {
        return Ok(None);
    };
    let person = row.text(0)?.to_owned();
    if parse_time(row.text(1)?)? <= now {
        return Ok(None);
    }
    // Used only if nobody used it first: with several instances, two phones typing the
    // same code at once pair one device, not two.
    let used = tx.execute(
        "UPDATE pairing_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL",
        &vals![now.to_rfc3339(), code_hash],
    )?;
    if used != 1 {
        return Ok(None);
    }
    let person: Person = get_json(tx, "SELECT json FROM persons WHERE id = $1", &person)?
        .ok_or_else(|| StoreError::Corrupt(format!("pairing code of no person {person}")))?;
    // A code that outlived its person's removal pairs nothing (said as a wrong code).
    if person.removed_at.is_some() {
        return Ok(None);
    }
    let organisation: Organisation = get_json(
        tx,
        "SELECT json FROM organisations WHERE id = $1",
        person.organisation.0,
    )?
    .ok_or_else(|| StoreError::Corrupt(format!("person {} has no organisation", person.id)))?;
    let device = DeviceId(Uuid::new_v4());
    let token = pairing::new_token();
    tx.execute(
        "INSERT INTO devices (id, person, name, token_hash, paired_at) VALUES ($1, $2, $3, $4, $5)",
        &vals![
            device.0.to_string(),
            person.id.0.to_string(),
            device_name,
            pairing::sha256_hex(&token),
            now.to_rfc3339()
        ],
    )?;
    // On the person's own row, so their other devices show it at their next sync.
    let mut person = person;
    person.devices.push(keikka_core::PairedDevice {
        id: device,
        name: device_name.to_owned(),
        paired_at: now,
        revoked_at: None,
    });
    put_person(tx, &person)?;
    crate::audit::note(
        tx,
        person.organisation,
        person.id,
        Some(device),
        "pair_device",
        person.id,
        &serde_json::json!({ "device": device, "name": device_name }),
        now,
    )?;
    Ok(Some(PairResponse {
        device,
        token,
        person,
        organisation,
    }))
}

pub(crate) fn parse_id(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| StoreError::Corrupt(format!("bad id {text}: {e}")))
}

pub(crate) fn parse_time(text: &str) -> Result<Timestamp, StoreError> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map_err(|e| StoreError::Corrupt(format!("bad time {text}: {e}")))
}

/// `keikka_core::World` over an open write transaction, so `apply` decides against exactly the
/// state the effects will be written into, as one organisation sees it: another unit's tasks,
/// claims, commissioners and orders are not there at all (their ids are free here).
pub(crate) struct SqlWorld<'a> {
    pub tx: &'a Tx<'a>,
    pub organisation: OrganisationId,
}

fn world_err(e: StoreError) -> WorldError {
    WorldError(e.to_string())
}

impl World for SqlWorld<'_> {
    fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>, WorldError> {
        get_json(
            self.tx,
            "SELECT json FROM organisations WHERE id = $1",
            id.0,
        )
        .map_err(world_err)
    }

    fn group(&self, id: GroupId) -> Result<Option<Group>, WorldError> {
        get_json(self.tx, "SELECT json FROM groups WHERE id = $1", id.0).map_err(world_err)
    }

    fn person(&self, id: PersonId) -> Result<Option<Person>, WorldError> {
        get_json(self.tx, "SELECT json FROM persons WHERE id = $1", id.0).map_err(world_err)
    }

    fn consent(&self, participant: PersonId) -> Result<Option<Consent>, WorldError> {
        get_json(
            self.tx,
            "SELECT json FROM consents WHERE participant = $1",
            participant.0,
        )
        .map_err(world_err)
    }

    fn commissioner(&self, id: CommissionerId) -> Result<Option<Commissioner>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM commissioners WHERE organisation = $1 AND id = $2",
            self.organisation,
            id.0,
        )
        .map_err(world_err)
    }

    fn order(&self, id: OrderId) -> Result<Option<Order>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM orders WHERE organisation = $1 AND id = $2",
            self.organisation,
            id.0,
        )
        .map_err(world_err)
    }

    fn task(&self, id: TaskId) -> Result<Option<Task>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM tasks WHERE organisation = $1 AND id = $2",
            self.organisation,
            id.0,
        )
        .map_err(world_err)
    }

    fn claim(&self, id: ClaimId) -> Result<Option<Claim>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM claims WHERE organisation = $1 AND id = $2",
            self.organisation,
            id.0,
        )
        .map_err(world_err)
    }

    fn seat_holder(
        &self,
        task: TaskId,
        participant: PersonId,
    ) -> Result<Option<ClaimId>, WorldError> {
        let row = self
            .tx
            .query_opt(
                "SELECT id FROM claims WHERE organisation = $1 AND task = $2 AND participant = $3
                     AND status NOT IN ('withdrawn', 'no_show')
                 LIMIT 1",
                &vals![self.organisation.0, task.0, participant.0],
            )
            .map_err(world_err)?;
        row.map(|row| {
            row.text(0)
                .and_then(parse_id)
                .map(ClaimId)
                .map_err(world_err)
        })
        .transpose()
    }
}
