//! The two halves of a sync on the store: apply one mutation exactly once, and pull what a user
//! may see since their cursor.

use crate::db::{Tx, Value, vals};
use crate::error::StoreError;
use crate::store::{
    SqlWorld, Store, parse_id, put_claim, put_commissioner, put_consent, put_order,
    put_organisation, put_person, put_shared_profile, put_task,
};
use keikka_core::apply::{ApplyError, Received, check_mutation_time};
use keikka_core::protocol::{Change, Cursor, Mutation, MutationResult, Outcome};
use keikka_core::{Actor, DeviceId, DomainError, Effect, Role, Timestamp};
use serde::Serialize;
use serde_json::value::RawValue;
use std::sync::{Arc, Mutex, PoisonError};

/// What a device receives after its mutations: changes oldest first, where to continue, and
/// whether more wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pull {
    pub changes: Vec<Change>,
    pub cursor: Cursor,
    pub more: bool,
}

/// A change as the database keeps it: its kind and the JSON the server wrote when it stored
/// the thing. A sync answer carries it as it is, byte for byte: decoding every task and claim
/// only to encode it again was most of the work of a pull (BENCHMARKS.md).
#[derive(Debug, Clone, Serialize)]
pub struct StoredChange {
    pub kind: &'static str,
    pub value: Box<RawValue>,
}

impl StoredChange {
    pub fn decode(&self) -> Result<Change, StoreError> {
        decode_change(self.kind, self.value.get())
    }
}

/// [`Pull`] with the changes as stored.
#[derive(Debug, Clone)]
pub struct StoredPull {
    pub changes: Vec<StoredChange>,
    pub cursor: Cursor,
    pub more: bool,
}

/// The sync answer as it goes on the wire: the same JSON as `protocol::SyncResponse` (the
/// end-to-end tests read it as that type), with the changes passed through as stored.
#[derive(Debug, Serialize)]
pub struct SyncAnswer {
    pub results: Vec<MutationResult>,
    pub changes: Vec<StoredChange>,
    pub cursor: Cursor,
    pub more: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<keikka_core::benefit::RuleVersion>,
}

/// Everything of the supervisor's organisation: `$1` the organisation, `$2` the cursor, `$3`
/// the limit, `$4` the head the pull read first (see [`Store::pull_stored`]).
const SUPERVISOR_PULL: &str = "
    SELECT seq, 'organisation' AS kind, json FROM organisations WHERE id = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'group', json FROM groups WHERE organisation = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'person', json FROM persons WHERE organisation = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'task', json FROM tasks WHERE organisation = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'claim', json FROM claims WHERE organisation = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'consent', json FROM consents WHERE organisation = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'commissioner', json FROM commissioners WHERE organisation = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'order', json FROM orders WHERE organisation = $1 AND seq > $2 AND seq <= $4
    UNION ALL SELECT seq, 'shared_profile', json FROM shared_profiles
        WHERE organisation = $1 AND seq > $2 AND seq <= $4
    ORDER BY seq LIMIT $3";

/// A task a participant may see: their organisation's (`$1`), shown to everyone or to one of
/// their (`$2`) groups (read from `person_groups`, so a membership change counts at once), or
/// one they have a claim on (an edit that moved it to other groups must still reach them).
/// `keikka_core::Task::visible_to` is the same rule in core; `tests/visibility.rs` holds the
/// two together on random units.
const VISIBLE_TASK: &str = "t.organisation = $1 AND (
        NOT EXISTS (SELECT 1 FROM task_groups tg
                    WHERE tg.organisation = t.organisation AND tg.task = t.id)
        OR EXISTS (SELECT 1 FROM task_groups tg JOIN person_groups pg ON pg.group_id = tg.group_id
                   WHERE tg.organisation = t.organisation AND tg.task = t.id
                     AND pg.person = $2)
        OR EXISTS (SELECT 1 FROM claims c WHERE c.organisation = t.organisation
                   AND c.task = t.id AND c.participant = $2))";

/// The participant's organisation and its groups, their own person, claims and consent, and the
/// tasks they may see (cancelled ones too, so a cancellation reaches the phone): `$1` the
/// organisation, `$2` the person, `$3` the cursor, `$4` the limit, `$5` the head the pull read
/// first.
fn participant_pull_sql() -> String {
    format!(
        "SELECT seq, 'organisation' AS kind, json FROM organisations WHERE id = $1 AND seq > $3 AND seq <= $5
        UNION ALL SELECT seq, 'group', json FROM groups WHERE organisation = $1 AND seq > $3 AND seq <= $5
        UNION ALL SELECT seq, 'person', json FROM persons WHERE id = $2 AND seq > $3 AND seq <= $5
        UNION ALL SELECT t.seq, 'task', t.json FROM tasks t WHERE t.seq > $3 AND t.seq <= $5 AND {VISIBLE_TASK}
        UNION ALL SELECT seq, 'claim', json FROM claims WHERE participant = $2 AND seq > $3 AND seq <= $5
        UNION ALL SELECT seq, 'consent', json FROM consents WHERE participant = $2 AND seq > $3 AND seq <= $5
        ORDER BY seq LIMIT $4"
    )
}

/// Tasks at or below the cursor, not yet over, that the participant may see now: after a group
/// change they may never have been sent. Tasks already over are left out (nobody can take them
/// any more), which keeps the set to a unit's current tasks; cancelled ones stay in, so a phone
/// that saw a task before leaving the group learns that it was cancelled. `$1` the
/// organisation, `$2` the person, `$3` the cursor, `$4` now (Unix seconds), `$5` the limit.
fn participant_resend_sql() -> String {
    format!(
        "SELECT t.seq, 'task', t.json FROM tasks t
         WHERE t.seq <= $3 AND t.ends_at_unix > $4 AND {VISIBLE_TASK}
         ORDER BY t.seq DESC LIMIT $5"
    )
}

impl Store {
    /// Decides one mutation exactly once and records the answer; a mutation id seen before is
    /// answered from the record. `device` is `None` for mutations made by the server's CLI.
    /// A storage failure is an `Err` and records nothing.
    pub fn apply_mutation(
        &self,
        actor: &Actor,
        device: Option<DeviceId>,
        mutation: &Mutation,
        now: Timestamp,
    ) -> Result<Outcome, StoreError> {
        let mut outcomes =
            self.apply_mutations(actor, device, std::slice::from_ref(mutation), now)?;
        outcomes
            .pop()
            .ok_or_else(|| StoreError::Corrupt("a mutation went unanswered".into()))
    }

    /// [`Store::apply_mutation`] for each of one sync's mutations in order, stopping at the
    /// first storage failure (what was decided before it stays decided).
    ///
    /// Group commit: the mutations join a queue, and whoever next holds the writer commits
    /// everything queued in one transaction, so one durable commit (one fsync) answers many
    /// devices at once. Nothing is answered before that commit, and every mutation is decided
    /// alone, in queue order, as if it had committed on its own.
    pub fn apply_mutations(
        &self,
        actor: &Actor,
        device: Option<DeviceId>,
        mutations: &[Mutation],
        now: Timestamp,
    ) -> Result<Vec<Outcome>, StoreError> {
        if mutations.is_empty() {
            return Ok(Vec::new());
        }
        let answer: Answer = Arc::new(Mutex::new(None));
        self.write_queue().push(QueuedMutations {
            actor: actor.clone(),
            device,
            known_contact: device.and_then(|d| self.known_contact(d)),
            daily_limit: self.device_daily_limit(),
            mutations: mutations.to_vec(),
            now,
            answer: answer.clone(),
        });
        let turn = self.committing();
        // Another caller may have committed ours while we waited for the writer.
        if let Some(done) = take(&answer) {
            return done;
        }
        let batch = std::mem::take(&mut *self.write_queue());
        commit_group(self, &batch);
        drop(turn);
        housekeep(self, now);
        take(&answer).unwrap_or_else(|| {
            Err(StoreError::Corrupt(
                "queued mutations were neither committed nor refused".into(),
            ))
        })
    }

    /// The changes `actor` may see after `cursor`, oldest first, at most `limit` of them; `now`
    /// decides which tasks are over.
    pub fn pull(
        &self,
        actor: &Actor,
        cursor: Cursor,
        limit: usize,
        now: Timestamp,
    ) -> Result<Pull, StoreError> {
        let pull = self.pull_stored(actor, cursor, limit, now)?;
        Ok(Pull {
            changes: pull
                .changes
                .iter()
                .map(StoredChange::decode)
                .collect::<Result<_, _>>()?,
            cursor: pull.cursor,
            more: pull.more,
        })
    }

    /// [`Store::pull`] without decoding the changes: what the sync route sends.
    pub fn pull_stored(
        &self,
        actor: &Actor,
        cursor: Cursor,
        limit: usize,
        now: Timestamp,
    ) -> Result<StoredPull, StoreError> {
        let limit = limit.max(1);
        // Past i64::MAX no row can be newer; clamping keeps the databases' integers happy.
        let after = i64::try_from(cursor.0).unwrap_or(i64::MAX);
        let org = actor.organisation.0.to_string();
        let person = actor.person.0.to_string();
        let now = now.timestamp();
        // Each statement on its own (on PostgreSQL no BEGIN and COMMIT: two round trips of a
        // pull's three or four). The head is read first, and every row at or below it has
        // committed (`db::Tx::next_seq`), so every later statement sees them all; the queries
        // are capped at the head, so a row that moves past it meanwhile comes in the next pull.
        self.read_each_statement(|tx| {
            let head = tx.current_seq()?;
            let head_value = i64::try_from(head).unwrap_or(i64::MAX);
            // Nothing is newer than the head: a device already up to date (most syncs) skips
            // the pull's queries.
            if u64::try_from(after).is_ok_and(|after| after >= head) {
                return Ok(StoredPull {
                    changes: Vec::new(),
                    cursor: Cursor(head),
                    more: false,
                });
            }
            let mut rows = Vec::new();
            let mut page = limit;
            // Half a page at most (the newest; a unit has far fewer tasks running at once), so
            // the normal stream still advances: once the cursor passes the change of their
            // groups, resending stops.
            let resend_limit = limit / 2;
            if actor.role == Role::Participant && after > 0 && resend_limit > 0 {
                let groups_changed = tx
                    .query_opt(
                        "SELECT groups_seq FROM persons WHERE id = $1",
                        &vals![&person],
                    )?
                    .map(|row| row.int(0))
                    .transpose()?;
                if groups_changed.is_some_and(|seq| seq > after) {
                    // Their groups may have changed: send the tasks they may now see as if the
                    // cursor were 0.
                    let mut resent = query_changes(
                        tx,
                        &participant_resend_sql(),
                        vals![&org, &person, after, now, limit_value(resend_limit)].to_vec(),
                    )?;
                    resent.reverse();
                    page = limit - resent.len();
                    rows = resent;
                }
            }
            // One more than fits tells whether more wait.
            let fetch = limit_value(page + 1);
            let mut stream = match actor.role {
                Role::Supervisor => query_changes(
                    tx,
                    SUPERVISOR_PULL,
                    vals![&org, after, fetch, head_value].to_vec(),
                )?,
                Role::Participant => query_changes(
                    tx,
                    &participant_pull_sql(),
                    vals![&org, &person, after, fetch, head_value].to_vec(),
                )?,
            };
            let more = stream.len() > page;
            stream.truncate(page);
            let cursor = match (more, stream.last()) {
                (true, Some((seq, _))) => Cursor(*seq),
                _ => Cursor(head),
            };
            rows.extend(stream);
            Ok(StoredPull {
                changes: rows.into_iter().map(|(_, change)| change).collect(),
                cursor,
                more,
            })
        })
    }
}

type Answer = Arc<Mutex<Option<Result<Vec<Outcome>, StoreError>>>>;

/// How long the answer to a refused mutation is kept. A device whose answer was lost sends
/// the mutation again at its next sync and gets the recorded answer; one that comes back later
/// than this is decided again, which is safe because a refusal changed nothing.
pub const REFUSED_KEPT_FOR: chrono::Duration = chrono::Duration::days(7);

/// How far back a device's own time can reach when the server knows nothing newer of it (after
/// a restart): a month offline with unsent work is the longest honest case.
pub const MAX_OFFLINE: chrono::Duration = chrono::Duration::days(31);

/// How many mutations one device may have recorded in 24 hours. A participant taps a few dozen
/// times a day and a busy supervisor a few hundred; past this the device's syncs are refused
/// (429 `device_daily_limit`) and it keeps its outbox, so one device cannot fill the disk.
pub const DEVICE_DAILY_MUTATIONS: usize = 2_000;

/// One sync's mutations waiting for the writer, and where their outcomes go.
pub(crate) struct QueuedMutations {
    actor: Actor,
    device: Option<DeviceId>,
    /// The device's last answered sync, when this process knows it.
    known_contact: Option<Timestamp>,
    daily_limit: usize,
    mutations: Vec<Mutation>,
    now: Timestamp,
    answer: Answer,
}

fn take(answer: &Answer) -> Option<Result<Vec<Outcome>, StoreError>> {
    answer.lock().unwrap_or_else(PoisonError::into_inner).take()
}

fn put(answer: &Answer, result: Result<Vec<Outcome>, StoreError>) {
    *answer.lock().unwrap_or_else(PoisonError::into_inner) = Some(result);
}

/// The most times one batch is tried again, each without the sync that failed the attempt
/// before (a bound the retries never reach: each one takes work out).
const MAX_BATCH_ATTEMPTS: usize = 32;

/// Decides every queued mutation in one write transaction and commits once; then every sync in
/// `batch` gets its outcomes, or, when the commit failed, an error (nothing of the batch is
/// stored, and the devices send it again).
///
/// No savepoint per mutation (on PostgreSQL, more than 64 subtransactions in one transaction
/// slow every session of the server): when deciding one sync's mutation fails (a storage error,
/// a panic), the whole transaction is rolled back and the batch tried again with that sync
/// stopping before the mutation that failed. Deciding is pure, so the attempt that commits
/// decides every mutation as if the failed ones had never been sent.
fn commit_group(store: &Store, batch: &[QueuedMutations]) {
    // Per sync: how many of its mutations to decide, and the failure it is answered with.
    let mut stops: Vec<Option<(usize, StoreError)>> = (0..batch.len()).map(|_| None).collect();
    for _ in 0..MAX_BATCH_ATTEMPTS {
        let failed_at: std::cell::Cell<Option<(usize, usize)>> = std::cell::Cell::new(None);
        let attempt = store.write(|tx| {
            let mut decided = Vec::with_capacity(batch.len());
            for (i, job) in batch.iter().enumerate() {
                let take = stops[i].as_ref().map_or(job.mutations.len(), |(n, _)| *n);
                if take == 0 {
                    decided.push(None);
                    continue;
                }
                let not_before = match job_clock(tx, job) {
                    Ok(not_before) => not_before,
                    // Refused before anything was written: the transaction goes on.
                    Err(StoreError::DeviceDailyLimit(limit)) => {
                        decided.push(Some(Err(StoreError::DeviceDailyLimit(limit))));
                        continue;
                    }
                    Err(e) => {
                        failed_at.set(Some((i, 0)));
                        return Err(e);
                    }
                };
                let mut outcomes = Vec::with_capacity(take);
                for (k, mutation) in job.mutations[..take].iter().enumerate() {
                    let received = Received {
                        now: job.now,
                        // The server's own CLI (the demo seed) dates its records as it says.
                        not_before: not_before.unwrap_or(mutation.at),
                    };
                    // A panic deciding one mutation fails that sync alone, not the whole group.
                    let one = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        apply_one(tx, &job.actor, job.device, mutation, received)
                    }))
                    .unwrap_or_else(|_| {
                        Err(StoreError::Corrupt("deciding the mutation panicked".into()))
                    });
                    match one {
                        Ok(outcome) => outcomes.push(outcome),
                        Err(e) => {
                            failed_at.set(Some((i, k)));
                            return Err(e);
                        }
                    }
                }
                decided.push(Some(Ok(outcomes)));
            }
            Ok(decided)
        });
        match (attempt, failed_at.get()) {
            (Ok(decided), _) => {
                for ((job, result), stop) in batch.iter().zip(decided).zip(stops) {
                    // A sync stopped at a failure hears of it; what it had decided before the
                    // failure is stored, and its next sync is answered from the records.
                    let answer = match (stop, result) {
                        (Some((_, e)), _) => Err(e),
                        (None, Some(result)) => result,
                        (None, None) => Err(StoreError::Corrupt("a sync went undecided".into())),
                    };
                    put(&job.answer, answer);
                }
                return;
            }
            (Err(e), Some((i, k))) => {
                stops[i] = Some((k, e));
            }
            (Err(e), None) => {
                for job in batch {
                    put(
                        &job.answer,
                        Err(StoreError::GroupNotCommitted(e.to_string())),
                    );
                }
                return;
            }
        }
    }
    for job in batch {
        put(
            &job.answer,
            Err(StoreError::GroupNotCommitted(
                "the batch failed at every attempt".into(),
            )),
        );
    }
}

/// How often (by the server's clock) one instance forgets old refused answers.
const HOUSEKEEPING_EVERY: chrono::Duration = chrono::Duration::minutes(1);

/// Forgets old refused answers and the wrong pairing codes past their window (client addresses
/// are kept no longer than they count) at most once a [`HOUSEKEEPING_EVERY`], in a transaction
/// of its own after the batch: a failure keeps them a while longer, nothing more.
fn housekeep(store: &Store, now: Timestamp) {
    {
        let mut last = store.housekept();
        if last.is_some_and(|at| now - at < HOUSEKEEPING_EVERY) {
            return;
        }
        *last = Some(now);
    }
    let forget = |tx: &Tx<'_>| {
        forget_old_refusals(tx, now)?;
        crate::store::forget_old_pairing_failures(tx, now)
    };
    if let Err(e) = store.write(forget) {
        tracing::warn!("old refused answers and wrong pairing codes were not forgotten: {e}");
    }
}

/// The earliest time the job's device can have acted (`None` for the server's CLI), after
/// checking that its mutations fit in its daily limit.
fn job_clock(tx: &Tx<'_>, job: &QueuedMutations) -> Result<Option<Timestamp>, StoreError> {
    let Some(device) = job.device else {
        return Ok(None);
    };
    within_daily_limit(tx, device, job)?;
    // The pairing is earlier than any answered sync, so the database is read only after a
    // restart forgot the latter.
    let last = match job.known_contact {
        Some(at) => Some(at),
        None => last_contact(tx, device)?,
    };
    let floor = job.now - MAX_OFFLINE;
    Ok(Some(last.map_or(floor, |at| at.max(floor))))
}

/// The earliest the database can vouch for: the device's pairing. (Its last recorded
/// mutation is no bound: it may have been the first batch of a longer outbox.)
fn last_contact(tx: &Tx<'_>, device: DeviceId) -> Result<Option<Timestamp>, StoreError> {
    tx.query_opt(
        "SELECT paired_at FROM devices WHERE id = $1",
        &vals![device.0],
    )?
    .map(|row| crate::store::parse_time(row.text(0)?))
    .transpose()
}

/// Refuses the job when its new mutations would take the device past its daily limit.
fn within_daily_limit(
    tx: &Tx<'_>,
    device: DeviceId,
    job: &QueuedMutations,
) -> Result<(), StoreError> {
    let since = (job.now - chrono::Duration::days(1)).timestamp();
    let recorded = tx
        .query_one(
            "SELECT COUNT(*) FROM mutations WHERE device = $1 AND received_unix > $2",
            &vals![device.0, since],
        )?
        .int(0)?;
    let mut new = 0usize;
    for mutation in &job.mutations {
        if tx
            .query_opt(
                "SELECT 1 FROM mutations WHERE id = $1",
                &vals![mutation.id.0],
            )?
            .is_none()
        {
            new += 1;
        }
    }
    let recorded = usize::try_from(recorded).unwrap_or(usize::MAX);
    if new > 0 && recorded.saturating_add(new) > job.daily_limit {
        return Err(StoreError::DeviceDailyLimit(job.daily_limit));
    }
    Ok(())
}

/// Forgets refused answers older than [`REFUSED_KEPT_FOR`], a few at a time, so the table of
/// answers holds what devices may still ask about and little more.
fn forget_old_refusals(tx: &Tx<'_>, now: Timestamp) -> Result<(), StoreError> {
    let before = (now - REFUSED_KEPT_FOR).timestamp();
    tx.execute(
        "DELETE FROM mutations WHERE id IN (
             SELECT id FROM mutations WHERE refused AND received_unix < $1 LIMIT 500)",
        &vals![before],
    )?;
    Ok(())
}

/// Decides one mutation inside the writer's transaction and records its outcome; a mutation
/// id seen before is answered from its record.
fn apply_one(
    tx: &Tx<'_>,
    actor: &Actor,
    device: Option<DeviceId>,
    mutation: &Mutation,
    received: Received,
) -> Result<Outcome, StoreError> {
    let now = received.now;
    let id = mutation.id.0.to_string();
    let seen = tx.query_opt(
        "SELECT person, outcome FROM mutations WHERE id = $1",
        &vals![&id],
    )?;
    if let Some(seen) = seen {
        return if parse_id(seen.text(0)?)? == actor.person.0 {
            Ok(serde_json::from_str(seen.text(1)?)?)
        } else {
            // Someone else's mutation id: refuse without touching their record.
            Ok(Outcome::Rejected {
                reason: DomainError::IdInUse,
            })
        };
    }
    // A device's time is held to what the server knows of it (`Received`): a clock a day fast
    // or reset to 1999 has its work counted at the nearest time it can have been, not refused.
    // The server's own CLI says its times as they are, so only those are checked.
    let clock_check = match device {
        Some(_) => Ok(()),
        None => check_mutation_time(mutation.at, now),
    };
    let decided = clock_check.map_err(ApplyError::Rejected).and_then(|()| {
        keikka_core::apply(
            &SqlWorld {
                tx,
                organisation: actor.organisation,
            },
            actor,
            mutation,
            received,
        )
    });
    let outcome = match decided {
        Ok(effects) => {
            if actor.role == Role::Supervisor || crate::audit::is_participant_decision(&effects) {
                crate::audit::record(tx, actor, device, mutation, &effects, received)?;
            }
            store_effects(tx, actor, device, &effects)?;
            Outcome::Applied
        }
        Err(ApplyError::Rejected(reason)) => Outcome::Rejected { reason },
        Err(ApplyError::Storage(e)) => return Err(e.into()),
    };
    tx.execute(
        "INSERT INTO mutations (id, device, person, outcome, received_at, received_unix, refused)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &vals![
            id,
            device.map(|d| d.0),
            actor.person.0,
            serde_json::to_string(&outcome)?,
            now.to_rfc3339(),
            now.timestamp(),
            matches!(outcome, Outcome::Rejected { .. })
        ],
    )?;
    Ok(outcome)
}

/// A page size as a query parameter.
fn limit_value(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

fn query_changes(
    tx: &Tx<'_>,
    sql: &str,
    params: Vec<Value>,
) -> Result<Vec<(u64, StoredChange)>, StoreError> {
    let rows = tx.query(sql, &params)?;
    rows.into_iter()
        .map(|row| {
            let seq = row.int(0)?;
            let kind = row.text(1)?.to_owned();
            let json = row.into_text(2)?;
            let seq = u64::try_from(seq)
                .map_err(|_| StoreError::Corrupt(format!("negative seq {seq}")))?;
            let kind = CHANGE_KINDS
                .iter()
                .find(|k| **k == kind)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown change kind {kind}")))?;
            // Checked to be JSON (not decoded): a damaged row fails here, not in the phone.
            let value = RawValue::from_string(json)?;
            Ok((seq, StoredChange { kind, value }))
        })
        .collect()
}

/// Every `kind` a pull query names, as `protocol::Change` spells them.
const CHANGE_KINDS: [&str; 9] = [
    "organisation",
    "group",
    "person",
    "task",
    "claim",
    "consent",
    "commissioner",
    "order",
    "shared_profile",
];

fn decode_change(kind: &str, json: &str) -> Result<Change, StoreError> {
    Ok(match kind {
        "organisation" => Change::Organisation(serde_json::from_str(json)?),
        "group" => Change::Group(serde_json::from_str(json)?),
        "person" => Change::Person(serde_json::from_str(json)?),
        "task" => Change::Task(serde_json::from_str(json)?),
        "claim" => Change::Claim(serde_json::from_str(json)?),
        "consent" => Change::Consent(serde_json::from_str(json)?),
        "commissioner" => Change::Commissioner(serde_json::from_str(json)?),
        "order" => Change::Order(serde_json::from_str(json)?),
        "shared_profile" => Change::SharedProfile(serde_json::from_str(json)?),
        other => return Err(StoreError::Corrupt(format!("unknown change kind {other}"))),
    })
}

fn store_effects(
    tx: &Tx<'_>,
    actor: &Actor,
    device: Option<DeviceId>,
    effects: &[Effect],
) -> Result<(), StoreError> {
    for effect in effects {
        match effect {
            Effect::PutOrganisation(organisation) => put_organisation(tx, organisation)?,
            Effect::PutTask(task) => put_task(tx, task)?,
            Effect::PutClaim(claim) => put_claim(tx, claim)?,
            // Only participants give consent, and only their own: it belongs to their organisation.
            // Marked with the device it came from, which the participant's screen names.
            Effect::PutConsent(consent) => put_consent(
                tx,
                actor.organisation,
                &keikka_core::Consent {
                    device,
                    ..consent.clone()
                },
            )?,
            Effect::PutPerson(person) => put_person(tx, person)?,
            Effect::PutCommissioner(commissioner) => put_commissioner(tx, commissioner)?,
            Effect::PutOrder(order) => put_order(tx, order)?,
            // Only a participant shares, and only their own: it belongs to their organisation.
            Effect::PutSharedProfile(shared) => put_shared_profile(
                tx,
                &keikka_core::SharedProfile {
                    organisation: actor.organisation,
                    ..shared.clone()
                },
            )?,
        }
    }
    Ok(())
}
