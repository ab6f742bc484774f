//! End to end: the real `keikka-sync-server` binary on a temporary database, a supervisor and two
//! participants as headless clients (the app's real store and sync client), working offline.

mod common;

use chrono::Duration;
use common::{Device, add_participant, create_organisation, now, one_seat_task};
use keikka_core::Cents;
use keikka_core::protocol::Op;
use keikka_core::{ClaimId, ClaimStatus, DomainError, Minutes};
use keikka_device::{SyncError, SyncState};
use keikka_tests::{FaultProxy, ServerProcess};
use uuid::Uuid;

#[tokio::test]
async fn two_offline_claims_of_the_last_seat_one_wins_the_other_hears_task_full_and_the_winner_is_paid()
 {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = keikka_tests::test_db(dir.path()).expect("a test database");
    let supervisor_code = create_organisation(&db);
    let server = ServerProcess::start_on(&db, &["serve"])
        .await
        .expect("server starts");
    // Everyone talks to the server through a proxy that can lose answers.
    let proxy = FaultProxy::start(server.addr()).await.expect("proxy");
    let url = proxy.url();

    let mut supervisor = Device::pair(&url, &supervisor_code, "Ohjaajan tabletti").await;
    let aino_code = add_participant(&url, &supervisor, "Aino").await;
    let mikko_code = add_participant(&url, &supervisor, "Mikko").await;
    let mut aino = Device::pair(&url, &aino_code, "Ainon puhelin").await;
    let mut mikko = Device::pair(&url, &mikko_code, "Mikon puhelin").await;

    // The supervisor publishes a one-seat task under way (its work still fits); both see it.
    let draft = one_seat_task(now() - Duration::minutes(15));
    let task = draft.id;
    supervisor.record(Op::PublishTask { task: draft });
    supervisor.sync().await.expect("supervisor sync");
    for participant in [&mut aino, &mut mikko] {
        participant.sync().await.expect("participant sync");
        let open = participant.store.open_tasks(now()).expect("open tasks");
        assert_eq!(
            open.iter().map(|t| t.item.id).collect::<Vec<_>>(),
            vec![task]
        );
    }

    // Offline, both take the last seat: each phone shows its own claim, saved on the phone.
    let aino_claim = ClaimId::from_uuid(Uuid::new_v4());
    let mikko_claim = ClaimId::from_uuid(Uuid::new_v4());
    aino.record(Op::ClaimTask {
        claim: aino_claim,
        task,
    });
    mikko.record(Op::ClaimTask {
        claim: mikko_claim,
        task,
    });
    for (device, claim) in [(&aino, aino_claim), (&mikko, mikko_claim)] {
        let item = device
            .store
            .claim(claim)
            .expect("read")
            .expect("claim shown at once");
        assert_eq!(item.sync, SyncState::OnPhoneOnly);
    }

    // Back online: Aino's claim reaches the server first and wins.
    let report = aino.sync().await.expect("aino sync");
    assert_eq!((report.applied, report.rejected.len()), (1, 0));
    let report = mikko.sync().await.expect("mikko sync");
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].1, DomainError::TaskFull);

    // Exactly one holds the seat; the other sees why, kindly, and the task no longer offered.
    let won = aino
        .store
        .claim(aino_claim)
        .expect("read")
        .expect("aino's claim");
    assert_eq!(
        (won.claim.status(), won.sync),
        (ClaimStatus::Claimed, SyncState::OnServer)
    );
    assert!(mikko.store.claim(mikko_claim).expect("read").is_none());
    let notes = mikko.store.unseen_rejections().expect("rejections");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].reason, DomainError::TaskFull);
    assert_eq!(
        keikka_device::reason_message(&notes[0].reason),
        "reason-task-full"
    );
    assert!(
        mikko
            .store
            .open_tasks(now())
            .expect("open tasks")
            .is_empty()
    );
    supervisor.sync().await.expect("supervisor sync");
    let seen = supervisor
        .store
        .task(task)
        .expect("read")
        .expect("task")
        .item;
    assert_eq!((seen.seats, seen.seats_taken), (1, 1));

    // Aino works and reports 2 h 30 min; the answer to that sync is lost on the way back.
    aino.record(Op::StartTask { claim: aino_claim });
    aino.record(Op::CompleteTask {
        claim: aino_claim,
        minutes: Minutes(150),
        note: Some("Sali imuroitu.".into()),
    });
    proxy.drop_next_answers(1);
    let forwarded = proxy.forwarded();
    assert!(matches!(aino.sync().await, Err(SyncError::Offline(_))));
    assert_eq!(
        proxy.forwarded(),
        forwarded + 1,
        "the server did get the request"
    );
    assert_eq!(
        aino.store.outbox_len().expect("outbox"),
        2,
        "nothing is lost on the phone"
    );
    // The same mutations go again and are answered as before: applied once, not twice.
    let report = aino.sync().await.expect("aino sync again");
    assert_eq!(
        (report.sent, report.applied, report.rejected.len()),
        (2, 2, 0)
    );
    assert_eq!(aino.store.outbox_len().expect("outbox"), 0);

    // The supervisor sees one completion waiting and approves it in one tap; that answer is
    // lost too, and the approval is sent again.
    supervisor.sync().await.expect("supervisor sync");
    let waiting = supervisor.store.completions_waiting().expect("waiting");
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].claim.id, aino_claim);
    let paid_on = seen.worked_on() + Duration::days(10);
    supervisor.record(Op::ApproveCompletion {
        claim: aino_claim,
        paid_on,
        minutes: None,
        adjust_reason: None,
    });
    proxy.drop_next_answers(1);
    assert!(supervisor.sync().await.is_err());
    supervisor.sync().await.expect("supervisor sync again");
    assert!(
        supervisor
            .store
            .completions_waiting()
            .expect("waiting")
            .is_empty()
    );

    // Aino's next sync brings her earning: 10.00 €/h × 2.5 h, paid on the approved day, once.
    aino.sync().await.expect("aino sync");
    let earnings = aino.store.my_earnings().expect("earnings");
    assert_eq!(earnings.len(), 1);
    let earning = &earnings[0].item;
    assert_eq!(earning.amount, Cents(2500));
    assert_eq!(earning.paid_on, paid_on);
    assert_eq!(earning.employer_of_record, "Väylä ry");
    assert_eq!(earnings[0].sync, SyncState::OnServer);
    let mine = aino.store.my_claims().expect("claims");
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].claim.status(), ClaimStatus::Approved);

    // Mikko sees none of Aino's claims or earnings, however often he syncs.
    mikko.sync().await.expect("mikko sync");
    assert!(mikko.store.my_claims().expect("claims").is_empty());
    assert!(mikko.store.my_earnings().expect("earnings").is_empty());
    drop(server);
}
