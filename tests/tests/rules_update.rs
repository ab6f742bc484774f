//! End to end, a new year's figures without an app release: the operator imports a newer rule
//! set into the running server with the CLI, a participant's phone syncs and takes it up, and
//! the task's badge and "Why?" change with it. A broken set is refused with nothing changed,
//! and the phone never goes back to an older set.

mod common;

use chrono::TimeZone;
use common::{Device, add_participant, create_organisation, now};
use keikka_core::benefit::{BenefitKind, BenefitProfile, ResultStatus, RuleSet, Warning};
use keikka_core::protocol::Op;
use keikka_core::{Cents, Pay, TaskDraft, TaskId};
use keikka_device::money::{MoneyInputs, TaskAnswer};
use keikka_tests::{ServerProcess, server_binary};
use serde_json::Value;
use uuid::Uuid;

/// The shipped rule set as the one published for 2027: a newer version whose 2027 basic amount
/// of social assistance is Kela's published figure (here 590.00 €) instead of 2026's carried on.
fn rules_2027(version: &str, single: &str) -> String {
    let mut doc: Value = serde_json::from_str(RuleSet::builtin_text()).expect("shipped set");
    doc["version"] = version.into();
    doc["sources"]["kela-2027-perusosa"] = serde_json::json!({
        "publisher": "Kela", "title": "Toimeentulotuen perusosat 2027", "date": "2026-12-15"
    });
    let rows = doc["benefits"]["social_assistance"]["parameters"]["basic_amount_single"]
        .as_array_mut()
        .expect("rows");
    *rows.last_mut().expect("a 2027 row") = serde_json::json!({
        "value": single, "unit": "eur", "valid_from": "2027-01-01", "valid_to": "2027-12-31",
        "source": "kela-2027-perusosa", "status": "verified"});
    doc.to_string()
}

/// `keikka-sync-server rules <args>` on `db`: exit status and what it printed.
fn rules_cli(args: &[&str], db: impl AsRef<std::ffi::OsStr>) -> (i32, String, String) {
    let out = std::process::Command::new(server_binary().expect("server binary"))
        .arg("rules")
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("run rules");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The badge of the January task, and the traced answer "Why?" shows, on Aino's phone.
fn money_of(aino: &Device, task: TaskId) -> (keikka_device::money::TaskImpact, RuleSet) {
    let rules = aino.store.rules().expect("rules");
    let mut inputs = MoneyInputs::read(&aino.store, now().date_naive()).expect("inputs");
    inputs.profile = Some(
        serde_json::from_str::<BenefitProfile>(
            r#"{"adults": 1, "tax_withholding_percent": 0,
                "benefits": [{"kind": "social_assistance", "housing_costs": 500}]}"#,
        )
        .expect("profile"),
    );
    let task = aino.store.task(task).expect("read").expect("task").item;
    let badge = inputs.badges(&rules, &[&task]).remove(0).expect("badge");
    let TaskAnswer::Known(badge) = badge.answer else {
        panic!("a profile gives a number");
    };
    let why = inputs.effect_of(&rules, &task).expect("effect");
    let TaskAnswer::Known(why) = why.answer else {
        panic!("a profile gives a number");
    };
    assert_eq!(badge.keep, why.keep, "the badge and Why agree");
    (*why, rules)
}

#[tokio::test]
async fn an_imported_rule_set_reaches_the_phone_and_changes_the_badge_and_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = keikka_tests::test_db(dir.path()).expect("a test database");
    let code = create_organisation(&db);
    let server = ServerProcess::start_on(&db, &["serve", "--rules-recheck-seconds", "0"])
        .await
        .expect("server starts");
    let url = server.url();
    let mut supervisor = Device::pair(&url, &code, "Ohjaajan tabletti").await;
    let aino_code = add_participant(&url, &supervisor, "Aino").await;
    let mut aino = Device::pair(&url, &aino_code, "Ainon puhelin").await;

    // A task on 11 January 2027, paid the same month (the unit has no pay calendar).
    let starts_at = chrono::FixedOffset::east_opt(2 * 3600)
        .expect("offset")
        .with_ymd_and_hms(2027, 1, 11, 9, 0, 0)
        .single()
        .expect("time");
    let task = TaskId(Uuid::new_v4());
    supervisor.record(Op::PublishTask {
        task: TaskDraft {
            id: task,
            title: "Pihatyöt".into(),
            pay: Pay::Fixed(Cents(5_000)),
            ..common::one_seat_task(starts_at)
        },
    });
    supervisor.sync().await.expect("published");
    let report = aino.sync().await.expect("first sync");
    assert_eq!(
        report.rules_updated, None,
        "the server has only the shipped set"
    );

    // Before: 2027's basic amount is 2026's carried on, and the answer says it is unconfirmed.
    let (before, rules) = money_of(&aino, task);
    assert_eq!(
        rules.version(),
        RuleSet::builtin().expect("shipped").version()
    );
    let assistance = |why: &keikka_device::money::TaskImpact| {
        why.with_task
            .benefits
            .iter()
            .find(|b| b.kind == BenefitKind::SocialAssistance)
            .cloned()
            .expect("social assistance")
    };
    let basic = "social_assistance.basic_amount_single";
    let unconfirmed = |why: &keikka_device::money::TaskImpact| {
        why.warnings.iter().any(|w| {
            matches!(w, Warning::FigureNotYetPublished { parameter, year: 2027 } if parameter == basic)
        })
    };
    assert_eq!(assistance(&before).baseline, Some(Cents(57_843 + 50_000)));
    assert_eq!(assistance(&before).status, ResultStatus::Verify);
    assert!(unconfirmed(&before), "{:?}", before.warnings);

    // A broken file is refused whole, and the server keeps what it had.
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, rules_2027("2027-01-01", "590.001")).expect("write");
    let (status, _, stderr) = rules_cli(&["import", broken.to_str().expect("path")], &db);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    // A set dated years ahead would stop every later one: it is not published yet.
    std::fs::write(&broken, rules_2027("2099-01-01", "590.00")).expect("write");
    let (status, _, stderr) = rules_cli(&["import", broken.to_str().expect("path")], &db);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("days after today"), "{stderr}");
    // A mistyped --db is named, not made into a new empty database the server never reads.
    let typo = dir.path().join("keika.db");
    let (status, _, stderr) = rules_cli(&["import", broken.to_str().expect("path")], &typo);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("no database at"), "{stderr}");
    assert!(!typo.exists());
    let (_, shown, _) = rules_cli(&["show"], &db);
    assert_eq!(shown.trim(), "rules 2026-12-01");
    assert_eq!(aino.sync().await.expect("sync").rules_updated, None);

    // The published figures: imported into the running server, taken up at the next sync.
    let file = dir.path().join("keikka-rules-2027-01-01.json");
    std::fs::write(&file, rules_2027("2027-01-01", "590.00")).expect("write");
    let (status, out, stderr) = rules_cli(&["import", file.to_str().expect("path")], &db);
    assert_eq!(status, 0, "{stderr}");
    assert!(out.contains("rules 2027-01-01 imported"), "{out}");
    let report = aino.sync().await.expect("sync");
    assert_eq!(
        report.rules_updated.map(|v| v.to_string()).as_deref(),
        Some("2027-01-01")
    );

    let (after, rules) = money_of(&aino, task);
    assert_eq!(rules.version().to_string(), "2027-01-01");
    let assistance_after = assistance(&after);
    assert_eq!(assistance_after.baseline, Some(Cents(59_000 + 50_000)));
    assert!(!unconfirmed(&after), "{:?}", after.warnings);
    // "Why?" names the new source and says the figure is verified.
    let used = &assistance_after.parameters[basic];
    assert_eq!(used.status, keikka_core::benefit::RuleStatus::Verified);
    assert_eq!(used.source.title, "Toimeentulotuen perusosat 2027");
    assert_eq!(used.value, "590.00 €");

    // Never back: an older set (the shipped one) is not taken, and the next sync changes
    // nothing.
    assert!(
        !aino
            .store
            .save_rules(RuleSet::builtin_text())
            .expect("save")
    );
    assert_eq!(aino.sync().await.expect("sync").rules_updated, None);
    assert_eq!(
        aino.store.rules().expect("rules").version().to_string(),
        "2027-01-01"
    );
    drop(server);
}
