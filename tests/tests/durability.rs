//! What the server acknowledged survives the process being killed (SIGKILL, as a power cut
//! would stop it) right after the answer: WAL with `synchronous = FULL`, one transaction per
//! mutation, committed before the answer is sent.

mod common;

use chrono::Duration;
use common::{Device, create_organisation, now};
use keikka_core::TaskDraft;
use keikka_core::protocol::Op;
use keikka_tests::ServerProcess;

fn task(n: usize) -> TaskDraft {
    TaskDraft {
        title: format!("Tehtävä {n}"),
        ..common::one_seat_task(now() + Duration::days(1))
    }
}

#[tokio::test]
async fn every_acknowledged_write_is_there_after_a_kill_and_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = keikka_tests::test_db(dir.path()).expect("a test database");
    let code = create_organisation(&db);
    let mut server = ServerProcess::start_on(&db, &["serve"])
        .await
        .expect("server starts");
    let url = server.url();
    let mut supervisor = Device::pair(&url, &code, "Tabletti").await;
    const ROUNDS: usize = 40;
    for n in 0..ROUNDS {
        supervisor.record(Op::PublishTask { task: task(n) });
        let report = supervisor.sync().await.expect("acknowledged");
        assert_eq!(report.applied, 1);
    }
    // No pause, no graceful shutdown: the process dies the moment the last answer is read.
    server.kill().await.expect("kill");
    server.restart(&["serve"]).await.expect("restart");

    // A fresh device of the same supervisor pulls everything from the start.
    let fresh_code = {
        let out = std::process::Command::new(keikka_tests::server_binary().expect("binary"))
            .args(["pairing-code", "--db"])
            .arg(&db)
            .arg("--person")
            .arg(
                supervisor
                    .store
                    .me()
                    .expect("read")
                    .expect("paired")
                    .id
                    .to_string(),
            )
            .output()
            .expect("pairing-code");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let mut again = Device::pair(&url, &fresh_code, "Uusi tabletti").await;
    again.sync().await.expect("pull");
    let tasks = again.store.all_unit_tasks().expect("tasks");
    assert_eq!(tasks.len(), ROUNDS);
}
