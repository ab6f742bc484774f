//! The pull's SQL rule for which tasks a participant sees (`VISIBLE_TASK`) against core's
//! (`Task::visible_to`), on random units: groups, tasks shown to some of them, participants
//! who take tasks and then change groups, tasks edited to other groups afterwards.

mod common;

use keikka_core::protocol::{Change, Cursor, Mutation, Op, Outcome};
use keikka_core::{ClaimId, MutationId, TaskDraft, TaskId};
use keikka_sync_server::Store;
use proptest::prelude::*;
use proptest::sample::subsequence;
use proptest::test_runner::{Config, TestRunner};
use std::collections::BTreeSet;
use uuid::Uuid;

/// One participant: their groups at first, the tasks they try to take, their groups after.
#[derive(Debug, Clone)]
struct Participant {
    groups_first: Vec<usize>,
    takes: Vec<usize>,
    groups_after: Vec<usize>,
}

/// A unit: how many groups, each task's groups, the participants, and edits of a task's
/// groups after the participants acted.
#[derive(Debug, Clone)]
struct Unit {
    groups: usize,
    tasks: Vec<Vec<usize>>,
    participants: Vec<Participant>,
    edits: Vec<(usize, Vec<usize>)>,
}

fn unit() -> impl Strategy<Value = Unit> {
    (0usize..4, 1usize..7).prop_flat_map(|(groups, tasks)| {
        let some_groups = move || subsequence((0..groups).collect::<Vec<_>>(), 0..=groups);
        let participant = (
            some_groups(),
            subsequence((0..tasks).collect::<Vec<_>>(), 0..=tasks),
            some_groups(),
        )
            .prop_map(|(groups_first, takes, groups_after)| Participant {
                groups_first,
                takes,
                groups_after,
            });
        (
            proptest::collection::vec(some_groups(), tasks),
            proptest::collection::vec(participant, 1..4),
            proptest::collection::vec((0..tasks, some_groups()), 0..3),
        )
            .prop_map(move |(tasks, participants, edits)| Unit {
                groups,
                tasks,
                participants,
                edits,
            })
    })
}

fn mutation(op: Op) -> Mutation {
    Mutation {
        id: MutationId(Uuid::new_v4()),
        at: common::at(common::START),
        op,
    }
}

/// Builds `unit` in the store as a new organisation, then compares each participant's full
/// pull with core's rule over what the store holds afterwards.
fn check(store: &Store, unit: &Unit) -> Result<(), TestCaseError> {
    let now = common::at(common::START);
    let made = store
        .create_organisation("Yksikkö", "Väylä ry", "Sanna", now)
        .expect("organisation");
    let boss = store
        .pair(&made.supervisor.code, "Tabletti", now)
        .expect("pair")
        .expect("the supervisor's code pairs");
    let (boss_device, boss_actor) = store
        .authenticate(&boss.token)
        .expect("authenticate")
        .expect("the supervisor's token works");
    let organisation = made.organisation.id;
    let groups: Vec<_> = (0..unit.groups)
        .map(|n| {
            store
                .create_group(&boss_actor, &format!("Ryhmä {n}"))
                .expect("group")
                .id
        })
        .collect();
    let pick = |indices: &[usize]| indices.iter().map(|&i| groups[i]).collect::<Vec<_>>();
    let drafts: Vec<TaskDraft> = unit
        .tasks
        .iter()
        .map(|shown_to| {
            let mut draft = common::draft(20);
            draft.groups = pick(shown_to);
            draft
        })
        .collect();
    let publish: Vec<_> = drafts
        .iter()
        .map(|d| mutation(Op::PublishTask { task: d.clone() }))
        .collect();
    let published = store
        .apply_mutations(&boss_actor, Some(boss_device), &publish, now)
        .expect("publish");
    prop_assert!(published.iter().all(|o| *o == Outcome::Applied));

    let mut people = Vec::new();
    for (n, p) in unit.participants.iter().enumerate() {
        let code = store
            .create_participant(
                organisation,
                &format!("Osallistuja {n}"),
                &pick(&p.groups_first),
                now,
            )
            .expect("participant");
        let phone = store
            .pair(&code.code, "Puhelin", now)
            .expect("pair")
            .expect("the participant's code pairs");
        let (device, actor) = store
            .authenticate(&phone.token)
            .expect("authenticate")
            .expect("the participant's token works");
        // A task they cannot see is refused; what is applied is theirs to keep seeing.
        let mut held = BTreeSet::new();
        for &t in &p.takes {
            let take = mutation(Op::ClaimTask {
                claim: ClaimId(Uuid::new_v4()),
                task: drafts[t].id,
            });
            let outcome = store
                .apply_mutations(&actor, Some(device), &[take], now)
                .expect("claim");
            if outcome == [Outcome::Applied] {
                held.insert(drafts[t].id);
            }
        }
        store
            .set_person_groups(organisation, actor.person, &pick(&p.groups_after))
            .expect("groups");
        people.push((actor, held));
    }
    for (t, shown_to) in &unit.edits {
        let mut edited = drafts[*t].clone();
        edited.groups = pick(shown_to);
        let outcome = store
            .apply_mutations(
                &boss_actor,
                Some(boss_device),
                &[mutation(Op::EditTask { task: edited })],
                now,
            )
            .expect("edit");
        prop_assert_eq!(outcome, vec![Outcome::Applied]);
    }

    for (actor, held) in &people {
        let person = store.person(actor.person).expect("read").expect("person");
        let expected: BTreeSet<TaskId> = drafts
            .iter()
            .map(|d| store.task(d.id).expect("read").expect("task"))
            .filter(|task| task.visible_to(organisation, &person.groups, held.contains(&task.id)))
            .map(|task| task.id)
            .collect();
        let mut pulled = BTreeSet::new();
        let mut cursor = Cursor(0);
        loop {
            let pull = store.pull(actor, cursor, 500, now).expect("pull");
            for change in &pull.changes {
                if let Change::Task(task) = change {
                    pulled.insert(task.id);
                }
            }
            cursor = pull.cursor;
            if !pull.more {
                break;
            }
        }
        prop_assert_eq!(
            pulled,
            expected,
            "groups {:?}, holds {:?}",
            person.groups,
            held
        );
    }
    Ok(())
}

/// Every case is a new organisation in one database (SQLite, or PostgreSQL in the suite's
/// second run), so the units around each also prove that no other unit's task shows.
#[test]
fn the_pull_shows_a_participant_exactly_the_tasks_cores_rule_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let location = keikka_sync_server::db::for_test(dir.path()).expect("a test database");
    let store = Store::open_at(&location).expect("open store");
    let mut runner = TestRunner::new(Config {
        cases: 48,
        ..Config::default()
    });
    let result = runner.run(&unit(), |unit| check(&store, &unit));
    if let Err(failure) = result {
        panic!("{failure}");
    }
}
