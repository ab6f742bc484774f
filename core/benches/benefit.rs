//! `cargo bench -p keikka-core`: the benefit engine against its targets (BENCHMARKS.md).
//!
//! A plain harness (no criterion: it would double the workspace's build time): each figure is
//! the median of several timed rounds, printed with its target.

use chrono::NaiveDate;
use keikka_core::benefit::{
    Benefit, BenefitProfile, EarningInput, Factor, Month, RuleSet, impact, project_year,
};
use keikka_core::{Cents, ContractType};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn every_benefit() -> BenefitProfile {
    BenefitProfile {
        adults: 1,
        children: 0,
        tax_withholding_percent: Some(Factor(10_000_000)),
        benefits: vec![
            Benefit::UnemploymentBasic {
                period_started: None,
            },
            Benefit::HousingGeneral {
                housing_costs: Cents(52645),
                max_housing_costs: Cents(44700),
                other_income: Cents(79975),
            },
            Benefit::SocialAssistance {
                basic_amount: Some(Cents(57843)),
                housing_costs: Cents(52645),
                other_expenses: Cents(0),
                other_net_income: Cents(0),
            },
            Benefit::KelaDisabilityPension {
                amount: Cents(77570),
                regardless_of_earnings: false,
            },
            Benefit::EarningsRelatedDisabilityPension {
                amount: Cents(120_000),
                established_earnings: Cents(250_000),
                partial: false,
                personal_limit: None,
            },
            Benefit::WorkActivityPay {
                per_day: Cents(1000),
                days: vec![date(2026, 4, 10), date(2026, 4, 17)],
            },
            Benefit::RehabilitativeWorkActivity {
                days: vec![date(2026, 4, 14), date(2026, 4, 21)],
            },
            Benefit::PensionerHousing {
                yearly_housing_costs: Some(Cents(600_000)),
                yearly_max_housing_costs: Some(Cents(749_300)),
                yearly_income: Some(Cents(1_400_000)),
                couple: false,
            },
        ],
    }
}

fn earnings(year: i32) -> Vec<EarningInput> {
    (1..=12)
        .map(|m| EarningInput {
            gross: Cents(3000 + i64::from(m) * 250),
            worked_on: date(year, m, 10),
            paid_on: date(year, m, 15),
            contract: ContractType::Employment,
            minutes: Some(keikka_core::Minutes(120)),
        })
        .collect()
}

/// Median time of `rounds` runs of `f`.
fn median(rounds: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[rounds / 2]
}

fn report(name: &str, took: Duration, target: Duration) {
    let verdict = if took <= target { "meets" } else { "MISSES" };
    println!(
        "{name:<48} {:>12.2?}   target {:>8.2?}   {verdict}",
        took, target
    );
}

fn main() {
    let rules = RuleSet::builtin().expect("shipped rule data");
    let profile = every_benefit();
    let month: Month = "2026-04".parse().expect("month");
    let work = earnings(2026);

    const PER_ROUND: u32 = 2_000;
    let one_month = median(15, || {
        for _ in 0..PER_ROUND {
            black_box(
                impact(
                    &rules,
                    black_box(month),
                    black_box(&profile),
                    black_box(&work),
                )
                .ok(),
            );
        }
    }) / PER_ROUND;
    report(
        "one month, every benefit, with its trace",
        one_month,
        Duration::from_micros(20),
    );

    let participants: Vec<(BenefitProfile, Vec<EarningInput>)> = (0..1_000)
        .map(|_| (profile.clone(), work.clone()))
        .collect();
    let year = median(7, || {
        for (p, e) in &participants {
            black_box(project_year(&rules, 2026, p, e).ok());
        }
    });
    report(
        "a year's projection for 1,000 participants",
        year,
        Duration::from_millis(50),
    );
}
