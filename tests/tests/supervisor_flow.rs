//! End to end, the supervisor's side: a commissioner's order becomes a group task, two
//! participants take its seats and finish while the server is away, the supervisor approves one
//! as reported and adjusts the other's hours, both phones show the pay, and the month's pay CSV
//! and invoice lines come out right to the cent.

mod common;

use chrono::Duration;
use common::{Device, add_participant, create_organisation, now};
use keikka_core::benefit::Month;
use keikka_core::protocol::Op;
use keikka_core::{
    Cents, ClaimId, CommissionerDraft, CommissionerId, ContractType, Minutes, OrderDraft, OrderId,
    Pay, TaskDraft, TaskId, VatRate,
};
use keikka_device::{SyncError, SyncState};
use keikka_tests::ServerProcess;
use uuid::Uuid;

async fn get_text(url: &str, token: &str) -> (u16, String) {
    let answer = reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = answer.status().as_u16();
    (status, answer.text().await.expect("body"))
}

#[tokio::test]
async fn order_to_group_task_to_offline_work_to_adjusted_approval_to_pay_and_invoice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = keikka_tests::test_db(dir.path()).expect("a test database");
    let supervisor_code = create_organisation(&db);
    let mut server = ServerProcess::start_on(&db, &["serve"])
        .await
        .expect("server starts");
    let url = server.url();

    let mut supervisor = Device::pair(&url, &supervisor_code, "Ohjaajan tabletti").await;
    let aino_code = add_participant(&url, &supervisor, "Aino").await;
    let mikko_code = add_participant(&url, &supervisor, "Mikko").await;
    let mut aino = Device::pair(&url, &aino_code, "Ainon puhelin").await;
    let mut mikko = Device::pair(&url, &mikko_code, "Mikon puhelin").await;

    // The parish orders hall cleaning at 14.50 €/h + VAT 25.5 %; the unit publishes a two-seat
    // group task from the order, led by a named instructor, paying the workers 10.50 €/h.
    let commissioner = CommissionerId(Uuid::new_v4());
    let order = OrderId(Uuid::new_v4());
    supervisor.record(Op::SaveCommissioner {
        commissioner: CommissionerDraft {
            id: commissioner,
            name: "Kallion seurakunta".into(),
            contact: "Suntio Pekka, 040 123 4567".into(),
            price_per_hour: Cents(1450),
            vat: VatRate::GENERAL,
        },
    });
    supervisor.record(Op::SaveOrder {
        order: OrderDraft {
            id: order,
            commissioner,
            title: "Seurakuntasalin siivous".into(),
            notes: "Kaksi siivoojaa, ohjaaja mukana.".into(),
        },
    });
    // The work is today (so it has begun); it can be taken until it ends in an hour.
    let starts_at = now() - Duration::hours(3);
    let task = TaskDraft {
        id: TaskId(Uuid::new_v4()),
        title: "Seurakuntasalin siivous".into(),
        steps: vec![
            "Tule sivuovelle.".into(),
            "Ohjaaja Pekka näyttää välineet.".into(),
        ],
        place: "Kallion kirkko".into(),
        starts_at,
        ends_at: now() + Duration::hours(1),
        estimated_minutes: Minutes(120),
        pay: Pay::Hourly(Cents(1050)),
        seats: 2,
        instructor: Some("Pekka Suntio".into()),
        contract: ContractType::Employment,
        commissioner: None,
        order: Some(order),
        groups: vec![],
        employer_of_record: None,
        swedish: None,
    };
    let worked_on = task.starts_at.date_naive();
    supervisor.record(Op::PublishTask { task: task.clone() });
    let report = supervisor.sync().await.expect("publish");
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);

    // Both take a seat while the server is there.
    let (aino_claim, mikko_claim) = (ClaimId(Uuid::new_v4()), ClaimId(Uuid::new_v4()));
    for (device, claim) in [(&mut aino, aino_claim), (&mut mikko, mikko_claim)] {
        device.sync().await.expect("see the task");
        device.record(Op::ClaimTask {
            claim,
            task: task.id,
        });
        let report = device.sync().await.expect("claim");
        assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    }

    // The server goes away (SIGKILL). Both start and finish on their phones anyway.
    server.kill().await.expect("kill");
    for (device, claim, minutes) in [(&mut aino, aino_claim, 150), (&mut mikko, mikko_claim, 120)] {
        device.record(Op::StartTask { claim });
        device.record(Op::CompleteTask {
            claim,
            minutes: Minutes(minutes),
            note: None,
        });
        assert!(matches!(device.sync().await, Err(SyncError::Offline(_))));
        let item = device
            .store
            .claim(claim)
            .expect("read")
            .expect("the claim is on the phone");
        assert_eq!(item.sync, SyncState::OnPhoneOnly);
        assert_eq!(device.store.outbox_len().expect("outbox"), 2);
    }

    // It comes back on the same database and address; the phones send what they kept.
    server.restart(&["serve"]).await.expect("restart");
    for device in [&mut aino, &mut mikko] {
        let report = device.sync().await.expect("back online");
        assert_eq!(report.applied, 2);
        assert_eq!(device.store.outbox_len().expect("outbox"), 0);
    }

    // The supervisor sees both waiting, oldest first, and decides: Aino as reported (one tap),
    // Mikko's hours adjusted with a reason.
    supervisor.sync().await.expect("pull completions");
    let waiting = supervisor.store.completions_waiting().expect("queue");
    assert_eq!(waiting.len(), 2);
    let paid_on = worked_on + Duration::days(14);
    supervisor.record(Op::ApproveCompletion {
        claim: aino_claim,
        paid_on,
        minutes: None,
        adjust_reason: None,
    });
    supervisor.record(Op::ApproveCompletion {
        claim: mikko_claim,
        paid_on,
        minutes: Some(Minutes(100)),
        adjust_reason: Some("Tauko ei ollut työaikaa.".into()),
    });
    let report = supervisor.sync().await.expect("approve");
    assert_eq!(report.applied, 2, "{:?}", report.rejected);
    assert!(
        supervisor
            .store
            .completions_waiting()
            .expect("queue")
            .is_empty()
    );

    // Both phones show the pay: 2 h 30 min × 10.50 € = 26.25 €, 1 h 40 min × 10.50 € = 17.50 €.
    for (device, expected) in [(&mut aino, Cents(2625)), (&mut mikko, Cents(1750))] {
        device.sync().await.expect("pull approvals");
        let earnings = device.store.my_earnings().expect("earnings");
        assert_eq!(earnings.len(), 1);
        assert_eq!(earnings[0].item.amount, expected);
        assert_eq!(earnings[0].item.paid_on, paid_on);
    }

    // The month's pay CSV (by pay day) and the invoice (by work day), to the cent.
    let token = supervisor.token();
    let aino_id = aino.store.me().expect("read").expect("me").id;
    let mikko_id = mikko.store.me().expect("read").expect("me").id;
    let pay_month = Month::of(paid_on);
    let (status, csv) =
        get_text(&format!("{url}/api/v1/reports/{pay_month}/pay.csv"), &token).await;
    assert_eq!(status, 200, "{csv}");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines,
        [
            "Kuukausi;Osallistujan tunniste;Nimi;Työnantaja;Sopimus;Keikkoja;Tunnit;Palkka (€)",
            &format!("{pay_month};{aino_id};Aino;Väylä ry;Työsopimus;1;2,50;26,25"),
            &format!("{pay_month};{mikko_id};Mikko;Väylä ry;Työsopimus;1;1,67;17,50"),
        ]
    );
    let work_month = Month::of(worked_on);
    let (status, invoice) = get_text(
        &format!("{url}/api/v1/reports/{work_month}/invoice"),
        &token,
    )
    .await;
    assert_eq!(status, 200, "{invoice}");
    let invoice: serde_json::Value = serde_json::from_str(&invoice).expect("json");
    let line = &invoice["lines"][0];
    assert_eq!(line["name"], "Kallion seurakunta");
    // 250 min × 14.50 €/h = 60.42 €; VAT 25.5 % of it = 15.41 €; 75.83 € in all.
    assert_eq!(line["minutes"], 250);
    assert_eq!(line["net"], 6042);
    assert_eq!(line["vat_amount"], 1541);
    assert_eq!(line["total"], 7583);
    let (_, invoice_csv) = get_text(
        &format!("{url}/api/v1/reports/{work_month}/invoice.csv"),
        &token,
    )
    .await;
    assert!(
        invoice_csv.contains(&format!(
            "{work_month};{commissioner};Kallion seurakunta;1;4,17;14,50;60,42;25,5;15,41;75,83\r\n"
        )),
        "{invoice_csv}"
    );

    // The supervisor's device computes the same figures offline from what it synced.
    let records = supervisor.store.unit_records().expect("records");
    assert_eq!(records.invoice_lines(work_month)[0].total, Cents(7583));
    assert_eq!(
        records
            .pay_rows(pay_month)
            .iter()
            .map(|r| r.gross)
            .collect::<Vec<_>>(),
        [Cents(2625), Cents(1750)]
    );

    // The adjustment is in the audit log with the hours before and after.
    let (_, log) = get_text(&format!("{url}/api/v1/audit?subject={mikko_claim}"), &token).await;
    let log: serde_json::Value = serde_json::from_str(&log).expect("json");
    assert_eq!(log[0]["before"]["completion"]["minutes"], 120);
    assert_eq!(log[0]["after"]["approval"]["minutes"], 100);
}
