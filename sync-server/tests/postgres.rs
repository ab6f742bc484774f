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
