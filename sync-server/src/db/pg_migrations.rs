//! The PostgreSQL schema's history: one step per version, applied in order under an advisory
//! lock, never edited. Version 1 is the SQLite schema at its version 10 (`migrations.rs`).

use super::postgres::PgConn;
use crate::error::StoreError;

/// The session lock every instance takes while migrating, so two starting at once cannot both
/// run a step ("keikka" in ASCII).
const MIGRATION_LOCK: i64 = 0x6B65_696B_6B61;

/// Version 1: every entity as its keikka-core JSON, kept as text so a pull passes the bytes
/// through unchanged, plus the columns queries filter and sort on. Text that is sorted compares
/// byte by byte (`COLLATE "C"`), as SQLite does. The audit log's ids are handed out under the
/// write lock (`PgDb::write`), so they rise in commit order.
const V1: &str = r#"
CREATE TABLE sequence (
    id integer PRIMARY KEY CHECK (id = 1),
    value bigint NOT NULL
);
INSERT INTO sequence (id, value) VALUES (1, 0);

CREATE TABLE organisations (
    id text PRIMARY KEY,
    name text NOT NULL,
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE
);

CREATE TABLE groups (
    id text PRIMARY KEY,
    organisation text NOT NULL REFERENCES organisations (id),
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE
);
CREATE INDEX groups_by_organisation ON groups (organisation, seq);

CREATE TABLE persons (
    id text COLLATE "C" PRIMARY KEY,
    organisation text NOT NULL REFERENCES organisations (id),
    role text NOT NULL CHECK (role IN ('participant', 'supervisor')),
    name text COLLATE "C" NOT NULL DEFAULT '',
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE
);
CREATE INDEX persons_by_organisation ON persons (organisation, seq);

CREATE TABLE person_groups (
    person text NOT NULL REFERENCES persons (id),
    group_id text NOT NULL REFERENCES groups (id),
    PRIMARY KEY (person, group_id)
);
CREATE INDEX person_groups_by_group ON person_groups (group_id);

CREATE TABLE commissioners (
    organisation text NOT NULL REFERENCES organisations (id),
    id text NOT NULL,
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE,
    PRIMARY KEY (organisation, id)
);
CREATE INDEX commissioners_by_organisation ON commissioners (organisation, seq);

CREATE TABLE orders (
    organisation text NOT NULL REFERENCES organisations (id),
    id text NOT NULL,
    commissioner text NOT NULL,
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE,
    PRIMARY KEY (organisation, id),
    FOREIGN KEY (organisation, commissioner) REFERENCES commissioners (organisation, id)
);
CREATE INDEX orders_by_organisation ON orders (organisation, seq);

CREATE TABLE tasks (
    organisation text NOT NULL REFERENCES organisations (id),
    id text NOT NULL,
    status text NOT NULL,
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE,
    ends_at_unix bigint,
    PRIMARY KEY (organisation, id)
);
CREATE INDEX tasks_by_organisation ON tasks (organisation, seq);
CREATE INDEX tasks_by_end ON tasks (organisation, ends_at_unix);

CREATE TABLE task_groups (
    organisation text NOT NULL,
    task text NOT NULL,
    group_id text NOT NULL REFERENCES groups (id),
    PRIMARY KEY (organisation, task, group_id),
    FOREIGN KEY (organisation, task) REFERENCES tasks (organisation, id)
);
CREATE INDEX task_groups_by_group ON task_groups (group_id);

CREATE TABLE claims (
    organisation text NOT NULL REFERENCES organisations (id),
    id text NOT NULL,
    task text NOT NULL,
    participant text NOT NULL REFERENCES persons (id),
    status text NOT NULL,
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE,
    PRIMARY KEY (organisation, id),
    FOREIGN KEY (organisation, task) REFERENCES tasks (organisation, id)
);
CREATE INDEX claims_by_task ON claims (organisation, task, participant, status);
CREATE INDEX claims_by_participant ON claims (participant, seq);
CREATE INDEX claims_by_organisation ON claims (organisation, seq);
CREATE INDEX claims_by_status ON claims (organisation, status);

CREATE TABLE consents (
    participant text PRIMARY KEY REFERENCES persons (id),
    organisation text NOT NULL REFERENCES organisations (id),
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE
);
CREATE INDEX consents_by_organisation ON consents (organisation, seq);

CREATE TABLE shared_profiles (
    participant text PRIMARY KEY REFERENCES persons (id),
    organisation text NOT NULL REFERENCES organisations (id),
    json text NOT NULL,
    seq bigint NOT NULL UNIQUE
);
CREATE INDEX shared_profiles_by_organisation ON shared_profiles (organisation, seq);

CREATE TABLE devices (
    id text COLLATE "C" PRIMARY KEY,
    person text NOT NULL REFERENCES persons (id),
    name text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    paired_at text COLLATE "C" NOT NULL,
    revoked_at text
);
CREATE INDEX devices_by_person ON devices (person);

CREATE TABLE pairing_codes (
    code_hash text PRIMARY KEY,
    person text NOT NULL REFERENCES persons (id),
    created_at text NOT NULL,
    expires_at text NOT NULL,
    used_at text
);
CREATE INDEX pairing_codes_by_person ON pairing_codes (person);

-- Every mutation the server has answered, so a resent one gets the same answer and is applied
-- once, whichever instance it reaches. `device` is NULL for the server's own CLI.
CREATE TABLE mutations (
    id text PRIMARY KEY,
    device text REFERENCES devices (id),
    person text NOT NULL REFERENCES persons (id),
    outcome text NOT NULL,
    received_at text NOT NULL,
    received_unix bigint NOT NULL DEFAULT 0,
    refused boolean NOT NULL DEFAULT FALSE
);
CREATE INDEX mutations_by_device ON mutations (device, received_unix);
CREATE INDEX mutations_refused ON mutations (received_unix) WHERE refused;

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation text NOT NULL REFERENCES organisations (id),
    actor text NOT NULL REFERENCES persons (id),
    device text REFERENCES devices (id),
    mutation text NOT NULL,
    action text NOT NULL,
    subject_kind text NOT NULL,
    subject_id text NOT NULL,
    before text,
    after text NOT NULL,
    done_at text NOT NULL,
    recorded_at text NOT NULL,
    redacted boolean NOT NULL DEFAULT FALSE
);
CREATE INDEX audit_by_subject ON audit_log (organisation, subject_id, id);

-- Append-only: an entry is never deleted, and only ever changed once, by being redacted
-- (`privacy::remove_participant`), with everything but its before and after kept.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'the audit log is append-only';
    END IF;
    IF OLD.redacted OR NOT NEW.redacted
        OR NEW.id IS DISTINCT FROM OLD.id OR NEW.organisation IS DISTINCT FROM OLD.organisation
        OR NEW.actor IS DISTINCT FROM OLD.actor OR NEW.device IS DISTINCT FROM OLD.device
        OR NEW.mutation IS DISTINCT FROM OLD.mutation OR NEW.action IS DISTINCT FROM OLD.action
        OR NEW.subject_kind IS DISTINCT FROM OLD.subject_kind
        OR NEW.subject_id IS DISTINCT FROM OLD.subject_id
        OR NEW.done_at IS DISTINCT FROM OLD.done_at
        OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at THEN
        RAISE EXCEPTION 'the audit log is append-only; an entry is only ever redacted';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_is_not_truncated BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

CREATE TABLE rule_sets (
    version text PRIMARY KEY,
    body text NOT NULL,
    imported_at text NOT NULL
);
"#;

/// Version 2 (SQLite's 11): wrong pairing codes counted in the database, shared by every
/// instance: per client address, and everyone's together by the minute; and each person's
/// last change of groups (`groups_seq`), as SQLite's version 11.
const V2: &str = r#"
CREATE TABLE pairing_failures (client text NOT NULL, at bigint NOT NULL);
CREATE INDEX pairing_failures_by_client ON pairing_failures (client, at);
CREATE INDEX pairing_failures_by_time ON pairing_failures (at);
CREATE TABLE pairing_failure_minutes (minute bigint PRIMARY KEY, failures bigint NOT NULL);

ALTER TABLE persons ADD COLUMN groups_seq bigint NOT NULL DEFAULT 0;
UPDATE persons SET groups_seq = seq;
"#;

/// Every schema version in order; `keikka_schema.version` says how many have run.
pub const STEPS: &[&str] = &[V1, V2];

/// Brings the database to the latest schema. Instances starting together take turns (a
/// session advisory lock, released when the connection ends if this one dies half-way); each
/// step commits with its version number, so a step is either wholly there or not at all. A
/// database of a newer schema than this binary knows is refused before anything is written.
pub(super) fn migrate(conn: &PgConn) -> Result<(), StoreError> {
    conn.batch(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))?;
    let migrated = run_steps(conn);
    let unlocked = conn.batch(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"));
    migrated.and(unlocked).map_err(privilege_hint)
}

/// "permission denied for schema public" names no way out: a user that may not create tables
/// (a database made without `--owner`, on PostgreSQL 15 and later) is told how to give it one.
fn privilege_hint(e: StoreError) -> StoreError {
    match &e {
        StoreError::Postgres(pg)
            if pg.code() == Some(&tokio_postgres::error::SqlState::INSUFFICIENT_PRIVILEGE) =>
        {
            StoreError::Unusable(format!(
                "the database user may not make or use Keikka's tables ({}): the database, its \
                 schema public and its tables must belong to this user. Make the database with \
                 createdb --owner USER and let the instances make the tables, or as a \
                 superuser, connected to the database, run ALTER DATABASE NAME OWNER TO USER, \
                 ALTER SCHEMA public OWNER TO USER and REASSIGN OWNED BY OLD_OWNER TO USER \
                 (DEPLOYMENT.md)",
                crate::error::postgres_message(pg)
            ))
        }
        _ => e,
    }
}

fn run_steps(conn: &PgConn) -> Result<(), StoreError> {
    conn.batch("CREATE TABLE IF NOT EXISTS keikka_schema (version integer NOT NULL)")?;
    let rows = conn.query("SELECT version FROM keikka_schema", &[])?;
    let found = match rows.first() {
        Some(row) => usize::try_from(row.int(0)?).unwrap_or(0),
        None => {
            conn.execute("INSERT INTO keikka_schema (version) VALUES (0)", &[])?;
            0
        }
    };
    if found > STEPS.len() {
        return Err(StoreError::NewerSchema {
            found,
            known: STEPS.len(),
        });
    }
    for (done, step) in STEPS.iter().enumerate().skip(found) {
        let version = i64::try_from(done + 1).unwrap_or(i64::MAX);
        conn.batch("BEGIN")?;
        let applied = conn.batch(step).and_then(|()| {
            conn.execute(
                "UPDATE keikka_schema SET version = $1",
                &super::vals![version],
            )
        });
        match applied {
            Ok(_) => conn.batch("COMMIT")?,
            Err(e) => {
                let _ = conn.batch("ROLLBACK");
                return Err(e);
            }
        }
    }
    Ok(())
}
