//! What the benchmark binaries (`loadgen`, `firstsync`) share: arguments, a unit on a fresh
//! server, task drafts, mutations, percentiles and a process's memory.

use crate::{ServerProcess, server_binary};
use keikka_core::protocol::{Cursor, Mutation, Op, PairResponse, SyncRequest};
use keikka_core::{Cents, ContractType, Minutes, MutationId, Pay, TaskDraft, TaskId, Timestamp};
use keikka_device::SyncClient;
use std::time::Duration;
use uuid::Uuid;

pub type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// The wall clock: benchmarks run against a real server, which reads its own.
pub fn now() -> Timestamp {
    chrono::Utc::now().fixed_offset()
}

/// `--name VALUE` from the command line, or `default`.
pub fn arg(name: &str, default: f64) -> f64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// `--name VALUE` from the command line as text, if given.
pub fn text_arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

pub fn mutation(op: Op) -> Mutation {
    Mutation {
        id: MutationId(Uuid::new_v4()),
        at: now(),
        op,
    }
}

/// Task number `n`: hourly, 20 seats, on one of the next 20 days.
pub fn task(n: usize) -> TaskDraft {
    let starts_at = now() + chrono::Duration::days(1 + i64::try_from(n % 20).unwrap_or(0));
    TaskDraft {
        id: TaskId(Uuid::new_v4()),
        title: format!("Tehtävä {n}"),
        steps: vec!["Tule ovelle.".into()],
        place: "Työkeskus".into(),
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(3),
        estimated_minutes: Minutes(120),
        pay: Pay::Hourly(Cents(1000)),
        seats: 20,
        instructor: None,
        contract: ContractType::Employment,
        commissioner: None,
        order: None,
        groups: vec![],
        employer_of_record: None,
        swedish: None,
    }
}

/// A megabyte figure from a `/proc/<pid>/status` line such as `VmRSS:` or `VmHWM:`.
pub fn status_mb(pid: &str, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix(field))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

pub fn resident_mb(pid: u32) -> Option<f64> {
    status_mb(&pid.to_string(), "VmRSS:")
}

/// A unit on a fresh database served by the real server binary (with the per-device request
/// limit lifted: thousands of simulated devices share one address), and its supervisor paired.
///
/// The database is a temporary SQLite file, or with `--db postgres://…` (a server where the
/// benchmark may create databases) a new PostgreSQL database there; `--instances N` starts N
/// server processes on it, as behind a load balancer.
pub struct BenchUnit {
    pub servers: Vec<ServerProcess>,
    /// The first instance's URL (setup and pairing go there).
    pub url: String,
    /// Each instance's URL, in the order of `servers`.
    pub urls: Vec<String>,
    /// The `--db` the servers run on (a SQLite path or a PostgreSQL URL).
    pub db: String,
    pub client: SyncClient,
    pub boss: PairResponse,
    _dir: tempfile::TempDir,
}

impl BenchUnit {
    pub async fn start() -> BenchResult<BenchUnit> {
        let dir = tempfile::tempdir()?;
        let db = match text_arg("--db") {
            Some(admin)
                if admin.starts_with("postgres://") || admin.starts_with("postgresql://") =>
            {
                let name = format!("keikka_bench_{}", Uuid::new_v4().simple());
                keikka_sync_server::db::postgres::create_database(&admin, &name)?
            }
            Some(other) => {
                return Err(format!(
                    "--db takes the postgres:// URL of a server where the benchmark makes a new database, not {other:?}; without --db it runs on a temporary SQLite file"
                )
                .into());
            }
            None => crate::test_db(dir.path())?,
        };
        let instances = (arg("--instances", 1.0) as usize).max(1);
        let out = std::process::Command::new(server_binary()?)
            .args(["create-organisation", "--db"])
            .arg(&db)
            .args([
                "--name",
                "Kuormitus",
                "--employer",
                "Väylä ry",
                "--supervisor",
                "Sanna",
            ])
            .output()?;
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let code = text
            .lines()
            .find(|l| l.starts_with("supervisor "))
            .and_then(|l| l.rsplit(' ').next())
            .ok_or("no supervisor code")?
            .to_owned();
        let mut servers = Vec::with_capacity(instances);
        for _ in 0..instances {
            servers.push(
                ServerProcess::start_on(
                    &db,
                    &[
                        "serve",
                        "--requests-per-minute",
                        "1000000",
                        "--device-daily-mutations",
                        "100000000",
                        "--device-daily-creations",
                        "1000000",
                    ],
                )
                .await?,
            );
        }
        let urls: Vec<String> = servers.iter().map(ServerProcess::url).collect();
        let url = urls[0].clone();
        let client = SyncClient::new()?;
        let boss = client.pair(&url, &code, "Kuormitus").await?;
        Ok(BenchUnit {
            servers,
            url,
            urls,
            db,
            client,
            boss,
            _dir: dir,
        })
    }

    /// Sends `mutations` as `device` in batches of the protocol's largest; every one must apply.
    pub async fn send_all(&self, who: &PairResponse, mutations: Vec<Mutation>) -> BenchResult<()> {
        for batch in mutations.chunks(keikka_core::protocol::MAX_MUTATIONS_PER_SYNC) {
            let request = SyncRequest {
                device: who.device,
                cursor: Cursor(u64::MAX),
                mutations: batch.to_vec(),
                sent_all: true,
                waiting: Vec::new(),
            };
            let answer = self.client.send(&self.url, &who.token, &request).await?;
            if let Some(refused) = answer
                .results
                .iter()
                .find(|r| r.outcome != keikka_core::protocol::Outcome::Applied)
            {
                return Err(format!("setup mutation refused: {:?}", refused.outcome).into());
            }
        }
        Ok(())
    }

    /// A new participant (in no group) and their first device.
    pub async fn participant(&self, name: &str) -> BenchResult<PairResponse> {
        let made = self
            .client
            .create_participant(
                &self.url,
                &self.boss.token,
                &keikka_core::protocol::CreateParticipant {
                    name: name.to_owned(),
                    groups: vec![],
                },
            )
            .await?;
        Ok(self.client.pair(&self.url, &made.code, "Puhelin").await?)
    }
}

/// The task ids of the `PublishTask` mutations among `mutations`.
pub fn published(mutations: &[Mutation]) -> Vec<TaskId> {
    mutations
        .iter()
        .filter_map(|m| match &m.op {
            Op::PublishTask { task } => Some(task.id),
            _ => None,
        })
        .collect()
}
