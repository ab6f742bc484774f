//! The `keikka-sync-server` binary: admin commands print what people need, `demo` seeds once and
//! hands out fresh codes, and serving prints its address and stops cleanly on SIGTERM.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const BIN: &str = env!("CARGO_BIN_EXE_keikka-sync-server");

fn run(args: &[&str]) -> String {
    let output = std::process::Command::new(BIN).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Starts the binary and reads stdout up to the `listening on` line.
async fn start(args: &[&str]) -> (Child, String, Vec<String>) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut banner = vec![];
    let addr = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            let line = lines.next_line().await.unwrap().expect("listening line");
            if let Some(addr) = line.strip_prefix("listening on http://") {
                return addr.to_owned();
            }
            banner.push(line);
        }
    })
    .await
    .expect("server started");
    (child, addr, banner)
}

fn db_arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn create_organisation_prints_its_id_and_a_supervisor_code_that_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let out = run(&[
        "create-organisation",
        "--db",
        db_arg(&db),
        "--name",
        "Kallion työtoimintakeskus",
        "--employer",
        "Väylä ry",
        "--supervisor",
        "Sanna Laine",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    let id = lines[0].strip_prefix("organisation ").unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok());
    let code = lines[1].strip_prefix("supervisor Sanna Laine ").unwrap();
    assert_eq!(code.len(), 9);

    let store = keikka_sync_server::Store::open(&db).unwrap();
    let now = chrono::Utc::now().fixed_offset();
    let paired = store
        .pair(code, "Tabletti", now)
        .unwrap()
        .expect("code pairs");
    assert_eq!(paired.organisation.id.to_string(), id);
}

#[test]
fn pairing_code_prints_a_fresh_code_and_the_earlier_one_stops_working() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let store = keikka_sync_server::Store::open(&db).unwrap();
    let now = chrono::Utc::now().fixed_offset();
    let new = store
        .create_organisation("Työkeskus", "Väylä ry", "Sanna", now)
        .unwrap();
    let person = new.supervisor.person.id.to_string();
    let out = run(&["pairing-code", "--db", db_arg(&db), "--person", &person]);
    let code = out.trim();
    assert_ne!(code, new.supervisor.code);
    assert!(
        store
            .pair(&new.supervisor.code, "Vanha", now)
            .unwrap()
            .is_none()
    );
    assert!(store.pair(code, "Uusi", now).unwrap().is_some());
}

#[tokio::test]
async fn demo_seeds_once_prints_fresh_codes_each_run_and_serves_the_tasks() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let args = ["demo", "--db", db_arg(&db), "--listen", "127.0.0.1:0"];
    let (mut child, addr, banner) = start(&args).await;
    assert_eq!(banner[0], format!("Keikka demo: http://{addr}"));
    let people = &banner[1..];
    assert_eq!(people.len(), 5, "{banner:?}");
    assert!(people[0].starts_with("supervisor "));
    assert!(people[1..].iter().all(|l| l.starts_with("participant ")));
    let first_codes: Vec<String> = people
        .iter()
        .map(|l| l.rsplit(' ').next().unwrap().to_owned())
        .collect();

    let client = common::client();
    let health = client
        .get(format!("http://{addr}/healthz"))
        .send()
        .await
        .unwrap();
    assert!(health.status().is_success());
    let paired: serde_json::Value = client
        .post(format!("http://{addr}/api/v1/pair"))
        .json(&serde_json::json!({"code": first_codes[1], "device_name": "Puhelin"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sync: keikka_core::protocol::SyncResponse = client
        .post(format!("http://{addr}/api/v1/sync"))
        .bearer_auth(paired["token"].as_str().unwrap())
        .json(&serde_json::json!({"device": paired["device"], "cursor": 0}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let tasks = common::tasks_in(&sync.changes);
    assert!(tasks.len() >= 8, "a participant sees most demo tasks");
    assert!(tasks.iter().any(|t| t.seats == 4 && t.instructor.is_some()));
    assert!(
        tasks
            .iter()
            .any(|t| matches!(t.pay, keikka_core::Pay::Fixed(_)))
    );
    child.kill().await.unwrap();

    let (mut again, _, banner) = start(&args).await;
    let second_codes: Vec<&str> = banner[1..]
        .iter()
        .map(|l| l.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(second_codes.len(), 5);
    assert!(first_codes.iter().zip(&second_codes).all(|(a, b)| a != b));
    again.kill().await.unwrap();
    let store = keikka_sync_server::Store::open(&db).unwrap();
    assert_eq!(store.count_rows("organisations").unwrap(), 1);
    // Twelve coming tasks, and three past ones behind the supervisor's demo history.
    assert_eq!(store.count_rows("tasks").unwrap(), 15);
    assert_eq!(store.count_rows("commissioners").unwrap(), 2);
    assert_eq!(store.count_rows("orders").unwrap(), 2);
    let now = chrono::Utc::now().fixed_offset();
    // The first run's unused codes stopped working when the second run printed new ones.
    assert!(store.pair(&first_codes[2], "Vanha", now).unwrap().is_none());
}

#[cfg(unix)]
#[tokio::test]
async fn serving_prints_the_bound_address_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    for args in [
        vec!["--db", db_arg(&db), "--listen", "127.0.0.1:0"],
        vec!["serve", "--db", db_arg(&db), "--listen", "127.0.0.1:0"],
    ] {
        let (mut child, addr, banner) = start(&args).await;
        assert!(banner.is_empty(), "{banner:?}");
        let health = common::client()
            .get(format!("http://{addr}/healthz"))
            .send()
            .await
            .unwrap();
        assert!(health.status().is_success());
        let pid = child.id().unwrap().to_string();
        let killed = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
            .await
            .expect("stops within 10 s")
            .unwrap();
        assert!(status.success(), "{status}");
    }
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let copy = dir.path().join("backup.db");
    let out = run(&[
        "create-organisation",
        "--db",
        db_arg(&db),
        "--name",
        "Työkeskus",
        "--employer",
        "Väylä ry",
        "--supervisor",
        "Sanna",
    ]);
    let code = out
        .lines()
        .find(|l| l.starts_with("supervisor "))
        .and_then(|l| l.rsplit(' ').next())
        .unwrap()
        .to_owned();
    let (mut live, addr, _) =
        start(&["serve", "--db", db_arg(&db), "--listen", "127.0.0.1:0"]).await;
    let client = common::client();
    let paired: serde_json::Value = client
        .post(format!("http://{addr}/api/v1/pair"))
        .json(&serde_json::json!({"code": code, "device_name": "Tabletti"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = paired["token"].as_str().unwrap();
    let made = client
        .post(format!("http://{addr}/api/v1/groups"))
        .bearer_auth(token)
        .json(&serde_json::json!({"name": "Aamuryhmä"}))
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), 201);

    // The copy is taken beside the running server.
    let said = run(&["backup", "--db", db_arg(&db), "--to", db_arg(&copy)]);
    assert!(said.starts_with("backup "));
    // A second backup never overwrites the first.
    let again = std::process::Command::new(BIN)
        .args(["backup", "--db", db_arg(&db), "--to", db_arg(&copy)])
        .output()
        .unwrap();
    assert!(!again.status.success());
    live.kill().await.unwrap();

    // Restoring is serving the copy: the group and the paired device are there.
    let (mut restored, addr, _) =
        start(&["serve", "--db", db_arg(&copy), "--listen", "127.0.0.1:0"]).await;
    let sync: keikka_core::protocol::SyncResponse = client
        .post(format!("http://{addr}/api/v1/sync"))
        .bearer_auth(token)
        .json(&serde_json::json!({"device": paired["device"], "cursor": 0}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(sync.changes.iter().any(|c| matches!(
        c,
        keikka_core::protocol::Change::Group(g) if g.name == "Aamuryhmä"
    )));
    restored.kill().await.unwrap();
}

#[cfg(unix)]
#[tokio::test]
async fn a_client_with_a_stalled_request_holds_the_stop_up_five_seconds_at_most() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let (mut child, addr, _) =
        start(&["serve", "--db", db_arg(&db), "--listen", "127.0.0.1:0"]).await;
    // A client that opens a request and never finishes it (as a stalled phone might).
    let mut idle = tokio::net::TcpStream::connect(&addr).await.unwrap();
    tokio::io::AsyncWriteExt::write_all(&mut idle, b"POST /api/v1/sync HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let pid = child.id().unwrap().to_string();
    let started = std::time::Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(15), child.wait())
        .await
        .expect("stops despite the stalled request")
        .unwrap();
    assert!(status.success(), "{status}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn impact_answers_good_input_and_exits_2_with_a_readable_sentence_on_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    std::fs::write(
        &good,
        r#"{"month": "2026-12", "profile": {"adults": 1, "benefits": [{"kind": "unemployment_basic"}]},
            "earnings": [{"gross": 30, "worked_on": "2026-12-03", "paid_on": "2026-12-15", "contract": "employment"}]}"#,
    )
    .unwrap();
    let out: serde_json::Value =
        serde_json::from_str(&run(&["impact", "--input", good.to_str().unwrap()])).unwrap();
    assert_eq!(out["benefits"][0]["name"], "general_support");
    // 30 − 15 − 2.46 (the employee's contributions, 7.30 + 0.89 %).
    assert_eq!(out["keep"], 12.54);

    let cases = [
        (
            r#"{"month": "2026-12", "profile": {"adults": 0, "benefits": []}}"#,
            "adults must be at least 1",
        ),
        (
            r#"{"month": "2026-12", "profile": {"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 1.005}]}}"#,
            "profile.benefits[0]: 1.005: more than two decimals (an amount is euros with at most two decimals)",
        ),
        (r#"{"month": "nope"}"#, "month"),
        ("not json", "one JSON object"),
    ];
    for (text, needle) in cases {
        let file = dir.path().join("bad.json");
        std::fs::write(&file, text).unwrap();
        let output = std::process::Command::new(BIN)
            .args(["impact", "--input", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{text}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(needle), "{stderr:?} should name {needle}");
        assert_eq!(
            stderr.lines().count(),
            1,
            "one sentence, no trace: {stderr}"
        );
    }
    let missing = std::process::Command::new(BIN)
        .args(["impact", "--input", "/nonexistent/request.json"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

/// Found by an operator's try: the only way to give the database was `--db`, so a PostgreSQL
/// password stood in every process list. `KEIKKA_DB` (a systemd `EnvironmentFile`) gives it
/// instead, and the log written to a pipe (journald) carries no terminal colour codes.
#[tokio::test]
async fn the_database_can_come_from_keikka_db_and_the_log_has_no_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let made = std::process::Command::new(BIN)
        .args([
            "create-organisation",
            "--name",
            "A",
            "--employer",
            "B",
            "--supervisor",
            "C",
        ])
        .env("KEIKKA_DB", &db)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(db.is_file());
    let mut child = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("KEIKKA_DB", &db)
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = tokio::time::timeout(Duration::from_secs(30), lines.next_line())
        .await
        .expect("started")
        .unwrap()
        .unwrap_or_default();
    assert!(line.starts_with("listening on http://"), "{line}");
    let ps = std::process::Command::new("ps")
        .args(["-o", "args=", "-p", &child.id().unwrap().to_string()])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&ps.stdout).contains("k.db"));
    let stopped = std::process::Command::new("kill")
        .args(["-TERM", &child.id().unwrap().to_string()])
        .status()
        .unwrap();
    assert!(stopped.success());
    let out = child.wait_with_output().await.unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("INFO") || log.contains("stopp"), "{log}");
    assert!(!log.contains('\u{1b}'), "{log:?}");
}

/// A failure is one line, whatever `RUST_BACKTRACE` says (an operator's shell had it set).
#[test]
fn a_failure_is_one_line_even_with_rust_backtrace_set() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(BIN)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--web",
            "/nonexistent/web",
        ])
        .arg("--db")
        .arg(dir.path().join("k.db"))
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("keikka-sync-server: no web app in"),
        "{stderr}"
    );
}

/// Found by an operator's try: `KEIKKA_DB` in PostgreSQL's keyword form started a server on a
/// new SQLite file of that name.
#[test]
fn a_database_in_postgres_keyword_form_is_refused_and_no_file_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("KEIKKA_DB", "host=127.0.0.1 dbname=keikka password=s3cret")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("keyword form"), "{stderr}");
    assert!(!stderr.contains("s3cret"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file made"
    );
}
