//! One SQL interface over the two storage backends (embedded SQLite, PostgreSQL): where the
//! database is (`--db`), the values and rows every query passes, and the transaction the
//! store's code is written against once.
//!
//! Every query is written once, in the SQL both backends read: numbered parameters (`$1`,
//! written `?1` for SQLite), `ON CONFLICT … DO UPDATE`, `RETURNING`, `TRUE`/`FALSE`, no JSON
//! operators (the columns a query filters or sorts on are columns). Only the schema, the
//! transaction boundaries and operations outside SQL (backups, checkpoints) differ, inside
//! [`sqlite`] and [`postgres`].

pub mod pg_migrations;
pub mod postgres;
pub mod sqlite;

use crate::error::StoreError;
use std::cell::Cell;
use std::path::PathBuf;

/// Where the server's database is, from `--db`: a file path or `sqlite:PATH` for the embedded
/// SQLite, `postgres://…` or `postgresql://…` for a PostgreSQL database.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Location {
    /// Reads a `--db` value. A PostgreSQL URL, or PostgreSQL's keyword form (`host=… dbname=…`,
    /// which [`Location::problem`] refuses), is PostgreSQL; anything else is a SQLite file.
    pub fn parse(text: &str) -> Location {
        let keyword_form = text.split_once('=').is_some_and(|(key, _)| {
            !key.trim().is_empty()
                && key
                    .trim()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
        if text.starts_with("postgres://") || text.starts_with("postgresql://") || keyword_form {
            Location::Postgres(text.to_owned())
        } else {
            let path = text.strip_prefix("sqlite:").unwrap_or(text);
            // `sqlite://PATH` is how Atuin and sqlx spell it.
            let path = path.strip_prefix("//").unwrap_or(path);
            Location::Sqlite(PathBuf::from(path))
        }
    }
}

impl Location {
    /// Why this location cannot be what its writer meant, in words that never repeat it (it
    /// may hold a password): PostgreSQL's keyword form (`host=… password=…`), which would
    /// otherwise be taken as the name of a new SQLite file, or a URL whose password holds a
    /// raw `@`, which would be taken for a host name.
    pub fn problem(&self) -> Option<String> {
        let url = match self {
            Location::Sqlite(path) => return sqlite_problem(&path.to_string_lossy()),
            Location::Postgres(url) => url,
        };
        let Some((_, rest)) = url.split_once("://") else {
            return Some(
                "the database is given in PostgreSQL's keyword form (host=… dbname=…), which \
                 Keikka does not take: give a URL, postgres://USER:PASSWORD@HOST:PORT/DATABASE, \
                 with the password percent-encoded (DEPLOYMENT.md); a SQLite file whose name \
                 has an = is given as sqlite:NAME"
                    .to_owned(),
            );
        };
        // The host follows the last @ before the path; what comes before it is the user and
        // the password, which may hold none of @ ? # unencoded (nor / : then the @ is after
        // the path's first /).
        let path_at = rest.find('/').unwrap_or(rest.len());
        let authority = &rest[..path_at];
        let unencoded = match authority.rsplit_once('@') {
            Some((user, _)) => user.contains(['@', '?', '#']),
            None => rest[path_at..]
                .split('?')
                .next()
                .is_some_and(|path| path.contains('@')),
        };
        unencoded.then(|| {
            "the database URL's user or password holds an @, /, ? or # as it is: each must be \
             percent-encoded (@ is %40, / is %2F, ? is %3F, # is %23; DEPLOYMENT.md)"
                .to_owned()
        })
    }

    /// The location as `--db` takes it, password and all (for starting a server process).
    pub fn to_arg(&self) -> String {
        match self {
            Location::Sqlite(path) => path.display().to_string(),
            Location::Postgres(url) => url.clone(),
        }
    }
}

impl std::str::FromStr for Location {
    type Err = std::convert::Infallible;
    fn from_str(text: &str) -> Result<Location, Self::Err> {
        Ok(Location::parse(text))
    }
}

/// Why a SQLite location cannot be what was meant: nothing given, a database kept in memory
/// (gone at the first restart), or a misspelt PostgreSQL URL, which would otherwise become a
/// file named after its password. Never repeats the value.
fn sqlite_problem(path: &str) -> Option<String> {
    let lower = path.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return Some(
            "no database is given: --db or KEIKKA_DB names a SQLite file or a postgres:// URL"
                .to_owned(),
        );
    }
    if lower == ":memory:" || lower.starts_with("file:") {
        return Some(
            "a database in memory keeps nothing: give a SQLite file's path or a postgres:// URL"
                .to_owned(),
        );
    }
    let looks_like_url = lower.contains("://")
        || lower.starts_with("postgres:")
        || lower.starts_with("postgresql:")
        || (path.contains('@') && path.contains(':'));
    looks_like_url.then(|| {
        "the database looks like a PostgreSQL URL but is not one: it starts postgres:// or \
         postgresql://, in small letters, with nothing before it (DEPLOYMENT.md)"
            .to_owned()
    })
}

/// Shown in messages and logs: a PostgreSQL URL without its password.
impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // A keyword string or a misspelt URL may hold a password anywhere.
            Location::Sqlite(_) if self.problem().is_some() => f.write_str("given"),
            Location::Sqlite(path) => write!(f, "{}", path.display()),
            Location::Postgres(url) if !url.contains("://") => f.write_str("given"),
            Location::Postgres(url) => f.write_str(&postgres::without_password(url)),
        }
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

/// The environment variable that makes tests run on PostgreSQL: the URL of a server (its
/// `postgres` database) where each test makes a database of its own (`scripts/test` sets it
/// for the second run of the server's and the end-to-end suites).
pub const TEST_POSTGRES_ENV: &str = "KEIKKA_TEST_POSTGRES";

/// The database one test runs on: a new SQLite file in `dir`, or, with [`TEST_POSTGRES_ENV`]
/// set, a new PostgreSQL database on that server.
pub fn for_test(dir: &std::path::Path) -> Result<Location, StoreError> {
    match std::env::var(TEST_POSTGRES_ENV) {
        Ok(admin) if !admin.is_empty() => {
            let name = format!("keikka_test_{}", uuid::Uuid::new_v4().simple());
            Ok(Location::Postgres(postgres::create_database(
                &admin, &name,
            )?))
        }
        _ => Ok(Location::Sqlite(dir.join("keikka.db"))),
    }
}

/// A value bound to a query or read from a row. Ids and times are text in both backends
/// (hyphenated UUIDs, RFC 3339), counts and Unix seconds are integers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(v.clone())
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}
impl From<uuid::Uuid> for Value {
    fn from(v: uuid::Uuid) -> Value {
        Value::Text(v.to_string())
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

/// The parameters of one query: `vals![a, b]` is `[Value::from(a), Value::from(b)]`.
macro_rules! vals {
    ($($value:expr),* $(,)?) => {
        [$($crate::db::Value::from($value)),*]
    };
}
pub(crate) use vals;

/// One row of a result, its columns in the order the query names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row(pub Vec<Value>);

impl Row {
    fn column(&self, i: usize) -> Result<&Value, StoreError> {
        self.0
            .get(i)
            .ok_or_else(|| StoreError::Corrupt(format!("a row without column {i}")))
    }

    pub fn text(&self, i: usize) -> Result<&str, StoreError> {
        self.opt_text(i)?
            .ok_or_else(|| StoreError::Corrupt(format!("column {i} is empty")))
    }

    pub fn opt_text(&self, i: usize) -> Result<Option<&str>, StoreError> {
        match self.column(i)? {
            Value::Text(text) => Ok(Some(text)),
            Value::Null => Ok(None),
            other => Err(StoreError::Corrupt(format!(
                "column {i} is {other:?}, not text"
            ))),
        }
    }

    pub fn into_text(mut self, i: usize) -> Result<String, StoreError> {
        match self.0.get_mut(i).map(|v| std::mem::replace(v, Value::Null)) {
            Some(Value::Text(text)) => Ok(text),
            other => Err(StoreError::Corrupt(format!(
                "column {i} is {other:?}, not text"
            ))),
        }
    }

    pub fn int(&self, i: usize) -> Result<i64, StoreError> {
        match self.column(i)? {
            Value::Int(n) => Ok(*n),
            Value::Bool(b) => Ok(i64::from(*b)),
            other => Err(StoreError::Corrupt(format!(
                "column {i} is {other:?}, not a number"
            ))),
        }
    }

    pub fn bool(&self, i: usize) -> Result<bool, StoreError> {
        match self.column(i)? {
            Value::Bool(b) => Ok(*b),
            Value::Int(n) => Ok(*n != 0),
            other => Err(StoreError::Corrupt(format!(
                "column {i} is {other:?}, not true or false"
            ))),
        }
    }
}

/// The connection a transaction runs on.
pub(crate) enum Conn<'a> {
    Sqlite(&'a rusqlite::Connection),
    Postgres(&'a postgres::PgConn),
}

/// An open transaction of either backend: everything the store reads and writes goes through
/// one. Write transactions also hand out the change sequence's numbers ([`Tx::next_seq`]).
pub struct Tx<'a> {
    conn: Conn<'a>,
    /// The sequence's head as this transaction has moved it, once read; written back by
    /// [`Tx::finish`] before the commit.
    head: Cell<Option<i64>>,
    moved: Cell<bool>,
    /// The deliberately broken numbering of [`postgres::UNLOCKED_SEQUENCE_ENV`], for the test
    /// that proves the two-instance test can fail.
    unlocked: bool,
}

impl<'a> Tx<'a> {
    pub(crate) fn new(conn: Conn<'a>, head: Option<i64>) -> Tx<'a> {
        Tx {
            conn,
            head: Cell::new(head),
            moved: Cell::new(false),
            unlocked: false,
        }
    }

    /// A transaction numbering with a plain PostgreSQL sequence and no lock (broken on purpose).
    pub(crate) fn unlocked(conn: Conn<'a>) -> Tx<'a> {
        Tx {
            unlocked: true,
            ..Tx::new(conn, None)
        }
    }

    /// The rows `sql` returns.
    pub fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        match &self.conn {
            Conn::Sqlite(conn) => sqlite::query(conn, sql, params),
            Conn::Postgres(conn) => conn.query(sql, params),
        }
    }

    /// The first row `sql` returns, if any.
    pub fn query_opt(&self, sql: &str, params: &[Value]) -> Result<Option<Row>, StoreError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The one row `sql` must return.
    pub fn query_one(&self, sql: &str, params: &[Value]) -> Result<Row, StoreError> {
        self.query_opt(sql, params)?
            .ok_or_else(|| StoreError::Corrupt(format!("no row for {sql}")))
    }

    /// Runs `sql`; how many rows it changed.
    pub fn execute(&self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        match &self.conn {
            Conn::Sqlite(conn) => sqlite::execute(conn, sql, params),
            Conn::Postgres(conn) => conn.execute(sql, params),
        }
    }

    /// Which backend this is, for the few places that differ (messages, housekeeping).
    pub fn is_postgres(&self) -> bool {
        matches!(self.conn, Conn::Postgres(_))
    }

    /// Takes the next number of the global change sequence for one entity row.
    ///
    /// The invariant the whole pull protocol rests on: numbers are handed out only inside a
    /// write transaction that holds the database's one write lock from its start (SQLite's
    /// `BEGIN IMMEDIATE`; on PostgreSQL the sequence row `FOR UPDATE` as the first statement),
    /// and the head is written back in the same transaction. Write transactions therefore
    /// commit in the order of their numbers, and a reader's snapshot that sees head N sees
    /// every row with `seq <= N`: a device whose cursor is N can never miss a change at or
    /// below it (`tests/tests/fault_schedules.rs` tests this across two instances).
    pub fn next_seq(&self) -> Result<i64, StoreError> {
        if self.unlocked {
            self.moved.set(true);
            return self
                .query_one("SELECT nextval('keikka_unlocked_seq')", &[])?
                .int(0);
        }
        let next = self.head()? + 1;
        self.head.set(Some(next));
        self.moved.set(true);
        Ok(next)
    }

    /// The last number the sequence gave out, as this transaction sees it.
    pub fn current_seq(&self) -> Result<u64, StoreError> {
        let head = self.head()?;
        u64::try_from(head).map_err(|_| StoreError::Corrupt(format!("negative sequence {head}")))
    }

    /// The head as this transaction has it, read once when first needed.
    fn head(&self) -> Result<i64, StoreError> {
        match self.head.get() {
            Some(head) => Ok(head),
            None => self.read_head(),
        }
    }

    fn read_head(&self) -> Result<i64, StoreError> {
        if self.unlocked {
            return self
                .query_one("SELECT last_value FROM keikka_unlocked_seq", &[])?
                .int(0);
        }
        let head = self
            .query_one("SELECT value FROM sequence WHERE id = 1", &[])?
            .int(0)?;
        self.head.set(Some(head));
        Ok(head)
    }

    /// Writes the sequence's head back if this transaction moved it; called just before commit.
    pub(crate) fn finish(&self) -> Result<(), StoreError> {
        if self.unlocked {
            // The window in which a later number can commit first.
            if self.moved.get() {
                let ms = rand::random_range(0..30);
                std::thread::sleep(std::time::Duration::from_millis(ms));
            }
            return Ok(());
        }
        if self.moved.get()
            && let Some(head) = self.head.get()
        {
            self.execute("UPDATE sequence SET value = $1 WHERE id = 1", &vals![head])?;
        }
        Ok(())
    }
}

/// `$1`, `$2`, … as SQLite's `?1`, `?2`, … (SQLite reads `$1` as a *named* parameter, numbered
/// by first appearance, which would bind the wrong values where a query names `$2` first).
pub(crate) fn numbered_for_sqlite(sql: &str) -> std::borrow::Cow<'_, str> {
    if !sql.contains('$') {
        return std::borrow::Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_db_value_names_its_backend() {
        assert_eq!(
            Location::parse("keikka.db"),
            Location::Sqlite("keikka.db".into())
        );
        assert_eq!(
            Location::parse("sqlite:/var/lib/k.db"),
            Location::Sqlite("/var/lib/k.db".into())
        );
        assert_eq!(
            Location::parse("sqlite:///var/lib/k.db"),
            Location::Sqlite("/var/lib/k.db".into())
        );
        assert!(matches!(
            Location::parse("postgresql://k@db/keikka"),
            Location::Postgres(_)
        ));
    }

    /// Found by an operator's try: PostgreSQL's keyword form became a SQLite file of that
    /// name, and a raw `@` in a password a failed lookup of a host that does not exist.
    #[test]
    fn a_keyword_string_and_a_raw_at_in_a_password_are_refused_without_repeating_them() {
        for text in [
            "host=127.0.0.1 dbname=keikka user=keikka password=s3cret",
            "dbname=keikka",
            "postgres://keikka:p@ss@127.0.0.1/keikka",
            // Found by the operator's second try: a ? before the @, a misspelt scheme, a URL
            // without its slashes, nothing at all, a database in memory.
            "postgres://u:p?x@ss@127.0.0.1:56640/db",
            "postgres://u:p?ss@127.0.0.1:56640/db",
            "postgres://u:p/ss@127.0.0.1:56640/db",
            "POSTGRES://postgres:p@ss@127.0.0.1:55432/postgres",
            "Postgres://postgres:s3cret@127.0.0.1/k",
            " postgres://postgres:s3cret@127.0.0.1/k",
            "postgres:/postgres:s3cret@127.0.0.1/k",
            "postgress://postgres:s3cret@127.0.0.1/k",
            "sqlite:postgres://u:s3cret@h/db",
            "postgres:s3cret@127.0.0.1",
            "",
            "   ",
            "sqlite:",
            ":memory:",
        ] {
            let location = Location::parse(text);
            let problem = location.problem().unwrap_or_else(|| panic!("{text}"));
            let shown = format!("{location}: {problem}");
            assert!(
                !shown.contains("s3cret") && !shown.contains("ss@"),
                "{shown}"
            );
        }
        for text in [
            "keikka.db",
            "sqlite:a=b.db",
            "./data/keikka.db",
            "postgres-kopio.db",
            "postgres://keikka:p%40ss@127.0.0.1/keikka?options=a@b",
            "postgres://keikka@%2Frun%2Fpostgresql/keikka",
        ] {
            assert_eq!(Location::parse(text).problem(), None, "{text}");
        }
    }

    #[test]
    fn a_postgres_location_is_shown_without_its_password() {
        let shown = Location::parse("postgres://keikka:s3cret@db.example:5432/keikka").to_string();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("db.example"), "{shown}");
    }

    #[test]
    fn numbered_parameters_become_sqlite_ones_and_nothing_else_changes() {
        assert_eq!(
            numbered_for_sqlite("SELECT $2, '$x' FROM t WHERE a = $1 AND b = $10"),
            "SELECT ?2, '$x' FROM t WHERE a = ?1 AND b = ?10"
        );
    }
}
