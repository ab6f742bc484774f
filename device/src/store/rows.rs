//! The server's state as this device last received it: one table per kind, keikka-core JSON
//! plus the columns the reads filter on.

use super::StoreError;
use keikka_core::protocol::Change;
use keikka_core::{
    Claim, ClaimId, Commissioner, CommissionerId, Consent, Group, GroupId, Order, OrderId,
    Organisation, OrganisationId, Person, PersonId, Task, TaskId, TaskStatus,
};
use rusqlite::{Connection, OptionalExtension, Params, params};
use serde::de::DeserializeOwned;

/// Read access to the server tables of one connection (or open transaction).
pub(crate) struct ServerTables<'c> {
    pub(crate) conn: &'c Connection,
}

impl<'c> ServerTables<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Self {
        ServerTables { conn }
    }

    fn one<T: DeserializeOwned>(
        &self,
        sql: &str,
        params: impl Params,
    ) -> Result<Option<T>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row(sql, params, |row| row.get(0))
            .optional()?;
        json.map(|j| serde_json::from_str(&j).map_err(StoreError::from))
            .transpose()
    }

    fn many<T: DeserializeOwned>(
        &self,
        sql: &str,
        params: impl Params,
    ) -> Result<Vec<T>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, |row| row.get::<_, String>(0))?;
        let mut out = Vec::new();
        for json in rows {
            out.push(serde_json::from_str(&json?)?);
        }
        Ok(out)
    }

    pub(crate) fn organisation(
        &self,
        id: OrganisationId,
    ) -> Result<Option<Organisation>, StoreError> {
        self.one(
            "SELECT json FROM server_organisations WHERE id = ?1",
            [id.to_string()],
        )
    }

    pub(crate) fn group(&self, id: GroupId) -> Result<Option<Group>, StoreError> {
        self.one(
            "SELECT json FROM server_groups WHERE id = ?1",
            [id.to_string()],
        )
    }

    pub(crate) fn groups_of(&self, organisation: OrganisationId) -> Result<Vec<Group>, StoreError> {
        self.many(
            "SELECT json FROM server_groups WHERE organisation = ?1",
            [organisation.to_string()],
        )
    }

    pub(crate) fn person(&self, id: PersonId) -> Result<Option<Person>, StoreError> {
        self.one(
            "SELECT json FROM server_persons WHERE id = ?1",
            [id.to_string()],
        )
    }

    pub(crate) fn persons_of(
        &self,
        organisation: OrganisationId,
    ) -> Result<Vec<Person>, StoreError> {
        self.many(
            "SELECT json FROM server_persons WHERE organisation = ?1",
            [organisation.to_string()],
        )
    }

    pub(crate) fn commissioner(
        &self,
        id: CommissionerId,
    ) -> Result<Option<Commissioner>, StoreError> {
        self.one(
            "SELECT json FROM server_commissioners WHERE id = ?1",
            [id.to_string()],
        )
    }

    pub(crate) fn commissioners_of(
        &self,
        organisation: OrganisationId,
    ) -> Result<Vec<Commissioner>, StoreError> {
        self.many(
            "SELECT json FROM server_commissioners WHERE organisation = ?1",
            [organisation.to_string()],
        )
    }

    pub(crate) fn order(&self, id: OrderId) -> Result<Option<Order>, StoreError> {
        self.one(
            "SELECT json FROM server_orders WHERE id = ?1",
            [id.to_string()],
        )
    }

    pub(crate) fn orders_of(&self, organisation: OrganisationId) -> Result<Vec<Order>, StoreError> {
        self.many(
            "SELECT json FROM server_orders WHERE organisation = ?1",
            [organisation.to_string()],
        )
    }

    pub(crate) fn shared_profile(
        &self,
        participant: PersonId,
    ) -> Result<Option<keikka_core::SharedProfile>, StoreError> {
        self.one(
            "SELECT json FROM server_shared_profiles WHERE participant = ?1",
            [participant.to_string()],
        )
    }

    pub(crate) fn tasks_of(&self, organisation: OrganisationId) -> Result<Vec<Task>, StoreError> {
        self.many(
            "SELECT json FROM server_tasks WHERE organisation = ?1",
            [organisation.to_string()],
        )
    }

    pub(crate) fn claims_of_organisation(
        &self,
        organisation: OrganisationId,
    ) -> Result<Vec<Claim>, StoreError> {
        self.many(
            "SELECT json FROM server_claims WHERE organisation = ?1",
            [organisation.to_string()],
        )
    }

    pub(crate) fn task(&self, id: TaskId) -> Result<Option<Task>, StoreError> {
        self.one(
            "SELECT json FROM server_tasks WHERE id = ?1",
            [id.to_string()],
        )
    }

    pub(crate) fn open_tasks_of(
        &self,
        organisation: OrganisationId,
    ) -> Result<Vec<Task>, StoreError> {
        self.many(
            "SELECT json FROM server_tasks WHERE organisation = ?1 AND status = 'open'",
            [organisation.to_string()],
        )
    }

    pub(crate) fn claim(&self, id: ClaimId) -> Result<Option<Claim>, StoreError> {
        self.one(
            "SELECT json FROM server_claims WHERE id = ?1",
            [id.to_string()],
        )
    }

    pub(crate) fn claims_of_participant(
        &self,
        participant: PersonId,
    ) -> Result<Vec<Claim>, StoreError> {
        self.many(
            "SELECT json FROM server_claims WHERE participant = ?1",
            [participant.to_string()],
        )
    }

    pub(crate) fn claims_with_status(
        &self,
        organisation: OrganisationId,
        status: &str,
    ) -> Result<Vec<Claim>, StoreError> {
        self.many(
            "SELECT json FROM server_claims WHERE organisation = ?1 AND status = ?2",
            params![organisation.to_string(), status],
        )
    }

    fn claims_on(&self, task: TaskId, participant: PersonId) -> Result<Vec<Claim>, StoreError> {
        self.many(
            "SELECT json FROM server_claims WHERE task = ?1 AND participant = ?2",
            params![task.to_string(), participant.to_string()],
        )
    }

    pub(crate) fn consent(&self, participant: PersonId) -> Result<Option<Consent>, StoreError> {
        self.one(
            "SELECT json FROM server_consents WHERE participant = ?1",
            [participant.to_string()],
        )
    }

    /// The participant's seat-holding claims on the task as the server last said (the view's
    /// `World::seat_holder` combines them with the overlay).
    pub(crate) fn seat_claims(
        &self,
        task: TaskId,
        participant: PersonId,
    ) -> Result<Vec<Claim>, StoreError> {
        Ok(self
            .claims_on(task, participant)?
            .into_iter()
            .filter(|c| c.status().holds_seat())
            .collect())
    }
}

/// Writes one thing as the server now has it (last state wins).
pub(crate) fn upsert(conn: &Connection, change: &Change) -> Result<(), StoreError> {
    match change {
        Change::Organisation(o) => put_organisation(conn, o),
        Change::Group(g) => {
            conn.execute(
                "INSERT OR REPLACE INTO server_groups (id, organisation, json) VALUES (?1, ?2, ?3)",
                params![
                    g.id.to_string(),
                    g.organisation.to_string(),
                    serde_json::to_string(g)?
                ],
            )?;
            Ok(())
        }
        Change::Person(p) => put_person(conn, p),
        Change::Task(t) => {
            let status = match t.status {
                TaskStatus::Open => "open",
                TaskStatus::Cancelled => "cancelled",
            };
            conn.execute(
                "INSERT OR REPLACE INTO server_tasks \
                 (id, organisation, status, starts_at, ends_at, json) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    t.id.to_string(),
                    t.organisation.to_string(),
                    status,
                    t.starts_at.to_rfc3339(),
                    t.ends_at.to_rfc3339(),
                    serde_json::to_string(t)?
                ],
            )?;
            Ok(())
        }
        Change::Claim(c) => {
            conn.execute(
                "INSERT OR REPLACE INTO server_claims \
                 (id, task, participant, organisation, status, json) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    c.id.to_string(),
                    c.task.to_string(),
                    c.participant.to_string(),
                    c.organisation.to_string(),
                    c.status().as_str(),
                    serde_json::to_string(c)?
                ],
            )?;
            Ok(())
        }
        Change::Consent(c) => {
            conn.execute(
                "INSERT OR REPLACE INTO server_consents (participant, json) VALUES (?1, ?2)",
                params![c.participant.to_string(), serde_json::to_string(c)?],
            )?;
            Ok(())
        }
        Change::Commissioner(c) => {
            conn.execute(
                "INSERT OR REPLACE INTO server_commissioners (id, organisation, json) \
                 VALUES (?1, ?2, ?3)",
                params![
                    c.id.to_string(),
                    c.organisation.to_string(),
                    serde_json::to_string(c)?
                ],
            )?;
            Ok(())
        }
        Change::SharedProfile(p) => {
            conn.execute(
                "INSERT OR REPLACE INTO server_shared_profiles (participant, json) VALUES (?1, ?2)",
                params![p.participant.to_string(), serde_json::to_string(p)?],
            )?;
            Ok(())
        }
        Change::Order(o) => {
            conn.execute(
                "INSERT OR REPLACE INTO server_orders (id, organisation, json) VALUES (?1, ?2, ?3)",
                params![
                    o.id.to_string(),
                    o.organisation.to_string(),
                    serde_json::to_string(o)?
                ],
            )?;
            Ok(())
        }
    }
}

pub(crate) fn put_organisation(conn: &Connection, o: &Organisation) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO server_organisations (id, json) VALUES (?1, ?2)",
        params![o.id.to_string(), serde_json::to_string(o)?],
    )?;
    Ok(())
}

pub(crate) fn put_person(conn: &Connection, p: &Person) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO server_persons (id, organisation, role, json) \
         VALUES (?1, ?2, ?3, ?4)",
        params![
            p.id.to_string(),
            p.organisation.to_string(),
            p.role.as_str(),
            serde_json::to_string(p)?
        ],
    )?;
    Ok(())
}

/// Forgets everything the server sent, for pairing as someone else.
pub(crate) fn clear(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "DELETE FROM server_organisations; DELETE FROM server_groups; \
         DELETE FROM server_persons; DELETE FROM server_tasks; \
         DELETE FROM server_claims; DELETE FROM server_consents; \
         DELETE FROM server_commissioners; DELETE FROM server_orders; DELETE FROM task_notices; \
         DELETE FROM server_shared_profiles;",
    )?;
    Ok(())
}
