//! The supervisor's side over real HTTP: commissioners and orders, approvals with their audit log,
//! reports to the cent, and who may do and read which of it.

mod common;

use common::{Device, TestServer, at, draft};
use keikka_core::protocol::{Change, Op, Outcome};
use keikka_core::{Cents, DomainError};
use keikka_core::{
    ClaimId, CommissionerDraft, CommissionerId, Destination, Minutes, MovedOn, OrderDraft, OrderId,
    Pay, Readiness, TaskId, VatRate,
};
use reqwest::StatusCode;
use serde_json::Value;
use uuid::Uuid;

fn applied(outcomes: &[Outcome]) {
    for outcome in outcomes {
        assert_eq!(outcome, &Outcome::Applied);
    }
}

fn outcomes(answer: &keikka_core::protocol::SyncResponse) -> Vec<Outcome> {
    answer.results.iter().map(|r| r.outcome.clone()).collect()
}

fn refused(answer: &keikka_core::protocol::SyncResponse, code: &str) {
    match &answer.results[0].outcome {
        Outcome::Rejected { reason } => assert_eq!(reason.code(), code, "{reason:?}"),
        Outcome::Applied => panic!("expected {code}, was applied"),
    }
}

fn commissioner(price: i64, vat: u16) -> CommissionerDraft {
    CommissionerDraft {
        id: CommissionerId(Uuid::new_v4()),
        name: "Kallion seurakunta".into(),
        contact: "Pirjo Virtanen, 040 123 4567".into(),
        price_per_hour: Cents(price),
        vat: VatRate(vat),
    }
}

/// A unit with a commissioner (14.50 €/h + 25.5 %), an order and a two-seat task from it at
/// 10.50 €/h, two participants who each took a seat and reported work (2 h 30 min and 2 h).
struct Unit {
    supervisor: Device,
    aino: Device,
    mikko: Device,
    commissioner: CommissionerId,
    task: TaskId,
    aino_claim: ClaimId,
    mikko_claim: ClaimId,
}

async fn unit(server: &TestServer) -> Unit {
    let supervisor = server.organisation("Työkeskus").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let mikko = server.participant(&supervisor, "Mikko", &[]).await;
    let c = commissioner(1450, 2550);
    let order = OrderDraft {
        id: OrderId(Uuid::new_v4()),
        commissioner: c.id,
        title: "Seurakuntasalin siivous maaliskuussa".into(),
        notes: "Avain vahtimestarilta.".into(),
    };
    let mut task = draft(2);
    task.pay = Pay::Hourly(Cents(1050));
    task.order = Some(order.id);
    let answer = server
        .sync(
            &supervisor,
            0,
            vec![
                Op::SaveCommissioner {
                    commissioner: c.clone(),
                },
                Op::SaveOrder { order },
                Op::PublishTask { task: task.clone() },
            ],
        )
        .await;
    applied(&outcomes(&answer));
    let (aino_claim, mikko_claim) = (ClaimId(Uuid::new_v4()), ClaimId(Uuid::new_v4()));
    for (who, claim, minutes) in [(&aino, aino_claim, 150), (&mikko, mikko_claim, 120)] {
        let answer = server
            .sync(
                who,
                0,
                vec![
                    Op::ClaimTask {
                        claim,
                        task: task.id,
                    },
                    Op::CompleteTask {
                        claim,
                        minutes: Minutes(minutes),
                        note: None,
                    },
                ],
            )
            .await;
        applied(&outcomes(&answer));
    }
    Unit {
        supervisor,
        aino,
        mikko,
        commissioner: c.id,
        task: task.id,
        aino_claim,
        mikko_claim,
    }
}

fn paid_on() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 15).expect("date")
}

async fn approve_both(server: &TestServer, u: &Unit) {
    let answer = server
        .sync(
            &u.supervisor,
            0,
            vec![
                Op::ApproveCompletion {
                    claim: u.aino_claim,
                    paid_on: paid_on(),
                    minutes: None,
                    adjust_reason: None,
                },
                Op::ApproveCompletion {
                    claim: u.mikko_claim,
                    paid_on: paid_on(),
                    minutes: Some(Minutes(100)),
                    adjust_reason: Some("Tauko ei kuulu työaikaan.".into()),
                },
            ],
        )
        .await;
    applied(&outcomes(&answer));
}

#[tokio::test]
async fn a_task_published_from_an_order_is_billed_to_the_orders_commissioner() {
    let server = TestServer::start().await;
    let u = unit(&server).await;
    let changes = server.pull_all(&u.supervisor).await;
    let task = changes
        .iter()
        .find_map(|c| match c {
            Change::Task(t) if t.id == u.task => Some(t),
            _ => None,
        })
        .expect("the supervisor has the task");
    assert_eq!(task.commissioner, Some(u.commissioner));
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, Change::Commissioner(c) if c.price_per_hour == Cents(1450)))
    );
    assert!(changes.iter().any(|c| matches!(c, Change::Order(_))));
    // Prices are the unit's business: a participant's phone never receives them.
    let theirs = server.pull_all(&u.aino).await;
    assert!(
        !theirs
            .iter()
            .any(|c| matches!(c, Change::Commissioner(_) | Change::Order(_)))
    );
}

#[tokio::test]
async fn every_supervisor_change_is_in_the_audit_log_with_before_and_after() {
    let server = TestServer::start().await;
    let u = unit(&server).await;
    approve_both(&server, &u).await;
    let answer = server
        .sync(
            &u.supervisor,
            0,
            vec![Op::AddFeedback {
                claim: u.aino_claim,
                text: "Tilaaja kiitti siististä jäljestä.".into(),
            }],
        )
        .await;
    applied(&outcomes(&answer));

    let token = Some(u.supervisor.token.as_str());
    let (status, log) = server
        .get(&format!("/api/v1/audit?subject={}", u.mikko_claim), token)
        .await;
    assert_eq!(status, StatusCode::OK, "{log}");
    let entries = log.as_array().expect("a list");
    assert_eq!(entries.len(), 1);
    let adjusted = &entries[0];
    assert_eq!(adjusted["action"], "approve_completion");
    assert_eq!(adjusted["actor"], u.supervisor.person.to_string());
    assert_eq!(adjusted["before"]["status"], "completed");
    assert_eq!(adjusted["before"]["completion"]["minutes"], 120);
    assert_eq!(adjusted["after"]["approval"]["minutes"], 100);
    assert_eq!(
        adjusted["after"]["approval"]["adjust_reason"],
        "Tauko ei kuulu työaikaan."
    );
    // 10.50 €/h × 100 min = 17.50 €.
    assert_eq!(adjusted["after"]["approval"]["earning"]["amount"], 1750);

    let (_, all) = server.get("/api/v1/audit", token).await;
    // Pairings are on record too (`pairing.rs` tests them); here: the supervisor's changes.
    let all: Vec<&Value> = all
        .as_array()
        .expect("a list")
        .iter()
        .filter(|e| e["subject_kind"] != "device")
        .collect();
    let actions: Vec<&str> = all.iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(
        actions,
        [
            "save_commissioner",
            "save_order",
            "publish_task",
            "approve_completion",
            "approve_completion",
            "add_feedback"
        ]
    );
    let feedback = &all[5];
    assert_eq!(feedback["before"]["feedback"], Value::Null);
    assert_eq!(
        feedback["after"]["feedback"]["text"],
        "Tilaaja kiitti siististä jäljestä."
    );
    // Creating something has no "before".
    assert_eq!(all[0]["before"], Value::Null);
}

#[tokio::test]
async fn a_change_of_pay_a_rejection_and_a_no_show_are_audited() {
    let server = TestServer::start().await;
    let u = unit(&server).await;
    let leena = server.participant(&u.supervisor, "Leena", &[]).await;
    let mut task = draft(3);
    task.id = TaskId(Uuid::new_v4());
    let id = server.publish(&u.supervisor, task.clone()).await;
    let claim = ClaimId(Uuid::new_v4());
    applied(&outcomes(
        &server
            .sync(&leena, 0, vec![Op::ClaimTask { claim, task: id }])
            .await,
    ));
    // Pay goes up from 10.00 to 11.00 €/h while Leena holds a seat.
    task.pay = Pay::Hourly(Cents(1100));
    applied(&outcomes(
        &server
            .sync(&u.supervisor, 0, vec![Op::EditTask { task }])
            .await,
    ));
    // She does not come: the supervisor can say so once the task has begun.
    let early = server
        .sync(&u.supervisor, 0, vec![Op::MarkNoShow { claim }])
        .await;
    refused(&early, "invalid_input");
    server.clock.set(at("2026-03-03T10:30:00+02:00"));
    applied(&outcomes(
        &server
            .sync(&u.supervisor, 0, vec![Op::MarkNoShow { claim }])
            .await,
    ));
    applied(&outcomes(
        &server
            .sync(
                &u.supervisor,
                0,
                vec![Op::RejectCompletion {
                    claim: u.mikko_claim,
                    reason: "Tätä työtä ei tehty tällä kertaa.".into(),
                }],
            )
            .await,
    ));

    let token = Some(u.supervisor.token.as_str());
    let (_, edits) = server
        .get(&format!("/api/v1/audit?subject={id}"), token)
        .await;
    let edit = edits
        .as_array()
        .and_then(|e| e.iter().find(|e| e["action"] == "edit_task"))
        .expect("the edit is logged");
    assert_eq!(edit["before"]["pay"]["cents"], 1000);
    assert_eq!(edit["after"]["pay"]["cents"], 1100);
    assert_eq!(edit["after"]["revision"], 1);
    let no_show = edits
        .as_array()
        .and_then(|e| e.iter().find(|e| e["action"] == "mark_no_show"))
        .expect("the seat given back is logged");
    assert_eq!(no_show["before"]["seats_taken"], 1);
    assert_eq!(no_show["after"]["seats_taken"], 0);
    let (_, claim_log) = server
        .get(&format!("/api/v1/audit?subject={claim}"), token)
        .await;
    assert_eq!(claim_log[0]["after"]["status"], "no_show");
    let (_, rejected) = server
        .get(&format!("/api/v1/audit?subject={}", u.mikko_claim), token)
        .await;
    assert_eq!(rejected[0]["action"], "reject_completion");
    assert_eq!(rejected[0]["before"]["status"], "completed");
    assert_eq!(rejected[0]["after"]["status"], "rejected");

    // Leena's phone learns about the change: a newer revision of the task she holds.
    let hers = server.pull_all(&leena).await;
    assert!(
        hers.iter()
            .any(|c| matches!(c, Change::Task(t) if t.id == id && t.revision == 1))
    );
}

#[tokio::test]
async fn the_month_reports_are_right_to_the_cent() {
    let server = TestServer::start().await;
    let u = unit(&server).await;
    approve_both(&server, &u).await;
    let token = Some(u.supervisor.token.as_str());

    let (status, content_type, csv) = server
        .get_text("/api/v1/reports/2026-03/pay.csv", token)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "text/csv; charset=utf-8");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    // In Finnish unless the supervisor asks in Swedish; the id column stays for payroll.
    assert_eq!(
        lines[0],
        "Kuukausi;Osallistujan tunniste;Nimi;Työnantaja;Sopimus;Keikkoja;Tunnit;Palkka (€)"
    );
    // Aino: 2 h 30 min × 10.50 € = 26.25 €; Mikko, adjusted to 1 h 40 min: 17.50 €.
    assert_eq!(
        lines[1],
        format!(
            "2026-03;{};Aino;Väylä ry;Työsopimus;1;2,50;26,25",
            u.aino.person
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "2026-03;{};Mikko;Väylä ry;Työsopimus;1;1,67;17,50",
            u.mikko.person
        )
    );
    assert_eq!(lines.len(), 3);
    let (status, _, swedish) = server
        .get_text("/api/v1/reports/2026-03/pay.csv?lang=sv", token)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(swedish.starts_with(
        "\u{feff}Månad;Deltagarens identifierare;Namn;Arbetsgivare;Avtal;Uppdrag;Timmar;Lön (€)\r\n"
    ));
    assert!(swedish.contains(";Aino;Väylä ry;Arbetsavtal;1;2,50;26,25\r\n"));
    let (status, _, _) = server
        .get_text("/api/v1/reports/2026-03/pay.csv?lang=en", token)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, invoice) = server.get("/api/v1/reports/2026-03/invoice", token).await;
    assert_eq!(status, StatusCode::OK, "{invoice}");
    let line = &invoice["lines"][0];
    // 250 min × 14.50 €/h = 60.42 €; VAT 25.5 % = 15.41 €; total 75.83 €.
    assert_eq!(line["minutes"], 250);
    assert_eq!(line["net"], 6042);
    assert_eq!(line["vat_amount"], 1541);
    assert_eq!(line["total"], 7583);
    assert_eq!(invoice["total"], 7583);
    let (_, _, invoice_csv) = server
        .get_text("/api/v1/reports/2026-03/invoice.csv", token)
        .await;
    assert!(invoice_csv.contains(";Kallion seurakunta;1;4,17;14,50;60,42;25,5;15,41;75,83\r\n"));
    assert!(invoice_csv.starts_with("\u{feff}Kuukausi;Tilaajan tunniste;Tilaaja;Keikkoja;"));
    let (_, _, invoice_sv) = server
        .get_text("/api/v1/reports/2026-03/invoice.csv?lang=sv", token)
        .await;
    assert!(invoice_sv.starts_with("\u{feff}Månad;Beställarens identifierare;Beställare;"));

    // The price goes up afterwards: work approved before keeps the price it was approved at.
    let mut dearer = commissioner(1600, 2550);
    dearer.id = u.commissioner;
    applied(&outcomes(
        &server
            .sync(
                &u.supervisor,
                0,
                vec![Op::SaveCommissioner {
                    commissioner: dearer,
                }],
            )
            .await,
    ));
    let (_, again) = server.get("/api/v1/reports/2026-03/invoice", token).await;
    assert_eq!(again["lines"][0]["price_per_hour"], 1450);
    assert_eq!(again["total"], 7583);

    let answer = server
        .sync(
            &u.supervisor,
            0,
            vec![
                Op::SetReadiness {
                    person: u.aino.person,
                    ready_since: chrono::NaiveDate::from_ymd_opt(2026, 3, 1),
                    readiness: Readiness::OpenLabourMarket,
                    agreed_with_participant: true,
                },
                Op::RecordMovedOn {
                    person: u.mikko.person,
                    moved_on: Some(MovedOn {
                        to: Destination::Education,
                        on: paid_on(),
                    }),
                },
            ],
        )
        .await;
    applied(&outcomes(&answer));
    let (_, indicators) = server
        .get("/api/v1/reports/2026-03/indicators", token)
        .await;
    assert_eq!(indicators["active_participants"], 2);
    assert_eq!(indicators["tasks_done"], 1);
    assert_eq!(indicators["minutes"], 250);
    assert_eq!(indicators["earnings"], 2625 + 1750);
    assert_eq!(indicators["ready_for_paid_work"], 1);
    assert_eq!(indicators["moved_on"]["education"], 1);
    assert_eq!(indicators["moved_on"]["paid_work"], 0);

    let (status, certificate) = server
        .get(
            &format!("/api/v1/people/{}/certificate", u.aino.person),
            token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(certificate["name"], "Aino");
    assert_eq!(certificate["minutes"], 150);
    assert_eq!(certificate["entries"][0]["worked_on"], "2026-03-02");
    assert_eq!(certificate["entries"][0]["employer_of_record"], "Väylä ry");
    assert_eq!(certificate["entries"][0]["contract"], "employment");
    assert_eq!(
        certificate["employment_certificates_from"],
        serde_json::json!(["Väylä ry"])
    );

    // Another month has nothing in it.
    let (_, empty) = server.get("/api/v1/reports/2026-04/invoice", token).await;
    assert_eq!(empty["lines"], serde_json::json!([]));
}

/// Every new route: who may read it.
const READ_ROUTES: [&str; 6] = [
    "/api/v1/audit",
    "/api/v1/reports/2026-03/pay.csv",
    "/api/v1/reports/2026-03/invoice",
    "/api/v1/reports/2026-03/invoice.csv",
    "/api/v1/reports/2026-03/indicators",
    "/api/v1/people/{aino}/certificate",
];

#[tokio::test]
async fn only_a_supervisor_reads_reports_and_only_of_their_own_unit() {
    let server = TestServer::start().await;
    let u = unit(&server).await;
    approve_both(&server, &u).await;
    let stranger = server.organisation("Toinen yksikkö").await;
    for route in READ_ROUTES {
        let route = route.replace("{aino}", &u.aino.person.to_string());
        let (status, _, _) = server.get_text(&route, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{route} without a token");
        let (status, _, _) = server
            .get_text(&route, Some("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{route} with a bad token");
        let (status, _, _) = server.get_text(&route, Some(&u.aino.token)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{route} as a participant");
        let (status, _, body) = server.get_text(&route, Some(&u.supervisor.token)).await;
        assert_eq!(status, StatusCode::OK, "{route} as their supervisor");
        assert!(
            body.contains("Aino")
                || body.contains("seurakunta")
                || body.contains("approve_completion")
                || route.contains("indicators"),
            "{route}: {body}"
        );
        let (status, _, body) = server.get_text(&route, Some(&stranger.token)).await;
        if route.contains("certificate") {
            assert_eq!(status, StatusCode::NOT_FOUND, "{route} of another unit");
        } else {
            assert_eq!(status, StatusCode::OK, "{route} of another unit");
        }
        // Nothing of this unit reaches the other one.
        assert!(!body.contains("Aino"), "{route} leaked: {body}");
        assert!(!body.contains("seurakunta"), "{route} leaked: {body}");
    }
    let (_, log) = server
        .get(
            &format!("/api/v1/audit?subject={}", u.aino_claim),
            Some(&stranger.token),
        )
        .await;
    assert_eq!(log, serde_json::json!([]));
}

#[tokio::test]
async fn participants_and_other_units_cannot_do_a_supervisors_work() {
    let server = TestServer::start().await;
    let u = unit(&server).await;
    let stranger = server.organisation("Toinen yksikkö").await;
    let before = server.snapshot();
    let their_commissioner = commissioner(1000, 0);
    let participant_ops = vec![
        Op::SaveCommissioner {
            commissioner: their_commissioner.clone(),
        },
        Op::MarkNoShow {
            claim: u.mikko_claim,
        },
        Op::AddFeedback {
            claim: u.aino_claim,
            text: "Hyvä".into(),
        },
        Op::SetReadiness {
            person: u.aino.person,
            ready_since: None,
            readiness: Readiness::OpenLabourMarket,
            agreed_with_participant: false,
        },
        Op::EditTask { task: draft(1) },
    ];
    for op in participant_ops {
        let answer = server.sync(&u.aino, 0, vec![op.clone()]).await;
        refused(&answer, "forbidden");
    }
    let mut foreign_task = draft(2);
    foreign_task.id = u.task;
    let mut from_foreign_order = draft(1);
    from_foreign_order.commissioner = Some(u.commissioner);
    let stranger_ops = vec![
        Op::ApproveCompletion {
            claim: u.aino_claim,
            paid_on: paid_on(),
            minutes: None,
            adjust_reason: None,
        },
        Op::RejectCompletion {
            claim: u.aino_claim,
            reason: "Ei".into(),
        },
        Op::MarkNoShow {
            claim: u.mikko_claim,
        },
        Op::EditTask { task: foreign_task },
        Op::SetReadiness {
            person: u.aino.person,
            ready_since: None,
            readiness: Readiness::OpenLabourMarket,
            agreed_with_participant: false,
        },
        Op::RecordMovedOn {
            person: u.mikko.person,
            moved_on: None,
        },
        Op::SaveOrder {
            order: OrderDraft {
                id: OrderId(Uuid::new_v4()),
                commissioner: u.commissioner,
                title: "Toisen tilaajan tilaus".into(),
                notes: String::new(),
            },
        },
        Op::PublishTask {
            task: from_foreign_order,
        },
    ];
    for op in stranger_ops {
        let answer = server.sync(&stranger, 0, vec![op.clone()]).await;
        refused(&answer, "not_found");
    }
    // Nothing was stored but the refusals themselves.
    let unchanged = |rows: &[(String, u64)]| {
        rows.iter()
            .filter(|(t, _)| t != "mutations")
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(unchanged(&server.snapshot()), unchanged(&before));
}

#[tokio::test]
async fn bad_report_and_audit_requests_are_refused_clearly() {
    let server = TestServer::start().await;
    let u = unit(&server).await;
    let token = Some(u.supervisor.token.as_str());
    for month in ["2026-13", "26-03", "march", "2026-3", "2026-03-01"] {
        let (status, body) = server
            .get(&format!("/api/v1/reports/{month}/invoice"), token)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{month}");
        assert_eq!(body["error"], "invalid_input");
    }
    for query in ["subject=not-a-uuid", "after=x", "admin=1"] {
        let (status, body) = server.get(&format!("/api/v1/audit?{query}"), token).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}: {body}");
    }
    let (status, _) = server
        .get("/api/v1/people/not-a-uuid/certificate", token)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A supervisor's own id names no participant.
    let (status, _) = server
        .get(
            &format!("/api/v1/people/{}/certificate", u.supervisor.person),
            token,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let before = server.snapshot();
    let bad = [
        commissioner(1450, 9999),
        commissioner(-1, 2550),
        CommissionerDraft {
            name: "  ".into(),
            ..commissioner(1450, 2550)
        },
    ];
    for c in bad {
        let answer = server
            .sync(
                &u.supervisor,
                0,
                vec![Op::SaveCommissioner { commissioner: c }],
            )
            .await;
        refused(&answer, "invalid_input");
    }
    // A readiness years ahead, and one not agreed with the participant, are both refused.
    for (year, readiness, agreed_with_participant) in [
        (2031, Readiness::OpenLabourMarket, true),
        (2026, Readiness::Gigs, false),
    ] {
        let answer = server
            .sync(
                &u.supervisor,
                0,
                vec![Op::SetReadiness {
                    person: u.aino.person,
                    ready_since: chrono::NaiveDate::from_ymd_opt(year, 3, 1),
                    readiness,
                    agreed_with_participant,
                }],
            )
            .await;
        refused(&answer, "invalid_input");
    }
    let answer = server
        .sync(
            &u.supervisor,
            0,
            vec![Op::AddFeedback {
                claim: u.aino_claim,
                text: "Feedback before approval".into(),
            }],
        )
        .await;
    assert!(matches!(
        &answer.results[0].outcome,
        Outcome::Rejected {
            reason: DomainError::InvalidTransition { .. }
        }
    ));
    let unchanged = |rows: &[(String, u64)]| {
        rows.iter()
            .filter(|(t, _)| t != "mutations")
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(unchanged(&server.snapshot()), unchanged(&before));
}

#[tokio::test]
async fn a_seat_holder_hears_of_an_edit_that_shows_the_task_to_other_groups() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let morning = server.group(&supervisor, "Aamuryhmä").await;
    let evening = server.group(&supervisor, "Iltaryhmä").await;
    let aino = server.participant(&supervisor, "Aino", &[morning]).await;
    let mut task = draft(2);
    task.groups = vec![morning];
    let id = server.publish(&supervisor, task.clone()).await;
    let first = server
        .sync(
            &aino,
            0,
            vec![Op::ClaimTask {
                claim: ClaimId(Uuid::new_v4()),
                task: id,
            }],
        )
        .await;
    applied(&outcomes(&first));
    task.groups = vec![evening];
    task.place = "Iltaryhmän tila".into();
    applied(&outcomes(
        &server
            .sync(&supervisor, 0, vec![Op::EditTask { task }])
            .await,
    ));
    let next = server.sync(&aino, first.cursor.0, vec![]).await;
    assert!(
        next.changes
            .iter()
            .any(|c| matches!(c, Change::Task(t) if t.id == id && t.revision == 1 && t.place == "Iltaryhmän tila")),
        "{:?}",
        next.changes
    );
}

#[tokio::test]
async fn a_supervisor_moves_a_participant_to_another_group_and_their_tasks_follow() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let stranger = server.organisation("Toinen yksikkö").await;
    let their_group = server.group(&stranger, "Heidän ryhmänsä").await;
    let morning = server.group(&supervisor, "Aamuryhmä").await;
    let evening = server.group(&supervisor, "Iltaryhmä").await;
    let aino = server.participant(&supervisor, "Aino", &[morning]).await;
    let mut task = draft(1);
    task.groups = vec![evening];
    let id = server.publish(&supervisor, task).await;
    let first = server.sync(&aino, 0, vec![]).await;
    assert!(
        !first
            .changes
            .iter()
            .any(|c| matches!(c, Change::Task(t) if t.id == id))
    );

    let move_to = |groups: Vec<keikka_core::GroupId>| Op::SetGroups {
        person: aino.person,
        groups,
    };
    refused(
        &server.sync(&aino, 0, vec![move_to(vec![evening])]).await,
        "forbidden",
    );
    refused(
        &server
            .sync(&stranger, 0, vec![move_to(vec![their_group])])
            .await,
        "not_found",
    );
    refused(
        &server
            .sync(&supervisor, 0, vec![move_to(vec![their_group])])
            .await,
        "not_found",
    );
    applied(&outcomes(
        &server
            .sync(&supervisor, 0, vec![move_to(vec![evening, evening])])
            .await,
    ));
    let next = server.sync(&aino, first.cursor.0, vec![]).await;
    assert!(
        next.changes
            .iter()
            .any(|c| matches!(c, Change::Task(t) if t.id == id))
    );
    assert!(
        next.changes
            .iter()
            .any(|c| matches!(c, Change::Person(p) if p.groups == vec![evening]))
    );
}

fn profile() -> keikka_core::benefit::BenefitProfile {
    serde_json::from_str(r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"}]}"#)
        .expect("profile")
}

fn shared_of(changes: &[Change]) -> Vec<&keikka_core::SharedProfile> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::SharedProfile(p) => Some(p),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn a_benefit_profile_reaches_only_the_own_supervisor_and_only_with_consent() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let stranger = server.organisation("Toinen yksikkö").await;
    let aino = server.participant(&supervisor, "Aino", &[]).await;
    let share = || Op::ShareBenefitProfile {
        profile: Some(profile()),
    };
    // Without consent the server takes nothing and keeps nothing.
    refused(&server.sync(&aino, 0, vec![share()]).await, "forbidden");
    assert_eq!(server.store.count_rows("shared_profiles").unwrap(), 0);
    applied(&outcomes(
        &server
            .sync(
                &aino,
                0,
                vec![
                    Op::SetConsent {
                        share_benefit_profile: true,
                    },
                    share(),
                ],
            )
            .await,
    ));
    let seen = server.pull_all(&supervisor).await;
    assert_eq!(shared_of(&seen)[0].profile, Some(profile()));
    assert!(shared_of(&server.pull_all(&stranger).await).is_empty());
    assert!(shared_of(&server.pull_all(&aino).await).is_empty());

    // Taking the consent back empties the server's copy and tells the supervisor's device.
    applied(&outcomes(
        &server
            .sync(
                &aino,
                0,
                vec![Op::SetConsent {
                    share_benefit_profile: false,
                }],
            )
            .await,
    ));
    let after = server.pull_all(&supervisor).await;
    assert_eq!(
        shared_of(&after).last().map(|p| p.profile.clone()),
        Some(None)
    );
    refused(&server.sync(&aino, 0, vec![share()]).await, "forbidden");
    // A supervisor cannot share for someone.
    refused(
        &server.sync(&supervisor, 0, vec![share()]).await,
        "forbidden",
    );
}

/// What a supervisor's device makes outside a sync (groups, participants, pairing codes) is
/// rows kept for good: 500 a day per device, then 429 `too_many_created` and nothing made.
#[tokio::test]
async fn a_supervisors_device_makes_at_most_500_groups_participants_and_codes_a_day() {
    let server = TestServer::start_with(|state| state.with_requests_per_minute(100_000)).await;
    let supervisor = server.organisation("Työkeskus").await;
    for n in 0..keikka_sync_server::pairing::MAX_CREATIONS_PER_DEVICE {
        let (status, body) = server
            .post(
                "/api/v1/groups",
                Some(&supervisor.token),
                &serde_json::json!({"name": format!("Ryhmä {n}")}),
            )
            .await;
        assert_eq!(status, reqwest::StatusCode::CREATED, "{n}: {body}");
    }
    let before = server.snapshot();
    let (status, body) = server
        .post(
            "/api/v1/participants",
            Some(&supervisor.token),
            &serde_json::json!({"name": "Vielä yksi"}),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["error"], "too_many_created");
    assert_eq!(server.snapshot(), before);
    server
        .clock
        .advance(keikka_sync_server::pairing::CREATION_WINDOW);
    let (status, _) = server
        .post(
            "/api/v1/participants",
            Some(&supervisor.token),
            &serde_json::json!({"name": "Huomenna"}),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::CREATED);
}
