//! The store's behaviour: the optimistic view, the outbox, applying server answers, the reads.

use super::*;
use crate::testkit::*;
use keikka_core::protocol::{Change, Cursor, MutationResult, Op, Outcome, SyncResponse};
use keikka_core::{ClaimState, Minutes, TaskStatus};
use uuid::Uuid;

fn answer(results: Vec<MutationResult>, changes: Vec<Change>, cursor: u64) -> SyncResponse {
    SyncResponse {
        results,
        changes,
        cursor: Cursor(cursor),
        more: false,
        rules: None,
    }
}

fn applied(id: MutationId) -> MutationResult {
    MutationResult {
        id,
        outcome: Outcome::Applied,
    }
}

fn rejected(id: MutationId, reason: DomainError) -> MutationResult {
    MutationResult {
        id,
        outcome: Outcome::Rejected { reason },
    }
}

/// A store paired as `person` that has received the unit and `changes` from the server.
fn paired(person: &Person, server: &ServerSim, changes: Vec<Change>) -> Store {
    fed(Store::open_in_memory().unwrap(), person, server, changes)
}

/// `store` paired as `person`, with the unit and `changes` received from the server.
fn fed(mut store: Store, person: &Person, server: &ServerSim, changes: Vec<Change>) -> Store {
    store
        .save_pairing("http://keikka.test", &pair_response(person, 1))
        .unwrap();
    let mut all = server.basics(&[supervisor(), participant(1), participant(2)]);
    all.extend(changes);
    store
        .apply_sync_response(&answer(vec![], all, 1), now())
        .unwrap();
    store
}

fn claim_op(task: TaskId) -> (ClaimId, Op) {
    let claim = ClaimId(Uuid::new_v4());
    (claim, Op::ClaimTask { claim, task })
}

#[test]
fn a_recorded_claim_shows_at_once_saved_on_the_phone_only() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    let mut store = paired(&participant(1), &server, published);
    let task = draft(1, 2).id;
    assert_eq!(
        store.open_tasks(now()).unwrap()[0].sync,
        SyncState::OnServer
    );

    let (claim, op) = claim_op(task);
    store.record(op, now()).unwrap();

    let mine = store.my_claims().unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].claim.id, claim);
    assert_eq!(mine[0].sync, SyncState::OnPhoneOnly);
    assert_eq!(mine[0].task.as_ref().map(|t| t.seats_taken), Some(1));
    // Taken by me: no longer offered.
    assert!(store.open_tasks(now()).unwrap().is_empty());
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert_eq!(store.pending().unwrap()[0].conflict, None);
}

/// A screen reads the store many times per render; each read needs the outbox replayed over
/// the server tables, which only changes when a row does (issue 16, item 7).
#[test]
fn reads_without_a_write_between_replay_the_outbox_once_and_a_write_shows_at_once() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    let mut store = paired(&participant(1), &server, published);
    let task = draft(1, 2).id;
    let (claim, op) = claim_op(task);
    store.record(op, now()).unwrap();

    let before = store.replays.get();
    assert!(store.open_tasks(now()).unwrap().is_empty());
    assert_eq!(store.my_claims().unwrap()[0].claim.id, claim);
    assert_eq!(
        store.task(task).unwrap().map(|t| t.item.seats_taken),
        Some(1)
    );
    assert_eq!(store.pending().unwrap().len(), 1);
    assert_eq!(store.replays.get() - before, 1, "one replay for four reads");

    // A write moves SQLite's change count: the next read replays and shows it.
    store.record(Op::WithdrawClaim { claim }, now()).unwrap();
    assert!(matches!(
        store.my_claims().unwrap()[0].claim.state,
        ClaimState::Withdrawn { .. }
    ));
    assert_eq!(store.open_tasks(now()).unwrap().len(), 1);
    assert_eq!(store.replays.get() - before, 2);
    // So does an answer from the server.
    store
        .apply_sync_response(&answer(vec![], vec![], 2), now())
        .unwrap();
    store.my_claims().unwrap();
    assert_eq!(store.replays.get() - before, 3);
}

#[test]
fn an_applied_answer_marks_the_claim_on_server_and_empties_the_outbox() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    let mut store = paired(&participant(1), &server, published);
    let (claim, op) = claim_op(draft(1, 2).id);
    let id = store.record(op, now()).unwrap();

    let sent = store.outbox_batch(100).unwrap();
    let changes = server.run_mutation(&participant(1), &sent[0]).unwrap();
    let report = store
        .apply_sync_response(&answer(vec![applied(id)], changes, 7), now())
        .unwrap();

    assert_eq!(report.applied, 1);
    assert_eq!(store.outbox_len().unwrap(), 0);
    let item = store.claim(claim).unwrap().unwrap();
    assert_eq!(item.sync, SyncState::OnServer);
    assert_eq!(item.claim.status(), ClaimStatus::Claimed);
}

#[test]
fn a_claim_the_server_refuses_is_recorded_as_task_full_and_leaves_the_view() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 1));
    let mut store = paired(&participant(1), &server, published);
    let (claim, op) = claim_op(draft(1, 1).id);
    let id = store.record(op.clone(), now()).unwrap();

    // Someone else's claim reached the server first.
    let (_, theirs) = server.claim(&participant(2), draft(1, 1).id);
    let task_now: Vec<Change> = theirs
        .into_iter()
        .filter(|c| matches!(c, Change::Task(_)))
        .collect();
    let later = at("2026-03-23T09:00:00+02:00");
    store
        .apply_sync_response(
            &answer(vec![rejected(id, DomainError::TaskFull)], task_now, 9),
            later,
        )
        .unwrap();

    assert!(store.my_claims().unwrap().is_empty());
    assert!(store.claim(claim).unwrap().is_none());
    assert_eq!(store.outbox_len().unwrap(), 0);
    let notes = store.unseen_rejections().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].mutation, id);
    assert_eq!(notes[0].reason, DomainError::TaskFull);
    assert_eq!(notes[0].subject, Subject::Claim(claim));
    assert_eq!(notes[0].op, op);
    assert_eq!(notes[0].done_at, now());
    assert_eq!(notes[0].received_at, later);
    assert_eq!(
        crate::text::reason_message(&notes[0].reason),
        "reason-task-full"
    );

    store.dismiss_rejection(id).unwrap();
    assert!(store.unseen_rejections().unwrap().is_empty());
}

#[test]
fn a_locally_invalid_action_returns_the_reason_and_changes_nothing() {
    let mut server = ServerSim::new();
    let mut changes = server.publish(draft(1, 1));
    changes.extend(server.claim(&participant(2), draft(1, 1).id).1);
    changes.retain(|c| !matches!(c, Change::Claim(_)));
    let mut store = paired(&participant(1), &server, changes);
    let before_tasks = store.task(draft(1, 1).id).unwrap();

    let (_, op) = claim_op(draft(1, 1).id);
    match store.record(op, now()) {
        Err(StoreError::Rejected(DomainError::TaskFull)) => {}
        other => panic!("expected task_full, got {other:?}"),
    }
    let ghost = ClaimId(Uuid::new_v4());
    match store.record(Op::StartTask { claim: ghost }, now()) {
        Err(StoreError::Rejected(DomainError::NotFound { .. })) => {}
        other => panic!("expected not_found, got {other:?}"),
    }
    // A participant may not publish.
    match store.record(Op::PublishTask { task: draft(2, 1) }, now()) {
        Err(StoreError::Rejected(DomainError::Forbidden)) => {}
        other => panic!("expected forbidden, got {other:?}"),
    }

    assert_eq!(store.outbox_len().unwrap(), 0);
    assert!(store.my_claims().unwrap().is_empty());
    assert_eq!(store.task(draft(1, 1).id).unwrap(), before_tasks);
}

#[test]
fn recording_before_pairing_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let (_, op) = claim_op(draft(1, 1).id);
    assert!(matches!(
        store.record(op, now()),
        Err(StoreError::NotPaired)
    ));
    assert!(matches!(
        store.open_tasks(now()),
        Err(StoreError::NotPaired)
    ));
    assert_eq!(store.me().unwrap(), None);
    assert!(store.groups().unwrap().is_empty());
}

#[test]
fn pending_actions_are_reapplied_over_new_server_state() {
    let mut server = ServerSim::new();
    let mut changes = server.publish(draft(1, 3));
    let (claim, claimed) = server.claim(&participant(1), draft(1, 3).id);
    changes.extend(claimed);
    let mut store = paired(&participant(1), &server, changes);

    // On the task's day: work is started on its day, not before.
    store
        .record(Op::StartTask { claim }, at("2026-03-28T09:00:00+02:00"))
        .unwrap();
    let done_at = at("2026-03-28T11:50:00+02:00");
    store
        .record(
            Op::CompleteTask {
                claim,
                minutes: Minutes(150),
                note: None,
            },
            done_at,
        )
        .unwrap();

    // Meanwhile the server renamed nothing of the claim but another participant took a seat.
    let (_, other) = server.claim(&participant(2), draft(1, 3).id);
    let task_only: Vec<Change> = other
        .into_iter()
        .filter(|c| matches!(c, Change::Task(_)))
        .collect();
    store
        .apply_sync_response(&answer(vec![], task_only, 12), now())
        .unwrap();

    let item = store.claim(claim).unwrap().unwrap();
    assert_eq!(item.claim.status(), ClaimStatus::Completed);
    assert_eq!(item.sync, SyncState::OnPhoneOnly);
    assert_eq!(item.task.map(|t| t.seats_taken), Some(2));
    assert_eq!(store.outbox_len().unwrap(), 2);
}

#[test]
fn a_pending_claim_that_no_longer_fits_stays_in_the_outbox_marked_in_conflict() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 1));
    let mut store = paired(&participant(1), &server, published);
    let (claim, op) = claim_op(draft(1, 1).id);
    let id = store.record(op, now()).unwrap();

    // The server now says the only seat is taken; our claim has not been answered yet.
    let (_, theirs) = server.claim(&participant(2), draft(1, 1).id);
    let task_only: Vec<Change> = theirs
        .into_iter()
        .filter(|c| matches!(c, Change::Task(_)))
        .collect();
    store
        .apply_sync_response(&answer(vec![], task_only, 20), now())
        .unwrap();

    assert_eq!(store.outbox_len().unwrap(), 1);
    let pending = store.pending().unwrap();
    assert_eq!(pending[0].mutation.id, id);
    assert_eq!(pending[0].conflict, Some(DomainError::TaskFull));
    assert!(store.claim(claim).unwrap().is_none());
    // The server decides: the mutation is still sent.
    assert_eq!(store.outbox_batch(100).unwrap().len(), 1);
}

#[test]
fn a_lost_answer_sent_again_gives_the_same_state() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    let mut store = paired(&participant(1), &server, published.clone());
    let (claim, op) = claim_op(draft(1, 2).id);
    let id = store.record(op, now()).unwrap();
    let sent = store.outbox_batch(100).unwrap();

    // The server applied it but the answer never arrived: nothing changes on the phone.
    let changes = server.run_mutation(&participant(1), &sent[0]).unwrap();
    let cursor_before = store.cursor().unwrap();
    assert_eq!(store.outbox_len().unwrap(), 1);

    // Sent again: the server answers the same outcome (idempotent) and the changes since the
    // old cursor, so the answer is the same whether or not the first one was lost.
    assert_eq!(store.outbox_batch(100).unwrap(), sent);
    let again = answer(vec![applied(id)], changes.clone(), 30);
    store.apply_sync_response(&again, now()).unwrap();
    let once = store.my_claims().unwrap();
    // And a duplicate of that answer (a proxy replaying it) changes nothing more.
    store.apply_sync_response(&again, now()).unwrap();

    assert_eq!(store.my_claims().unwrap(), once);
    assert_eq!(once.len(), 1);
    assert_eq!(once[0].claim.id, claim);
    assert_eq!(once[0].sync, SyncState::OnServer);
    assert_eq!(once[0].task.as_ref().map(|t| t.seats_taken), Some(1));
    assert_eq!(store.outbox_len().unwrap(), 0);
    assert!(store.unseen_rejections().unwrap().is_empty());
    assert!(store.cursor().unwrap() > cursor_before);
}

#[test]
fn the_cursor_and_last_synced_time_are_stored() {
    let server = ServerSim::new();
    let mut store = paired(&participant(1), &server, vec![]);
    let later = at("2026-03-24T07:30:00+02:00");
    store
        .apply_sync_response(&answer(vec![], vec![], 42), later)
        .unwrap();
    assert_eq!(store.cursor().unwrap(), Cursor(42));
    assert_eq!(store.last_synced_at().unwrap(), Some(later));
    let fresh = Store::open_in_memory().unwrap();
    assert_eq!(fresh.cursor().unwrap(), Cursor(0));
    assert_eq!(fresh.last_synced_at().unwrap(), None);
}

/// Runs a claim through complete and approval on the server, paid on `paid_on`.
fn approved_claim(
    server: &mut ServerSim,
    who: &Person,
    n: u128,
    minutes: u32,
    paid_on: &str,
) -> Vec<Change> {
    let mut changes = server.publish(draft(n, 5));
    let (claim, c) = server.claim(who, draft(n, 5).id);
    changes.extend(c);
    changes.extend(server.run(
        who,
        Op::CompleteTask {
            claim,
            minutes: Minutes(minutes),
            note: None,
        },
        at("2026-03-28T12:00:00+02:00"),
    ));
    changes.extend(server.run(
        &supervisor(),
        Op::ApproveCompletion {
            claim,
            paid_on: paid_on.parse().unwrap(),
            minutes: None,
            adjust_reason: None,
        },
        at("2026-03-29T08:00:00+02:00"),
    ));
    changes
}

#[test]
fn earnings_come_from_approved_claims_and_sum_by_payment_month() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = approved_claim(&mut server, &me, 1, 150, "2026-04-05");
    changes.extend(approved_claim(&mut server, &me, 2, 60, "2026-04-20"));
    changes.extend(approved_claim(&mut server, &me, 3, 90, "2026-03-31"));
    // Someone else's approval and my unapproved claim do not count.
    changes.extend(approved_claim(
        &mut server,
        &participant(2),
        4,
        180,
        "2026-04-05",
    ));
    changes.extend(server.publish(draft(5, 2)));
    changes.extend(server.claim(&me, draft(5, 2).id).1);
    let store = paired(&me, &server, changes);

    let earnings = store.my_earnings().unwrap();
    assert_eq!(earnings.len(), 3);
    assert!(earnings.iter().all(|e| e.sync == SyncState::OnServer));
    assert_eq!(earnings[0].item.paid_on.to_string(), "2026-03-31");

    let months = store.my_earnings_by_month().unwrap();
    let summary: Vec<(i32, u32, Cents)> =
        months.iter().map(|m| (m.year, m.month, m.total)).collect();
    assert_eq!(
        summary,
        vec![(2026, 3, Cents(1500)), (2026, 4, Cents(2500 + 1000))]
    );
}

#[test]
fn a_supervisor_sees_waiting_completions_oldest_first_and_approves_one_offline() {
    let mut server = ServerSim::new();
    let mut changes = server.publish(draft(1, 5));
    let task = draft(1, 5).id;
    let mut claims = vec![];
    // Completed in the order 2, 1, 3 (times out of order with the claims).
    for (who, done) in [(2, "10:30"), (1, "09:45"), (3, "11:15")] {
        let (claim, c) = server.claim(&participant(who), task);
        changes.extend(c);
        changes.extend(server.run(
            &participant(who),
            Op::CompleteTask {
                claim,
                minutes: Minutes(60),
                note: None,
            },
            at(&format!("2026-03-28T{done}:00+02:00")),
        ));
        claims.push((who, claim));
    }
    let (_, not_done) = server.claim(&participant(4), task);
    changes.extend(not_done);
    let mut store = paired(&supervisor(), &server, changes.clone());

    let people: Vec<String> = store
        .unit_people()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(
        people,
        vec!["Osallistuja 1", "Osallistuja 2", "Sanna Ohjaaja"]
    );

    let waiting = store.completions_waiting().unwrap();
    let order: Vec<ClaimId> = waiting.iter().map(|i| i.claim.id).collect();
    assert_eq!(order, vec![claims[1].1, claims[0].1, claims[2].1]);
    // A removed person's work is anonymous hours: nothing waits for a decision on it.
    {
        let mut removed = paired(&supervisor(), &server, changes.clone());
        let gone = participant(2).removed(now());
        removed
            .apply_sync_response(&answer(vec![], vec![Change::Person(gone)], 2), now())
            .unwrap();
        let order: Vec<ClaimId> = removed
            .completions_waiting()
            .unwrap()
            .iter()
            .map(|i| i.claim.id)
            .collect();
        assert_eq!(order, vec![claims[1].1, claims[2].1]);
    }
    assert_eq!(
        waiting[0].participant.as_ref().map(|p| p.name.as_str()),
        Some("Osallistuja 1")
    );
    assert!(waiting[0].task.is_some());

    store
        .record(
            Op::ApproveCompletion {
                claim: claims[1].1,
                paid_on: "2026-04-05".parse().unwrap(),
                minutes: None,
                adjust_reason: None,
            },
            at("2026-03-28T13:00:00+02:00"),
        )
        .unwrap();
    let waiting = store.completions_waiting().unwrap();
    assert_eq!(waiting.len(), 2);
    let approved = store.claim(claims[1].1).unwrap().unwrap();
    assert_eq!(approved.sync, SyncState::OnPhoneOnly);
    assert!(matches!(approved.claim.state, ClaimState::Approved { .. }));
}

#[test]
fn open_tasks_leave_out_full_ended_cancelled_and_other_groups_tasks() {
    let mut server = ServerSim::new();
    let mut changes = server.publish(draft(1, 2));
    let mut other_group = draft(2, 2);
    let elsewhere = Group {
        id: keikka_core::GroupId(Uuid::from_u128(3)),
        organisation: organisation().id,
        name: "Iltaryhmä".into(),
    };
    server.world.groups.insert(elsewhere.id, elsewhere.clone());
    other_group.groups = vec![elsewhere.id];
    changes.push(Change::Group(elsewhere));
    changes.extend(server.publish(other_group));
    let mut mine = draft(3, 2);
    mine.groups = vec![group().id];
    changes.extend(server.publish(mine));
    changes.extend(server.publish(draft(4, 1)));
    changes.extend(server.claim(&participant(2), draft(4, 1).id).1);
    changes.extend(server.publish(draft(5, 2)));
    changes.extend(server.run(
        &supervisor(),
        Op::CancelTask {
            task: draft(5, 2).id,
        },
        now(),
    ));
    let store = paired(&participant(1), &server, changes);

    let ids: Vec<TaskId> = store
        .open_tasks(now())
        .unwrap()
        .into_iter()
        .map(|t| t.item.id)
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&draft(1, 2).id) && ids.contains(&draft(3, 2).id));
    // After the window closes nothing is offered.
    assert!(
        store
            .open_tasks(at("2026-03-28T12:00:01+02:00"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.task(draft(5, 2).id).unwrap().map(|t| t.item.status),
        Some(TaskStatus::Cancelled)
    );
    assert_eq!(store.groups().unwrap(), vec![group()]);
}

#[test]
fn a_supervisor_publishes_and_cancels_a_task_offline() {
    let server = ServerSim::new();
    let mut store = paired(&supervisor(), &server, vec![]);
    store
        .record(Op::PublishTask { task: draft(1, 3) }, now())
        .unwrap();
    let tasks = store.unit_tasks().unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].sync, SyncState::OnPhoneOnly);
    assert_eq!(tasks[0].item.employer_of_record, "Väylä ry");
    store
        .record(
            Op::CancelTask {
                task: draft(1, 3).id,
            },
            now(),
        )
        .unwrap();
    assert!(store.unit_tasks().unwrap().is_empty());
    assert_eq!(store.outbox_len().unwrap(), 2);
}

#[test]
fn consent_is_shown_with_its_sync_state() {
    let server = ServerSim::new();
    let mut store = paired(&participant(1), &server, vec![]);
    assert_eq!(store.my_consent().unwrap(), None);
    store
        .record(
            Op::SetConsent {
                share_benefit_profile: true,
            },
            now(),
        )
        .unwrap();
    let consent = store.my_consent().unwrap().unwrap();
    assert!(consent.item.share_benefit_profile);
    assert_eq!(consent.sync, SyncState::OnPhoneOnly);
}

#[test]
fn me_and_my_unit_come_from_the_pairing_and_then_from_the_server() {
    let server = ServerSim::new();
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_pairing("http://keikka.test", &pair_response(&participant(1), 1))
        .unwrap();
    assert_eq!(store.me().unwrap(), Some(participant(1)));
    assert_eq!(store.organisation().unwrap(), Some(organisation()));
    let mut renamed = participant(1);
    renamed.name = "Uusi Nimi".into();
    store
        .apply_sync_response(
            &answer(vec![], vec![Change::Person(renamed.clone())], 3),
            now(),
        )
        .unwrap();
    assert_eq!(store.me().unwrap(), Some(renamed));
    let _ = server;
}

#[test]
fn pairing_again_as_the_same_person_keeps_the_outbox_and_as_another_sets_it_aside() {
    let server = ServerSim::new();
    let mut store = paired(&participant(1), &server, vec![]);
    store
        .record(
            Op::SetConsent {
                share_benefit_profile: false,
            },
            now(),
        )
        .unwrap();
    let mut again = pair_response(&participant(1), 2);
    again.token = "new-token".into();
    store.save_pairing("http://keikka.test", &again).unwrap();
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert_eq!(
        store.pairing().unwrap().map(|p| p.token),
        Some("new-token".into())
    );
    assert_eq!(store.cursor().unwrap(), Cursor(1));

    store
        .save_pairing("http://keikka.test", &pair_response(&participant(2), 3))
        .unwrap();
    assert_eq!(store.outbox_len().unwrap(), 0);
    assert_eq!(store.cursor().unwrap(), Cursor(0));
    assert_eq!(store.me().unwrap().map(|p| p.id), Some(participant(2).id));
    // The first person's unsent work is not deleted: it waits apart, under their pairing.
    assert_eq!(store.set_aside_len().unwrap(), 1);
    let batch = store.set_aside_batch(100).unwrap().expect("set aside");
    assert_eq!(batch.token, "new-token");
    assert_eq!(batch.device, again.device);
    assert!(matches!(
        batch.mutations[0].1.op,
        Op::SetConsent {
            share_benefit_profile: false
        }
    ));
    store.forget_set_aside(&[batch.mutations[0].0]).unwrap();
    assert_eq!(store.set_aside_len().unwrap(), 0);
}

/// The phone went to Leena while Aino's take waited (her pairing revoked): each sync says it
/// waits, and when Aino pairs the phone again her take is back in the outbox, sent under her
/// new pairing, while Leena's own waits apart in turn (issue 16, item 3).
#[test]
fn set_aside_work_is_said_to_wait_and_goes_back_to_the_outbox_when_its_person_pairs_again() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    let aino = participant(1);
    let leena = participant(2);
    let mut store = paired(&aino, &server, published);
    let (claim, op) = claim_op(draft(1, 2).id);
    store.record(op, now()).unwrap();
    let first = pair_response(&aino, 1);
    let as_leena = pair_response(&leena, 2);
    store.save_pairing("http://keikka.test", &as_leena).unwrap();
    assert_eq!(store.set_aside_waiting().unwrap(), vec![(first.device, 1)]);
    store
        .record(
            Op::SetConsent {
                share_benefit_profile: false,
            },
            now(),
        )
        .unwrap();

    let mut aino_again = pair_response(&aino, 3);
    aino_again.token = "aino-new".into();
    store
        .save_pairing("http://keikka.test", &aino_again)
        .unwrap();
    let outbox = store.outbox_batch(10).unwrap();
    assert_eq!(outbox.len(), 1, "Aino's take is hers to send again");
    assert!(matches!(outbox[0].op, Op::ClaimTask { claim: c, .. } if c == claim));
    assert_eq!(
        store.set_aside_waiting().unwrap(),
        vec![(as_leena.device, 1)]
    );
    assert_eq!(store.set_aside_len().unwrap(), 1);
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_database_file_keeps_the_outbox_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keikka.sqlite");
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    {
        let mut store = Store::open(&path).unwrap();
        store
            .save_pairing("http://keikka.test", &pair_response(&participant(1), 1))
            .unwrap();
        store
            .apply_sync_response(&answer(vec![], published, 5), now())
            .unwrap();
        store.record(claim_op(draft(1, 2).id).1, now()).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert_eq!(store.my_claims().unwrap()[0].sync, SyncState::OnPhoneOnly);
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
}

/// Representative rows written with version-1 SQL, as a phone on the first release has them.
const V1_ROWS: &str = r#"
INSERT INTO pairing (only_row, server_url, device, token, person, organisation) VALUES
 (1, 'https://keikka.example', '00000000-0000-0000-0000-0000000003e9', 'token-1',
  '{"id":"00000000-0000-0000-0000-000000000065","organisation":"00000000-0000-0000-0000-000000000001","name":"Osallistuja 1","role":"participant","groups":["00000000-0000-0000-0000-000000000002"]}',
  '{"id":"00000000-0000-0000-0000-000000000001","name":"Työkeskus Kallio","employer_of_record":"Väylä ry"}');
INSERT INTO server_organisations (id, json) VALUES ('00000000-0000-0000-0000-000000000001',
  '{"id":"00000000-0000-0000-0000-000000000001","name":"Työkeskus Kallio","employer_of_record":"Väylä ry"}');
INSERT INTO server_groups (id, organisation, json) VALUES ('00000000-0000-0000-0000-000000000002',
  '00000000-0000-0000-0000-000000000001',
  '{"id":"00000000-0000-0000-0000-000000000002","organisation":"00000000-0000-0000-0000-000000000001","name":"Aamuryhmä"}');
INSERT INTO sync_state (only_row, cursor, last_synced_at) VALUES (1, 17, '2026-03-22T18:00:00+02:00')
  ON CONFLICT (only_row) DO UPDATE SET cursor = 17, last_synced_at = '2026-03-22T18:00:00+02:00';
INSERT INTO rejections (mutation, subject_kind, subject_id, reason, op, done_at, received_at) VALUES
 ('00000000-0000-0000-0000-000000000777', 'claim', '00000000-0000-0000-0000-000000000778',
  '{"code":"task_full"}',
  '{"type":"claim_task","claim":"00000000-0000-0000-0000-000000000778","task":"00000000-0000-0000-0000-0000000001f5"}',
  '2026-03-22T10:00:00+02:00', '2026-03-22T18:00:00+02:00');
"#;

/// Writes a task or claim with version-1 SQL (not `rows::upsert`, which follows the latest
/// schema).
fn insert_v1(conn: &rusqlite::Connection, change: &Change) {
    match change {
        Change::Task(t) => conn.execute(
            "INSERT OR REPLACE INTO server_tasks (id, organisation, status, starts_at, ends_at, json) \
             VALUES (?1, ?2, 'open', ?3, ?4, ?5)",
            params![
                t.id.to_string(),
                t.organisation.to_string(),
                t.starts_at.to_rfc3339(),
                t.ends_at.to_rfc3339(),
                serde_json::to_string(t).unwrap()
            ],
        ),
        Change::Claim(c) => conn.execute(
            "INSERT OR REPLACE INTO server_claims (id, task, participant, organisation, status, json) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                c.id.to_string(),
                c.task.to_string(),
                c.participant.to_string(),
                c.organisation.to_string(),
                c.status().as_str(),
                serde_json::to_string(c).unwrap()
            ],
        ),
        other => panic!("no version-1 fixture for {other:?}"),
    }
    .unwrap();
}

#[test]
fn a_version_1_database_with_data_upgrades_and_reads_back_through_the_store() {
    // Tasks, claims and the outbox are written through real keikka-core JSON, then the database
    // is moved back to its version-1 form (by building it at version 1 and copying the rows).
    let mut server = ServerSim::new();
    let mut changes = server.publish(draft(1, 2));
    let (claim, c) = server.claim(&participant(1), draft(1, 2).id);
    changes.extend(c);
    let pending = Mutation {
        id: MutationId(Uuid::from_u128(0x999)),
        // On the task's day, as a start must be.
        at: at("2026-03-28T09:00:00+02:00"),
        op: Op::StartTask { claim },
    };

    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    migrations::migrations().to_version(&mut conn, 1).unwrap();
    conn.execute_batch(V1_ROWS).unwrap();
    for change in &changes {
        insert_v1(&conn, change);
    }
    conn.execute(
        "INSERT INTO outbox (id, subject_kind, subject_id, json) VALUES (?1, 'claim', ?2, ?3)",
        params![
            pending.id.to_string(),
            claim.to_string(),
            serde_json::to_string(&pending).unwrap()
        ],
    )
    .unwrap();

    let store = Store::from_connection(conn).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(
        store.pairing().unwrap().map(|p| p.token),
        Some("token-1".into())
    );
    assert_eq!(store.me().unwrap().map(|p| p.id), Some(participant(1).id));
    assert_eq!(store.groups().unwrap(), vec![group()]);
    assert_eq!(store.cursor().unwrap(), Cursor(17));
    assert_eq!(
        store.last_synced_at().unwrap(),
        Some(at("2026-03-22T18:00:00+02:00"))
    );
    let item = store.claim(claim).unwrap().unwrap();
    assert_eq!(item.claim.status(), ClaimStatus::Started);
    assert_eq!(item.sync, SyncState::OnPhoneOnly);
    assert_eq!(store.outbox_batch(10).unwrap(), vec![pending]);
    let notes = store.unseen_rejections().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].reason, DomainError::TaskFull);
}

fn a_profile() -> keikka_core::benefit::BenefitProfile {
    serde_json::from_str(r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"}]}"#).unwrap()
}

#[test]
fn settings_are_none_until_chosen_then_read_back() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.settings().unwrap(), None);
    let chosen = crate::Settings {
        locale: crate::Locale::FiEasy,
        text_size: crate::TextSize::Largest,
        read_aloud: false,
    };
    store.save_settings(&chosen).unwrap();
    assert_eq!(store.settings().unwrap(), Some(chosen));
}

#[test]
fn plan_ticks_are_kept_per_person_in_their_order_and_replaced_whole() {
    let mut store = Store::open_in_memory().unwrap();
    let task = |n: u128| TaskId(uuid::Uuid::from_u128(n));
    let someone = PersonId(uuid::Uuid::from_u128(77));
    assert_eq!(store.plan_ticks(None).unwrap(), vec![]);
    store.save_plan_ticks(None, &[task(3), task(1)]).unwrap();
    store.save_plan_ticks(Some(someone), &[task(2)]).unwrap();
    assert_eq!(store.plan_ticks(None).unwrap(), vec![task(3), task(1)]);
    assert_eq!(store.plan_ticks(Some(someone)).unwrap(), vec![task(2)]);
    store.save_plan_ticks(None, &[task(1)]).unwrap();
    assert_eq!(store.plan_ticks(None).unwrap(), vec![task(1)]);
    store.save_plan_ticks(Some(someone), &[]).unwrap();
    assert_eq!(store.plan_ticks(Some(someone)).unwrap(), vec![]);
}

#[test]
fn a_benefit_profile_is_saved_with_its_time_and_an_impossible_one_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.benefit_profile().unwrap(), None);
    store.save_benefit_profile(&a_profile(), now()).unwrap();
    let saved = store.benefit_profile().unwrap().unwrap();
    assert_eq!(saved.profile, a_profile());
    assert_eq!(saved.updated_at, now());

    let mut nobody = a_profile();
    nobody.adults = 0;
    let later = at("2026-03-24T08:00:00+02:00");
    assert!(matches!(
        store.save_benefit_profile(&nobody, later),
        Err(StoreError::InvalidProfile(_))
    ));
    assert_eq!(store.benefit_profile().unwrap(), Some(saved));

    store.forget_benefit_profile().unwrap();
    assert_eq!(store.benefit_profile().unwrap(), None);
}

#[test]
fn pairing_as_another_person_forgets_the_benefit_profile_but_keeps_the_settings() {
    let server = ServerSim::new();
    let mut store = paired(&participant(1), &server, vec![]);
    store.save_benefit_profile(&a_profile(), now()).unwrap();
    let chosen = crate::Settings {
        locale: crate::Locale::Sv,
        text_size: crate::TextSize::Large,
        read_aloud: false,
    };
    store.save_settings(&chosen).unwrap();

    // A new code for the same person (a lost token) keeps their profile.
    store
        .save_pairing("http://keikka.test", &pair_response(&participant(1), 2))
        .unwrap();
    assert!(store.benefit_profile().unwrap().is_some());

    store
        .save_pairing("http://keikka.test", &pair_response(&participant(2), 3))
        .unwrap();
    assert_eq!(store.benefit_profile().unwrap(), None);
    assert_eq!(store.settings().unwrap(), Some(chosen));
}

#[test]
fn a_task_changed_while_the_claim_on_it_travels_still_leaves_a_notice() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let published = server.publish(draft(1, 2));
    let mut store = paired(&me, &server, published);
    let claim = ClaimId(Uuid::new_v4());
    let task = draft(1, 2).id;
    let sent = store.record(Op::ClaimTask { claim, task }, now()).unwrap();
    // The supervisor moves the task before the claim arrives; the server then takes the claim
    // and answers with the task (revision 1) ahead of the claim.
    let mut moved = draft(1, 2);
    moved.place = "Sivuovi".into();
    server.run(
        &supervisor(),
        Op::EditTask { task: moved },
        at("2026-03-22T10:00:00+02:00"),
    );
    server.run(&me, Op::ClaimTask { claim, task }, now());
    let task_first = vec![
        Change::Task(server.world.tasks[&task].clone()),
        Change::Claim(server.world.claims[&claim].clone()),
    ];
    store
        .apply_sync_response(&answer(vec![applied(sent)], task_first, 3), now())
        .unwrap();
    let changed = store.changed_tasks().unwrap();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].place, "Sivuovi");
}

#[test]
fn a_change_to_a_task_someone_else_holds_leaves_no_notice() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    let mut store = paired(&participant(1), &server, published);
    server.claim(&participant(2), draft(1, 2).id);
    let mut moved = draft(1, 2);
    moved.place = "Sivuovi".into();
    let edit = server.run(
        &supervisor(),
        Op::EditTask { task: moved },
        at("2026-03-22T10:00:00+02:00"),
    );
    store
        .apply_sync_response(&answer(vec![], edit, 3), now())
        .unwrap();
    assert!(store.changed_tasks().unwrap().is_empty());
}

#[test]
fn a_rule_set_from_the_server_is_kept_only_when_whole_and_newer() {
    let mut store = Store::open_in_memory().unwrap();
    let shipped = RuleSet::builtin().unwrap();
    assert_eq!(store.rules().unwrap(), shipped);
    let newer = |version: &str| {
        let mut doc: serde_json::Value = serde_json::from_str(RuleSet::builtin_text()).unwrap();
        doc["version"] = version.into();
        doc.to_string()
    };
    // Older than or equal to the shipped set, or broken: nothing is kept.
    assert!(!store.save_rules(&newer("2025-01-01")).unwrap());
    assert!(!store.save_rules(RuleSet::builtin_text()).unwrap());
    assert!(
        !store
            .save_rules("{\"format\": \"keikka-rules/2\"}")
            .unwrap()
    );
    let mut missing = serde_json::from_str::<serde_json::Value>(&newer("2027-06-01")).unwrap();
    missing["benefits"]["tax"]["parameters"]
        .as_object_mut()
        .unwrap()
        .remove("employee_pension_contribution");
    assert!(!store.save_rules(&missing.to_string()).unwrap());
    assert_eq!(store.rules_version().unwrap(), shipped.version());
    // Newer and whole: kept, and from then on never replaced by an older one.
    assert!(store.save_rules(&newer("2027-01-01")).unwrap());
    assert_eq!(store.rules_version().unwrap().to_string(), "2027-01-01");
    assert!(!store.save_rules(&newer("2026-12-31")).unwrap());
    assert!(store.save_rules(&newer("2027-01-01.2")).unwrap());
    assert_eq!(store.rules().unwrap().version().to_string(), "2027-01-01.2");
}

/// A page of an older build that meets a database a newer build has migrated (issue 16,
/// item 2) must neither migrate it nor write to it: it says so and changes nothing.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn an_older_build_meeting_a_newer_database_refuses_to_open_it_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keikka.sqlite3");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .save_pairing("http://keikka.test", &pair_response(&participant(1), 1))
            .unwrap();
    }
    let newer = LATEST_VERSION + 1;
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", newer as i64)
            .unwrap();
    }
    match Store::open(&path) {
        Err(StoreError::NewerSchema { found, known }) => {
            assert_eq!((found, known), (newer, LATEST_VERSION));
        }
        other => panic!("an older build opened a newer database: {other:?}"),
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, newer as i64);
    let pairings: i64 = conn
        .query_row("SELECT count(*) FROM pairing", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pairings, 1, "the newer build's data is as it left it");
}

/// A page waiting for the store reads the owner's copy read-only (issue 16, item 1): it sees
/// the same data, and nothing it does can write.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_store_opened_to_read_shows_the_data_and_refuses_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keikka.sqlite3");
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 2));
    fed(
        Store::open(&path).unwrap(),
        &participant(1),
        &server,
        published,
    );
    let conn =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut reader = Store::from_connection_to_read(conn).unwrap();
    assert_eq!(reader.open_tasks(now()).unwrap().len(), 1);
    let (_, op) = claim_op(draft(1, 2).id);
    assert!(reader.record(op, now()).is_err(), "a read-only store wrote");
    assert_eq!(reader.outbox_len().unwrap(), 0);
}
