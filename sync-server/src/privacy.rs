//! Removing a participant's personal data on request, while the unit keeps anonymous hours and
//! pay for its figures: the name, groups, device names, free texts about them (notes, reasons,
//! feedback), their shared benefit profile, their pairing codes, and the same inside the audit
//! log, all in one transaction.

use crate::error::StoreError;
use crate::store::{Store, get_json, put_claim, put_person, put_shared_profile};
use keikka_core::{Actor, Claim, Person, PersonId, Role, SharedProfile, Timestamp};
use rusqlite::{Connection, params};
use uuid::Uuid;

/// An audit entry's JSON as it may stay once its person is removed.
fn redact(kind: &str, json: &str, at: Timestamp) -> Result<String, StoreError> {
    Ok(match kind {
        "claim" => serde_json::to_string(&serde_json::from_str::<Claim>(json)?.anonymised())?,
        "person" => serde_json::to_string(&serde_json::from_str::<Person>(json)?.removed(at))?,
        _ => "{\"redacted\":true}".to_owned(),
    })
}

fn redact_audit(
    tx: &Connection,
    organisation: &str,
    subjects: &[String],
    at: Timestamp,
) -> Result<(), StoreError> {
    for subject in subjects {
        // Another unit may use the same id for a thing of its own: its log stays as it is.
        let entries: Vec<(i64, String, Option<String>, String)> = {
            let mut stmt = tx.prepare(
                "SELECT id, subject_kind, before, after FROM audit_log
                 WHERE organisation = ?1 AND subject_id = ?2 AND redacted = 0",
            )?;
            let rows = stmt.query_map([organisation, subject], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        for (id, kind, before, after) in entries {
            let before = before.map(|b| redact(&kind, &b, at)).transpose()?;
            let after = redact(&kind, &after, at)?;
            tx.execute(
                "UPDATE audit_log SET before = ?1, after = ?2, redacted = 1 WHERE id = ?3",
                params![before, after, id],
            )?;
        }
    }
    Ok(())
}

impl Store {
    /// Removes `person`'s personal data for their supervisor `actor`. A person of another unit,
    /// or no such person, is `NotFound`; removing again repeats the whole removal (so whatever
    /// reached the person's rows since is erased too), keeping the first removal's time.
    pub fn remove_participant(
        &self,
        actor: &Actor,
        person: PersonId,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.remove_rows(actor, person, now)?;
        // The old versions of the rows are still in the write-ahead log: copy the log into the
        // file and empty it. Readers holding an old snapshot can keep it from finishing; then
        // the next checkpoint does it.
        self.checkpoint()
    }

    fn remove_rows(
        &self,
        actor: &Actor,
        person: PersonId,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            let found: Option<Person> =
                get_json(tx, "SELECT json FROM persons WHERE id = ?1", person.0)?;
            let Some(found) = found.filter(|p| {
                actor.role == Role::Supervisor
                    && p.organisation == actor.organisation
                    && p.role == Role::Participant
            }) else {
                return Err(StoreError::NotFound("person"));
            };
            // Removing again does the whole removal again (keeping the first one's time), so
            // nothing that reached the person's rows since outlives it.
            let removed_at = found.removed_at.unwrap_or(now);
            let id = person.0.to_string();
            put_person(tx, &found.removed(removed_at))?;
            let claims: Vec<Claim> = {
                let mut stmt = tx.prepare("SELECT json FROM claims WHERE participant = ?1")?;
                let rows = stmt.query_map([&id], |r| r.get::<_, String>(0))?;
                rows.map(|json| Ok(serde_json::from_str(&json?)?))
                    .collect::<Result<_, StoreError>>()?
            };
            let mut subjects = vec![id.clone()];
            for claim in &claims {
                put_claim(tx, &claim.anonymised())?;
                subjects.push(claim.id.0.to_string());
            }
            let shared: Option<SharedProfile> = get_json(
                tx,
                "SELECT json FROM shared_profiles WHERE participant = ?1",
                person.0,
            )?;
            if shared.is_some() {
                put_shared_profile(
                    tx,
                    &SharedProfile {
                        participant: person,
                        organisation: found.organisation,
                        profile: None,
                        updated_at: now,
                    },
                )?;
            }
            // Devices stay as rows (mutations and the audit log name them) but lose their name
            // and any token that could still work.
            let devices: Vec<String> = {
                let mut stmt = tx.prepare("SELECT id FROM devices WHERE person = ?1")?;
                let rows = stmt.query_map([&id], |r| r.get(0))?;
                rows.collect::<Result<_, _>>()?
            };
            for device in devices {
                tx.execute(
                    "UPDATE devices SET name = '', token_hash = ?1,
                         revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?3",
                    params![
                        crate::pairing::sha256_hex(&Uuid::new_v4().to_string()),
                        now.to_rfc3339(),
                        device
                    ],
                )?;
            }
            tx.execute("DELETE FROM pairing_codes WHERE person = ?1", [&id])?;
            redact_audit(tx, &found.organisation.0.to_string(), &subjects, now)?;
            // The removal itself is on record, without the name it removed.
            tx.execute(
                "INSERT INTO audit_log (organisation, actor, device, mutation, action, subject_kind,
                     subject_id, before, after, done_at, recorded_at)
                 VALUES (?1, ?2, NULL, ?3, 'remove_participant', 'person', ?4, NULL, ?5, ?6, ?6)",
                params![
                    actor.organisation.0.to_string(),
                    actor.person.0.to_string(),
                    Uuid::new_v4().to_string(),
                    id,
                    serde_json::to_string(&found.removed(removed_at))?,
                    now.to_rfc3339()
                ],
            )?;
            Ok(())
        })
    }
}
