//! Random schedules against the real server through the fault proxy: a supervisor and three
//! participants claim, start, finish, withdraw, approve, adjust, reject and edit while answers
//! or requests are lost, requests arrive twice or are held back so that another device's
//! overtakes them, devices stay offline for a while and the server is killed
//! (between requests or while one is under way) and restarted. After everyone has synced, the invariants must hold:
//!
//! - every device's outbox is empty: everything done was answered;
//! - every claim a participant made and the server did not refuse is on the server exactly once,
//!   and nothing else is;
//! - no task has more seat-holding claims than seats, and `seats_taken` counts them;
//! - each participant's device holds exactly the server's claims of that participant, and the
//!   supervisor's device holds exactly the server's claims and tasks of the unit;
//! - every earning is the approved minutes × the task's hourly pay, to the cent.
//!
//! A seed that ever fails is added to `SEEDS` and stays there as a regression case.

mod common;

use chrono::Duration;
use common::{Device, add_participant, create_organisation, now};
use keikka_core::protocol::Op;
use keikka_core::{
    Cents, ClaimId, ClaimState, ClaimStatus, ContractType, Minutes, Pay, Role, TaskDraft, TaskId,
};
use keikka_tests::{FaultProxy, Halt, PrivatePostgres, ServerProcess};
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

/// Schedules run in every test run; failing ones found later are appended.
const SEEDS: [u64; 12] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const STEPS: usize = 80;

/// The seeds of this run: `SEEDS`, or with `KEIKKA_FAULT_SEEDS=N` (the long run) every seed
/// from 1 to N as well.
fn seeds() -> Vec<u64> {
    let extra: u64 = std::env::var("KEIKKA_FAULT_SEEDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let mut seeds: Vec<u64> = SEEDS.to_vec();
    seeds.extend((1..=extra).filter(|s| !SEEDS.contains(s)));
    seeds
}

/// xorshift64*: enough randomness for schedules, and the same schedule for the same seed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get(self.below(items.len()))
        }
    }
}

#[derive(Debug, Default)]
struct Stats {
    steps: usize,
    mutations: usize,
    faults: keikka_tests::InjectedFaults,
    kills: usize,
    kills_mid_sync: usize,
    overtaking_syncs: usize,
    postgres_restarts: usize,
}

fn task(n: usize, seats: u16, rate: i64) -> TaskDraft {
    // Begun an hour ago and open for hours more: work on it can be started and reported now.
    let starts_at =
        now() - Duration::minutes(30) + Duration::minutes(i64::try_from(n).unwrap_or(0));
    TaskDraft {
        id: TaskId(Uuid::new_v4()),
        title: format!("Tehtävä {n}"),
        steps: vec![],
        place: "Työkeskus".into(),
        starts_at,
        ends_at: starts_at + Duration::hours(3),
        estimated_minutes: Minutes(120),
        pay: Pay::Hourly(Cents(rate)),
        seats,
        instructor: None,
        contract: ContractType::Employment,
        commissioner: None,
        order: None,
        groups: vec![],
        employer_of_record: None,
        swedish: None,
    }
}

/// One participant step, as a person would tap it; `None` when the device refuses it.
fn participant_op(rng: &mut Rng, device: &Device) -> Option<Op> {
    let claims = device.store.my_claims().ok()?;
    let mine = |status: ClaimStatus| -> Vec<ClaimId> {
        claims
            .iter()
            .filter(|c| c.claim.status() == status)
            .map(|c| c.claim.id)
            .collect()
    };
    match rng.below(4) {
        0 => {
            let open = device.store.open_tasks(now()).ok()?;
            let ids: Vec<TaskId> = open.iter().map(|t| t.item.id).collect();
            let task = *rng.pick(&ids)?;
            Some(Op::ClaimTask {
                claim: ClaimId(Uuid::new_v4()),
                task,
            })
        }
        1 => rng
            .pick(&mine(ClaimStatus::Claimed))
            .map(|claim| Op::StartTask { claim: *claim }),
        2 => {
            let mut ready = mine(ClaimStatus::Claimed);
            ready.extend(mine(ClaimStatus::Started));
            let claim = *rng.pick(&ready)?;
            let minutes = Minutes(u32::try_from(15 * (1 + rng.below(20))).unwrap_or(15));
            Some(Op::CompleteTask {
                claim,
                minutes,
                note: None,
            })
        }
        _ => rng
            .pick(&mine(ClaimStatus::Claimed))
            .map(|claim| Op::WithdrawClaim { claim: *claim }),
    }
}

/// One supervisor step: approve (as reported or adjusted), reject, or move a task's place.
fn supervisor_op(rng: &mut Rng, device: &Device) -> Option<Op> {
    let waiting = device.store.completions_waiting().ok()?;
    match rng.below(4) {
        0 | 1 => {
            let item = rng.pick(&waiting)?;
            let worked_on = item.task.as_ref()?.worked_on();
            let adjusted = rng.below(3) == 0;
            Some(Op::ApproveCompletion {
                claim: item.claim.id,
                paid_on: worked_on + Duration::days(7),
                minutes: adjusted.then_some(Minutes(45)),
                adjust_reason: adjusted.then(|| "Tarkistettu aika.".to_owned()),
            })
        }
        2 => rng.pick(&waiting).map(|item| Op::RejectCompletion {
            claim: item.claim.id,
            reason: "Jutellaan tästä.".into(),
        }),
        _ => {
            let tasks = device.store.all_unit_tasks().ok()?;
            let t = &rng.pick(&tasks)?.item;
            let mut draft = TaskDraft::copy_of(t, t.id, t.starts_at);
            draft.place = format!("Paikka {}", rng.below(1000));
            Some(Op::EditTask { task: draft })
        }
    }
}

/// How many server instances share the database, and their environment.
struct Cluster {
    instances: usize,
    env: Vec<(String, String)>,
    /// A PostgreSQL cluster of the schedule's own that it also takes down and starts again;
    /// without it, the test database (`test_db`) stays up throughout.
    restarted: Option<PrivatePostgres>,
}

impl Cluster {
    fn one() -> Cluster {
        Cluster {
            instances: 1,
            env: Vec::new(),
            restarted: None,
        }
    }
}

/// The audit log as a supervisor's screen pages it (`GET /api/v1/audit?after=N`) while the
/// schedule runs: a page that skipped an entry committed later (an id handed out before a
/// lower one committed) would never be read again.
struct AuditReader {
    http: reqwest::Client,
    seen: Vec<i64>,
}

impl AuditReader {
    async fn read_on(&mut self, url: &str, supervisor: &Device) {
        let Ok(Some(pairing)) = supervisor.store.pairing() else {
            return;
        };
        loop {
            let after = self.seen.last().copied().unwrap_or(0);
            let Ok(answer) = self
                .http
                .get(format!("{url}/api/v1/audit?after={after}"))
                .bearer_auth(&pairing.token)
                .send()
                .await
            else {
                return;
            };
            let Ok(page) = answer.json::<Vec<serde_json::Value>>().await else {
                return;
            };
            if page.is_empty() {
                return;
            }
            self.seen
                .extend(page.iter().filter_map(|entry| entry["id"].as_i64()));
        }
    }
}

async fn run_schedule(seed: u64) -> Stats {
    let (stats, result) = run_schedule_on(seed, Cluster::one()).await;
    if let Err(violation) = result {
        panic!("{violation}");
    }
    stats
}

/// One schedule; the invariants' first violation, if any, as the error.
async fn run_schedule_on(seed: u64, cluster: Cluster) -> (Stats, Result<(), String>) {
    let mut rng = Rng::new(seed);
    let mut stats = Stats::default();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = match &cluster.restarted {
        Some(postgres) => postgres.new_database(),
        None => keikka_tests::test_db(dir.path()),
    }
    .expect("a test database");
    let code = create_organisation(&db);
    let mut servers = Vec::new();
    for _ in 0..cluster.instances {
        servers.push(
            ServerProcess::start_with_env(&db, &["serve"], &cluster.env)
                .await
                .expect("server starts"),
        );
    }
    let proxy = FaultProxy::start_among(servers.iter().map(ServerProcess::addr).collect())
        .await
        .expect("proxy");
    let url = proxy.url();
    let mut supervisor = Device::pair(&url, &code, "Tabletti").await;
    // After the first pairing: the device's sync client installed the crypto provider this
    // client needs too.
    let mut audit = AuditReader {
        http: reqwest::Client::new(),
        seen: Vec::new(),
    };
    let mut participants = Vec::new();
    for name in ["Aino", "Mikko", "Leena"] {
        let code = add_participant(&url, &supervisor, name).await;
        participants.push(Device::pair(&url, &code, name).await);
    }
    for (n, seats) in [1u16, 1, 2, 2, 3].into_iter().enumerate() {
        let rate = 1000 + i64::try_from(rng.below(300)).unwrap_or(0);
        supervisor.record(Op::PublishTask {
            task: task(n, seats, rate),
        });
    }
    supervisor.sync().await.expect("publish");
    for p in &mut participants {
        p.sync().await.expect("first sync");
    }

    for _ in 0..STEPS {
        stats.steps += 1;
        let roll = rng.below(100);
        if roll < 35 {
            let who = rng.below(participants.len());
            if let Some(op) = participant_op(&mut rng, &participants[who])
                && participants[who].store.record(op, now()).is_ok()
            {
                stats.mutations += 1;
            }
        } else if roll < 50 {
            if let Some(op) = supervisor_op(&mut rng, &supervisor)
                && supervisor.store.record(op, now()).is_ok()
            {
                stats.mutations += 1;
            }
        } else if roll < 75 {
            match rng.below(10) {
                0 | 1 => proxy.drop_next_answers(1),
                2 => proxy.double_next_requests(1),
                3 => proxy.lose_next_requests(1),
                _ => {}
            }
            let who = rng.below(participants.len() + 1);
            let device = if who == participants.len() {
                &mut supervisor
            } else {
                &mut participants[who]
            };
            // A lost answer or a server away is an error here and nothing to worry about.
            let _ = device.sync().await;
            if who == participants.len() {
                audit.read_on(&url, &supervisor).await;
            }
        } else if roll < 85 {
            // Two devices sync at once; the first one's request is held back, so the second
            // overtakes it at the server.
            let first = rng.below(participants.len());
            let second = (first + 1 + rng.below(participants.len() - 1)) % participants.len();
            proxy.delay_next_requests(1, 5 + rng.below(20));
            let (low, high) = participants.split_at_mut(first.max(second));
            let (a, b) = if first < second {
                (&mut low[first], &mut high[0])
            } else {
                (&mut high[0], &mut low[second])
            };
            let later = async {
                tokio::time::sleep(std::time::Duration::from_millis(2)).await;
                b.sync().await
            };
            let _ = tokio::join!(a.sync(), later);
            stats.overtaking_syncs += 1;
        } else if roll < 89 {
            // One instance at a time: the others keep serving.
            let server = &mut servers[rng.below(cluster.instances)];
            if rng.below(2) == 0 {
                server.restart(&["serve"]).await.expect("restart");
            } else {
                // Killed while a device's sync is on its way or being answered.
                let who = rng.below(participants.len());
                let delay = u64::try_from(rng.below(4)).unwrap_or(0);
                let device = &mut participants[who];
                let (_, restarted) = tokio::join!(device.sync(), async {
                    tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
                    server.restart(&["serve"]).await
                });
                restarted.expect("restart");
                stats.kills_mid_sync += 1;
            }
            stats.kills += 1;
        } else if roll < 92
            && let Some(postgres) = &cluster.restarted
        {
            let how = if rng.below(2) == 0 {
                Halt::Fast
            } else {
                Halt::Immediate
            };
            let who = rng.below(participants.len());
            restart_postgres(postgres, how, &servers, &supervisor, &mut participants[who]).await;
            stats.postgres_restarts += 1;
        }
        // Otherwise nobody syncs: an offline stretch.
    }

    // Everyone comes back online with no faults left and syncs until nothing moves.
    proxy.drop_next_answers(0);
    proxy.double_next_requests(0);
    proxy.lose_next_requests(0);
    proxy.delay_next_requests(0, 0);
    for _ in 0..6 {
        supervisor.sync().await.expect("settle");
        for p in &mut participants {
            p.sync().await.expect("settle");
        }
    }
    stats.faults = proxy.faults_injected();
    audit.read_on(&url, &supervisor).await;
    let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_invariants(seed, &db, &supervisor, &participants, &audit.seen);
    }));
    let result = checked.map_err(|cause| {
        cause
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| cause.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "an invariant failed".to_owned())
    });
    (stats, result)
}

/// Takes PostgreSQL down while a participant's sync is on its way, checks that while it is down
/// every instance answers 503 (a passing failure the device retries, never a 500) and the
/// device keeps its unsent work, starts it again and waits until every instance answers again
/// on its own, without a restart of its own.
async fn restart_postgres(
    postgres: &PrivatePostgres,
    how: Halt,
    servers: &[ServerProcess],
    supervisor: &Device,
    participant: &mut Device,
) {
    let token = supervisor.token();
    let http = reqwest::Client::new();
    let read_audit = |url: String| {
        let request = http
            .get(format!("{url}/api/v1/audit?after=0"))
            .bearer_auth(&token);
        async move { request.send().await.map(|a| a.status()) }
    };
    let (_, halted) = tokio::join!(participant.sync(), async {
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        postgres.halt(how)
    });
    halted.expect("PostgreSQL halts");
    let unsent = participant.store.outbox_len().expect("outbox");
    for server in servers {
        let status = read_audit(server.url())
            .await
            .expect("the instance answers");
        assert_eq!(
            status,
            reqwest::StatusCode::SERVICE_UNAVAILABLE,
            "{how:?}: an instance without its database"
        );
        // The readiness check says so too, for a balancer or a monitor; liveness does not.
        let ready = http
            .get(format!("{}/readyz", server.url()))
            .send()
            .await
            .expect("answers");
        assert_eq!(ready.status(), reqwest::StatusCode::SERVICE_UNAVAILABLE);
        assert!(ready.headers().contains_key("retry-after"));
        let alive = http
            .get(format!("{}/healthz", server.url()))
            .send()
            .await
            .expect("answers");
        assert_eq!(alive.status(), reqwest::StatusCode::OK);
    }
    assert!(
        participant.sync().await.is_err(),
        "{how:?}: a sync without a database"
    );
    assert_eq!(
        participant.store.outbox_len().expect("outbox"),
        unsent,
        "{how:?}: the device keeps what it could not send"
    );
    postgres.resume().expect("PostgreSQL starts again");
    for server in servers {
        let mut answered = None;
        for _ in 0..100 {
            match read_audit(server.url()).await {
                Ok(status) if status.is_success() => {
                    answered = Some(status);
                    break;
                }
                Ok(status) => assert_eq!(
                    status,
                    reqwest::StatusCode::SERVICE_UNAVAILABLE,
                    "{how:?}: an instance while its database comes back"
                ),
                Err(e) => panic!("{how:?}: the instance went away: {e}"),
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(
            answered.is_some(),
            "{how:?}: an instance did not recover in 10 s"
        );
    }
}

fn check_invariants(
    seed: u64,
    db: &str,
    supervisor: &Device,
    participants: &[Device],
    audit_read: &[i64],
) {
    let server = keikka_sync_server::Store::open_at(&keikka_sync_server::db::Location::parse(db))
        .expect("server store");
    let org = supervisor
        .store
        .organisation()
        .expect("read")
        .expect("paired")
        .id;
    let records = server.unit_records(org).expect("records");
    // The audit log read page by page while everything ran is the whole log: no entry got an
    // id below one already read (audit ids rise in commit order).
    let mut logged = Vec::new();
    loop {
        let page = server
            .audit_log(org, None, logged.last().copied().unwrap_or(0))
            .expect("audit log");
        if page.is_empty() {
            break;
        }
        logged.extend(page.iter().map(|entry| entry.id));
    }
    assert_eq!(
        audit_read, logged,
        "seed {seed}: paging the audit log missed entries"
    );
    let claims: BTreeMap<ClaimId, &keikka_core::Claim> =
        records.claims.iter().map(|c| (c.id, c)).collect();
    let tasks: BTreeMap<TaskId, &keikka_core::Task> =
        records.tasks.iter().map(|t| (t.id, t)).collect();

    for (who, device) in participants.iter().chain([supervisor]).enumerate() {
        assert_eq!(
            device.store.outbox_len().expect("outbox"),
            0,
            "seed {seed}: device {who} still has work to send"
        );
    }
    for t in &records.tasks {
        let holding = records
            .claims
            .iter()
            .filter(|c| c.task == t.id && c.status().holds_seat())
            .count();
        assert!(
            holding <= usize::from(t.seats),
            "seed {seed}: {} oversold",
            t.title
        );
        assert_eq!(
            usize::from(t.seats_taken),
            holding,
            "seed {seed}: seats_taken of {}",
            t.title
        );
    }
    for c in &records.claims {
        if let ClaimState::Approved { approval, .. } = &c.state {
            let Pay::Hourly(rate) = tasks[&c.task].pay else {
                panic!("seed {seed}: every task here is hourly");
            };
            assert_eq!(
                approval.earning.amount,
                rate.per_hour_for(approval.minutes),
                "seed {seed}"
            );
        }
    }
    for p in participants {
        let me = p.store.me().expect("read").expect("paired");
        assert_eq!(me.role, Role::Participant);
        let refused: BTreeSet<ClaimId> = p
            .store
            .unseen_rejections()
            .expect("refusals")
            .into_iter()
            .filter_map(|r| match r.op {
                Op::ClaimTask { claim, .. } => Some(claim),
                _ => None,
            })
            .collect();
        let on_phone: BTreeMap<ClaimId, keikka_core::Claim> = p
            .store
            .my_claims()
            .expect("claims")
            .into_iter()
            .map(|c| (c.claim.id, c.claim))
            .collect();
        let on_server: BTreeMap<ClaimId, keikka_core::Claim> = claims
            .values()
            .filter(|c| c.participant == me.id)
            .map(|c| (c.id, (*c).clone()))
            .collect();
        assert_eq!(
            on_phone, on_server,
            "seed {seed}: {}'s phone and the server differ",
            me.name
        );
        assert!(
            refused.iter().all(|id| !on_server.contains_key(id)),
            "seed {seed}: a refused claim exists"
        );
        // Every task of the unit as the server has it (every task here is for everyone).
        for t in &records.tasks {
            let on_phone = p.store.task(t.id).expect("task").map(|synced| synced.item);
            assert_eq!(
                on_phone.as_ref(),
                Some(t),
                "seed {seed}: {}'s phone and the server differ on {}",
                me.name,
                t.title
            );
        }
    }
    let unit = supervisor
        .store
        .unit_records()
        .expect("supervisor's records");
    let as_map = |claims: &[keikka_core::Claim]| -> BTreeMap<ClaimId, keikka_core::Claim> {
        claims.iter().map(|c| (c.id, c.clone())).collect()
    };
    assert_eq!(
        as_map(&unit.claims),
        as_map(&records.claims),
        "seed {seed}: the supervisor's claims"
    );
    let task_map = |tasks: &[keikka_core::Task]| -> BTreeMap<TaskId, keikka_core::Task> {
        tasks.iter().map(|t| (t.id, t.clone())).collect()
    };
    assert_eq!(
        task_map(&unit.tasks),
        task_map(&records.tasks),
        "seed {seed}: the supervisor's tasks"
    );
}

#[tokio::test]
async fn random_schedules_of_faults_and_kills_keep_every_invariant() {
    let mut total = Stats::default();
    for seed in seeds() {
        let s = run_schedule(seed).await;
        total.steps += s.steps;
        total.mutations += s.mutations;
        total.faults.answers_dropped += s.faults.answers_dropped;
        total.faults.requests_doubled += s.faults.requests_doubled;
        total.faults.requests_lost += s.faults.requests_lost;
        total.faults.requests_delayed += s.faults.requests_delayed;
        total.overtaking_syncs += s.overtaking_syncs;
        total.kills += s.kills;
        total.kills_mid_sync += s.kills_mid_sync;
    }
    // The figures RELIABILITY.md quotes.
    let f = total.faults;
    println!(
        "fault schedules: {} seeds, {} steps, {} mutations, {} requests lost, {} answers lost, {} requests doubled, {} requests held back ({} overtaking syncs), {} server kills ({} during a sync), 0 violations",
        seeds().len(),
        total.steps,
        total.mutations,
        f.requests_lost,
        f.answers_dropped,
        f.requests_doubled,
        f.requests_delayed,
        total.overtaking_syncs,
        total.kills,
        total.kills_mid_sync
    );
    assert!(
        f.answers_dropped > 0
            && f.requests_doubled > 0
            && f.requests_lost > 0
            && f.requests_delayed > 0
            && total.kills > 0,
        "the schedules missed a kind of fault: {f:?}"
    );
}

/// The schedules with two server instances on one PostgreSQL database behind a balancer that
/// sends every request (and each copy of a doubled one) to either, one instance killed at a
/// time: the same invariants, and the audit log paged while it ran is whole. Runs where the
/// tests have PostgreSQL (`scripts/test`'s second run).
#[tokio::test]
async fn two_instances_on_postgres_keep_every_invariant_under_faults_and_kills() {
    if std::env::var(keikka_sync_server::db::TEST_POSTGRES_ENV).is_err() {
        println!("two instances: skipped here, run on PostgreSQL by scripts/test");
        return;
    }
    let mut kills = 0;
    for seed in seeds().into_iter().take(8) {
        let cluster = Cluster {
            instances: 2,
            env: Vec::new(),
            restarted: None,
        };
        let (stats, result) = run_schedule_on(seed, cluster).await;
        if let Err(violation) = result {
            panic!("{violation}");
        }
        kills += stats.kills;
    }
    assert!(kills > 0, "no instance was killed");
}

/// PostgreSQL restarted and crashed under two instances while the schedules run (issue 17):
/// while it is away every instance answers 503 and devices keep their work; afterwards each
/// instance serves again by itself, and the invariants hold: nothing acknowledged is missing,
/// nothing is doubled. Each schedule has a durable cluster of its own, so the other tests'
/// database stays up. It can fail: on a cluster that answers commits before they are on disk
/// (`scripts/postgres start` without `--durable`), the first crash lost the supervisor's
/// published tasks and the invariants said so (tried on 2026-12-02).
#[tokio::test]
async fn two_instances_keep_every_invariant_when_postgres_restarts_or_crashes() {
    if std::env::var(keikka_sync_server::db::TEST_POSTGRES_ENV).is_err() {
        println!("PostgreSQL restarts: skipped here, run on PostgreSQL by scripts/test");
        return;
    }
    let mut restarts = 0;
    for seed in seeds().into_iter().take(3) {
        let cluster = Cluster {
            instances: 2,
            env: Vec::new(),
            restarted: Some(PrivatePostgres::start().expect("a private PostgreSQL")),
        };
        let (stats, result) = run_schedule_on(seed, cluster).await;
        if let Err(violation) = result {
            panic!("seed {seed}: {violation}");
        }
        println!(
            "seed {seed}: PostgreSQL restarted {} times",
            stats.postgres_restarts
        );
        restarts += stats.postgres_restarts;
    }
    assert!(restarts > 0, "PostgreSQL was never restarted");
}

/// The two-instance test can fail: with numbers taken from a plain PostgreSQL sequence and no
/// lock (the skip bug Marten shipped), some schedule ends with a device missing a change or
/// the audit log paged past an entry.
#[tokio::test]
async fn the_two_instance_test_catches_numbering_without_the_lock() {
    if std::env::var(keikka_sync_server::db::TEST_POSTGRES_ENV).is_err() {
        println!("broken numbering: skipped here, run on PostgreSQL by scripts/test");
        return;
    }
    let broken = (
        keikka_sync_server::db::postgres::UNLOCKED_SEQUENCE_ENV.to_owned(),
        "1".to_owned(),
    );
    let mut caught = None;
    for seed in 1..=12 {
        let cluster = Cluster {
            instances: 2,
            env: vec![broken.clone()],
            restarted: None,
        };
        if let (_, Err(violation)) = run_schedule_on(seed, cluster).await {
            caught = Some((seed, violation));
            break;
        }
    }
    let (seed, violation) = caught.expect("the broken numbering went unnoticed in 12 schedules");
    println!("broken numbering caught at seed {seed}: {violation}");
}
