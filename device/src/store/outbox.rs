//! The outbox: what the person did, decided over the view and kept until the server answers it,
//! and the set-aside work of an earlier pairing.

use super::*;
use keikka_core::PersonId;

impl Store {
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
        put_in_outbox(&tx, &mutation)?;
        tx.commit()?;
        Ok(mutation.id)
    }

    /// The set-aside work that waits on this phone, per earlier pairing (its device) with how
    /// many mutations: what the next sync tells the server, so a supervisor sees it.
    pub fn set_aside_waiting(&self) -> Result<Vec<(DeviceId, u32)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT device, COUNT(*) FROM set_aside GROUP BY device ORDER BY MIN(seq)")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (device, count) = row?;
            out.push((parse_id(&device)?, u32::try_from(count).unwrap_or(u32::MAX)));
        }
        Ok(out)
    }

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
}

pub(super) fn outbox_all(conn: &Connection) -> Result<Vec<Mutation>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT json FROM outbox ORDER BY seq")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for json in rows {
        out.push(serde_json::from_str(&json?)?);
    }
    Ok(out)
}

pub(super) fn outbox_get(
    conn: &Connection,
    id: MutationId,
) -> Result<Option<Mutation>, StoreError> {
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

/// Appends `mutation` to the outbox (decided already).
fn put_in_outbox(tx: &Connection, mutation: &Mutation) -> Result<(), StoreError> {
    let (kind, subject_id) = subject_columns(mutation.op.subject());
    tx.execute(
        "INSERT INTO outbox (id, subject_kind, subject_id, json) VALUES (?1, ?2, ?3, ?4)",
        params![
            mutation.id.to_string(),
            kind,
            subject_id,
            serde_json::to_string(mutation)?
        ],
    )?;
    Ok(())
}

/// Moves `person`'s set-aside work on `server_url` back into the outbox, oldest first: the
/// phone is theirs again, and their new pairing sends it. The server decides it as it would
/// have (a resend of what it already has is answered as before).
pub(super) fn take_back_set_aside(
    tx: &Connection,
    server_url: &str,
    person: PersonId,
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare(
        "SELECT seq, mutation FROM set_aside WHERE server_url = ?1 AND person = ?2 ORDER BY seq",
    )?;
    let rows = stmt.query_map(params![server_url, person.0.to_string()], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut taken = Vec::new();
    for row in rows {
        let (seq, json) = row?;
        put_in_outbox(tx, &serde_json::from_str::<Mutation>(&json)?)?;
        taken.push(seq);
    }
    for seq in taken {
        tx.execute("DELETE FROM set_aside WHERE seq = ?1", [seq])?;
    }
    Ok(())
}
