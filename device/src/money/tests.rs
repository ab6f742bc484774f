//! The money answers against the real engine and rule data, over a store fed like a real device.

use super::*;
use crate::testkit::*;
use chrono::Datelike;
use keikka_core::Minutes;
use keikka_core::benefit::LaterEffect;
use keikka_core::protocol::{Change, Op};

fn today() -> chrono::NaiveDate {
    now().date_naive()
}

fn rules() -> RuleSet {
    RuleSet::builtin().unwrap()
}

/// Basic unemployment benefit: no protected amount since April 2024, so every euro of wages
/// takes 50 cents off it.
fn unemployed() -> BenefitProfile {
    serde_json::from_str(r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"}]}"#).unwrap()
}

#[test]
fn a_two_hour_task_at_ten_euros_keeps_half_of_its_pay_on_unemployment_allowance() {
    let mut server = ServerSim::new();
    let published = server.publish(draft(1, 1));
    let store = device_of(&participant(1), published);
    let task = store.open_tasks(now()).unwrap().remove(0).item;

    let effect = task_effect(&rules(), Some(&unemployed()), &[], &task, None).unwrap();
    assert_eq!(effect.month, "2026-03".parse().unwrap());
    assert!(!effect.pay_day_known, "the unit has not said when it pays");
    assert_eq!(effect.gross, Cents(2000));
    let TaskAnswer::Known(known) = effect.answer else {
        panic!("a profile gives a number");
    };
    assert_eq!(
        known.changes,
        vec![(BenefitKind::UnemploymentBasic, Some(Cents(-1000)))]
    );
    assert_eq!(known.total_change, Cents(-1000));
    // 20 € less the employee's contributions (7.30 % + 0.89 %: 1.46 + 0.18) less 10 €.
    assert_eq!(known.keep, Cents(836));
    // The 2026 figures of the benefit are verified; the unemployment-insurance contribution
    // rate is from the press, and says so.
    assert_eq!(known.status, ResultStatus::Verify);
    assert_eq!(
        known.warnings,
        vec![Warning::RuleUnverified {
            parameter: "tax.employee_unemployment_contribution".into()
        }]
    );
    assert_eq!(known.with_task.earnings_gross, Cents(2000));
}

#[test]
fn without_a_profile_only_the_pay_is_known() {
    let mut server = ServerSim::new();
    let store = device_of(&participant(1), server.publish(draft(1, 1)));
    let task = store.open_tasks(now()).unwrap().remove(0).item;
    let effect = task_effect(&rules(), None, &[], &task, None).unwrap();
    assert_eq!(effect.gross, Cents(2000));
    assert_eq!(effect.answer, TaskAnswer::NoProfile);
}

#[test]
fn a_task_the_supervisor_marked_as_not_come_counts_no_pay() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.publish(draft(1, 1));
    let (claim, taken) = server.claim(&me, draft(1, 1).id);
    changes.extend(taken);
    changes.extend(server.run(
        &supervisor(),
        Op::MarkNoShow { claim },
        at("2026-03-28T10:00:00+02:00"),
    ));
    let store = device_of(&me, changes);
    let claims = store.my_claims().unwrap();
    assert_eq!(claims[0].claim.status(), keikka_core::ClaimStatus::NoShow);
    assert!(counted_earnings(&claims, None).is_empty());
}

#[test]
fn taken_done_and_approved_work_counts_but_rejected_and_withdrawn_work_does_not() {
    let mut server = ServerSim::new();
    let sup = supervisor();
    let me = participant(1);
    let mut changes = Vec::new();
    for n in 1..=4 {
        changes.extend(server.publish(draft(n, 1)));
    }
    // 1: approved with a payment on 2 April; 2: done, 90 minutes reported; 3: withdrawn;
    // 4: rejected.
    let mut claims = Vec::new();
    for n in 1..=4 {
        let (claim, c) = server.claim(&me, draft(n, 1).id);
        changes.extend(c);
        claims.push(claim);
    }
    let done = at("2026-03-28T12:30:00+02:00");
    for (claim, minutes) in [(claims[0], 120), (claims[1], 90), (claims[3], 60)] {
        changes.extend(server.run(
            &me,
            Op::CompleteTask {
                claim,
                minutes: Minutes(minutes),
                note: None,
            },
            done,
        ));
    }
    changes.extend(server.run(
        &sup,
        Op::ApproveCompletion {
            claim: claims[0],
            paid_on: "2026-04-02".parse().unwrap(),
            minutes: None,
            adjust_reason: None,
        },
        done,
    ));
    changes.extend(server.run(
        &me,
        Op::WithdrawClaim { claim: claims[2] },
        at("2026-03-27T12:00:00+02:00"),
    ));
    changes.extend(server.run(
        &sup,
        Op::RejectCompletion {
            claim: claims[3],
            reason: "Ei tehty".into(),
        },
        done,
    ));
    let store = device_of(&me, changes);
    let counted = MoneyInputs::read(&store, today()).unwrap().counted;
    let mut got: Vec<(TaskId, Cents, bool, String)> = counted
        .iter()
        .map(|c| {
            (
                c.task,
                c.earning.gross,
                c.approved,
                c.earning.paid_on.to_string(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            (draft(1, 1).id, Cents(2000), true, "2026-04-02".into()),
            (draft(2, 1).id, Cents(1500), false, "2026-03-28".into()),
        ]
    );

    let march = month_money(
        &rules(),
        Some(&unemployed()),
        &counted,
        "2026-03".parse().unwrap(),
    )
    .unwrap();
    assert_eq!((march.approved, march.expected), (Cents(0), Cents(1500)));
    assert_eq!(march.impact.unwrap().total_change, Cents(-750));
    let april = month_money(&rules(), None, &counted, "2026-04".parse().unwrap()).unwrap();
    assert_eq!((april.approved, april.expected), (Cents(2000), Cents(0)));
    assert_eq!(april.impact, None);
    assert_eq!(year_so_far(&counted, "2026-03".parse().unwrap()), Cents(0));
    assert_eq!(
        year_so_far(&counted, "2026-12".parse().unwrap()),
        Cents(2000)
    );
}

#[test]
fn a_task_already_taken_is_counted_once_in_its_own_effect_and_once_in_the_others() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.publish(draft(1, 1));
    changes.extend(server.publish(draft(2, 1)));
    let (_, c) = server.claim(&me, draft(1, 1).id);
    changes.extend(c);
    let store = device_of(&me, changes);
    let inputs = MoneyInputs::read(&store, today()).unwrap();
    let taken = store.task(draft(1, 1).id).unwrap().unwrap().item;
    let other = store.task(draft(2, 1).id).unwrap().unwrap().item;
    let known = |effect: TaskEffect| match effect.answer {
        TaskAnswer::Known(k) => k,
        TaskAnswer::NoProfile => panic!("a profile gives a number"),
    };
    let mut inputs = inputs;
    inputs.profile = Some(unemployed());
    // The taken task's own month has its 20 € once, not twice.
    let own = known(inputs.effect_of(&rules(), &taken).unwrap());
    assert_eq!(own.with_task.earnings_gross, Cents(2000));
    assert_eq!(own.keep, Cents(836));
    // Another task's month has the taken 20 € and its own 20 €.
    let next = known(inputs.effect_of(&rules(), &other).unwrap());
    assert_eq!(next.with_task.earnings_gross, Cents(4000));
}

#[test]
fn a_cancelled_task_earns_nothing_even_while_the_claim_is_held() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.publish(draft(1, 1));
    let (_, c) = server.claim(&me, draft(1, 1).id);
    changes.extend(c);
    changes.extend(server.run(
        &supervisor(),
        Op::CancelTask {
            task: draft(1, 1).id,
        },
        at("2026-03-24T10:00:00+02:00"),
    ));
    let store = device_of(&me, changes);
    assert!(
        MoneyInputs::read(&store, today())
            .unwrap()
            .counted
            .is_empty()
    );
}

#[test]
fn work_activity_days_are_written_out_around_today_from_the_weekdays_chosen() {
    // Saved in March 2026 with Mondays only; read in January 2028, long after the saved days.
    let saved: BenefitProfile = serde_json::from_str(
        r#"{"adults": 1, "benefits": [{"kind": "work_activity_pay", "per_day": 9.00,
             "days": ["2026-03-02", "2026-03-09"]}]}"#,
    )
    .unwrap();
    let later: chrono::NaiveDate = "2028-01-15".parse().unwrap();
    let fresh = refresh_attendance(saved, later);
    let keikka_core::benefit::Benefit::WorkActivityPay { days, .. } = &fresh.benefits[0] else {
        panic!("work activity");
    };
    // Monday 6.12.2027 is Independence Day: no work activity, no money for it.
    assert_eq!(days.first().unwrap().to_string(), "2027-12-13");
    assert!(days.iter().any(|d| d.to_string() == "2028-01-17"));
    assert!(days.iter().all(|d| d.weekday() == chrono::Weekday::Mon));
    assert!(*days.last().unwrap() >= "2029-01-29".parse().unwrap());
}

#[test]
fn crossing_the_kela_pension_limit_once_is_this_task_s_warning_but_no_loss_yet() {
    let mut server = ServerSim::new();
    let me = participant(1);
    // 900 € already expected this month, then a 100 € task: over the 2026 limit.
    let mut big = draft(1, 1);
    big.pay = keikka_core::Pay::Fixed(Cents(90_000));
    let mut small = draft(2, 1);
    small.pay = keikka_core::Pay::Fixed(Cents(10_000));
    let mut changes = server.publish(big.clone());
    changes.extend(server.publish(small.clone()));
    let (_, c) = server.claim(&me, big.id);
    changes.extend(c);
    let store = device_of(&me, changes);
    let inputs = MoneyInputs::read(&store, today()).unwrap();
    let pension: BenefitProfile = serde_json::from_str(
        r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
    )
    .unwrap();
    let task = store.task(small.id).unwrap().unwrap().item;
    let mut inputs = inputs;
    inputs.profile = Some(pension);
    let effect = inputs.effect_of(&rules(), &task).unwrap();
    let TaskAnswer::Known(known) = effect.answer else {
        panic!("a profile gives a number");
    };
    assert!(
        known.warnings.iter().any(|w| matches!(
            w,
            Warning::PensionEarningsLimitExceeded {
                in_a_row: 1,
                stops_from: None,
                ..
            }
        )),
        "{:?}",
        known.warnings
    );
    // The near-limit warning belonged to the month already; it is not this task's.
    assert!(
        !known
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::PensionEarningsLimitNear { .. }))
    );
    // One month over the limit does not stop a Kela pension (three in a row do).
    assert_eq!(
        known.changes,
        vec![(BenefitKind::KelaDisabilityPension, Some(Cents::ZERO))]
    );
    // 100 € less its contributions (8.19 €).
    assert_eq!(known.keep, Cents(9181));
    assert!(known.later.is_empty());
}

/// Drafts of tasks on the 10th of three months in a row, each paying `euros`.
fn monthly_tasks(euros: i64) -> Vec<keikka_core::TaskDraft> {
    (0..3)
        .map(|i| {
            let mut d = draft(10 + i as u128, 1);
            let start = at("2026-04-10T09:00:00+03:00") + chrono::Months::new(i);
            d.starts_at = start;
            d.ends_at = start + chrono::Duration::hours(3);
            d.pay = keikka_core::Pay::Fixed(Cents(euros * 100));
            d
        })
        .collect()
}

#[test]
fn the_third_month_over_the_kela_limit_stops_the_pension_later_and_the_task_says_from_when() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let drafts = monthly_tasks(1000);
    let mut changes = Vec::new();
    for d in &drafts {
        changes.extend(server.publish(d.clone()));
    }
    // April and May are taken; June is the task being looked at.
    for d in &drafts[..2] {
        changes.extend(server.claim(&me, d.id).1);
    }
    let store = device_of(&me, changes);
    let mut inputs = MoneyInputs::read(&store, today()).unwrap();
    inputs.profile = Some(
        serde_json::from_str(
            r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
        )
        .unwrap(),
    );
    let june = store.task(drafts[2].id).unwrap().unwrap().item;
    let TaskAnswer::Known(known) = inputs.effect_of(&rules(), &june).unwrap().answer else {
        panic!("a profile gives a number");
    };
    assert_eq!(
        known.later,
        vec![LaterEffect {
            benefit: BenefitKind::KelaDisabilityPension,
            from: "2026-07".parse().unwrap(),
            months: Some(3),
            per_month: Cents(-77_570),
        }]
    );
    assert_eq!(known.later_change, Cents(-77_570));
    assert!(known.warnings.iter().any(|w| matches!(
        w,
        Warning::PensionEarningsLimitExceeded {
            in_a_row: 3,
            stops_from: Some(_),
            ..
        }
    )));
}

#[test]
fn the_pay_calendar_moves_a_task_s_money_into_the_next_month_before_and_after_approval() {
    let mut server = ServerSim::new();
    let sup = supervisor();
    let me = participant(1);
    let calendar = keikka_core::PayCalendar::NextMonthOnDay { day: 15 };
    let mut changes = server.run(
        &sup,
        Op::SetPayCalendar { calendar },
        at("2026-03-20T09:00:00+02:00"),
    );
    changes.extend(server.publish(draft(1, 1)));
    let (claim, taken) = server.claim(&me, draft(1, 1).id);
    changes.extend(taken);
    let store = device_of(&me, changes.clone());
    let inputs = MoneyInputs::read(&store, today()).unwrap();
    assert_eq!(inputs.calendar, Some(calendar));
    // Work on Saturday 28 March is paid on 15 April: it counts in April, not March.
    let mut with_profile = MoneyInputs::read(&store, today()).unwrap();
    with_profile.profile = Some(unemployed());
    let task = store.task(draft(1, 1).id).unwrap().unwrap().item;
    let effect = with_profile.effect_of(&rules(), &task).unwrap();
    assert_eq!(effect.paid_on.to_string(), "2026-04-15");
    assert_eq!(effect.month, "2026-04".parse().unwrap());
    assert!(effect.pay_day_known);
    let month = |counted: &[Counted], m: &str| {
        month_money(&rules(), Some(&unemployed()), counted, m.parse().unwrap()).unwrap()
    };
    let (march, april) = (
        month(&inputs.counted, "2026-03"),
        month(&inputs.counted, "2026-04"),
    );
    assert_eq!((march.expected, april.expected), (Cents::ZERO, Cents(2000)));
    assert_eq!(march.impact.unwrap().total_change, Cents::ZERO);
    assert_eq!(april.impact.unwrap().total_change, Cents(-1000));

    // Approved with the day the calendar proposes, the pay stays in April, now approved.
    let done = at("2026-03-28T12:30:00+02:00");
    changes.extend(server.run(
        &me,
        Op::CompleteTask {
            claim,
            minutes: Minutes(120),
            note: None,
        },
        done,
    ));
    let proposed = calendar.pay_day(task.worked_on(), Some(done.date_naive()));
    changes.extend(server.run(
        &sup,
        Op::ApproveCompletion {
            claim,
            paid_on: proposed,
            minutes: None,
            adjust_reason: None,
        },
        done,
    ));
    let store = device_of(&me, changes);
    let inputs = MoneyInputs::read(&store, today()).unwrap();
    let april = month(&inputs.counted, "2026-04");
    assert_eq!((april.approved, april.expected), (Cents(2000), Cents::ZERO));
    assert_eq!(april.impact.unwrap().total_change, Cents(-1000));
}

#[test]
fn an_unknown_claim_task_is_left_out_rather_than_guessed() {
    let mut server = ServerSim::new();
    let me = participant(1);
    server.publish(draft(1, 1));
    let (_, claim_changes) = server.claim(&me, draft(1, 1).id);
    // The device has the claim but never got the task.
    let claims_only: Vec<Change> = claim_changes
        .into_iter()
        .filter(|c| matches!(c, Change::Claim(_)))
        .collect();
    let store = device_of(&me, claims_only);
    let inputs = MoneyInputs::read(&store, today()).unwrap();
    assert!(inputs.counted.is_empty());
    assert_eq!(inputs.unpriced, 1, "the screens say a pay is missing");
}

#[test]
fn the_badges_of_a_list_say_what_each_task_s_own_effect_says_without_the_trace() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = Vec::new();
    // Tasks on different days and with different pay, one already taken by the person.
    for n in 1..=6 {
        let mut d = draft(n, 1);
        if n % 2 == 0 {
            d.pay = keikka_core::Pay::Fixed(Cents(45_000));
        }
        changes.extend(server.publish(d));
    }
    let (_, c) = server.claim(&me, draft(3, 1).id);
    changes.extend(c);
    let store = device_of(&me, changes);
    let tasks: Vec<Task> = (1..=6)
        .map(|n| store.task(draft(n, 1).id).unwrap().unwrap().item)
        .collect();
    let refs: Vec<&Task> = tasks.iter().collect();
    let mut inputs = MoneyInputs::read(&store, today()).unwrap();
    for profile in [
        unemployed(),
        serde_json::from_str(
            r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
        )
        .unwrap(),
    ] {
        inputs.profile = Some(profile);
        let badges = inputs.badges(&rules(), &refs);
        assert_eq!(badges.len(), tasks.len());
        for (task, badge) in tasks.iter().zip(badges) {
            let full = inputs.effect_of(&rules(), task).unwrap();
            let (TaskAnswer::Known(full_known), Some(TaskAnswer::Known(badge_known))) =
                (&full.answer, badge.as_ref().map(|b| &b.answer))
            else {
                panic!("a profile gives a number for {}", task.title);
            };
            assert_eq!(
                (badge.as_ref().unwrap().month, badge.as_ref().unwrap().gross),
                (full.month, full.gross)
            );
            assert_eq!(badge_known.keep, full_known.keep, "{}", task.title);
            assert_eq!(badge_known.changes, full_known.changes);
            assert_eq!(badge_known.warnings, full_known.warnings);
            assert_eq!(badge_known.status, full_known.status);
            assert_eq!(badge_known.later_change, full_known.later_change);
            assert_eq!(
                badge_known.with_task.earnings_gross,
                full_known.with_task.earnings_gross
            );
        }
    }
    inputs.profile = None;
    assert!(inputs.badges(&rules(), &refs).iter().all(|b| {
        b.as_ref()
            .is_some_and(|b| b.answer == TaskAnswer::NoProfile)
    }));
}

#[test]
fn a_later_change_the_month_had_anyway_counts_only_by_what_the_task_adds() {
    let effect = |per_month: i64| LaterEffect {
        benefit: BenefitKind::HousingGeneral,
        from: "2026-06".parse().unwrap(),
        months: None,
        per_month: Cents(per_month),
    };
    let stop = LaterEffect {
        benefit: BenefitKind::KelaDisabilityPension,
        from: "2026-07".parse().unwrap(),
        months: Some(3),
        per_month: Cents(-77_570),
    };
    assert_eq!(
        later_difference(&[effect(-10_000)], &[effect(-17_500), stop.clone()]),
        vec![effect(-7_500), stop]
    );
    assert!(later_difference(&[effect(-10_000)], &[effect(-10_000)]).is_empty());
    assert_eq!(
        later_difference(&[effect(-10_000)], &[]),
        vec![effect(10_000)]
    );
}

/// A two-hour task on `day` at 9.00 paying `euros` in all, as a device has it.
fn task_on(day: &str, euros: i64) -> Task {
    let mut server = ServerSim::new();
    let d = keikka_core::TaskDraft {
        starts_at: at(&format!("{day}T09:00:00+02:00")),
        ends_at: at(&format!("{day}T11:00:00+02:00")),
        pay: keikka_core::Pay::Fixed(Cents(euros * 100)),
        ..draft(1, 1)
    };
    let store = device_of(&participant(1), server.publish(d.clone()));
    store.task(d.id).unwrap().unwrap().item
}

fn profile(json: &str) -> BenefitProfile {
    serde_json::from_str(json).unwrap()
}

fn known(effect: TaskEffect) -> TaskImpact {
    match effect.answer {
        TaskAnswer::Known(known) => *known,
        TaskAnswer::NoProfile => panic!("a profile gives a number"),
    }
}

#[test]
fn social_assistance_taken_from_net_pay_leaves_nothing_and_the_figure_said_is_after_tax() {
    // 30 € gross, tax 15 %: 30 − 4.50 − 2.46 contributions = 23.04 € net, and social
    // assistance falls by the same 23.04 €. "30 − 23.04 = 6.96 € kept" mixed gross and net.
    let p = profile(
        r#"{"adults": 1, "tax_withholding_percent": 15,
            "benefits": [{"kind": "social_assistance", "housing_costs": 700}]}"#,
    );
    let task = task_on("2026-12-10", 30);
    let k = known(task_effect(&rules(), Some(&p), &[], &task, None).unwrap());
    assert_eq!(
        k.changes,
        vec![(BenefitKind::SocialAssistance, Some(Cents(-2304)))]
    );
    assert_eq!(k.keep_now(), Keep::AfterTax(Cents::ZERO));
    assert_eq!(k.overall(), Keep::AfterTax(Cents::ZERO));
}

#[test]
fn a_benefit_whose_change_cannot_be_said_makes_the_kept_amount_unknown_not_the_full_pay() {
    // A family with children must give its basic amount: without it, no honest figure.
    let p = profile(
        r#"{"adults": 1, "children": 2, "tax_withholding_percent": 15,
            "benefits": [{"kind": "social_assistance", "housing_costs": 700}]}"#,
    );
    let task = task_on("2026-12-10", 30);
    let k = known(task_effect(&rules(), Some(&p), &[], &task, None).unwrap());
    assert_eq!(k.changes, vec![(BenefitKind::SocialAssistance, None)]);
    assert_eq!(k.keep_now(), Keep::Unknown);
    assert_eq!(k.overall(), Keep::Unknown);
    assert!(
        k.warnings.contains(&Warning::ProfileFiguresMissing {
            benefit: BenefitKind::SocialAssistance
        }),
        "{:?}",
        k.warnings
    );
}

#[test]
fn with_a_tax_percentage_the_kept_amount_is_the_one_after_tax() {
    // Yleistuki falls by 10 € of 20 € gross; after 20 % tax and 8.19 % contributions the
    // person keeps 20 − 4 − 1.64 − (10 − 2) = 6.36 €, which is what the badge says.
    let p = profile(
        r#"{"adults": 1, "tax_withholding_percent": 20,
            "benefits": [{"kind": "unemployment_basic"}]}"#,
    );
    let task = task_on("2026-12-10", 20);
    let k = known(task_effect(&rules(), Some(&p), &[], &task, None).unwrap());
    assert_eq!(k.keep, Cents(836), "before tax, after the contributions");
    assert_eq!(k.keep_now(), Keep::AfterTax(Cents(636)));
    let inputs = MoneyInputs {
        profile: Some(p),
        counted: vec![],
        calendar: None,
        unpriced: 0,
        held: vec![],
    };
    let badge = known(inputs.badges(&rules(), &[&task]).remove(0).unwrap());
    assert_eq!(badge.keep_now(), Keep::AfterTax(Cents(636)));
}

#[test]
fn work_activity_money_is_lost_in_the_month_worked_even_when_the_pay_comes_next_month() {
    // Work-activity money 12 € on Thursdays; a gig on Thursday 3.12.2026, paid 15.1.2027.
    let p = refresh_attendance(
        profile(
            r#"{"adults": 1, "benefits": [{"kind": "work_activity_pay", "per_day": 12.00,
                "days": ["2026-12-03"]}]}"#,
        ),
        "2026-12-01".parse().unwrap(),
    );
    let task = task_on("2026-12-03", 30);
    let calendar = keikka_core::PayCalendar::NextMonthOnDay { day: 15 };
    let effect = task_effect(&rules(), Some(&p), &[], &task, Some(&calendar)).unwrap();
    assert_eq!(effect.month, "2027-01".parse().unwrap());
    let k = known(effect);
    let work = k.work_month.as_deref().expect("December changes too");
    assert_eq!(work.with_task.month, "2026-12".parse().unwrap());
    assert_eq!(
        work.changes,
        vec![(BenefitKind::WorkActivityPay, Some(Cents(-1200)))]
    );
    // December has five Thursdays, but 24.12. is Christmas Eve: 48 € without the gig, 36 €
    // with it.
    let december = &work.with_task.benefits[0];
    assert_eq!(
        (december.baseline, december.with_work),
        (Some(Cents(4800)), Some(Cents(3600)))
    );
    assert!(k.all_warnings().iter().any(|w| matches!(
        w,
        Warning::SameDayWorkActivityPay { date } if date.to_string() == "2026-12-03"
    )));
    // 30 € less its contributions (2.46 €) kept in January, 12 € lost in December (tax not
    // known: before tax).
    assert_eq!(k.keep_now(), Keep::BeforeTax(Cents(1554)));
}

#[test]
fn rehabilitative_activity_days_are_written_out_for_the_coming_months_too() {
    // Saved in December with Mondays, Wednesdays and Thursdays; January must have its days,
    // or the 9 € a day would read 0 € there.
    let p = refresh_attendance(
        profile(
            r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"},
                {"kind": "rehabilitative_work_activity",
                 "days": ["2026-12-07", "2026-12-09", "2026-12-10"]}]}"#,
        ),
        "2026-12-01".parse().unwrap(),
    );
    let task = task_on("2026-12-03", 30);
    let calendar = keikka_core::PayCalendar::NextMonthOnDay { day: 15 };
    let k = known(task_effect(&rules(), Some(&p), &[], &task, Some(&calendar)).unwrap());
    let january = k
        .with_task
        .benefits
        .iter()
        .find(|b| b.kind == BenefitKind::RehabilitativeCompensation)
        .unwrap();
    // January 2027: 4 Mondays, 4 Wednesdays, 4 Thursdays, less Epiphany (Wednesday 6.1.)
    // = 11 days × 9 €.
    assert_eq!(january.baseline, Some(Cents(9_900)));
    // The gig falls on an activity day (Thursday 3.12.): December says so.
    assert!(k.all_warnings().iter().any(|w| matches!(
        w,
        Warning::RehabilitativeActivityDay { date } if date.to_string() == "2026-12-03"
    )));
}

#[test]
fn without_a_tax_percentage_social_assistance_still_leaves_nothing_not_the_contributions() {
    // 20 € gross: 1.64 € of contributions come off the pay, social assistance falls by the
    // other 18.36 €, and nothing is left; "you keep 1.64 € before tax" was the contributions.
    let p = profile(
        r#"{"adults": 1, "benefits": [{"kind": "social_assistance", "housing_costs": 700}]}"#,
    );
    let task = task_on("2026-12-10", 20);
    let k = known(task_effect(&rules(), Some(&p), &[], &task, None).unwrap());
    assert_eq!(k.keep_now(), Keep::BeforeTax(Cents::ZERO));
}

#[test]
fn a_commission_contract_that_may_stop_the_unemployment_benefit_keeps_no_figure_to_trust() {
    let p = profile(r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"}]}"#);
    let mut task = task_on("2026-12-10", 20);
    task.contract = keikka_core::ContractType::Commission;
    let k = known(task_effect(&rules(), Some(&p), &[], &task, None).unwrap());
    assert!(
        k.warnings
            .contains(&Warning::CommissionContractUnemployment)
    );
    assert_eq!(k.keep_now(), Keep::Unknown);
    assert_eq!(k.overall(), Keep::Unknown);
    // Nor a firm "falls by 10 €" for the benefit it may stop, nor "checked" in "Why?".
    assert_eq!(
        k.changes,
        [(keikka_core::benefit::BenefitKind::UnemploymentBasic, None)]
    );
    let unemployment = &k.with_task.benefits[0];
    assert_eq!(
        unemployment.status,
        keikka_core::benefit::ResultStatus::Unknown
    );
}

#[test]
fn an_unknown_benefit_in_the_month_worked_is_not_the_day_s_to_say() {
    // A family with children, no basic amount: social assistance is unknown in every month.
    // The task worked in December and paid in January changes nothing in December.
    let p = refresh_attendance(
        profile(
            r#"{"adults": 1, "children": 2, "tax_withholding_percent": 15,
                "benefits": [{"kind": "social_assistance", "housing_costs": 700}]}"#,
        ),
        "2026-12-01".parse().unwrap(),
    );
    let task = task_on("2026-12-03", 30);
    let calendar = keikka_core::PayCalendar::NextMonthOnDay { day: 15 };
    let k = known(task_effect(&rules(), Some(&p), &[], &task, Some(&calendar)).unwrap());
    assert!(
        k.work_month.is_none(),
        "{:?}",
        k.work_month.map(|w| w.changes)
    );
    assert_eq!(k.keep_now(), Keep::Unknown, "January's answer is unknown");
}
