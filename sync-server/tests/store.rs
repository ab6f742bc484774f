//! The store without HTTP: pull paging edge cases that take many rounds over the wire.

mod common;

use common::{START, at, draft};
use keikka_core::protocol::{Change, Cursor, Mutation, Op, Outcome};
use keikka_core::{Actor, GroupId, MutationId, TaskId};
use keikka_sync_server::Store;
use std::collections::BTreeSet;
use uuid::Uuid;

fn publish(store: &Store, supervisor: &Actor, groups: Vec<GroupId>) -> TaskId {
    let mut task = draft(1);
    task.groups = groups;
    let id = task.id;
    let mutation = Mutation {
        id: MutationId(Uuid::new_v4()),
        at: at(START),
        op: Op::PublishTask { task },
    };
    let outcome = store
        .apply_mutation(supervisor, None, &mutation, at(START))
        .unwrap();
    assert_eq!(outcome, Outcome::Applied);
    id
}

fn actor(store: &Store, person: keikka_core::PersonId) -> Actor {
    let person = store.person(person).unwrap().unwrap();
    Actor {
        person: person.id,
        organisation: person.organisation,
        role: person.role,
        groups: person.groups,
    }
}

/// A unit with 20 tasks for the evening group, and Aino of the morning group caught up.
struct GroupChange {
    _dir: tempfile::TempDir,
    store: Store,
    supervisor: Actor,
    aino: Actor,
    evening: GroupId,
    morning: GroupId,
    hidden: BTreeSet<TaskId>,
    cursor: Cursor,
}

fn group_change() -> GroupChange {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let now = at(START);
    let new = store
        .create_organisation("Työkeskus", "Väylä ry", "Sanna", now)
        .unwrap();
    let supervisor = actor(&store, new.supervisor.person.id);
    let morning = store.create_group(&supervisor, "Aamu").unwrap().id;
    let evening = store.create_group(&supervisor, "Ilta").unwrap().id;
    let code = store
        .create_participant(new.organisation.id, "Aino", &[morning], now)
        .unwrap();
    let hidden = (0..20)
        .map(|_| publish(&store, &supervisor, vec![evening]))
        .collect();
    let aino = actor(&store, code.person.id);
    let caught_up = store.pull(&aino, Cursor(0), 500, now).unwrap();
    assert!(!caught_up.more);
    assert!(tasks(&caught_up.changes).is_empty());
    GroupChange {
        _dir: dir,
        store,
        supervisor,
        aino,
        evening,
        morning,
        hidden,
        cursor: caught_up.cursor,
    }
}

fn tasks(changes: &[Change]) -> BTreeSet<TaskId> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Task(t) => Some(t.id),
            _ => None,
        })
        .collect()
}

#[test]
fn after_joining_a_group_the_next_pull_brings_its_tasks_once() {
    let g = group_change();
    let now = at(START);
    g.store
        .set_person_groups(g.aino.organisation, g.aino.person, &[g.morning, g.evening])
        .unwrap();
    let aino = actor(&g.store, g.aino.person);
    let page = g.store.pull(&aino, g.cursor, 500, now).unwrap();
    assert_eq!(tasks(&page.changes), g.hidden);
    assert!(!page.more);
    let again = g.store.pull(&aino, page.cursor, 500, now).unwrap();
    assert!(
        again.changes.is_empty(),
        "no resending once past the change"
    );
}

#[test]
fn after_a_group_change_small_pages_still_end_at_the_head() {
    let g = group_change();
    let now = at(START);
    g.store
        .set_person_groups(g.aino.organisation, g.aino.person, &[g.morning, g.evening])
        .unwrap();
    for _ in 0..10 {
        publish(&g.store, &g.supervisor, vec![]);
    }
    let aino = actor(&g.store, g.aino.person);
    let mut cursor = g.cursor;
    let mut received = BTreeSet::new();
    for round in 0.. {
        assert!(round < 20, "paging must end");
        let page = g.store.pull(&aino, cursor, 6, now).unwrap();
        assert!(page.changes.len() <= 6);
        received.extend(tasks(&page.changes));
        cursor = page.cursor;
        if !page.more {
            break;
        }
    }
    assert_eq!(cursor.0, g.store.current_seq().unwrap());
    // Half of a page went to resending the newest newly visible tasks.
    assert!(received.intersection(&g.hidden).count() >= 3);
}

#[test]
fn tasks_already_over_are_not_resent_after_a_group_change() {
    let g = group_change();
    g.store
        .set_person_groups(g.aino.organisation, g.aino.person, &[g.morning, g.evening])
        .unwrap();
    let aino = actor(&g.store, g.aino.person);
    let after_the_work = at("2026-03-04T09:00:00+02:00");
    let page = g.store.pull(&aino, g.cursor, 500, after_the_work).unwrap();
    assert!(tasks(&page.changes).is_empty());
    assert!(page.changes.iter().any(|c| matches!(c, Change::Person(_))));
}

#[test]
fn a_cursor_beyond_the_servers_head_comes_back_to_the_head() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let new = store
        .create_organisation("Työkeskus", "Väylä ry", "Sanna", at(START))
        .unwrap();
    let supervisor = actor(&store, new.supervisor.person.id);
    let page = store
        .pull(&supervisor, Cursor(u64::MAX), 500, at(START))
        .unwrap();
    assert!(page.changes.is_empty() && !page.more);
    assert_eq!(page.cursor.0, store.current_seq().unwrap());
}

#[test]
fn a_sync_answer_passes_the_stored_json_through_exactly_as_the_protocol_encodes_it() {
    let g = group_change();
    let now = at(START);
    for who in [&g.supervisor, &g.aino] {
        let stored = g.store.pull_stored(who, Cursor(0), 500, now).unwrap();
        let typed = g.store.pull(who, Cursor(0), 500, now).unwrap();
        assert!(!stored.changes.is_empty());
        let rules = Some("2026-12-01".parse().unwrap());
        let wire = serde_json::to_string(&keikka_sync_server::SyncAnswer {
            results: vec![],
            changes: stored.changes,
            cursor: stored.cursor,
            more: stored.more,
            rules,
        })
        .unwrap();
        let protocol = serde_json::to_string(&keikka_core::protocol::SyncResponse {
            results: vec![],
            changes: typed.changes,
            cursor: typed.cursor,
            more: typed.more,
            rules,
        })
        .unwrap();
        assert_eq!(wire, protocol);
    }
}

/// Sixty phones claim a 50-seat task at the same moment, each from its own thread, so their
/// mutations are committed in groups (`Store::apply_mutations`).
#[test]
fn claims_committed_together_still_fill_each_seat_once_and_answer_everyone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let now = at(START);
    let new = store
        .create_organisation("Työkeskus", "Väylä ry", "Sanna", now)
        .unwrap();
    let supervisor = actor(&store, new.supervisor.person.id);
    let task = draft(50);
    let task_id = task.id;
    let publish = Mutation {
        id: MutationId(Uuid::new_v4()),
        at: now,
        op: Op::PublishTask { task },
    };
    assert_eq!(
        store
            .apply_mutation(&supervisor, None, &publish, now)
            .unwrap(),
        Outcome::Applied
    );
    let phones: Vec<(Actor, Mutation)> = (0..60)
        .map(|n| {
            let code = store
                .create_participant(new.organisation.id, &format!("Osallistuja {n}"), &[], now)
                .unwrap();
            let claim = Mutation {
                id: MutationId(Uuid::new_v4()),
                at: now,
                op: Op::ClaimTask {
                    claim: keikka_core::ClaimId(Uuid::new_v4()),
                    task: task_id,
                },
            };
            (actor(&store, code.person.id), claim)
        })
        .collect();
    let start = std::sync::Barrier::new(phones.len());
    let outcomes: Vec<Outcome> = std::thread::scope(|s| {
        let handles: Vec<_> = phones
            .iter()
            .map(|(who, claim)| {
                let (store, start) = (&store, &start);
                s.spawn(move || {
                    start.wait();
                    store
                        .apply_mutations(who, None, std::slice::from_ref(claim), now)
                        .unwrap()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let applied = outcomes.iter().filter(|o| **o == Outcome::Applied).count();
    assert_eq!(applied, 50);
    assert!(outcomes.iter().all(|o| *o == Outcome::Applied
        || *o
            == Outcome::Rejected {
                reason: keikka_core::DomainError::TaskFull
            }));
    assert_eq!(store.task(task_id).unwrap().unwrap().seats_taken, 50);
    // Sent again (an answer lost on the way), each gets the answer it got the first time.
    for ((who, claim), first) in phones.iter().zip(&outcomes) {
        assert_eq!(store.apply_mutation(who, None, claim, now).unwrap(), *first);
    }
}
