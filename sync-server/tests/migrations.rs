//! Schema upgrades keep data: a database written by version-1 SQL reads back through today's
//! Store after migrating to the latest version.

use keikka_core::protocol::{Change, Cursor, Mutation, Op, Outcome};
use keikka_core::{ClaimId, ClaimStatus, MutationId, PersonId, Role, TaskId};
use keikka_sync_server::Store;
use keikka_sync_server::migrations::{STEPS, migrations};
use keikka_sync_server::pairing::sha256_hex;
use rusqlite::Connection;
use std::str::FromStr;

const ORG: &str = "00000000-0000-4000-8000-000000000001";
const GROUP: &str = "00000000-0000-4000-8000-000000000002";
const SUPERVISOR: &str = "00000000-0000-4000-8000-000000000003";
const AINO: &str = "00000000-0000-4000-8000-000000000004";
const TASK: &str = "00000000-0000-4000-8000-000000000005";
const CLAIM: &str = "00000000-0000-4000-8000-000000000006";
const DEVICE: &str = "00000000-0000-4000-8000-000000000007";
const MUTATION: &str = "00000000-0000-4000-8000-000000000008";
const TOKEN: &str = "a-version-one-token-aaaaaaaaaaaaaaaaaaaaaaa";
const CODE: &str = "ABCDEFGH";

/// Rows as version 1 wrote them: the SQL and JSON are frozen here on purpose.
fn fill_version_1(conn: &Connection) {
    let sql = format!(
        r#"
        INSERT INTO organisations VALUES ('{ORG}', 'Työkeskus',
          '{{"id":"{ORG}","name":"Työkeskus","employer_of_record":"Väylä ry"}}', 1);
        INSERT INTO groups VALUES ('{GROUP}', '{ORG}',
          '{{"id":"{GROUP}","organisation":"{ORG}","name":"Aamuryhmä"}}', 2);
        INSERT INTO persons VALUES ('{SUPERVISOR}', '{ORG}', 'supervisor',
          '{{"id":"{SUPERVISOR}","organisation":"{ORG}","name":"Sanna","role":"supervisor","groups":[]}}', 3);
        INSERT INTO persons VALUES ('{AINO}', '{ORG}', 'participant',
          '{{"id":"{AINO}","organisation":"{ORG}","name":"Aino","role":"participant","groups":["{GROUP}"]}}', 4);
        INSERT INTO person_groups VALUES ('{AINO}', '{GROUP}');
        INSERT INTO tasks VALUES ('{TASK}', '{ORG}', 'open',
          '{{"id":"{TASK}","organisation":"{ORG}","title":"Imurointi","steps":["Tule ovelle."],
             "place":"Kallion kirkko","starts_at":"2026-03-03T09:00:00+02:00",
             "ends_at":"2026-03-03T12:00:00+02:00","estimated_minutes":120,
             "pay":{{"kind":"hourly","cents":1000}},"seats":2,"seats_taken":1,"instructor":null,
             "contract":"employment","commissioner":null,"groups":["{GROUP}"],
             "employer_of_record":"Väylä ry","status":"open","published_by":"{SUPERVISOR}",
             "published_at":"2026-03-01T10:00:00+02:00"}}', 5);
        INSERT INTO task_groups VALUES ('{TASK}', '{GROUP}');
        INSERT INTO claims VALUES ('{CLAIM}', '{TASK}', '{AINO}', '{ORG}', 'claimed',
          '{{"id":"{CLAIM}","task":"{TASK}","participant":"{AINO}","organisation":"{ORG}",
             "claimed_at":"2026-03-02T08:00:00+02:00","status":"claimed"}}', 6);
        INSERT INTO consents VALUES ('{AINO}', '{ORG}',
          '{{"participant":"{AINO}","share_benefit_profile":false,"decided_at":"2026-03-02T08:00:00+02:00"}}', 7);
        INSERT INTO devices VALUES ('{DEVICE}', '{AINO}', 'Ainon puhelin', '{token_hash}',
          '2026-03-01T12:00:00+00:00', NULL);
        INSERT INTO pairing_codes VALUES ('{code_hash}', '{SUPERVISOR}', '2026-03-02T07:00:00+00:00',
          '2026-03-03T07:00:00+00:00', NULL);
        INSERT INTO mutations VALUES ('{MUTATION}', '{DEVICE}', '{AINO}', '{{"outcome":"applied"}}',
          '2026-03-02T06:00:00+00:00');
        UPDATE sequence SET value = 7;
        "#,
        token_hash = sha256_hex(TOKEN),
        code_hash = sha256_hex(CODE),
    );
    conn.execute_batch(&sql).expect("version-1 rows");
}

fn at(text: &str) -> keikka_core::Timestamp {
    chrono::DateTime::parse_from_rfc3339(text).unwrap()
}

#[test]
fn an_empty_database_migrates_to_every_version_in_turn() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = Connection::open(dir.path().join("empty.db")).unwrap();
    for version in 1..=STEPS.len() {
        migrations().to_version(&mut conn, version).unwrap();
        let current: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(usize::try_from(current).ok(), Some(version));
    }
    drop(conn);
    Store::open(&dir.path().join("empty.db")).expect("opens at the latest version");
}

#[test]
fn a_filled_version_1_database_upgrades_and_reads_back_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 1).unwrap();
        fill_version_1(&conn);
    }
    let store = Store::open(&path).expect("upgrade to latest");

    let (device, actor) = store.authenticate(TOKEN).unwrap().expect("old token works");
    assert_eq!(device.to_string(), DEVICE);
    assert_eq!(actor.role, Role::Participant);
    assert_eq!(actor.person, PersonId::from_str(AINO).unwrap());

    let now = at("2026-03-02T09:00:00+02:00");
    let pull = store.pull(&actor, Cursor(0), 500, now).unwrap();
    let kinds: Vec<&str> = pull
        .changes
        .iter()
        .map(|c| match c {
            Change::Organisation(_) => "organisation",
            Change::Group(_) => "group",
            Change::Person(_) => "person",
            Change::Task(_) => "task",
            Change::Claim(_) => "claim",
            Change::Consent(_) => "consent",
            Change::Commissioner(_) => "commissioner",
            Change::Order(_) => "order",
            Change::SharedProfile(_) => "shared_profile",
        })
        .collect();
    // Version 9 put Aino's phone on her row, which so comes again, after the rest.
    assert_eq!(
        kinds,
        [
            "organisation",
            "group",
            "task",
            "claim",
            "consent",
            "person"
        ]
    );
    assert_eq!(pull.cursor, Cursor(8));
    let Some(Change::Person(aino)) = pull.changes.last() else {
        panic!("her row last");
    };
    let devices: Vec<_> = aino
        .devices
        .iter()
        .map(|d| (d.id, d.name.as_str()))
        .collect();
    assert_eq!(devices, [(device, "Ainon puhelin")]);
    assert_eq!(aino.devices[0].paired_at, at("2026-03-01T12:00:00+00:00"));
    let claim = store
        .claim(ClaimId::from_str(CLAIM).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(claim.status(), ClaimStatus::Claimed);
    let task = store
        .task(TaskId::from_str(TASK).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(task.seats_taken, 1);

    // The recorded mutation is still answered from the record, not applied again.
    let resent = Mutation {
        id: MutationId::from_str(MUTATION).unwrap(),
        at: at("2026-03-02T08:00:00+02:00"),
        op: Op::StartTask {
            claim: ClaimId::from_str(CLAIM).unwrap(),
        },
    };
    let now = at("2026-03-02T09:00:00+02:00");
    assert_eq!(
        store
            .apply_mutation(&actor, Some(device), &resent, now)
            .unwrap(),
        Outcome::Applied
    );
    assert_eq!(
        store.claim(claim.id).unwrap().unwrap().status(),
        ClaimStatus::Claimed
    );

    // Version 7 gave the old answer its time in seconds (the daily limit and the forgetting
    // of refusals count by it) and marked it as not refused.
    let (received, refused): (i64, bool) =
        rusqlite::Connection::open(store.file().expect("a SQLite store"))
            .unwrap()
            .query_row(
                "SELECT received_unix, refused FROM mutations WHERE id = ?1",
                [MUTATION],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
    assert_eq!(received, at("2026-03-02T06:00:00+00:00").timestamp());
    assert!(!refused);

    // The old pairing code still pairs, and new writes continue the sequence.
    let paired = store.pair("abcd-efgh", "Sannan tabletti", now).unwrap();
    assert_eq!(paired.expect("old code pairs").person.name, "Sanna");
    // On the task's day: work is never started before it.
    let on_the_day = at("2026-03-03T09:05:00+02:00");
    let start = Mutation {
        id: MutationId(uuid::Uuid::new_v4()),
        at: on_the_day,
        op: Op::StartTask { claim: claim.id },
    };
    assert_eq!(
        store
            .apply_mutation(&actor, Some(device), &start, on_the_day)
            .unwrap(),
        Outcome::Applied
    );
    // Two new writes: the person's row with the paired device on it, and the claim.
    assert_eq!(store.current_seq().unwrap(), 10);

    // Version 2 filled in the end time of the old task: after a group change (out of her group
    // and back) it is resent.
    let organisation = actor.organisation;
    let groups = [keikka_core::GroupId::from_str(GROUP).unwrap()];
    store
        .set_person_groups(organisation, actor.person, &[])
        .unwrap();
    store
        .set_person_groups(organisation, actor.person, &groups)
        .unwrap();
    let resend = store.pull(&actor, Cursor(8), 500, now).unwrap();
    assert!(
        resend
            .changes
            .iter()
            .any(|c| matches!(c, Change::Task(t) if t.id.to_string() == TASK))
    );
}
