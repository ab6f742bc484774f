//! The PostgreSQL backend: a bounded pool of connections, write transactions serialised by one
//! row lock across every server instance, snapshot reads, and migrations under an advisory lock.
//!
//! Built on `tokio-postgres` rather than the blocking `postgres` crate: that one runs a tokio
//! runtime inside every client and panics when a client is used, made or dropped on an async
//! thread, which the store's tests and the CLI do. Here one background thread drives every
//! connection's socket, and the store's blocking methods wait on the client's answers with a
//! plain executor, which is safe on any thread (ARCHITECTURE.md).

use super::{Conn, Row, Tx, Value};
use crate::error::StoreError;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;
use tokio_postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use tokio_postgres::{Client, NoTls, Statement};

/// Set to `1` in a server's environment, writes take their numbers from a plain PostgreSQL
/// sequence without the lock, and pulls read its last value as the head: the cursor-skipping
/// bug the lock prevents (a number taken early can commit after a higher one is read). Only the
/// test that proves the two-instance test catches it sets this (`tests/two_instances.rs`).
pub const UNLOCKED_SEQUENCE_ENV: &str = "KEIKKA_BROKEN_UNLOCKED_SEQUENCE";

/// How long opening the socket may take before the server says the database cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a whole connection (socket, TLS-less startup, login) may take: a database that
/// accepts the socket and then says nothing (a frozen server) must not hang a starting one.
const CONNECT_DEADLINE: Duration = Duration::from_secs(10);
/// How long any one round trip may wait for an answer. The session's statement timeout (15 s)
/// ends slow statements on the database's side; this ends the wait for a database that stopped
/// answering at all, so the request is a 503 and the connection is made again, not a hang.
const ANSWER_DEADLINE: Duration = Duration::from_secs(20);
/// Session settings: no statement runs longer than 15 s, nobody waits longer than 5 s for a
/// lock (the sequence row among them), and a transaction left idle (a hung instance) is ended
/// after 30 s, so no instance can hold the write lock for the others.
const SESSION_OPTIONS: &str = "-c statement_timeout=15000 -c lock_timeout=5000 \
     -c idle_in_transaction_session_timeout=30000 -c TimeZone=UTC";

/// The URL with its password left out, for messages and logs. The user part ends at the last
/// `@` (a password typed without percent-encoding may hold `@`, `/` or `#`), and a `password=`
/// among the parameters is hidden too.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let rest = match rest.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split_once(':').map_or(user, |(name, _)| name);
            format!("{user}@{host}")
        }
        None => rest.to_owned(),
    };
    let rest = match rest.split_once('?') {
        Some((before, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key.eq_ignore_ascii_case("password") => {
                        format!("{key}=…")
                    }
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{before}?{}", query.join("&"))
        }
        None => rest,
    };
    format!("{scheme}://{rest}")
}

/// Why connecting failed, in PostgreSQL's own words where it answered (a wrong password, a
/// database that does not exist) and with the socket's own cause where it did not
/// (`tokio_postgres::Error` alone says only "db error" or "error connecting to server").
fn connect_failure(e: &tokio_postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return format!("the database refused the connection: {}", db.message());
    }
    let mut text = format!("the database cannot be reached: {e}");
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// One connection, its prepared statements (every query is one of a few dozen texts, parsed
/// once per connection), and whether a transaction is open on it.
pub struct PgConn {
    client: Client,
    statements: RefCell<HashMap<String, Statement>>,
    in_transaction: Cell<bool>,
    /// An answer did not come within [`ANSWER_DEADLINE`]: what the connection is in the middle
    /// of is unknown, so it is never used again.
    broken: Cell<bool>,
    /// The socket thread's runtime, for the deadline's timer.
    timers: tokio::runtime::Handle,
}

/// The thread that drives every connection's socket; stopped when the database is dropped.
struct SocketThread {
    handle: tokio::runtime::Handle,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for SocketThread {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// An open PostgreSQL database.
pub struct PgDb {
    url: String,
    config: tokio_postgres::Config,
    /// Dropped last: the connections below need it until then.
    writer: Mutex<Option<PgConn>>,
    readers: Mutex<Vec<PgConn>>,
    max_idle_readers: usize,
    sockets: SocketThread,
    unlocked: bool,
}

impl PgDb {
    /// Connects to the database at `url`, migrates it to the latest schema (one instance at a
    /// time) and keeps up to `max_idle_readers` reader connections between requests. The HTTP
    /// layer lets no more requests than that use the store at once, so the pool holds at most
    /// that many readers and one writer per instance.
    pub fn open(url: &str, max_idle_readers: usize) -> Result<PgDb, StoreError> {
        let mut db = PgDb::unopened(url, max_idle_readers)?;
        let conn = db.connect()?;
        // A database made without UTF8 (SQL_ASCII, Debian's default in some locales) takes
        // every name and counts its letters as bytes: refused before anything is written.
        let encoding = conn.query("SELECT current_setting('server_encoding')", &[])?;
        let encoding = encoding
            .first()
            .and_then(|row| row.text(0).ok())
            .unwrap_or_default();
        if encoding != "UTF8" {
            return Err(StoreError::Unusable(format!(
                "the database's encoding is {encoding}, and Keikka needs UTF8: make it with \
                 createdb --encoding UTF8 --template template0 (DEPLOYMENT.md)"
            )));
        }
        super::pg_migrations::migrate(&conn)?;
        if std::env::var(UNLOCKED_SEQUENCE_ENV).is_ok_and(|v| v == "1") {
            tracing::warn!(
                "{UNLOCKED_SEQUENCE_ENV}=1: numbering without the lock, broken on purpose"
            );
            conn.batch(
                "CREATE SEQUENCE IF NOT EXISTS keikka_unlocked_seq;
                 SELECT setval('keikka_unlocked_seq', GREATEST(
                     (SELECT value FROM sequence WHERE id = 1) + 1,
                     (SELECT last_value FROM keikka_unlocked_seq)));",
            )?;
            db.unlocked = true;
        }
        *db.writer.lock().unwrap_or_else(PoisonError::into_inner) = Some(conn);
        Ok(db)
    }

    fn unopened(url: &str, max_idle_readers: usize) -> Result<PgDb, StoreError> {
        let mut config: tokio_postgres::Config =
            url.parse().map_err(|e: tokio_postgres::Error| {
                StoreError::Unreachable(format!("the database address is not valid: {e}"))
            })?;
        config
            .connect_timeout(CONNECT_TIMEOUT)
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(10))
            .options(SESSION_OPTIONS)
            .application_name("keikka-sync-server");
        let sockets = start_socket_thread()?;
        let db = PgDb {
            url: url.to_owned(),
            config,
            writer: Mutex::new(None),
            readers: Mutex::new(Vec::new()),
            max_idle_readers,
            sockets,
            unlocked: false,
        };
        Ok(db)
    }

    /// A connection to `url` without migrating anything (to make databases).
    fn connect_only(url: &str) -> Result<PgDb, StoreError> {
        let db = PgDb::unopened(url, 0)?;
        let conn = db.connect()?;
        *db.writer.lock().unwrap_or_else(PoisonError::into_inner) = Some(conn);
        Ok(db)
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    fn connect(&self) -> Result<PgConn, StoreError> {
        let config = self.config.clone();
        let task = self.sockets.handle.spawn(async move {
            let connecting = tokio::time::timeout(CONNECT_DEADLINE, config.connect(NoTls));
            let Ok(connected) = connecting.await else {
                return Err(format!(
                    "the database cannot be reached: no answer within {} s",
                    CONNECT_DEADLINE.as_secs()
                ));
            };
            let (client, connection) = connected.map_err(|e| connect_failure(&e))?;
            tokio::spawn(async move {
                if let Err(e) = connection.await {
                    tracing::warn!(
                        "a PostgreSQL connection ended: {}",
                        crate::error::postgres_message(&e)
                    );
                }
            });
            Ok(client)
        });
        let client = futures_executor::block_on(task)
            .map_err(|e| StoreError::Unreachable(format!("the connection task failed: {e}")))?
            .map_err(StoreError::Unreachable)?;
        Ok(PgConn {
            client,
            statements: RefCell::new(HashMap::new()),
            in_transaction: Cell::new(false),
            broken: Cell::new(false),
            timers: self.sockets.handle.clone(),
        })
    }

    /// The writer connection, made again if it was lost.
    fn usable<'a>(&self, slot: &'a mut Option<PgConn>) -> Result<&'a PgConn, StoreError> {
        if slot.as_ref().is_none_or(PgConn::is_unusable) {
            *slot = None;
            *slot = Some(self.connect()?);
        }
        let conn = slot.as_ref().ok_or_else(|| {
            StoreError::Unreachable("the database cannot be reached: no connection".into())
        })?;
        // A panic unwound out of a transaction on this connection: end it before reusing.
        if conn.in_transaction.get() {
            conn.end("ROLLBACK")?;
        }
        Ok(conn)
    }

    /// Runs `f` in one write transaction, committed only when `f` succeeds.
    ///
    /// The first statement locks the sequence row (`FOR UPDATE`): a cluster-wide `BEGIN
    /// IMMEDIATE`. Every later statement (READ COMMITTED) sees every write transaction that
    /// committed before, so the first valid claim of a task's last seat wins across instances,
    /// and the numbers handed out follow commit order (see [`Tx::next_seq`]).
    pub fn write<T>(
        &self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut slot = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        let conn = self.usable(&mut slot)?;
        conn.begin("BEGIN ISOLATION LEVEL READ COMMITTED")?;
        let result = (|| {
            let tx = if self.unlocked {
                Tx::unlocked(Conn::Postgres(conn))
            } else {
                let head = conn
                    .query("SELECT value FROM sequence WHERE id = 1 FOR UPDATE", &[])?
                    .into_iter()
                    .next()
                    .ok_or_else(|| StoreError::Corrupt("no sequence row".into()))?
                    .int(0)?;
                Tx::new(Conn::Postgres(conn), Some(head))
            };
            let value = f(&tx)?;
            tx.finish()?;
            conn.end("COMMIT")?;
            Ok(value)
        })();
        if result.is_err() && conn.in_transaction.get() && conn.end("ROLLBACK").is_err() {
            *slot = None;
        }
        result
    }

    /// Runs `f` in one read-only snapshot (REPEATABLE READ): everything it reads is as of its
    /// first statement. A connection found lost is replaced and `f` run again once (it only
    /// reads).
    pub fn read<T>(&self, f: impl Fn(&Tx<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        match self.read_once(&f) {
            Err(StoreError::Postgres(e)) if e.is_closed() => self.read_once(&f),
            other => other,
        }
    }

    /// Runs `f` with each statement its own snapshot (no transaction around them: the round
    /// trips of BEGIN and COMMIT saved), for reads that are right that way (one statement, or
    /// a pull capped at the head it read first). A lost connection is replaced and `f` run
    /// again once.
    pub fn read_statements<T>(
        &self,
        f: impl Fn(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match self.read_on_reader(&f, false) {
            Err(StoreError::Postgres(e)) if e.is_closed() => self.read_on_reader(&f, false),
            other => other,
        }
    }

    fn read_once<T>(&self, f: &impl Fn(&Tx<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.read_on_reader(f, true)
    }

    fn read_on_reader<T>(
        &self,
        f: &impl Fn(&Tx<'_>) -> Result<T, StoreError>,
        snapshot: bool,
    ) -> Result<T, StoreError> {
        let pooled = self
            .readers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .filter(|conn| !conn.is_unusable() && !conn.in_transaction.get());
        let conn = match pooled {
            Some(conn) => conn,
            None => self.connect()?,
        };
        if snapshot {
            conn.begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        }
        let result = if self.unlocked {
            f(&Tx::unlocked(Conn::Postgres(&conn)))
        } else {
            f(&Tx::new(Conn::Postgres(&conn), None))
        };
        let ended = if snapshot {
            conn.end(if result.is_ok() { "COMMIT" } else { "ROLLBACK" })
        } else {
            Ok(())
        };
        let result = match (result, ended) {
            (Ok(value), Ok(())) => Ok(value),
            (Ok(_), Err(e)) | (Err(e), _) => Err(e),
        };
        if !conn.is_unusable() && !conn.in_transaction.get() {
            let mut readers = self.readers.lock().unwrap_or_else(PoisonError::into_inner);
            if readers.len() < self.max_idle_readers {
                readers.push(conn);
            }
        }
        result
    }
}

/// Makes a new, empty database `name` (letters, digits and `_` only) on the server `admin_url`
/// points to, and returns the URL of the new one: for tests and benchmarks, which each want a
/// database of their own.
pub fn create_database(admin_url: &str, name: &str) -> Result<String, StoreError> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(StoreError::Invalid(keikka_core::DomainError::invalid(
            "name",
            "not_a_database_name",
        )));
    }
    let admin = PgDb::connect_only(admin_url)?;
    let mut slot = admin.writer.lock().unwrap_or_else(PoisonError::into_inner);
    admin
        .usable(&mut slot)?
        .batch(&format!("CREATE DATABASE {name}"))?;
    Ok(with_database(admin_url, name))
}

/// `url` naming the database `name` instead of its own.
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
    let (before_query, query) = match rest.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (rest, None),
    };
    let authority = before_query
        .split_once('/')
        .map_or(before_query, |(a, _)| a);
    match query {
        Some(query) => format!("{scheme}://{authority}/{name}?{query}"),
        None => format!("{scheme}://{authority}/{name}"),
    }
}

fn start_socket_thread() -> Result<SocketThread, StoreError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| StoreError::Unreachable(format!("no runtime for the connections: {e}")))?;
    let handle = runtime.handle().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    std::thread::Builder::new()
        .name("keikka-postgres".into())
        .spawn(move || {
            // The runtime is dropped here, on its own thread, never on an async one.
            runtime.block_on(async {
                let _ = stopped.await;
            });
        })
        .map_err(|e| StoreError::Unreachable(format!("no thread for the connections: {e}")))?;
    Ok(SocketThread {
        handle,
        stop: Some(stop),
    })
}

impl PgConn {
    fn is_unusable(&self) -> bool {
        self.broken.get() || self.client.is_closed()
    }

    /// Waits for `answer`, at most [`ANSWER_DEADLINE`]; past it the connection is broken and
    /// the failure a passing one (503, the device sends again).
    fn wait<T>(
        &self,
        answer: impl std::future::Future<Output = Result<T, tokio_postgres::Error>>,
    ) -> Result<T, StoreError> {
        let mut answer = std::pin::pin!(answer);
        // The timer belongs to the socket thread's runtime (made in its context, no task
        // spawned: a round trip's only cost is the timer entry), which fires it.
        let timer = {
            let _inside = self.timers.enter();
            tokio::time::sleep(ANSWER_DEADLINE)
        };
        let mut timer = std::pin::pin!(timer);
        let outcome = futures_executor::block_on(std::future::poll_fn(|cx| {
            use std::task::Poll;
            if let Poll::Ready(result) = answer.as_mut().poll(cx) {
                return Poll::Ready(Some(result));
            }
            match timer.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(None),
                Poll::Pending => Poll::Pending,
            }
        }));
        match outcome {
            Some(result) => Ok(result?),
            None => {
                self.broken.set(true);
                Err(StoreError::Unreachable(format!(
                    "the database did not answer within {} s",
                    ANSWER_DEADLINE.as_secs()
                )))
            }
        }
    }

    fn statement(&self, sql: &str) -> Result<Statement, StoreError> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.wait(self.client.prepare(sql))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    pub(super) fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        let statement = self.statement(sql)?;
        let bound: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let rows = self.wait(self.client.query(&statement, &bound))?;
        rows.iter().map(read_row).collect()
    }

    pub(super) fn execute(&self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let statement = self.statement(sql)?;
        let bound: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        self.wait(self.client.execute(&statement, &bound))
    }

    /// Runs statements without parameters or results (schema steps, transaction control).
    pub(super) fn batch(&self, sql: &str) -> Result<(), StoreError> {
        self.wait(self.client.batch_execute(sql))
    }

    fn begin(&self, sql: &str) -> Result<(), StoreError> {
        self.in_transaction.set(true);
        self.batch(sql)
    }

    fn end(&self, sql: &str) -> Result<(), StoreError> {
        let ended = self.batch(sql);
        if ended.is_ok() || self.is_unusable() {
            self.in_transaction.set(false);
        }
        ended
    }
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            // `str` would write its bytes for any type: a text bound where the query wants a
            // number must be a clear error, not a malformed message.
            Value::Text(text) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    text.as_str().to_sql(ty, out)
                }
                _ => Err(format!("a text cannot be bound as {ty}").into()),
            },
            Value::Int(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                _ => Err(format!("a number cannot be bound as {ty}").into()),
            },
            Value::Bool(b) => match *ty {
                Type::BOOL => b.to_sql(ty, out),
                Type::INT8 => i64::from(*b).to_sql(ty, out),
                Type::INT4 => i32::from(*b).to_sql(ty, out),
                _ => Err(format!("true or false cannot be bound as {ty}").into()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

fn read_row(row: &tokio_postgres::Row) -> Result<Row, StoreError> {
    let mut values = Vec::with_capacity(row.len());
    for (i, column) in row.columns().iter().enumerate() {
        let value = match *column.type_() {
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => {
                row.try_get::<_, Option<String>>(i)?.map(Value::Text)
            }
            Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Value::Int),
            Type::INT4 => row
                .try_get::<_, Option<i32>>(i)?
                .map(|n| Value::Int(n.into())),
            Type::INT2 => row
                .try_get::<_, Option<i16>>(i)?
                .map(|n| Value::Int(n.into())),
            Type::BOOL => row.try_get::<_, Option<bool>>(i)?.map(Value::Bool),
            ref other => {
                return Err(StoreError::Corrupt(format!(
                    "column {} is of type {other}, which the store does not read",
                    column.name()
                )));
            }
        };
        values.push(value.unwrap_or(Value::Null));
    }
    Ok(Row(values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_shown_without_its_password() {
        assert_eq!(
            without_password("postgres://keikka:s3cret@db:5432/keikka?sslmode=disable"),
            "postgres://keikka@db:5432/keikka?sslmode=disable"
        );
        assert_eq!(
            without_password("postgres://db/keikka"),
            "postgres://db/keikka"
        );
        assert_eq!(
            without_password("postgresql://a:b:c@h/d"),
            "postgresql://a@h/d"
        );
    }

    /// Found by an operator's try: a password with `@` and `/` typed without percent-encoding
    /// was shown from its first `/` on.
    #[test]
    fn a_password_typed_without_percent_encoding_is_hidden_whole() {
        let shown = without_password("postgres://keikka2:p@ss/w#rd:1%x@127.0.0.1:56432/keikka");
        assert_eq!(shown, "postgres://keikka2@127.0.0.1:56432/keikka");
        let shown = without_password("postgres://db/keikka?user=k&password=s3cret&sslmode=off");
        assert_eq!(shown, "postgres://db/keikka?user=k&password=…&sslmode=off");
    }
}
