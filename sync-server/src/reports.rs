//! Reads a unit's rows for `keikka_core::report`: the figures themselves are computed in core, so
//! the supervisor's device and the server always agree.

use crate::error::StoreError;
use crate::store::Store;
use keikka_core::OrganisationId;
use keikka_core::report::UnitRecords;
use rusqlite::Connection;
use serde::de::DeserializeOwned;

fn all_of<T: DeserializeOwned>(
    tx: &Connection,
    table: &str,
    organisation: &str,
) -> Result<Vec<T>, StoreError> {
    let mut stmt = tx.prepare(&format!(
        "SELECT json FROM {table} WHERE organisation = ?1 ORDER BY seq"
    ))?;
    let rows = stmt.query_map([organisation], |r| r.get::<_, String>(0))?;
    rows.map(|json| Ok(serde_json::from_str(&json?)?)).collect()
}

impl Store {
    /// Everything of `organisation` a report reads, from one snapshot.
    pub fn unit_records(&self, organisation: OrganisationId) -> Result<UnitRecords, StoreError> {
        let org = organisation.0.to_string();
        self.read(|tx| {
            Ok(UnitRecords {
                people: all_of(tx, "persons", &org)?,
                tasks: all_of(tx, "tasks", &org)?,
                claims: all_of(tx, "claims", &org)?,
                commissioners: all_of(tx, "commissioners", &org)?,
            })
        })
    }
}
