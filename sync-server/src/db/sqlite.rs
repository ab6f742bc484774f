//! The embedded SQLite backend: one writer connection (SQLite has one writer at a time anyway)
//! and a small pool of readers, which WAL lets run beside the writer.

use super::{Conn, Row, Tx, Value, numbered_for_sqlite};
use crate::error::StoreError;
use keikka_core::DomainError;
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

/// How long a connection waits for another process's lock (e.g. the CLI next to a running server).
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open SQLite database.
pub struct SqliteDb {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    max_idle_readers: usize,
}

fn open_connection(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Every query of a sync is one of a few dozen texts: parse each once per connection.
    conn.set_prepared_statement_cache_capacity(64);
    // Without the planner's stability guarantee SQLite reads some bound values while planning
    // (a `LIMIT $n`, a range against sampled statistics) and marks the statement stale
    // whenever they are bound again: every pull was parsed and planned afresh, half the
    // server's time under load (BENCHMARKS.md). The plans here never depend on the values.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
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

impl SqliteDb {
    /// Opens (creating if needed) the database file at `path` and migrates it to the latest
    /// schema; keeps up to `max_idle_readers` reader connections between requests.
    pub fn open(path: &Path, max_idle_readers: usize) -> Result<SqliteDb, StoreError> {
        let mut writer = open_connection(path)?;
        crate::migrations::migrations().to_latest(&mut writer)?;
        Ok(SqliteDb {
            path: path.to_owned(),
            writer: Mutex::new(writer),
            readers: Mutex::new(Vec::new()),
            max_idle_readers,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one write transaction, committed only when `f` succeeds.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // A panic inside `f` rolled its transaction back when it unwound, so the connection is
        // clean even if the lock is poisoned.
        let mut conn = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        // IMMEDIATE takes the write lock up front: a read-then-write transaction can then never
        // fail half-way because another process (the CLI) wrote in between.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = {
            let db = Tx::new(Conn::Sqlite(&tx), None);
            let value = f(&db)?;
            db.finish()?;
            value
        };
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one read transaction: everything it reads is one consistent snapshot.
    pub fn read<T>(
        &self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let pooled = self
            .readers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let mut conn = match pooled {
            Some(conn) => conn,
            None => open_connection(&self.path)?,
        };
        let value = {
            let tx = conn.transaction()?;
            let value = f(&Tx::new(Conn::Sqlite(&tx), None))?;
            tx.commit()?;
            value
        };
        let mut readers = self.readers.lock().unwrap_or_else(PoisonError::into_inner);
        if readers.len() < self.max_idle_readers {
            readers.push(conn);
        }
        Ok(value)
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
        let conn = open_connection(&self.path)?;
        conn.execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }

    /// Copies the write-ahead log into the database file and truncates it, so old versions of
    /// changed rows (removed personal data) are not left in the log.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        let conn = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(n) => ToSqlOutput::Borrowed(ValueRef::Integer(*n)),
            Value::Text(text) => ToSqlOutput::Borrowed(ValueRef::Text(text.as_bytes())),
            Value::Bool(b) => ToSqlOutput::Borrowed(ValueRef::Integer(i64::from(*b))),
        })
    }
}

fn read_row(row: &rusqlite::Row<'_>, columns: usize) -> rusqlite::Result<Row> {
    use rusqlite::types::ValueRef;
    let mut values = Vec::with_capacity(columns);
    for i in 0..columns {
        values.push(match row.get_ref(i)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(n) => Value::Int(n),
            ValueRef::Text(bytes) => Value::Text(
                std::str::from_utf8(bytes)
                    .map_err(|e| rusqlite::Error::Utf8Error(i, e))?
                    .to_owned(),
            ),
            other => {
                return Err(rusqlite::Error::InvalidColumnType(
                    i,
                    String::new(),
                    other.data_type(),
                ));
            }
        });
    }
    Ok(Row(values))
}

pub(super) fn query(
    conn: &Connection,
    sql: &str,
    params: &[Value],
) -> Result<Vec<Row>, StoreError> {
    let mut stmt = conn.prepare_cached(&numbered_for_sqlite(sql))?;
    let columns = stmt.column_count();
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| read_row(r, columns))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn execute(conn: &Connection, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
    let changed = conn
        .prepare_cached(&numbered_for_sqlite(sql))?
        .execute(rusqlite::params_from_iter(params))?;
    Ok(u64::try_from(changed).unwrap_or(u64::MAX))
}
