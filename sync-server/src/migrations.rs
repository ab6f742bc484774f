//! The server database's schema history: one `M::up` per version, applied in order, never edited.
//!
//! Add a version by appending to [`STEPS`]; the tests in this module and in `tests/migrations.rs`
//! migrate an empty database through every version and upgrade a filled version-1 database.

use rusqlite_migration::{M, Migrations};

/// Version 1: every entity as its keikka-core JSON plus the columns queries filter on.
///
/// Each entity row carries `seq`, its place in the one global change sequence (see
/// `store::next_seq`); `UNIQUE` because every write takes a fresh number.
const V1: &str = r#"
CREATE TABLE sequence (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO sequence (id, value) VALUES (1, 0);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);

CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id),
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX groups_by_organisation ON groups (organisation, seq);

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL CHECK (role IN ('participant', 'supervisor')),
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX persons_by_organisation ON persons (organisation, seq);

CREATE TABLE person_groups (
    person TEXT NOT NULL REFERENCES persons (id),
    group_id TEXT NOT NULL REFERENCES groups (id),
    PRIMARY KEY (person, group_id)
);
CREATE INDEX person_groups_by_group ON person_groups (group_id);

CREATE TABLE commissioners (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id),
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);

CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id),
    status TEXT NOT NULL,
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX tasks_by_organisation ON tasks (organisation, seq);

-- Which groups see a task; no rows means every participant of the organisation.
CREATE TABLE task_groups (
    task TEXT NOT NULL REFERENCES tasks (id),
    group_id TEXT NOT NULL REFERENCES groups (id),
    PRIMARY KEY (task, group_id)
);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    task TEXT NOT NULL REFERENCES tasks (id),
    participant TEXT NOT NULL REFERENCES persons (id),
    organisation TEXT NOT NULL REFERENCES organisations (id),
    status TEXT NOT NULL,
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX claims_by_task ON claims (task, participant, status);
CREATE INDEX claims_by_participant ON claims (participant, seq);
CREATE INDEX claims_by_organisation ON claims (organisation, seq);
CREATE INDEX claims_by_status ON claims (organisation, status);

CREATE TABLE consents (
    participant TEXT PRIMARY KEY REFERENCES persons (id),
    organisation TEXT NOT NULL REFERENCES organisations (id),
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX consents_by_organisation ON consents (organisation, seq);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    person TEXT NOT NULL REFERENCES persons (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    paired_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX devices_by_person ON devices (person);

CREATE TABLE pairing_codes (
    code_hash TEXT PRIMARY KEY,
    person TEXT NOT NULL REFERENCES persons (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX pairing_codes_by_person ON pairing_codes (person);

-- Every mutation the server has answered, so a resent one gets the same answer and is applied
-- once. `device` is NULL for mutations made by the server's own CLI (the demo seed).
CREATE TABLE mutations (
    id TEXT PRIMARY KEY,
    device TEXT REFERENCES devices (id),
    person TEXT NOT NULL REFERENCES persons (id),
    outcome TEXT NOT NULL,
    received_at TEXT NOT NULL
);
"#;

/// Version 2: a task's end as Unix seconds, so the pull can find tasks not yet over without
/// reading JSON (times in JSON carry different offsets and do not compare as text).
const V2: &str = r#"
ALTER TABLE tasks ADD COLUMN ends_at_unix INTEGER;
UPDATE tasks SET ends_at_unix = unixepoch(json ->> '$.ends_at');
CREATE INDEX tasks_by_end ON tasks (organisation, ends_at_unix);
"#;

/// Version 3: the supervisor's side. Orders from commissioners, and the audit log: every change a
/// supervisor makes (approvals, hours, pay, rejections, no-shows, feedback, task edits) with the
/// thing as it was before and after. The log is only ever appended to.
const V3: &str = r#"
CREATE INDEX commissioners_by_organisation ON commissioners (organisation, seq);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id),
    commissioner TEXT NOT NULL REFERENCES commissioners (id),
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX orders_by_organisation ON orders (organisation, seq);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL REFERENCES organisations (id),
    actor TEXT NOT NULL REFERENCES persons (id),
    device TEXT REFERENCES devices (id),
    mutation TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    before TEXT,
    after TEXT NOT NULL,
    done_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX audit_by_subject ON audit_log (organisation, subject_id, id);
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"#;

/// Version 4: benefit profiles participants chose to share with their supervisors. A row
/// holds a profile only while its owner consents; taking the consent back empties it.
const V4: &str = r#"
CREATE TABLE shared_profiles (
    participant TEXT PRIMARY KEY REFERENCES persons (id),
    organisation TEXT NOT NULL REFERENCES organisations (id),
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX shared_profiles_by_organisation ON shared_profiles (organisation, seq);
"#;

/// Version 5: removing a participant's personal data. The audit log stays append-only except
/// for one thing: an entry may be redacted once (its before and after rewritten without
/// personal data, `redacted` set to 1), which `privacy::remove_participant` does.
const V5: &str = r#"
ALTER TABLE audit_log ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER audit_log_is_append_only_update;
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
    WHEN OLD.redacted = 1 OR NEW.redacted IS NOT 1
        OR NEW.id IS NOT OLD.id OR NEW.organisation IS NOT OLD.organisation
        OR NEW.actor IS NOT OLD.actor OR NEW.device IS NOT OLD.device
        OR NEW.mutation IS NOT OLD.mutation OR NEW.action IS NOT OLD.action
        OR NEW.subject_kind IS NOT OLD.subject_kind OR NEW.subject_id IS NOT OLD.subject_id
        OR NEW.done_at IS NOT OLD.done_at OR NEW.recorded_at IS NOT OLD.recorded_at
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only; an entry is only ever redacted'); END;
"#;

/// Version 6: rule sets (benefit figures) imported after the build's own, each kept whole as
/// the text that was checked, so devices get exactly what was accepted.
const V6: &str = r#"
CREATE TABLE rule_sets (
    version TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
"#;

/// Version 7: bounded mutation records. `received_unix` lets the writer count a device's
/// mutations of the last day (its storage cap) and find refused answers old enough to forget;
/// `refused` marks those, which changed nothing and may be decided again if sent again.
const V7: &str = r#"
ALTER TABLE mutations ADD COLUMN received_unix INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mutations ADD COLUMN refused INTEGER NOT NULL DEFAULT 0;
UPDATE mutations SET
    received_unix = COALESCE(CAST(strftime('%s', received_at) AS INTEGER), 0),
    refused = COALESCE(json_extract(outcome, '$.outcome') = 'rejected', 0);
CREATE INDEX mutations_by_device ON mutations (device, received_unix);
CREATE INDEX mutations_refused ON mutations (received_unix) WHERE refused = 1;
"#;

/// Version 8: what devices name by ids they make (tasks, claims, commissioners, orders) is
/// keyed by organisation and id, so another unit's id is simply free here: creating a thing
/// with it works as with any new id, and nobody learns that the id exists elsewhere. The old
/// tables are renamed, copied into the new ones and dropped (children first; foreign keys are
/// checked at commit).
const V8: &str = r#"
PRAGMA defer_foreign_keys = ON;
ALTER TABLE claims RENAME TO claims_v7;
ALTER TABLE task_groups RENAME TO task_groups_v7;
ALTER TABLE tasks RENAME TO tasks_v7;
ALTER TABLE orders RENAME TO orders_v7;
ALTER TABLE commissioners RENAME TO commissioners_v7;

CREATE TABLE commissioners (
    organisation TEXT NOT NULL REFERENCES organisations (id),
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (organisation, id)
);
CREATE TABLE orders (
    organisation TEXT NOT NULL REFERENCES organisations (id),
    id TEXT NOT NULL,
    commissioner TEXT NOT NULL,
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (organisation, id),
    FOREIGN KEY (organisation, commissioner) REFERENCES commissioners (organisation, id)
);
CREATE TABLE tasks (
    organisation TEXT NOT NULL REFERENCES organisations (id),
    id TEXT NOT NULL,
    status TEXT NOT NULL,
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    ends_at_unix INTEGER,
    PRIMARY KEY (organisation, id)
);
CREATE TABLE task_groups (
    organisation TEXT NOT NULL,
    task TEXT NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id),
    PRIMARY KEY (organisation, task, group_id),
    FOREIGN KEY (organisation, task) REFERENCES tasks (organisation, id)
);
CREATE TABLE claims (
    organisation TEXT NOT NULL REFERENCES organisations (id),
    id TEXT NOT NULL,
    task TEXT NOT NULL,
    participant TEXT NOT NULL REFERENCES persons (id),
    status TEXT NOT NULL,
    json TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (organisation, id),
    FOREIGN KEY (organisation, task) REFERENCES tasks (organisation, id)
);

INSERT INTO commissioners (organisation, id, json, seq)
    SELECT organisation, id, json, seq FROM commissioners_v7;
INSERT INTO orders (organisation, id, commissioner, json, seq)
    SELECT organisation, id, commissioner, json, seq FROM orders_v7;
INSERT INTO tasks (organisation, id, status, json, seq, ends_at_unix)
    SELECT organisation, id, status, json, seq, ends_at_unix FROM tasks_v7;
INSERT INTO task_groups (organisation, task, group_id)
    SELECT t.organisation, tg.task, tg.group_id
    FROM task_groups_v7 tg JOIN tasks_v7 t ON t.id = tg.task;
INSERT INTO claims (organisation, id, task, participant, status, json, seq)
    SELECT organisation, id, task, participant, status, json, seq FROM claims_v7;

DROP TABLE claims_v7;
DROP TABLE task_groups_v7;
DROP TABLE tasks_v7;
DROP TABLE orders_v7;
DROP TABLE commissioners_v7;

CREATE INDEX commissioners_by_organisation ON commissioners (organisation, seq);
CREATE INDEX orders_by_organisation ON orders (organisation, seq);
CREATE INDEX tasks_by_organisation ON tasks (organisation, seq);
CREATE INDEX tasks_by_end ON tasks (organisation, ends_at_unix);
CREATE INDEX task_groups_by_group ON task_groups (group_id);
CREATE INDEX claims_by_task ON claims (organisation, task, participant, status);
CREATE INDEX claims_by_participant ON claims (participant, seq);
CREATE INDEX claims_by_organisation ON claims (organisation, seq);
CREATE INDEX claims_by_status ON claims (organisation, status);
"#;

/// Version 9: the devices paired before a person's row listed them are put on it, so the
/// person's own phone shows them too (new pairings add themselves, `Store::pair`). Each changed
/// row takes the next numbers of the sequence, so every device pulls it.
const V9: &str = r#"
WITH listed AS (
    SELECT p.id AS person,
           (SELECT json_group_array(json(o)) FROM (
                SELECT json_object('id', d.id, 'name', d.name, 'paired_at', d.paired_at,
                                   'revoked_at', d.revoked_at) AS o
                FROM devices d WHERE d.person = p.id ORDER BY d.paired_at, d.id)) AS devices,
           ROW_NUMBER() OVER (ORDER BY p.seq) AS n
    FROM persons p
    WHERE p.json ->> '$.removed_at' IS NULL
      AND EXISTS (SELECT 1 FROM devices d WHERE d.person = p.id)
)
UPDATE persons SET
    json = json_set(persons.json, '$.devices', json(listed.devices)),
    seq = (SELECT value FROM sequence) + listed.n
FROM listed WHERE listed.person = persons.id;
UPDATE sequence SET value = MAX(value, (SELECT COALESCE(MAX(seq), 0) FROM persons));
"#;

/// Version 10: a person's name as a column, so lists sort by it without reading JSON (the same
/// queries then run on PostgreSQL, which keeps JSON as text).
const V10: &str = r#"
ALTER TABLE persons ADD COLUMN name TEXT NOT NULL DEFAULT '';
UPDATE persons SET name = COALESCE(json ->> '$.name', '');
"#;

/// Version 11: wrong pairing codes counted in the database, so every server instance on it
/// sees the same counts (per client address, and everyone's together by the minute). Rows
/// older than the counting window are deleted as new attempts come and by housekeeping. And
/// the sequence number of each person's last change of groups, so a pull resends the tasks
/// they may now see only after such a change (at first, every person's own number).
const V11: &str = r#"
CREATE TABLE pairing_failures (client TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX pairing_failures_by_client ON pairing_failures (client, at);
CREATE INDEX pairing_failures_by_time ON pairing_failures (at);
CREATE TABLE pairing_failure_minutes (minute INTEGER PRIMARY KEY, failures INTEGER NOT NULL);

ALTER TABLE persons ADD COLUMN groups_seq INTEGER NOT NULL DEFAULT 0;
UPDATE persons SET groups_seq = seq;
"#;

/// Every schema version in order; the database's `user_version` says how many have run.
pub const STEPS: &[M<'static>] = &[
    M::up(V1),
    M::up(V2),
    M::up(V3),
    M::up(V4),
    M::up(V5),
    M::up(V6),
    M::up(V7),
    M::up(V8),
    M::up(V9),
    M::up(V10),
    M::up(V11),
];

/// The migration list over [`STEPS`].
pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(STEPS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_migration_list_is_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn an_empty_database_migrates_through_every_version_in_turn() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        for version in 1..=STEPS.len() {
            migrations().to_version(&mut conn, version).unwrap();
            let current: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(usize::try_from(current).ok(), Some(version));
        }
    }
}
