//! The sync client against a fake server over real HTTP on loopback.

use super::fake_server::FakeServer;
use super::*;
use crate::store::SyncState;
use crate::testkit::*;
use keikka_core::protocol::{Cursor, Op};
use keikka_core::{ClaimId, ClaimStatus, Person, TaskId};
use uuid::Uuid;

fn code(p: &Person) -> String {
    format!("code-{}", p.name.replace(' ', "-"))
}

async fn paired_store(server: &FakeServer, who: &Person) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    pair_as(&SyncClient::new().unwrap(), &mut store, server, who).await;
    store
}

/// Pairs `store` as `who` with their code.
async fn pair_as(client: &SyncClient, store: &mut Store, server: &FakeServer, who: &Person) {
    client
        .pair_and_save(store, &server.url, &code(who), "Testipuhelin")
        .await
        .unwrap();
}

/// The participant's answer on sharing their profile, recorded on `store`: a mutation to send.
fn record_consent(store: &mut Store, share: bool) -> keikka_core::MutationId {
    store
        .record(
            Op::SetConsent {
                share_benefit_profile: share,
            },
            now(),
        )
        .unwrap()
}

fn claim(store: &mut Store, task: TaskId) -> ClaimId {
    let claim = ClaimId(Uuid::new_v4());
    store.record(Op::ClaimTask { claim, task }, now()).unwrap();
    claim
}

#[tokio::test]
async fn pairing_saves_the_device_and_the_first_sync_brings_the_units_tasks() {
    let server = FakeServer::start(&[participant(1)]).await;
    {
        let mut st = server.state();
        let published = st.sim.publish(draft(1, 2));
        st.record(published);
    }
    let mut store = paired_store(&server, &participant(1)).await;
    let pairing = store.pairing().unwrap().unwrap();
    assert_eq!(pairing.person.id, participant(1).id);
    assert_eq!(pairing.server_url, server.url);

    let report = SyncClient::new()
        .unwrap()
        .sync(&mut store, now())
        .await
        .unwrap();
    assert!(report.complete);
    assert_eq!(report.sent, 0);
    let tasks = store.open_tasks(now()).unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].sync, SyncState::OnServer);
    assert!(store.cursor().unwrap() > Cursor(0));
    assert_eq!(store.last_synced_at().unwrap(), Some(now()));
}

#[tokio::test]
async fn a_wrong_pairing_code_is_an_invalid_code_and_saves_nothing() {
    let server = FakeServer::start(&[participant(1)]).await;
    let mut store = Store::open_in_memory().unwrap();
    let err = SyncClient::new()
        .unwrap()
        .pair_and_save(&mut store, &server.url, "WRONG", "Puhelin")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SyncError::Server { status: 400, error: Some(e) } if e.error == "invalid_code"),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "pairing-invalid-code");
    assert_eq!(store.pairing().unwrap(), None);
}

#[tokio::test]
async fn a_claim_made_offline_is_sent_applied_and_then_shown_on_server() {
    let server = FakeServer::start(&[participant(1)]).await;
    {
        let mut st = server.state();
        let published = st.sim.publish(draft(1, 2));
        st.record(published);
    }
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    client.sync(&mut store, now()).await.unwrap();

    let claim = claim(&mut store, draft(1, 2).id);
    assert_eq!(
        store.claim(claim).unwrap().unwrap().sync,
        SyncState::OnPhoneOnly
    );
    let report = client.sync(&mut store, now()).await.unwrap();
    assert_eq!((report.sent, report.applied), (1, 1));
    assert!(report.rejected.is_empty());
    assert!(report.changes_received >= 2);
    let item = store.claim(claim).unwrap().unwrap();
    assert_eq!(item.sync, SyncState::OnServer);
    assert_eq!(item.claim.status(), ClaimStatus::Claimed);
    assert_eq!(store.outbox_len().unwrap(), 0);
}

#[tokio::test]
async fn a_lost_answer_changes_nothing_and_sending_again_gives_the_same_state() {
    let server = FakeServer::start(&[participant(1)]).await;
    {
        let mut st = server.state();
        let published = st.sim.publish(draft(1, 2));
        st.record(published);
    }
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    client.sync(&mut store, now()).await.unwrap();
    let claim = claim(&mut store, draft(1, 2).id);
    let cursor = store.cursor().unwrap();
    let synced_at = store.last_synced_at().unwrap();

    server.state().lose_answers = 1;
    let later = at("2026-03-23T09:00:00+02:00");
    let err = client.sync(&mut store, later).await.unwrap_err();
    assert!(matches!(err, SyncError::Offline(_)), "{err:?}");
    assert_eq!(err.message_id(), "sync-offline");
    // What the device keeps is safe; a call that keeps nothing says that nothing was saved.
    assert_eq!(err.message_id_unsaved(), "needs-network");
    // The server applied it, the phone does not know: nothing changed locally.
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert_eq!(store.cursor().unwrap(), cursor);
    assert_eq!(store.last_synced_at().unwrap(), synced_at);
    assert_eq!(
        store.claim(claim).unwrap().unwrap().sync,
        SyncState::OnPhoneOnly
    );

    let report = client.sync(&mut store, later).await.unwrap();
    assert_eq!((report.sent, report.applied), (1, 1));
    let mine = store.my_claims().unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].sync, SyncState::OnServer);
    assert_eq!(mine[0].task.as_ref().map(|t| t.seats_taken), Some(1));
    // Not doubled on the server either.
    let st = server.state();
    assert_eq!(st.sim.world.claims.len(), 1);
    assert_eq!(st.sim.world.tasks[&draft(1, 2).id].seats_taken, 1);
}

#[tokio::test]
async fn the_loser_of_the_last_seat_gets_task_full_and_the_claim_leaves_their_view() {
    let server = FakeServer::start(&[participant(1), participant(2)]).await;
    {
        let mut st = server.state();
        let published = st.sim.publish(draft(1, 1));
        st.record(published);
    }
    let client = SyncClient::new().unwrap();
    let mut anna = paired_store(&server, &participant(1)).await;
    let mut ben = paired_store(&server, &participant(2)).await;
    client.sync(&mut anna, now()).await.unwrap();
    client.sync(&mut ben, now()).await.unwrap();

    // Both take the last seat offline; Anna's reaches the server first.
    claim(&mut anna, draft(1, 1).id);
    let lost = claim(&mut ben, draft(1, 1).id);
    client.sync(&mut anna, now()).await.unwrap();
    let report = client.sync(&mut ben, now()).await.unwrap();

    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].1, keikka_core::DomainError::TaskFull);
    assert!(ben.my_claims().unwrap().is_empty());
    assert!(ben.claim(lost).unwrap().is_none());
    assert!(ben.open_tasks(now()).unwrap().is_empty());
    let notes = ben.unseen_rejections().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].reason, keikka_core::DomainError::TaskFull);
    assert_eq!(anna.my_claims().unwrap().len(), 1);
}

#[tokio::test]
async fn a_long_outbox_goes_in_batches_no_bigger_than_the_protocol_allows() {
    let server = FakeServer::start(&[participant(1)]).await;
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    for i in 0..230 {
        store
            .record(
                Op::SetConsent {
                    share_benefit_profile: i % 2 == 0,
                },
                now(),
            )
            .unwrap();
    }
    let report = client.sync(&mut store, now()).await.unwrap();
    assert!(report.complete);
    assert_eq!(report.sent, 230);
    assert_eq!(report.applied, 230);
    assert_eq!(store.outbox_len().unwrap(), 0);
    assert_eq!(server.state().batches, vec![100, 100, 30]);
    // The last answer wins: 229 is odd, so "do not share".
    let consent = store.my_consent().unwrap().unwrap();
    assert!(!consent.item.share_benefit_profile);
    assert_eq!(consent.sync, SyncState::OnServer);
}

#[tokio::test]
async fn more_changes_than_one_answer_holds_arrive_over_several_rounds() {
    let server = FakeServer::start(&[participant(1)]).await;
    {
        let mut st = server.state();
        st.page = 2;
        for n in 1..=5 {
            let published = st.sim.publish(draft(n, 1));
            st.record(published);
        }
    }
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    let report = client.sync(&mut store, now()).await.unwrap();
    assert!(report.complete);
    assert!(report.rounds >= 3, "{report:?}");
    assert_eq!(store.open_tasks(now()).unwrap().len(), 5);
}

#[tokio::test]
async fn a_revoked_token_is_unauthorized_and_keeps_the_outbox() {
    let server = FakeServer::start(&[participant(1)]).await;
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    record_consent(&mut store, true);
    server.state().tokens.clear();
    let err = client.sync(&mut store, now()).await.unwrap_err();
    assert!(matches!(err, SyncError::Unauthorized), "{err:?}");
    assert_eq!(err.message_id(), "pairing-revoked");
    assert_eq!(store.outbox_len().unwrap(), 1);
}

#[tokio::test]
async fn a_server_error_is_typed_with_its_status_and_changes_nothing() {
    let server = FakeServer::start(&[participant(1)]).await;
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    record_consent(&mut store, true);
    server.state().fail_next = Some(500);
    let err = client.sync(&mut store, now()).await.unwrap_err();
    assert!(
        matches!(&err, SyncError::Server { status: 500, error: Some(e) } if e.error == "internal"),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "sync-server-error");
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert_eq!(store.last_synced_at().unwrap(), None);
}

#[tokio::test]
async fn no_server_listening_is_offline() {
    // Bind then drop a listener: the port is almost certainly closed now.
    let port = {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        l.local_addr().unwrap().port()
    };
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_pairing(
            &format!("http://127.0.0.1:{port}/"),
            &pair_response(&participant(1), 1),
        )
        .unwrap();
    let err = SyncClient::new()
        .unwrap()
        .sync(&mut store, now())
        .await
        .unwrap_err();
    assert!(matches!(err, SyncError::Offline(_)), "{err:?}");
}

#[tokio::test]
async fn syncing_an_unpaired_store_says_not_paired() {
    let mut store = Store::open_in_memory().unwrap();
    let err = SyncClient::new()
        .unwrap()
        .sync(&mut store, now())
        .await
        .unwrap_err();
    assert!(matches!(err, SyncError::NotPaired));
}

#[tokio::test]
async fn a_supervisor_approves_offline_and_the_participant_sees_the_earning() {
    let server = FakeServer::start(&[participant(1)]).await;
    {
        let mut st = server.state();
        let published = st.sim.publish(draft(1, 1));
        st.record(published);
    }
    let client = SyncClient::new().unwrap();
    let mut worker = paired_store(&server, &participant(1)).await;
    let mut boss = paired_store(&server, &supervisor()).await;
    client.sync(&mut worker, now()).await.unwrap();
    let claim = claim(&mut worker, draft(1, 1).id);
    worker
        .record(
            Op::CompleteTask {
                claim,
                minutes: keikka_core::Minutes(150),
                note: Some("Sali imuroitu.".into()),
            },
            at("2026-03-28T11:50:00+02:00"),
        )
        .unwrap();
    client.sync(&mut worker, now()).await.unwrap();

    client.sync(&mut boss, now()).await.unwrap();
    let waiting = boss.completions_waiting().unwrap();
    assert_eq!(waiting.len(), 1);
    boss.record(
        Op::ApproveCompletion {
            claim,
            paid_on: "2026-04-05".parse().unwrap(),
            minutes: None,
            adjust_reason: None,
        },
        at("2026-03-29T08:00:00+02:00"),
    )
    .unwrap();
    assert!(boss.completions_waiting().unwrap().is_empty());
    client.sync(&mut boss, now()).await.unwrap();
    client.sync(&mut worker, now()).await.unwrap();

    let months = worker.my_earnings_by_month().unwrap();
    assert_eq!(months.len(), 1);
    assert_eq!((months[0].year, months[0].month), (2026, 4));
    assert_eq!(months[0].total, keikka_core::Cents(2500));
}

#[test]
fn a_sync_can_run_on_a_multi_threaded_runtime() {
    // The desktop and test builds spawn syncs on tokio's worker threads: the future must be Send.
    fn assert_send<T: Send>(_: &T) {}
    let client = SyncClient::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let future = client.sync(&mut store, now());
    assert_send(&future);
    let pair = client.pair("http://127.0.0.1:9", "code", "Puhelin");
    assert_send(&pair);
}

#[tokio::test]
async fn a_shared_store_can_be_read_while_its_sync_waits_for_the_server() {
    let server = FakeServer::start(&[participant(1)]).await;
    {
        let mut st = server.state();
        let published = st.sim.publish(draft(1, 2));
        st.record(published);
    }
    let shared = std::cell::RefCell::new(paired_store(&server, &participant(1)).await);
    let client = SyncClient::new().unwrap();
    client.sync_shared(&shared, now()).await.unwrap();
    let sync = client.sync_shared(&shared, now());
    tokio::pin!(sync);
    // Drive the sync until it first waits on the network, then act as a screen would: the
    // person takes the task while the first answer is on its way.
    let waited = futures_poll_once(sync.as_mut()).await;
    assert!(waited, "the sync waits for the server at least once");
    let claim = ClaimId(Uuid::new_v4());
    shared
        .borrow_mut()
        .record(
            Op::ClaimTask {
                claim,
                task: draft(1, 2).id,
            },
            now(),
        )
        .expect("the store is free while the sync waits");
    let report = sync.await.unwrap();
    // The claim made during the wait went in the sync's next round and came back applied.
    assert!(report.complete, "{report:?}");
    assert_eq!(report.applied, 1);
    let store = shared.borrow();
    assert_eq!(store.outbox_len().unwrap(), 0);
    assert_eq!(
        store.claim(claim).unwrap().unwrap().sync,
        SyncState::OnServer
    );
}

/// Polls `f` once; true when it is still pending (it waits for something).
async fn futures_poll_once<F: std::future::Future + Unpin>(mut f: F) -> bool {
    std::future::poll_fn(|cx| {
        std::task::Poll::Ready(std::pin::Pin::new(&mut f).poll(cx).is_pending())
    })
    .await
}

/// Past the device's daily limit the outbox waits on the device (nothing is lost) while what
/// changed on the server still arrives, and the person hears why their work waits.
#[tokio::test]
async fn past_the_daily_limit_the_outbox_waits_and_changes_still_arrive() {
    let server = FakeServer::start(&[participant(1)]).await;
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    client.sync(&mut store, now()).await.unwrap();
    record_consent(&mut store, true);
    {
        let mut state = server.state();
        let changes = state.sim.publish(crate::testkit::draft(40, 1));
        state.record(changes);
        state.over_daily_limit = true;
    }
    let err = client.sync(&mut store, now()).await.unwrap_err();
    assert!(err.is_daily_limit(), "{err:?}");
    assert_eq!(err.message_id(), "sync-daily-limit");
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert!(
        store
            .task(crate::testkit::draft(40, 1).id)
            .unwrap()
            .is_some(),
        "the new task arrived"
    );
    let batches = server.state().batches.clone();
    assert_eq!(batches[batches.len() - 2..], [1, 0]);
    // The next day the work goes.
    server.state().over_daily_limit = false;
    client.sync(&mut store, now()).await.unwrap();
    assert_eq!(store.outbox_len().unwrap(), 0);
}

/// Pairing the phone as another person does not drop the first person's unsent work: it is
/// sent under the first pairing at the next sync; with that pairing's token taken out of use
/// it waits, and the new person's own sync still works.
#[tokio::test]
async fn pairing_as_another_person_sends_the_first_persons_unsent_work_under_their_pairing() {
    let server = FakeServer::start(&[participant(1), participant(2)]).await;
    let client = SyncClient::new().unwrap();
    let mut store = paired_store(&server, &participant(1)).await;
    let consent = record_consent(&mut store, true);
    pair_as(&client, &mut store, &server, &participant(2)).await;
    assert_eq!(store.set_aside_len().unwrap(), 1);
    client.sync(&mut store, now()).await.unwrap();
    assert_eq!(store.set_aside_len().unwrap(), 0);
    assert_eq!(
        server.state().outcomes.get(&consent),
        Some(&keikka_core::protocol::Outcome::Applied),
        "the first person's consent reached the server"
    );

    // Again, with the first person's token revoked before the sync: it waits. (Codes are
    // one-time: new ones.)
    for who in [participant(1), participant(2)] {
        server.state().codes.insert(code(&who), who.id);
    }
    let mut store = paired_store(&server, &participant(1)).await;
    record_consent(&mut store, false);
    let first_token = store.pairing().unwrap().unwrap().token;
    pair_as(&client, &mut store, &server, &participant(2)).await;
    server.state().tokens.remove(&first_token);
    client.sync(&mut store, now()).await.unwrap();
    assert_eq!(store.set_aside_len().unwrap(), 1);
}
