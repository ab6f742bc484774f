//! The first-sync benchmark: a participant's new device pulls 20,000 visible rows (the unit's
//! tasks and the person's own work history) from the real server into a fresh device store on
//! disk, through the app's own `SyncClient::sync`; it reports the time and the process's
//! resident memory over the sync (pages of `MAX_CHANGES_PER_SYNC` keep it flat).
//!
//! `cargo build --release -p keikka-sync-server -p keikka-tests --bin firstsync --bin keikka-sync-server`,
//! then `target/release/firstsync [--tasks 16000] [--history 4000]`.

use keikka_core::protocol::Op;
use keikka_core::{ClaimId, Minutes};
use keikka_device::store::Store;
use keikka_tests::bench::{BenchResult, BenchUnit, arg, mutation, now, published, status_mb, task};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use uuid::Uuid;

#[tokio::main]
async fn main() -> BenchResult<()> {
    let tasks = arg("--tasks", 16_000.0) as usize;
    let history = (arg("--history", 4_000.0) as usize).min(tasks);
    let unit = BenchUnit::start().await?;
    let person = unit.participant("Aino").await?;

    let setup = Instant::now();
    // The tasks of the history began an hour ago (work is reported done only once it has
    // begun); the rest are in the coming days.
    let publish: Vec<_> = (0..tasks)
        .map(|n| {
            let mut draft = task(n);
            if n < history {
                draft.starts_at = now() - chrono::Duration::hours(1);
                draft.ends_at = draft.starts_at + chrono::Duration::hours(3);
            }
            mutation(Op::PublishTask { task: draft })
        })
        .collect();
    let ids = published(&publish);
    unit.send_all(&unit.boss, publish).await?;
    // History: work taken, reported and approved, one claim per task.
    let claims: Vec<ClaimId> = (0..history).map(|_| ClaimId(Uuid::new_v4())).collect();
    let take = claims
        .iter()
        .zip(&ids)
        .map(|(claim, task)| {
            mutation(Op::ClaimTask {
                claim: *claim,
                task: *task,
            })
        })
        .collect();
    unit.send_all(&person, take).await?;
    let report = claims
        .iter()
        .map(|claim| {
            mutation(Op::CompleteTask {
                claim: *claim,
                minutes: Minutes(90),
                note: None,
            })
        })
        .collect();
    unit.send_all(&person, report).await?;
    let paid_on = now().date_naive() + chrono::Duration::days(30);
    let approve = claims
        .iter()
        .map(|claim| {
            mutation(Op::ApproveCompletion {
                claim: *claim,
                paid_on,
                minutes: None,
                adjust_reason: None,
            })
        })
        .collect();
    unit.send_all(&unit.boss, approve).await?;
    println!(
        "setup: {tasks} tasks published, {history} of them taken, reported and approved, in {:.1} s",
        setup.elapsed().as_secs_f64()
    );

    // The new phone: a fresh code for the same person, a store file of its own.
    let code = unit
        .client
        .new_pairing_code(&unit.url, &unit.boss.token, person.person.id)
        .await?;
    let phone = unit
        .client
        .pair(&unit.url, &code.code, "Uusi puhelin")
        .await?;
    let dir = tempfile::tempdir()?;
    let mut store = Store::open(dir.path().join("device.db"))?;
    store.save_pairing(&unit.url, &phone)?;

    // Resident memory sampled every 5 ms from a thread of its own while the sync runs.
    let before = status_mb("self", "VmRSS:").unwrap_or(0.0);
    let running = Arc::new(AtomicBool::new(true));
    let sampler = {
        let running = running.clone();
        std::thread::spawn(move || {
            let mut samples = Vec::new();
            while running.load(Ordering::Relaxed) {
                samples.push(status_mb("self", "VmRSS:").unwrap_or(0.0));
                std::thread::sleep(Duration::from_millis(5));
            }
            samples
        })
    };
    let started = Instant::now();
    let (mut rounds, mut changes) = (0, 0);
    loop {
        let report = unit.client.sync(&mut store, now()).await?;
        rounds += report.rounds;
        changes += report.changes_received;
        if report.complete {
            break;
        }
    }
    let took = started.elapsed();
    running.store(false, Ordering::Relaxed);
    let samples = sampler.join().map_err(|_| "the memory sampler panicked")?;
    let open = store.open_tasks(now())?.len();
    let mine = store.my_claims()?.len();
    println!(
        "first sync: {changes} changes in {rounds} pages into the device store in {:.0} ms ({open} open tasks and {mine} own claims on the device)",
        took.as_secs_f64() * 1000.0
    );
    let quarter = |q: usize| {
        samples
            .get((samples.len().saturating_sub(1)) * q / 4)
            .copied()
            .unwrap_or(0.0)
    };
    let peak = samples.iter().copied().fold(before, f64::max);
    println!(
        "device process resident memory: {before:.1} MB before; at each quarter of the sync {:.1} / {:.1} / {:.1} / {:.1} MB; peak {peak:.1} MB",
        quarter(1),
        quarter(2),
        quarter(3),
        quarter(4),
    );
    Ok(())
}
