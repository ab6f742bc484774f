//! The load generator: the real server binary, N simulated devices syncing every S seconds with
//! a realistic mix (mostly empty pulls, some claims and completions, a supervisor approving),
//! requests/s and p50/p99 latency, the server's memory, and its mutation rate against the raw
//! rate of single-row write transactions in the same database engine with the same settings.
//!
//! `cargo build --release -p keikka-sync-server -p keikka-tests --bin loadgen`, then
//! `target/release/loadgen [--devices 5000] [--interval 2.5] [--seconds 30]`, on a temporary
//! SQLite file; with `--db postgres://… [--instances 2]` on a new database on that PostgreSQL
//! server, each device talking to one of the instances (as a load balancer would spread them).

use keikka_core::protocol::{Cursor, Mutation, Op, Outcome, SyncRequest};
use keikka_core::{ClaimId, DeviceId, Minutes, TaskId};
use keikka_tests::bench::{
    BenchUnit, arg, mutation, now, percentile, published, resident_mb, task,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::Mutex;
use uuid::Uuid;

/// One simulated device: its token, place in the change stream, and what it holds.
struct Sim {
    device: DeviceId,
    token: String,
    cursor: Cursor,
    claims: Vec<(ClaimId, bool)>,
}

/// Single-row write transactions per second in SQLite with the server's settings (WAL,
/// synchronous FULL) on the disk at `dir`, over `seconds`.
fn raw_sqlite_rate(dir: &std::path::Path, seconds: f64) -> rusqlite::Result<f64> {
    let conn = rusqlite::Connection::open(dir.join("raw.db"))?;
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
    conn.execute_batch(
        "PRAGMA synchronous = FULL; PRAGMA secure_delete = FAST;
         CREATE TABLE t (id TEXT PRIMARY KEY, json TEXT NOT NULL, seq INTEGER NOT NULL);",
    )?;
    let started = Instant::now();
    let mut n = 0i64;
    while started.elapsed().as_secs_f64() < seconds {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        conn.execute(
            "INSERT INTO t (id, json, seq) VALUES (?1, ?2, ?3)",
            rusqlite::params![Uuid::new_v4().to_string(), "{\"status\":\"claimed\"}", n],
        )?;
        conn.execute_batch("COMMIT")?;
        n += 1;
    }
    Ok(n as f64 / started.elapsed().as_secs_f64())
}

/// Single-row write transactions per second on PostgreSQL at `url`, in a table of their own:
/// `BEGIN; INSERT; COMMIT` back to back on each of `connections` connections for `seconds`
/// (one connection is the plain figure; several show what the server's own group commit in
/// the write-ahead log adds when commits overlap).
async fn raw_postgres_rate(
    url: &str,
    seconds: f64,
    connections: usize,
) -> Result<f64, tokio_postgres::Error> {
    let mut clients = Vec::with_capacity(connections);
    for _ in 0..connections {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
        tokio::spawn(connection);
        clients.push(client);
    }
    clients[0]
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS raw_commits (id TEXT PRIMARY KEY, json TEXT NOT NULL, seq BIGINT NOT NULL)",
        )
        .await?;
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let mut workers = Vec::new();
    for client in clients {
        workers.push(tokio::spawn(async move {
            let insert = client
                .prepare("INSERT INTO raw_commits (id, json, seq) VALUES ($1, $2, $3)")
                .await?;
            let mut n = 0i64;
            while Instant::now() < deadline {
                client.batch_execute("BEGIN").await?;
                client
                    .execute(
                        &insert,
                        &[&Uuid::new_v4().to_string(), &"{\"status\":\"claimed\"}", &n],
                    )
                    .await?;
                client.batch_execute("COMMIT").await?;
                n += 1;
            }
            Ok::<i64, tokio_postgres::Error>(n)
        }));
    }
    let mut total = 0;
    for worker in workers {
        if let Ok(done) = worker.await {
            total += done?;
        }
    }
    Ok(total as f64 / started.elapsed().as_secs_f64())
}

/// Runs the futures at once and returns their outputs in order.
async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let handles: Vec<_> = futures.map(Box::pin).collect();
    let mut out = Vec::with_capacity(handles.len());
    let mut pending: Vec<_> = handles.into_iter().map(Some).collect();
    // Poll all of them together through one select loop.
    let mut results: Vec<Option<F::Output>> = (0..pending.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut done = true;
        for (slot, result) in pending.iter_mut().zip(results.iter_mut()) {
            if let Some(fut) = slot {
                match fut.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => {
                        *result = Some(v);
                        *slot = None;
                    }
                    std::task::Poll::Pending => done = false,
                }
            }
        }
        if done {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    out.extend(results.into_iter().flatten());
    out
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let devices = arg("--devices", 5000.0) as usize;
    let interval = arg("--interval", 2.5);
    let seconds = arg("--seconds", 30.0);
    let unit = BenchUnit::start().await?;
    let (url, client, boss) = (unit.url.clone(), &unit.client, &unit.boss);
    let urls = unit.urls.clone();
    let on_postgres = unit.db.starts_with("postgres");
    println!(
        "database: {}; {} server instance(s)",
        if on_postgres { "PostgreSQL" } else { "SQLite" },
        urls.len()
    );
    // The unit: a supervisor, `devices` participants, 200 tasks of 20 seats.
    let setup = Instant::now();
    let drafts: Vec<Mutation> = (0..200)
        .map(|n| mutation(Op::PublishTask { task: task(n) }))
        .collect();
    let tasks: Vec<TaskId> = published(&drafts);
    unit.send_all(boss, drafts).await?;
    let mut sims = Vec::with_capacity(devices);
    for n in 0..devices {
        let paired = unit.participant(&format!("Osallistuja {n}")).await?;
        sims.push(Sim {
            device: paired.device,
            token: paired.token,
            cursor: Cursor(0),
            claims: Vec::new(),
        });
    }
    println!(
        "setup: {devices} devices paired and 200 tasks published in {:.1} s",
        setup.elapsed().as_secs_f64()
    );
    // Each phone's first sync brings the whole unit (measured on its own: issue 7's "first
    // sync"); the steady load below starts from where it ended.
    let first = Instant::now();
    let mut first_latencies = Vec::with_capacity(sims.len());
    for (c, chunk) in sims.chunks_mut(50).enumerate() {
        let answers = chunk.iter().enumerate().map(|(k, sim)| {
            let instance = (c * 50 + k) % urls.len();
            let (client, url) = (client.clone(), urls[instance].clone());
            let (device, token) = (sim.device, sim.token.clone());
            async move {
                let started = Instant::now();
                let mut cursor = Cursor(0);
                loop {
                    let request = SyncRequest {
                        device,
                        cursor,
                        mutations: vec![],
                        sent_all: true,
                        waiting: Vec::new(),
                    };
                    let answer = client.send(&url, &token, &request).await?;
                    cursor = answer.cursor;
                    if !answer.more {
                        return Ok::<_, keikka_device::SyncError>((cursor, started.elapsed()));
                    }
                }
            }
        });
        let results = futures_join_all(answers).await;
        for (sim, result) in chunk.iter_mut().zip(results) {
            let (cursor, took) = result?;
            sim.cursor = cursor;
            first_latencies.push(took);
        }
    }
    first_latencies.sort();
    println!(
        "first syncs: {devices} devices pulled the unit in {:.1} s (50 at a time; each p50 {:.1} ms, p99 {:.1} ms)",
        first.elapsed().as_secs_f64(),
        percentile(&first_latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&first_latencies, 0.99).as_secs_f64() * 1000.0
    );

    // First syncs (each device pulls the unit once), then the steady mix.
    // Each answer's latency with the device's round: round 1 is also each device's new
    // connection, reported apart below.
    let latencies = Arc::new(Mutex::new(Vec::<(usize, Duration)>::new()));
    let errors = Arc::new(AtomicUsize::new(0));
    let applied = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let mut handles = Vec::new();
    let period = Duration::from_secs_f64(interval);
    for (i, mut sim) in sims.into_iter().enumerate() {
        let (client, url, tasks) = (client.clone(), urls[i % urls.len()].clone(), tasks.clone());
        let (latencies, errors, applied) = (latencies.clone(), errors.clone(), applied.clone());
        handles.push(tokio::spawn(async move {
            // Spread the devices over the period, as phones are; each then syncs on a fixed
            // schedule, so a slow answer does not lower the load offered.
            let offset = period.mul_f64((i % 1000) as f64 / 1000.0);
            let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + offset, period);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            let mut round = 0usize;
            loop {
                ticks.tick().await;
                if Instant::now() >= deadline {
                    break;
                }
                round += 1;
                let mut mutations = Vec::new();
                // About 2 % of syncs take a task, 2 % report one done.
                let roll = (i * 7919 + round * 104_729) % 100;
                if roll < 2 {
                    let claim = ClaimId(Uuid::new_v4());
                    let task = tasks[(i + round) % tasks.len()];
                    sim.claims.push((claim, false));
                    mutations.push(mutation(Op::ClaimTask { claim, task }));
                } else if roll < 4
                    && let Some(entry) = sim.claims.iter_mut().find(|(_, done)| !done)
                {
                    entry.1 = true;
                    mutations.push(mutation(Op::CompleteTask {
                        claim: entry.0,
                        minutes: Minutes(90),
                        note: None,
                    }));
                }
                let request = SyncRequest {
                    device: sim.device,
                    cursor: sim.cursor,
                    mutations,
                    sent_all: true,
                    waiting: Vec::new(),
                };
                let started = Instant::now();
                match client.send(&url, &sim.token, &request).await {
                    Ok(answer) => {
                        latencies.lock().await.push((round, started.elapsed()));
                        sim.cursor = answer.cursor;
                        applied.fetch_add(
                            answer
                                .results
                                .iter()
                                .filter(|r| r.outcome == Outcome::Applied)
                                .count(),
                            Ordering::Relaxed,
                        );
                    }
                    Err(_) => {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }));
    }
    // The supervisor approves what is done, once a second.
    let boss_handle = {
        let (client, url) = (client.clone(), url.clone());
        let (boss_device, boss_token) = (boss.device, boss.token.clone());
        let applied = applied.clone();
        tokio::spawn(async move {
            let mut cursor = Cursor(0);
            let mut waiting = std::collections::BTreeMap::new();
            while Instant::now() < deadline {
                let approvals: Vec<Mutation> = waiting
                    .iter()
                    .take(50)
                    .map(|(claim, day): (&ClaimId, &chrono::NaiveDate)| {
                        mutation(Op::ApproveCompletion {
                            claim: *claim,
                            paid_on: *day,
                            minutes: None,
                            adjust_reason: None,
                        })
                    })
                    .collect();
                for m in &approvals {
                    if let Op::ApproveCompletion { claim, .. } = &m.op {
                        waiting.remove(claim);
                    }
                }
                let request = SyncRequest {
                    device: boss_device,
                    cursor,
                    mutations: approvals,
                    sent_all: true,
                    waiting: Vec::new(),
                };
                if let Ok(answer) = client.send(&url, &boss_token, &request).await {
                    cursor = answer.cursor;
                    applied.fetch_add(
                        answer
                            .results
                            .iter()
                            .filter(|r| r.outcome == Outcome::Applied)
                            .count(),
                        Ordering::Relaxed,
                    );
                    for change in answer.changes {
                        if let keikka_core::protocol::Change::Claim(c) = change
                            && c.status() == keikka_core::ClaimStatus::Completed
                        {
                            let day = now().date_naive() + chrono::Duration::days(30);
                            waiting.insert(c.id, day);
                        }
                    }
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        })
    };
    let mut rss_peak = vec![0.0f64; unit.servers.len()];
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(500)).await;
        for (peak, server) in rss_peak.iter_mut().zip(&unit.servers) {
            if let Some(mb) = server.pid().and_then(resident_mb) {
                *peak = peak.max(mb);
            }
        }
    }
    for h in handles {
        let _ = h.await;
    }
    let _ = boss_handle.await;
    // Every sync was sent within the load window (a device's tick after it sends nothing), so
    // the rates are per second of that window.
    let elapsed = seconds;
    let timed = latencies.lock().await.clone();
    let mut all: Vec<Duration> = timed.iter().map(|(_, d)| *d).collect();
    all.sort();
    let mut steady: Vec<Duration> = timed
        .iter()
        .filter(|(round, _)| *round > 1)
        .map(|(_, d)| *d)
        .collect();
    steady.sort();
    let requests = all.len();
    println!(
        "load: {devices} devices, a sync every {interval} s each, {seconds} s: {requests} syncs answered ({:.0}/s), {} failed",
        requests as f64 / elapsed,
        errors.load(Ordering::Relaxed)
    );
    println!(
        "latency: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&all, 0.5).as_secs_f64() * 1000.0,
        percentile(&all, 0.99).as_secs_f64() * 1000.0,
        all.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );
    println!(
        "latency after each device's first round (its connection open): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&steady, 0.5).as_secs_f64() * 1000.0,
        percentile(&steady, 0.99).as_secs_f64() * 1000.0,
        steady.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );
    let peaks: Vec<String> = rss_peak.iter().map(|mb| format!("{mb:.0} MB")).collect();
    println!(
        "server resident memory, peak per instance: {}",
        peaks.join(", ")
    );
    println!(
        "mutations applied during the load: {} ({:.0}/s)",
        applied.load(Ordering::Relaxed),
        applied.load(Ordering::Relaxed) as f64 / elapsed
    );

    // The mutation path flat out: 50 devices sending claims back to back, first one per request
    // (a tap each), then ten per request (phones back online with their outboxes).
    let writers = 50;
    let more_tasks: Vec<Mutation> = (0..100)
        .map(|n| {
            let mut t = task(1000 + n);
            t.seats = 50;
            mutation(Op::PublishTask { task: t })
        })
        .collect();
    let burst_tasks: Vec<TaskId> = published(&more_tasks);
    unit.send_all(boss, more_tasks).await?;
    let mut burst_sims = Vec::new();
    for n in 0..writers {
        burst_sims.push(unit.participant(&format!("Kirjoittaja {n}")).await?);
    }
    let mut rates = Vec::new();
    for per_request in [1usize, 10] {
        let burst_applied = Arc::new(AtomicUsize::new(0));
        let burst_deadline = Instant::now() + Duration::from_secs(5);
        let burst_started = Instant::now();
        let mut burst = Vec::new();
        for (i, sim) in burst_sims.iter().enumerate() {
            let (client, url, tasks, applied) = (
                client.clone(),
                urls[i % urls.len()].clone(),
                burst_tasks.clone(),
                burst_applied.clone(),
            );
            let (device, token) = (sim.device, sim.token.clone());
            burst.push(tokio::spawn(async move {
                let mut round = 0;
                while Instant::now() < burst_deadline {
                    let mutations = (0..per_request)
                        .map(|_| {
                            round += 1;
                            mutation(Op::ClaimTask {
                                claim: ClaimId(Uuid::new_v4()),
                                task: tasks[(i * 13 + round) % tasks.len()],
                            })
                        })
                        .collect();
                    let request = SyncRequest {
                        device,
                        cursor: Cursor(u64::MAX),
                        mutations,
                        sent_all: true,
                        waiting: Vec::new(),
                    };
                    if let Ok(answer) = client.send(&url, &token, &request).await {
                        // Claims past the seats are refused, and a refusal is written too.
                        applied.fetch_add(answer.results.len(), Ordering::Relaxed);
                    }
                }
            }));
        }
        for h in burst {
            let _ = h.await;
        }
        rates.push((
            per_request,
            burst_applied.load(Ordering::Relaxed) as f64 / burst_started.elapsed().as_secs_f64(),
        ));
    }
    let db = unit.db.clone();
    drop(unit);
    // After the servers have stopped: on SQLite a directory of its own beside the server's
    // (same disk), on PostgreSQL a table of its own in the server's database.
    let (engine, raw) = if on_postgres {
        let raw = raw_postgres_rate(&db, 3.0, 1).await?;
        let overlapping = raw_postgres_rate(&db, 3.0, writers).await?;
        println!(
            "raw PostgreSQL single-row write transactions, one connection: {raw:.0}/s; {writers} connections at once: {overlapping:.0}/s"
        );
        ("PostgreSQL", raw)
    } else {
        let dir = tempfile::tempdir()?;
        let raw = raw_sqlite_rate(dir.path(), 3.0)?;
        println!("raw SQLite single-row write transactions on the same disk: {raw:.0}/s");
        ("SQLite", raw)
    };
    for (per_request, rate) in rates {
        println!(
            "mutation path, {per_request} per request ({writers} writers): {rate:.0} mutations/s over HTTP; ratio to raw {engine} {:.0} %",
            100.0 * rate / raw
        );
    }
    Ok(())
}
