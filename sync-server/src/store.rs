//! The authoritative server store on SQLite: connections, the change sequence, entity rows,
//! people, pairing codes and devices.
//!
//! [`Store`] is the seam a PostgreSQL backend would sit behind: handlers only call its methods,
//! never SQL. Every method is blocking; the HTTP layer calls them through `spawn_blocking`.

use crate::error::StoreError;
use crate::pairing;
use keikka_core::protocol::{PairResponse, PairingCode};
use keikka_core::{
    Actor, Claim, ClaimId, Commissioner, CommissionerId, Consent, DeviceId, DomainError, Group,
    GroupId, Order, OrderId, Organisation, OrganisationId, Person, PersonId, Role, SharedProfile,
    Task, TaskId, TaskStatus, Timestamp, World, WorldError,
};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use uuid::Uuid;

/// How long a connection waits for another process's lock (e.g. the CLI next to a running server).
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Reader connections kept open between requests; the HTTP layer lets no more requests than
/// this use the database at once, so readers are reused rather than opened per request.
pub const MAX_IDLE_READERS: usize = 8;
/// The longest name a supervisor can give a group, a person or a device.
pub const MAX_NAME_CHARS: usize = 200;

/// The server's database: one writer connection (SQLite has one writer at a time anyway) and a
/// small pool of readers, which WAL lets run beside the writer.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    /// Syncs' mutations waiting for the writer; whoever holds it next commits them all at
    /// once (`sync.rs`, group commit).
    queue: Mutex<Vec<crate::sync::QueuedMutations>>,
    /// When each device last had a sync answered by this process that carried all it had to
    /// send (`SyncRequest::sent_all`): nothing it sends later can have been done before then.
    /// Lost on restart, when its pairing stands in (`sync::last_contact`).
    contacts: Mutex<std::collections::HashMap<DeviceId, Timestamp>>,
    /// What each device last said waits on it unsent from earlier pairings
    /// (`SyncRequest::waiting`): shown in the supervisor's device list. Said again at every
    /// sync, so a restart forgets it only until the device's next one.
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
            .field("path", &self.inner.path)
            .finish()
    }
}

fn open_connection(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Every query of a sync is one of a few dozen texts: parse each once per connection.
    conn.set_prepared_statement_cache_capacity(64);
    // WAL lets readers work beside the writer; FULL makes a commit durable before the sync that
    // caused it is answered, so an acknowledged mutation survives a killed process or lost power.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Corrupt(format!(
            "journal mode {mode} instead of WAL"
        )));
    }
    // secure_delete FAST: space freed by a change is zeroed when that costs no extra writes, so
    // removed personal data does not linger in the file (see `privacy.rs`).
    conn.execute_batch(
        "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = FAST;",
    )?;
    Ok(conn)
}

impl Store {
    /// Opens (creating if needed) the database file at `path` and migrates it to the latest schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let mut writer = open_connection(path)?;
        crate::migrations::migrations().to_latest(&mut writer)?;
        Ok(Store {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                writer: Mutex::new(writer),
                readers: Mutex::new(Vec::new()),
                queue: Mutex::new(Vec::new()),
                contacts: Mutex::new(std::collections::HashMap::new()),
                waiting: Mutex::new(std::collections::HashMap::new()),
                device_daily_limit: std::sync::atomic::AtomicUsize::new(
                    crate::sync::DEVICE_DAILY_MUTATIONS,
                ),
            }),
        })
    }

    /// Writes a consistent copy of the whole database to `to` (SQLite's `VACUUM INTO`: one read
    /// snapshot, so writers keep going and every committed change up to it is in the copy).
    /// Refuses to overwrite an existing file.
    pub fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        if to.exists() {
            return Err(StoreError::Invalid(DomainError::invalid("to", "exists")));
        }
        let target = to
            .to_str()
            .ok_or(StoreError::Invalid(DomainError::invalid("to", "not_utf8")))?
            .to_owned();
        // VACUUM runs outside any transaction: a connection of its own.
        let conn = open_connection(&self.inner.path)?;
        conn.execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }

    /// Copies the write-ahead log into the database file and truncates it.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        let conn = self
            .inner
            .writer
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// The writer connection, for the group commit in `sync.rs`.
    pub(crate) fn writer(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic inside a transaction rolled it back when it unwound: the connection is clean.
        self.inner
            .writer
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
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // A panic inside `f` rolled its transaction back when it unwound, so the connection is
        // clean even if the lock is poisoned.
        let mut conn = self
            .inner
            .writer
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // IMMEDIATE takes the write lock up front: a read-then-write transaction can then never
        // fail half-way because another process (the CLI) wrote in between.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one read transaction: everything it reads is one consistent snapshot.
    pub(crate) fn read<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let pooled = self
            .inner
            .readers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let mut conn = match pooled {
            Some(conn) => conn,
            None => open_connection(&self.inner.path)?,
        };
        let value = {
            let tx = conn.transaction()?;
            let value = f(&tx)?;
            tx.commit()?;
            value
        };
        let mut readers = self
            .inner
            .readers
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if readers.len() < MAX_IDLE_READERS {
            readers.push(conn);
        }
        Ok(value)
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
        self.read(|tx| get_json(tx, "SELECT json FROM organisations WHERE id = ?1", id.0))
    }

    /// The person with this id, if any.
    pub fn person(&self, id: PersonId) -> Result<Option<Person>, StoreError> {
        self.read(|tx| get_json(tx, "SELECT json FROM persons WHERE id = ?1", id.0))
    }

    /// Everyone in an organisation, supervisors first, then by name.
    pub fn people(&self, organisation: OrganisationId) -> Result<Vec<Person>, StoreError> {
        self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT json FROM persons WHERE organisation = ?1
                 ORDER BY role = 'participant', json ->> '$.name', id",
            )?;
            let rows = stmt.query_map([organisation.0.to_string()], |r| r.get::<_, String>(0))?;
            rows.map(|json| Ok(serde_json::from_str(&json?)?)).collect()
        })
    }

    /// The task with this id, if any, in whichever unit has one (for tests and tools, where ids
    /// are not shared between units; devices get tasks through sync).
    pub fn task(&self, id: TaskId) -> Result<Option<Task>, StoreError> {
        self.read(|tx| get_json(tx, "SELECT json FROM tasks WHERE id = ?1", id.0))
    }

    /// The claim with this id, if any, as [`Store::task`] finds it.
    pub fn claim(&self, id: ClaimId) -> Result<Option<Claim>, StoreError> {
        self.read(|tx| get_json(tx, "SELECT json FROM claims WHERE id = ?1", id.0))
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
        let count: i64 = self.read(|tx| {
            Ok(tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        })?;
        Ok(count.unsigned_abs())
    }

    /// The last number the change sequence gave out.
    pub fn current_seq(&self) -> Result<u64, StoreError> {
        self.read(|tx| current_seq(tx))
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
                get_json(tx, "SELECT json FROM persons WHERE id = ?1", person.0)?
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
            let person: Person = get_json(tx, "SELECT json FROM persons WHERE id = ?1", person.0)?
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
    /// or used: the caller must not say which.
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
        self.write(|tx| {
            let row: Option<(String, String, Option<String>)> = tx
                .query_row(
                    "SELECT person, expires_at, used_at FROM pairing_codes WHERE code_hash = ?1",
                    [&code_hash],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((person, expires_at, None)) = row else {
                return Ok(None);
            };
            if parse_time(&expires_at)? <= now {
                return Ok(None);
            }
            tx.execute(
                "UPDATE pairing_codes SET used_at = ?1 WHERE code_hash = ?2",
                params![now.to_rfc3339(), code_hash],
            )?;
            let person: Person = get_json(tx, "SELECT json FROM persons WHERE id = ?1", &person)?
                .ok_or_else(|| StoreError::Corrupt(format!("pairing code of no person {person}")))?;
            // A code that outlived its person's removal pairs nothing (said as a wrong code).
            if person.removed_at.is_some() {
                return Ok(None);
            }
            let organisation: Organisation = get_json(
                tx,
                "SELECT json FROM organisations WHERE id = ?1",
                person.organisation.0,
            )?
            .ok_or_else(|| StoreError::Corrupt(format!("person {} has no organisation", person.id)))?;
            let device = DeviceId(Uuid::new_v4());
            let token = pairing::new_token();
            tx.execute(
                "INSERT INTO devices (id, person, name, token_hash, paired_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
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
                name: device_name.clone(),
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
        })
    }

    /// The device and acting person a bearer token stands for; `None` for an unknown or revoked token.
    pub fn authenticate(&self, token: &str) -> Result<Option<(DeviceId, Actor)>, StoreError> {
        let token_hash = pairing::sha256_hex(token);
        self.read(|tx| {
            let row: Option<(String, String)> = tx
                .prepare_cached(
                    "SELECT d.id, p.json FROM devices d JOIN persons p ON p.id = d.person
                     WHERE d.token_hash = ?1 AND d.revoked_at IS NULL",
                )?
                .query_row([&token_hash], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let Some((device, person)) = row else {
                return Ok(None);
            };
            let device = parse_id(&device).map(DeviceId)?;
            let person: Person = serde_json::from_str(&person)?;
            Ok(Some((device, actor_of(&person))))
        })
    }

    /// The devices of an organisation's people, newest first.
    pub fn devices(&self, organisation: OrganisationId) -> Result<Vec<DeviceInfo>, StoreError> {
        self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT d.id, d.person, d.name, d.paired_at, d.revoked_at, json_extract(p.json, '$.name')
                 FROM devices d JOIN persons p ON p.id = d.person
                 WHERE p.organisation = ?1 ORDER BY d.paired_at DESC, d.id",
            )?;
            let rows = stmt.query_map([organisation.0.to_string()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    // A person whose data was removed may have no name left.
                    r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                ))
            })?;
            let mut people = std::collections::HashMap::new();
            let mut devices: Vec<DeviceInfo> = rows
                .map(|row| {
                    let (id, person, name, paired_at, revoked_at, person_name) = row?;
                    let person = PersonId(parse_id(&person)?);
                    people.insert(person, person_name);
                    Ok(DeviceInfo {
                        id: DeviceId(parse_id(&id)?),
                        person,
                        name,
                        paired_at: parse_time(&paired_at)?,
                        revoked_at: revoked_at.as_deref().map(parse_time).transpose()?,
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
            let owner: Option<(String, String)> = tx
                .query_row(
                    "SELECT p.id, p.organisation FROM devices d JOIN persons p ON p.id = d.person
                     WHERE d.id = ?1",
                    [device.0.to_string()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((person, organisation)) = owner else {
                return Err(StoreError::NotFound("device"));
            };
            let own = parse_id(&person)? == actor.person.0;
            let supervises =
                actor.role == Role::Supervisor && parse_id(&organisation)? == actor.organisation.0;
            if !own && !supervises {
                return Err(StoreError::NotFound("device"));
            }
            let changed = tx.execute(
                "UPDATE devices SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
                params![now.to_rfc3339(), device.0.to_string()],
            )?;
            if changed > 0 {
                let owner: Option<Person> =
                    get_json(tx, "SELECT json FROM persons WHERE id = ?1", &person)?;
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

/// Trims a name and refuses an empty, overlong or control-character one.
pub(crate) fn check_name(field: &'static str, text: &str) -> Result<String, StoreError> {
    let text = text.trim();
    let problem = if text.is_empty() {
        Some("empty")
    } else if text.chars().count() > MAX_NAME_CHARS {
        Some("too_long")
    } else if text.chars().any(keikka_core::task::is_hidden_control) {
        Some("control_characters")
    } else if !text.chars().any(char::is_alphanumeric) {
        // A name of spaces and marks shows as nothing in a list.
        Some("no_letters")
    } else if field == "device_name" && text.contains(['”', '“', '"']) {
        // Screens quote a device's name: a quote inside it could pass for the end of one name
        // and the start of another ("this device").
        Some("quotes")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(StoreError::Invalid(DomainError::invalid(field, problem))),
        None => Ok(text.to_owned()),
    }
}

fn check_groups(
    tx: &Connection,
    organisation: OrganisationId,
    groups: &[GroupId],
) -> Result<(), StoreError> {
    for group in groups {
        let found: Option<Group> = get_json(tx, "SELECT json FROM groups WHERE id = ?1", group.0)?;
        if found.is_none_or(|g| g.organisation != organisation) {
            return Err(StoreError::NotFound("group"));
        }
    }
    Ok(())
}

/// Makes a new code for `person`, dropping their unused earlier ones so that only the newest
/// code handed over works.
fn issue_code(tx: &Connection, person: Person, now: Timestamp) -> Result<PairingCode, StoreError> {
    tx.execute(
        "DELETE FROM pairing_codes WHERE person = ?1 AND used_at IS NULL",
        [person.id.0.to_string()],
    )?;
    let code = pairing::new_code();
    let expires_at = now + pairing::CODE_LIFETIME;
    tx.execute(
        "INSERT INTO pairing_codes (code_hash, person, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![
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

/// Takes the next number of the global change sequence for one entity row.
///
/// The invariant the whole pull protocol rests on: the counter is bumped inside the same write
/// transaction that writes the row, and SQLite lets only one write transaction run at a time,
/// so transactions commit in the order of their sequence numbers. A reader's snapshot that sees
/// counter value N therefore sees every row with `seq <= N`, and a device whose cursor is N can
/// never miss a change at or below it.
pub(crate) fn next_seq(tx: &Connection) -> Result<i64, StoreError> {
    Ok(tx
        .prepare_cached("UPDATE sequence SET value = value + 1 WHERE id = 1 RETURNING value")?
        .query_row([], |r| r.get(0))?)
}

pub(crate) fn current_seq(tx: &Connection) -> Result<u64, StoreError> {
    let seq: i64 = tx
        .prepare_cached("SELECT value FROM sequence WHERE id = 1")?
        .query_row([], |r| r.get(0))?;
    u64::try_from(seq).map_err(|_| StoreError::Corrupt(format!("negative sequence {seq}")))
}

pub(crate) fn put_organisation(tx: &Connection, o: &Organisation) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO organisations (id, name, json, seq) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json, seq = excluded.seq",
        params![
            o.id.0.to_string(),
            o.name,
            serde_json::to_string(o)?,
            next_seq(tx)?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_group(tx: &Connection, g: &Group) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO groups (id, organisation, json, seq) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        params![
            g.id.0.to_string(),
            g.organisation.0.to_string(),
            serde_json::to_string(g)?,
            next_seq(tx)?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_person(tx: &Connection, p: &Person) -> Result<(), StoreError> {
    let id = p.id.0.to_string();
    tx.execute(
        "INSERT INTO persons (id, organisation, role, json, seq) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET role = excluded.role, json = excluded.json, seq = excluded.seq",
        params![
            id,
            p.organisation.0.to_string(),
            p.role.as_str(),
            serde_json::to_string(p)?,
            next_seq(tx)?
        ],
    )?;
    tx.execute("DELETE FROM person_groups WHERE person = ?1", [&id])?;
    for group in &p.groups {
        tx.execute(
            "INSERT INTO person_groups (person, group_id) VALUES (?1, ?2)",
            params![id, group.0.to_string()],
        )?;
    }
    Ok(())
}

pub(crate) fn put_task(tx: &Connection, t: &Task) -> Result<(), StoreError> {
    let id = t.id.0.to_string();
    let status = match t.status {
        TaskStatus::Open => "open",
        TaskStatus::Cancelled => "cancelled",
    };
    tx.execute(
        "INSERT INTO tasks (id, organisation, status, json, seq, ends_at_unix)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (organisation, id) DO UPDATE SET status = excluded.status,
             json = excluded.json, seq = excluded.seq, ends_at_unix = excluded.ends_at_unix",
        params![
            id,
            t.organisation.0.to_string(),
            status,
            serde_json::to_string(t)?,
            next_seq(tx)?,
            t.ends_at.timestamp()
        ],
    )?;
    let organisation = t.organisation.0.to_string();
    tx.execute(
        "DELETE FROM task_groups WHERE organisation = ?1 AND task = ?2",
        [&organisation, &id],
    )?;
    for group in &t.groups {
        tx.execute(
            "INSERT INTO task_groups (organisation, task, group_id) VALUES (?1, ?2, ?3)",
            params![organisation, id, group.0.to_string()],
        )?;
    }
    Ok(())
}

pub(crate) fn put_claim(tx: &Connection, c: &Claim) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO claims (id, task, participant, organisation, status, json, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (organisation, id) DO UPDATE SET status = excluded.status,
             json = excluded.json, seq = excluded.seq",
    )?
    .execute(params![
        c.id.0.to_string(),
        c.task.0.to_string(),
        c.participant.0.to_string(),
        c.organisation.0.to_string(),
        c.status().as_str(),
        serde_json::to_string(c)?,
        next_seq(tx)?
    ])?;
    Ok(())
}

pub(crate) fn put_consent(
    tx: &Connection,
    organisation: OrganisationId,
    c: &Consent,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO consents (participant, organisation, json, seq) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (participant) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        params![
            c.participant.0.to_string(),
            organisation.0.to_string(),
            serde_json::to_string(c)?,
            next_seq(tx)?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_commissioner(tx: &Connection, c: &Commissioner) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO commissioners (id, organisation, json, seq) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (organisation, id) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        params![
            c.id.0.to_string(),
            c.organisation.0.to_string(),
            serde_json::to_string(c)?,
            next_seq(tx)?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_order(tx: &Connection, o: &Order) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO orders (id, organisation, commissioner, json, seq) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (organisation, id) DO UPDATE SET commissioner = excluded.commissioner,
             json = excluded.json, seq = excluded.seq",
        params![
            o.id.0.to_string(),
            o.organisation.0.to_string(),
            o.commissioner.0.to_string(),
            serde_json::to_string(o)?,
            next_seq(tx)?
        ],
    )?;
    Ok(())
}

pub(crate) fn put_shared_profile(tx: &Connection, p: &SharedProfile) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO shared_profiles (participant, organisation, json, seq) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (participant) DO UPDATE SET json = excluded.json, seq = excluded.seq",
        params![
            p.participant.0.to_string(),
            p.organisation.0.to_string(),
            serde_json::to_string(p)?,
            next_seq(tx)?
        ],
    )?;
    Ok(())
}

/// Reads one JSON column by a one-parameter query and decodes it.
pub(crate) fn get_json<T: DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    key: impl KeyText,
) -> Result<Option<T>, StoreError> {
    let json: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([key.key_text()], |r| r.get(0))
        .optional()?;
    json.map(|j| serde_json::from_str(&j).map_err(StoreError::from))
        .transpose()
}

/// [`get_json`] for a row keyed by organisation and id (tasks, claims, commissioners, orders).
pub(crate) fn get_scoped_json<T: DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    organisation: OrganisationId,
    id: Uuid,
) -> Result<Option<T>, StoreError> {
    let json: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([organisation.0.to_string(), id.to_string()], |r| r.get(0))
        .optional()?;
    json.map(|j| serde_json::from_str(&j).map_err(StoreError::from))
        .transpose()
}

/// How an id is written in the database: the hyphenated UUID text.
pub(crate) trait KeyText {
    fn key_text(&self) -> String;
}

impl KeyText for Uuid {
    fn key_text(&self) -> String {
        self.to_string()
    }
}

impl KeyText for &String {
    fn key_text(&self) -> String {
        (*self).clone()
    }
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
    pub tx: &'a Connection,
    pub organisation: OrganisationId,
}

fn world_err(e: StoreError) -> WorldError {
    WorldError(e.to_string())
}

impl World for SqlWorld<'_> {
    fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>, WorldError> {
        get_json(
            self.tx,
            "SELECT json FROM organisations WHERE id = ?1",
            id.0,
        )
        .map_err(world_err)
    }

    fn group(&self, id: GroupId) -> Result<Option<Group>, WorldError> {
        get_json(self.tx, "SELECT json FROM groups WHERE id = ?1", id.0).map_err(world_err)
    }

    fn person(&self, id: PersonId) -> Result<Option<Person>, WorldError> {
        get_json(self.tx, "SELECT json FROM persons WHERE id = ?1", id.0).map_err(world_err)
    }

    fn consent(&self, participant: PersonId) -> Result<Option<Consent>, WorldError> {
        get_json(
            self.tx,
            "SELECT json FROM consents WHERE participant = ?1",
            participant.0,
        )
        .map_err(world_err)
    }

    fn commissioner(&self, id: CommissionerId) -> Result<Option<Commissioner>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM commissioners WHERE organisation = ?1 AND id = ?2",
            self.organisation,
            id.0,
        )
        .map_err(world_err)
    }

    fn order(&self, id: OrderId) -> Result<Option<Order>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM orders WHERE organisation = ?1 AND id = ?2",
            self.organisation,
            id.0,
        )
        .map_err(world_err)
    }

    fn task(&self, id: TaskId) -> Result<Option<Task>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM tasks WHERE organisation = ?1 AND id = ?2",
            self.organisation,
            id.0,
        )
        .map_err(world_err)
    }

    fn claim(&self, id: ClaimId) -> Result<Option<Claim>, WorldError> {
        get_scoped_json(
            self.tx,
            "SELECT json FROM claims WHERE organisation = ?1 AND id = ?2",
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
        let id: Option<String> = self
            .tx
            .query_row(
                "SELECT id FROM claims WHERE organisation = ?1 AND task = ?2 AND participant = ?3
                     AND status NOT IN ('withdrawn', 'no_show')
                 LIMIT 1",
                params![
                    self.organisation.0.to_string(),
                    task.0.to_string(),
                    participant.0.to_string()
                ],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| WorldError(e.to_string()))?;
        id.map(|id| parse_id(&id).map(ClaimId).map_err(world_err))
            .transpose()
    }
}
