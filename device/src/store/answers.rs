//! Applying the server's answers: changes into the server tables, answered mutations out of the
//! outbox, the cursor; and the notices they leave (a changed task, a refusal).

use super::*;

impl Store {
    // ----- Sync -----

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
}

/// Keeps a notice that `task` changed when `me` holds a seat on it that work has not been
/// reported for, as the server says or as a claim still waiting in the outbox says.
pub(super) fn note_task_change(
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
