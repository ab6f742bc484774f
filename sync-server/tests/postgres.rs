//! The PostgreSQL backend's own faults: a database that cannot be reached, one of a newer
//! schema, a backup asked of it, a lost connection. The suites run on it as a whole in
//! `scripts/test`'s second run; these need PostgreSQL too, except the first.

use keikka_sync_server::db::{Location, TEST_POSTGRES_ENV, postgres};
use keikka_sync_server::{Store, StoreError};

const BIN: &str = env!("CARGO_BIN_EXE_keikka-sync-server");

/// A new database of its own on the test server, or `None` where the tests have no PostgreSQL.
fn fresh_database() -> Option<String> {
    let admin = std::env::var(TEST_POSTGRES_ENV).ok()?;
    let name = format!("keikka_test_{}", uuid::Uuid::new_v4().simple());
    Some(postgres::create_database(&admin, &name).expect("a test database"))
}

#[test]
fn a_database_that_cannot_be_reached_is_one_sentence_and_no_server() {
    // Port 1 on loopback: nothing listens there.
    let out = std::process::Command::new(BIN)
        .args([
            "serve",
            "--db",
            "postgres://keikka:s3cret@127.0.0.1:1/keikka",
            "--listen",
            "127.0.0.1:0",
        ])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot be reached"), "{stderr}");
    // The password is never printed.
    assert!(!stderr.contains("s3cret"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("listening"),
        "a server started"
    );
}

/// What `serve --db URL` prints and how it exits, with at most `within` to do it.
fn serve_fails(url: &str, within: std::time::Duration) -> (Option<i32>, String) {
    let mut child = std::process::Command::new(BIN)
        .args(["serve", "--db", url, "--listen", "127.0.0.1:0"])
        .env_remove("RUST_BACKTRACE")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    let started = std::time::Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > within {
            let _ = child.kill();
            panic!("serve --db {url} still runs after {within:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let out = child.wait_with_output().expect("output");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("listening"),
        "a server started"
    );
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Found by an operator's try: a server that accepts the connection and never answers (a frozen
/// database) left `serve` waiting with nothing said; it now gives up in one sentence.
#[test]
fn a_database_that_accepts_and_never_answers_is_one_sentence_and_no_server() {
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = silent.local_addr().expect("addr").port();
    let held = std::thread::spawn(move || {
        let mut open = Vec::new();
        for stream in silent.incoming().take(4) {
            open.push(stream);
        }
        std::thread::sleep(std::time::Duration::from_secs(30));
    });
    let (code, stderr) = serve_fails(
        &format!("postgres://keikka@127.0.0.1:{port}/keikka"),
        std::time::Duration::from_secs(25),
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("no answer within"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    drop(held);
}

/// Found by an operator's try: a password with `@` typed as it is showed most of it in the
/// message.
#[test]
fn a_password_with_at_signs_is_not_printed_when_the_database_cannot_be_reached() {
    let (code, stderr) = serve_fails(
        "postgres://keikka:p@ss/w#rd:1%x@127.0.0.1:1/keikka",
        std::time::Duration::from_secs(20),
    );
    assert_eq!(code, Some(1), "{stderr}");
    for part in ["p@ss", "ss/w", "w#rd", "rd:1"] {
        assert!(!stderr.contains(part), "{stderr}");
    }
}

/// Found by an operator's try: a database that does not exist (or a wrong password) was "the
/// database cannot be reached: db error"; PostgreSQL's own reason is now the sentence.
#[test]
fn a_database_that_does_not_exist_is_said_in_postgresqls_own_words() {
    let Ok(admin) = std::env::var(TEST_POSTGRES_ENV) else {
        println!("skipped: no PostgreSQL here ({TEST_POSTGRES_ENV})");
        return;
    };
    let url = postgres::with_database(&admin, "keikka_no_such_database");
    let (code, stderr) = serve_fails(&url, std::time::Duration::from_secs(20));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("refused the connection")
            && stderr.contains("\"keikka_no_such_database\" does not exist"),
        "{stderr}"
    );
}

/// Runs `sql` with PostgreSQL's own client, which must succeed; its output, trimmed.
fn psql(url: &str, sql: &str) -> String {
    let out = std::process::Command::new("psql")
        .args([url, "-Atc", sql])
        .output()
        .expect("psql");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Found by an operator's try: a database made without `--encoding UTF8` (SQL_ASCII) was
/// taken, and a unit's name then counted its letters as bytes.
#[test]
fn a_database_not_in_utf8_is_refused_before_anything_is_written() {
    let Ok(admin) = std::env::var(TEST_POSTGRES_ENV) else {
        println!("skipped: no PostgreSQL here ({TEST_POSTGRES_ENV})");
        return;
    };
    let name = format!("keikka_ascii_{}", uuid::Uuid::new_v4().simple());
    psql(
        &admin,
        &format!(
            "CREATE DATABASE {name} ENCODING 'SQL_ASCII' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
        ),
    );
    let url = postgres::with_database(&admin, &name);
    let (code, stderr) = serve_fails(&url, std::time::Duration::from_secs(20));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("encoding is SQL_ASCII") && stderr.contains("--encoding UTF8"),
        "{stderr}"
    );
    let tables = psql(
        &url,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    );
    assert_eq!(tables, "0", "nothing was written");
}

/// Found by an operator's try: a database made without `--owner` gave only "permission denied
/// for schema public".
#[test]
fn a_user_that_may_not_make_tables_is_told_how_to_give_it_the_database() {
    let Ok(admin) = std::env::var(TEST_POSTGRES_ENV) else {
        println!("skipped: no PostgreSQL here ({TEST_POSTGRES_ENV})");
        return;
    };
    let id = uuid::Uuid::new_v4().simple().to_string();
    let (name, role) = (format!("keikka_owned_{id}"), format!("keikka_np_{id}"));
    for sql in [
        format!("CREATE ROLE {role} LOGIN"),
        format!("CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0"),
    ] {
        psql(&admin, &sql);
    }
    let url =
        postgres::with_database(&admin, &name).replacen("://postgres@", &format!("://{role}@"), 1);
    assert!(url.contains(&role), "{url}");
    let (code, stderr) = serve_fails(&url, std::time::Duration::from_secs(20));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("may not make or use Keikka's tables") && stderr.contains("--owner"),
        "{stderr}"
    );
}

#[test]
fn a_database_of_a_newer_schema_is_refused_and_left_as_it_is() {
    let Some(url) = fresh_database() else {
        println!("skipped: no PostgreSQL here ({TEST_POSTGRES_ENV})");
        return;
    };
    let location = Location::parse(&url);
    let store = Store::open_at(&location).expect("migrated");
    store
        .execute_sql("UPDATE keikka_schema SET version = 99", &[])
        .expect("made newer");
    let known = keikka_sync_server::db::pg_migrations::STEPS.len();
    match Store::open_at(&location) {
        Err(StoreError::NewerSchema {
            found: 99,
            known: k,
        }) => assert_eq!(k, known),
        other => panic!("opened a newer database: {other:?}"),
    }
    let out = std::process::Command::new(BIN)
        .args(["serve", "--db", &url, "--listen", "127.0.0.1:0"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("newer than"), "{stderr}");
    assert_eq!(
        store
            .query_sql("SELECT version::text FROM keikka_schema", &[])
            .expect("read"),
        ["99"]
    );
}

#[test]
fn backup_on_postgres_refuses_and_names_pg_dump() {
    let Some(url) = fresh_database() else {
        println!("skipped: no PostgreSQL here ({TEST_POSTGRES_ENV})");
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    let to = dir.path().join("copy.db");
    let out = std::process::Command::new(BIN)
        .args(["backup", "--db", &url, "--to"])
        .arg(&to)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("pg_dump"), "{stderr}");
    assert!(!to.exists());
}

/// A connection the database ended (a restart, a failover) is replaced at the next use: the
/// store's next read and write work, and nothing acknowledged before is lost.
#[test]
fn a_connection_the_database_ended_is_replaced_at_the_next_use() {
    let Some(url) = fresh_database() else {
        println!("skipped: no PostgreSQL here ({TEST_POSTGRES_ENV})");
        return;
    };
    let store = Store::open_at(&Location::parse(&url)).expect("open");
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-02T09:00:00+02:00").expect("time");
    let first = store
        .create_organisation("Työkeskus", "Väylä ry", "Sanna", now)
        .expect("created");
    // Every connection of this database ended from the server's side.
    let admin = Store::open_at(&Location::parse(&url)).expect("second store");
    let database = url.rsplit('/').next().expect("a database name").to_owned();
    admin
        .query_sql(
            "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity
             WHERE datname = $1 AND pid <> pg_backend_pid()",
            &[&database],
        )
        .expect("terminated");
    // The read notices the lost connection and runs again on a new one.
    assert!(
        store
            .organisation(first.organisation.id)
            .expect("read after the loss")
            .is_some()
    );
    let second = store
        .create_organisation("Toinen", "Väylä ry", "Leena", now)
        .or_else(|e| {
            // The writer's connection was lost too: said as a passing failure, then it works.
            assert!(e.is_transient(), "{e}");
            store.create_organisation("Toinen", "Väylä ry", "Leena", now)
        })
        .expect("write after the loss");
    assert!(
        store
            .organisation(second.organisation.id)
            .expect("read")
            .is_some()
    );
    assert!(
        store
            .organisation(first.organisation.id)
            .expect("read")
            .is_some()
    );
}
