//! How one sync's cost grows with the country: the server's store (in process, no HTTP) with
//! 1, 10 and 100 organisations of 500 participants each in one database, and the time of one
//! participant's and one supervisor's pull in the first organisation after a change elsewhere
//! (their own organisation unchanged) and after a change in their own.
//!
//! `cargo build --release -p keikka-tests --bin costgrowth`, then
//! `target/release/costgrowth [--db postgres://…] [--people 500] [--pulls 300]`: without
//! `--db` on a temporary SQLite file, with it on a new database on that PostgreSQL server.

use keikka_core::protocol::{Cursor, MAX_CHANGES_PER_SYNC, Op};
use keikka_core::{Actor, DeviceId};
use keikka_sync_server::Store;
use keikka_sync_server::db::Location;
use keikka_tests::bench::{BenchResult, arg, mutation, now, task, text_arg};
use std::time::{Duration, Instant};

/// One organisation as the measurement uses it: its supervisor and one participant.
struct Unit {
    supervisor: (DeviceId, Actor),
    participant: Actor,
}

/// A new organisation with `people` participants, 20 tasks, and a tenth of the participants
/// holding a task: history for the pull's queries to pass over.
fn add_unit(store: &Store, n: usize, people: usize) -> BenchResult<Unit> {
    let at = now();
    let made = store.create_organisation(&format!("Yksikkö {n}"), "Väylä ry", "Sanna", at)?;
    let boss = store
        .pair(&made.supervisor.code, "Tabletti", at)?
        .ok_or("the supervisor's code did not pair")?;
    let supervisor = store
        .authenticate(&boss.token)?
        .ok_or("the supervisor's token did not work")?;
    let drafts: Vec<_> = (0..20)
        .map(|k| mutation(Op::PublishTask { task: task(k) }))
        .collect();
    let tasks = keikka_tests::bench::published(&drafts);
    store.apply_mutations(&supervisor.1, Some(supervisor.0), &drafts, at)?;
    let mut participant = None;
    for p in 0..people {
        let code =
            store.create_participant(made.organisation.id, &format!("Osallistuja {p}"), &[], at)?;
        if p % 10 == 0 {
            let phone = store
                .pair(&code.code, "Puhelin", at)?
                .ok_or("a participant's code did not pair")?;
            let (device, actor) = store
                .authenticate(&phone.token)?
                .ok_or("a participant's token did not work")?;
            let claim = mutation(Op::ClaimTask {
                claim: keikka_core::ClaimId(uuid::Uuid::new_v4()),
                task: tasks[p / 10 % tasks.len()],
            });
            store.apply_mutations(&actor, Some(device), &[claim], at)?;
            participant.get_or_insert(actor);
        }
    }
    Ok(Unit {
        supervisor,
        participant: participant.ok_or("no participant")?,
    })
}

/// The median time of `pulls` pulls by `actor` from `cursor`, and how many changes each got.
fn pull_time(
    store: &Store,
    actor: &Actor,
    cursor: Cursor,
    pulls: usize,
) -> BenchResult<(Duration, usize)> {
    let mut times = Vec::with_capacity(pulls);
    let mut changes = 0;
    for _ in 0..pulls {
        let started = Instant::now();
        let pull = store.pull_stored(actor, cursor, MAX_CHANGES_PER_SYNC, now())?;
        times.push(started.elapsed());
        changes = pull.changes.len();
    }
    times.sort();
    Ok((keikka_tests::bench::percentile(&times, 0.5), changes))
}

/// A thousand tasks published across the other organisations (at most ten of them), returning
/// the head before them: what a device that was away a while has missed of the country.
fn thousand_changes_elsewhere(store: &Store, units: &[Unit]) -> BenchResult<Cursor> {
    let before = Cursor(store.current_seq()?);
    let others = &units[1..units.len().min(11)];
    for unit in others {
        let drafts: Vec<_> = (0..1000 / others.len())
            .map(|k| mutation(Op::PublishTask { task: task(k) }))
            .collect();
        store.apply_mutations(&unit.supervisor.1, Some(unit.supervisor.0), &drafts, now())?;
    }
    Ok(before)
}

/// One task published in `unit` (a change there), returning the head before it.
fn change_in(store: &Store, unit: &Unit) -> BenchResult<Cursor> {
    let before = Cursor(store.current_seq()?);
    let draft = mutation(Op::PublishTask { task: task(7) });
    store.apply_mutations(&unit.supervisor.1, Some(unit.supervisor.0), &[draft], now())?;
    Ok(before)
}

fn main() -> BenchResult<()> {
    let people = arg("--people", 500.0) as usize;
    let pulls = arg("--pulls", 300.0) as usize;
    let dir = tempfile::tempdir()?;
    let location = match text_arg("--db") {
        Some(admin) => {
            let name = format!("keikka_growth_{}", uuid::Uuid::new_v4().simple());
            Location::parse(&keikka_sync_server::db::postgres::create_database(
                &admin, &name,
            )?)
        }
        None => Location::Sqlite(dir.path().join("growth.db")),
    };
    let store = Store::open_at(&location)?;
    println!(
        "database: {}",
        if store.is_postgres() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    );
    let mut units = Vec::new();
    for scale in [1usize, 10, 100] {
        let setup = Instant::now();
        while units.len() < scale {
            units.push(add_unit(&store, units.len(), people)?);
        }
        let (first, last) = (&units[0], &units[units.len() - 1]);
        // A change in another organisation (at 1, in the same one: there is no other).
        let elsewhere = change_in(&store, last)?;
        let (p_else, p_else_n) = pull_time(&store, &first.participant, elsewhere, pulls)?;
        let (s_else, s_else_n) = pull_time(&store, &first.supervisor.1, elsewhere, pulls)?;
        let away = if units.len() > 1 {
            let missed = thousand_changes_elsewhere(&store, &units)?;
            let (p, _) = pull_time(&store, &first.participant, missed, pulls)?;
            let (s, _) = pull_time(&store, &first.supervisor.1, missed, pulls)?;
            format!(
                "; after 1,000 changes in others: participant {:.3} ms, supervisor {:.3} ms",
                p.as_secs_f64() * 1000.0,
                s.as_secs_f64() * 1000.0
            )
        } else {
            String::new()
        };
        let own = change_in(&store, first)?;
        let (p_own, p_own_n) = pull_time(&store, &first.participant, own, pulls)?;
        let (s_own, s_own_n) = pull_time(&store, &first.supervisor.1, own, pulls)?;
        println!(
            "{scale} organisation(s), {} participants, head {} (set up in {:.0} s): after a change {}: participant {:.3} ms ({p_else_n} changes), supervisor {:.3} ms ({s_else_n}); after a change in their own: participant {:.3} ms ({p_own_n}), supervisor {:.3} ms ({s_own_n}){away}",
            scale * people,
            store.current_seq()?,
            setup.elapsed().as_secs_f64(),
            if scale == 1 {
                "(their own)"
            } else {
                "in another"
            },
            p_else.as_secs_f64() * 1000.0,
            s_else.as_secs_f64() * 1000.0,
            p_own.as_secs_f64() * 1000.0,
            s_own.as_secs_f64() * 1000.0,
        );
    }
    Ok(())
}
