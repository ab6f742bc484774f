//! The audit log: every change a supervisor makes, and every decision a participant's device
//! makes about their data, with who, on which device, when, and the thing before and after.
//!
//! Written in the same transaction as the change itself, so a change is never without its entry
//! and an entry never without its change. Append-only (triggers in migration V3 refuse updates
//! and deletes).

use crate::db::{Tx, vals};
use crate::error::StoreError;
use crate::store::{Store, parse_id, parse_time};
use keikka_core::protocol::Mutation;
use keikka_core::{Actor, DeviceId, Effect, OrganisationId, PersonId, Timestamp};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One entry as a supervisor reads it (`GET /api/v1/audit`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    /// The supervisor or participant who did it (as far as the server can know: the person
    /// whose device it was).
    pub actor: PersonId,
    pub device: Option<DeviceId>,
    pub mutation: Uuid,
    /// The mutation's type, e.g. `approve_completion`.
    pub action: String,
    /// `claim`, `task`, `person`, `commissioner`, `order`, `consent`, `shared_profile`, or
    /// `device` (a pairing code issued for a person, a device paired or taken out of use, with
    /// the person as the subject).
    pub subject_kind: String,
    pub subject_id: Uuid,
    /// The thing before the change (absent when it was created by it).
    pub before: Option<serde_json::Value>,
    pub after: serde_json::Value,
    /// When it was done: the device's time, held within what the server knows of the device
    /// (never after `recorded_at`, never before the device's previous sync).
    pub done_at: Timestamp,
    /// When the server received it.
    pub recorded_at: Timestamp,
}

/// The most entries one answer carries.
pub const MAX_AUDIT_ENTRIES: usize = 500;

/// The participant-side mutations that are audited: decisions about their own data, which a
/// device paired in their name without them could otherwise make unseen.
pub(crate) fn is_participant_decision(effects: &[Effect]) -> bool {
    effects
        .iter()
        .any(|e| matches!(e, Effect::PutConsent(_) | Effect::PutSharedProfile(_)))
}

/// A shared profile as the log keeps it: whether one is shared, never its contents (they are
/// the participant's benefit data, gone from the server when the consent is).
fn profile_summary(json: &str) -> Result<String, StoreError> {
    let shared: keikka_core::SharedProfile = serde_json::from_str(json)?;
    Ok(serde_json::json!({
        "participant": shared.participant,
        "shared": shared.profile.is_some(),
        "updated_at": shared.updated_at,
    })
    .to_string())
}

/// Appends an entry for something done outside a mutation (a pairing code issued, a device
/// paired or taken out of use), with an id of its own in place of a mutation's.
#[allow(clippy::too_many_arguments)]
pub(crate) fn note(
    tx: &Tx<'_>,
    organisation: OrganisationId,
    actor: PersonId,
    device: Option<DeviceId>,
    action: &str,
    subject: PersonId,
    after: &serde_json::Value,
    now: Timestamp,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit_log (organisation, actor, device, mutation, action, subject_kind,
             subject_id, before, after, done_at, recorded_at)
         VALUES ($1, $2, $3, $4, $5, 'device', $6, NULL, $7, $8, $8)",
        &vals![
            organisation.0.to_string(),
            actor.0.to_string(),
            device.map(|d| d.0.to_string()),
            Uuid::new_v4().to_string(),
            action,
            subject.0.to_string(),
            after.to_string(),
            now.to_rfc3339(),
        ],
    )?;
    Ok(())
}

/// What one effect writes, as `(kind, id, table, json after)`.
fn subject_of(effect: &Effect) -> Result<(&'static str, Uuid, &'static str, String), StoreError> {
    Ok(match effect {
        Effect::PutOrganisation(o) => (
            "organisation",
            o.id.0,
            "organisations",
            serde_json::to_string(o)?,
        ),
        Effect::PutClaim(c) => ("claim", c.id.0, "claims", serde_json::to_string(c)?),
        Effect::PutTask(t) => ("task", t.id.0, "tasks", serde_json::to_string(t)?),
        Effect::PutPerson(p) => ("person", p.id.0, "persons", serde_json::to_string(p)?),
        Effect::PutCommissioner(c) => (
            "commissioner",
            c.id.0,
            "commissioners",
            serde_json::to_string(c)?,
        ),
        Effect::PutOrder(o) => ("order", o.id.0, "orders", serde_json::to_string(o)?),
        Effect::PutConsent(c) => (
            "consent",
            c.participant.0,
            "consents",
            serde_json::to_string(c)?,
        ),
        Effect::PutSharedProfile(p) => (
            "shared_profile",
            p.participant.0,
            "shared_profiles",
            serde_json::to_string(p)?,
        ),
    })
}

/// Appends one entry per effect of a mutation; called before the effects are stored, so the
/// row read is the state before.
pub(crate) fn record(
    tx: &Tx<'_>,
    actor: &Actor,
    device: Option<DeviceId>,
    mutation: &Mutation,
    effects: &[Effect],
    received: keikka_core::apply::Received,
) -> Result<(), StoreError> {
    let now = received.now;
    // The device's time held to what the server knows of the device, not its raw claim (a
    // step on a claim is further held to after the step before it, on the claim itself).
    let done_at = received.time_of(mutation.at);
    let action = serde_json::to_value(&mutation.op)?
        .get("type")
        .and_then(|t| t.as_str())
        .unwrap_or("unknown")
        .to_owned();
    for effect in effects {
        let (kind, id, table, after) = subject_of(effect)?;
        // Tasks, claims, commissioners and orders are keyed by organisation and id.
        let scoped = matches!(table, "tasks" | "claims" | "commissioners" | "orders");
        let key = match table {
            "consents" | "shared_profiles" => "participant = $1",
            _ if scoped => "id = $1 AND organisation = $2",
            _ => "id = $1",
        };
        let sql = format!("SELECT json FROM {table} WHERE {key}");
        let id = id.to_string();
        let found = if scoped {
            tx.query_opt(&sql, &vals![&id, actor.organisation.0])?
        } else {
            tx.query_opt(&sql, &vals![&id])?
        };
        let before = found.map(|row| row.into_text(0)).transpose()?;
        let (before, after) = if table == "shared_profiles" {
            (
                before.map(|b| profile_summary(&b)).transpose()?,
                profile_summary(&after)?,
            )
        } else {
            (before, after)
        };
        tx.execute(
            "INSERT INTO audit_log (organisation, actor, device, mutation, action, subject_kind,
                 subject_id, before, after, done_at, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            &vals![
                actor.organisation.0.to_string(),
                actor.person.0.to_string(),
                device.map(|d| d.0.to_string()),
                mutation.id.0.to_string(),
                &action,
                kind,
                id.to_string(),
                before,
                after,
                done_at.to_rfc3339(),
                now.to_rfc3339(),
            ],
        )?;
    }
    Ok(())
}

impl Store {
    /// The organisation's audit entries, oldest first, about `subject` only when given; at most
    /// [`MAX_AUDIT_ENTRIES`] after entry `after`.
    pub fn audit_log(
        &self,
        organisation: OrganisationId,
        subject: Option<Uuid>,
        after: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        self.read(|tx| {
            let limit = i64::try_from(MAX_AUDIT_ENTRIES).unwrap_or(i64::MAX);
            let rows = tx.query(
                "SELECT id, actor, device, mutation, action, subject_kind, subject_id, before,
                        after, done_at, recorded_at
                 FROM audit_log
                 WHERE organisation = $1 AND (CAST($2 AS TEXT) IS NULL OR subject_id = $2)
                     AND id > $3
                 ORDER BY id LIMIT $4",
                &vals![organisation.0, subject, after, limit],
            )?;
            rows.iter()
                .map(|row| {
                    Ok(AuditEntry {
                        id: row.int(0)?,
                        actor: PersonId(parse_id(row.text(1)?)?),
                        device: row
                            .opt_text(2)?
                            .map(|d| parse_id(d).map(DeviceId))
                            .transpose()?,
                        mutation: parse_id(row.text(3)?)?,
                        action: row.text(4)?.to_owned(),
                        subject_kind: row.text(5)?.to_owned(),
                        subject_id: parse_id(row.text(6)?)?,
                        before: row.opt_text(7)?.map(serde_json::from_str).transpose()?,
                        after: serde_json::from_str(row.text(8)?)?,
                        done_at: parse_time(row.text(9)?)?,
                        recorded_at: parse_time(row.text(10)?)?,
                    })
                })
                .collect()
        })
    }
}
