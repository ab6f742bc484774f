//! The device database's schema, one versioned migration at a time (SQLite `user_version`).
//!
//! Never edit a migration that has shipped: phones in the field hold databases at every earlier
//! version; `store::tests::a_version_1_database_with_data_upgrades_and_reads_back_through_the_store`
//! fills the oldest with rows and reads them back after migrating to the latest.

use rusqlite_migration::{M, Migrations};

/// Version 1: the pairing, the server's state as last received, the outbox, the server's
/// refusals and the sync position.
///
/// Server rows keep keikka-core's JSON as the truth and copy into columns only what queries
/// filter on, so a new field in core needs no migration here.
const V1: &str = r#"
CREATE TABLE pairing (
    only_row     INTEGER PRIMARY KEY CHECK (only_row = 1),
    server_url   TEXT NOT NULL,
    device       TEXT NOT NULL,
    token        TEXT NOT NULL,
    person       TEXT NOT NULL,
    organisation TEXT NOT NULL
);

CREATE TABLE server_organisations (
    id   TEXT PRIMARY KEY,
    json TEXT NOT NULL
);

CREATE TABLE server_groups (
    id           TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE server_persons (
    id           TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    role         TEXT NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE server_tasks (
    id           TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    status       TEXT NOT NULL,
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL,
    json         TEXT NOT NULL
);
CREATE INDEX server_tasks_organisation ON server_tasks (organisation, status);

CREATE TABLE server_claims (
    id           TEXT PRIMARY KEY,
    task         TEXT NOT NULL,
    participant  TEXT NOT NULL,
    organisation TEXT NOT NULL,
    status       TEXT NOT NULL,
    json         TEXT NOT NULL
);
CREATE INDEX server_claims_task ON server_claims (task, participant);
CREATE INDEX server_claims_participant ON server_claims (participant, status);
CREATE INDEX server_claims_organisation ON server_claims (organisation, status);

CREATE TABLE server_consents (
    participant TEXT PRIMARY KEY,
    json        TEXT NOT NULL
);

-- seq keeps the order the person acted in; the server must see mutations in that order.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT,
    json         TEXT NOT NULL
);

CREATE TABLE rejections (
    mutation     TEXT PRIMARY KEY,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT,
    reason       TEXT NOT NULL,
    op           TEXT NOT NULL,
    done_at      TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    dismissed    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sync_state (
    only_row       INTEGER PRIMARY KEY CHECK (only_row = 1),
    cursor         INTEGER NOT NULL DEFAULT 0,
    last_synced_at TEXT
);
INSERT INTO sync_state (only_row, cursor) VALUES (1, 0);
"#;

/// Version 2: what stays on this device only: its settings (language, easy-read, text size)
/// and the participant's benefit profile, which never goes to the server by itself.
const V2: &str = r#"
CREATE TABLE device_settings (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    json     TEXT NOT NULL
);

CREATE TABLE benefit_profile (
    only_row   INTEGER PRIMARY KEY CHECK (only_row = 1),
    json       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"#;

/// Version 3: the supervisor's side and changed-task notices. A supervisor's device keeps the
/// unit's commissioners and orders; a participant's device keeps a notice when a task they hold a
/// seat on was changed, until they have read it.
const V3: &str = r#"
CREATE TABLE server_commissioners (
    id           TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE server_orders (
    id           TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE task_notices (
    task        TEXT PRIMARY KEY,
    revision    INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    seen        INTEGER NOT NULL DEFAULT 0
);
"#;

/// Version 4: benefit profiles participants shared with their supervisor (a supervisor's device).
const V4: &str = r#"
CREATE TABLE server_shared_profiles (
    participant TEXT PRIMARY KEY,
    json        TEXT NOT NULL
);
"#;

/// Version 5: the newest rule set (benefit figures) the server handed out, kept as its text so a
/// later app reads it with its own checks.
const V5: &str = r#"
CREATE TABLE rule_set (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    version  TEXT NOT NULL,
    body     TEXT NOT NULL
);
"#;

/// Version 6: work of someone this device was paired as before, not yet sent when it was paired
/// as another person. It is kept apart with the pairing it was made under, and sent under that
/// pairing when it can be; it was deleted before, and with it work the person was told was saved.
const V6: &str = r#"
CREATE TABLE set_aside (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    server_url TEXT NOT NULL,
    device     TEXT NOT NULL,
    token      TEXT NOT NULL,
    mutation   TEXT NOT NULL
);
"#;

/// v7: whose set-aside work it is, so pairing the phone as that person again puts it back in
/// the outbox, sent under their new pairing (rows set aside before have none, and wait as
/// before).
const V7: &str = "ALTER TABLE set_aside ADD COLUMN person TEXT;";

/// The open tasks ticked as "what if" on a plan of the coming months, so a plan left and opened
/// again (or the app closed mid-way) shows what was tried. `person` is '' for the device's own
/// participant, a participant's id on their supervisor's device. Kept on the device only.
const V8: &str = "
CREATE TABLE plan_ticks (
    person TEXT NOT NULL,
    task TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (person, task)
) WITHOUT ROWID;
";

const MIGRATIONS: &[M<'static>] = &[
    M::up(V1),
    M::up(V2),
    M::up(V3),
    M::up(V4),
    M::up(V5),
    M::up(V6),
    M::up(V7),
    M::up(V8),
];

/// Every migration, oldest first.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// The schema version a freshly migrated database has.
pub const LATEST_VERSION: usize = MIGRATIONS.len();

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn the_migrations_are_well_formed() {
        migrations().validate().unwrap();
    }

    #[test]
    fn an_empty_database_migrates_to_every_version_and_back_up_to_the_latest() {
        for version in 0..=LATEST_VERSION {
            let mut conn = Connection::open_in_memory().unwrap();
            migrations().to_version(&mut conn, version).unwrap();
            let at: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(at, version as i64);
            migrations().to_latest(&mut conn).unwrap();
        }
    }
}
