//! Removing a participant's personal data on request, while the unit keeps anonymous hours and
//! pay for its figures: the name, groups, device names, free texts about them (notes, reasons,
//! feedback), their shared benefit profile, their pairing codes, and the same inside the audit
//! log, all in one transaction.

use crate::db::{Tx, vals};
use crate::error::StoreError;
use crate::store::{Store, decode_all, get_json, put_claim, put_person, put_shared_profile};
use keikka_core::{Actor, Claim, Person, PersonId, Role, SharedProfile, Timestamp};
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
    tx: &Tx<'_>,
    organisation: &str,
    subjects: &[String],
    at: Timestamp,
) -> Result<(), StoreError> {
    for subject in subjects {
        // Another unit may use the same id for a thing of its own: its log stays as it is.
        let entries = tx.query(
            "SELECT id, subject_kind, before, after FROM audit_log
             WHERE organisation = $1 AND subject_id = $2 AND NOT redacted",
            &vals![organisation, subject],
        )?;
        for entry in entries {
            let (id, kind) = (entry.int(0)?, entry.text(1)?);
            let before = entry
                .opt_text(2)?
                .map(|b| redact(kind, b, at))
                .transpose()?;
            let after = redact(kind, entry.text(3)?, at)?;
            tx.execute(
                "UPDATE audit_log SET before = $1, after = $2, redacted = TRUE WHERE id = $3",
                &vals![before, after, id],
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
                get_json(tx, "SELECT json FROM persons WHERE id = $1", person.0)?;
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
            let claims: Vec<Claim> = decode_all(tx.query(
                "SELECT json FROM claims WHERE participant = $1",
                &vals![&id],
            )?)?;
            let mut subjects = vec![id.clone()];
            for claim in &claims {
                put_claim(tx, &claim.anonymised())?;
                subjects.push(claim.id.0.to_string());
            }
            let shared: Option<SharedProfile> = get_json(
                tx,
                "SELECT json FROM shared_profiles WHERE participant = $1",
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
            let devices = tx.query("SELECT id FROM devices WHERE person = $1", &vals![&id])?;
            for device in devices {
                let device = device.text(0)?;
                tx.execute(
                    "UPDATE devices SET name = '', token_hash = $1,
                         revoked_at = COALESCE(revoked_at, $2) WHERE id = $3",
                    &vals![
                        crate::pairing::sha256_hex(&Uuid::new_v4().to_string()),
                        now.to_rfc3339(),
                        device
                    ],
                )?;
            }
            tx.execute("DELETE FROM pairing_codes WHERE person = $1", &vals![&id])?;
            redact_audit(tx, &found.organisation.0.to_string(), &subjects, now)?;
            // The removal itself is on record, without the name it removed.
            tx.execute(
                "INSERT INTO audit_log (organisation, actor, device, mutation, action, subject_kind,
                     subject_id, before, after, done_at, recorded_at)
                 VALUES ($1, $2, NULL, $3, 'remove_participant', 'person', $4, NULL, $5, $6, $6)",
                &vals![
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
