//! Properties of the engine over every month the rule data covers (2024-01 … 2027-12).

use super::*;
use crate::benefit::{Factor, LaterEffect};
use crate::task::ContractType;
use chrono::NaiveDate;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn cents(max: i64) -> impl Strategy<Value = Cents> {
    (0..=max).prop_map(Cents)
}

/// Every month from 2024-01 to 2027-12.
fn month() -> impl Strategy<Value = Month> {
    (0u32..48).prop_map(|i| Month::new(2024, 1).expect("month").plus(i))
}

fn day_in(m: Month, day: u32) -> NaiveDate {
    m.first_day() + chrono::Duration::days(i64::from(day % 28))
}

prop_compose! {
    fn profile(m: Month)(
        adults in 1u8..4,
        children in 0u8..3,
        tax in proptest::option::of(0u8..50),
        unemployment in any::<bool>(),
        housing in proptest::option::of((cents(150_000), cents(120_000), cents(300_000))),
        assistance in proptest::option::of((cents(100_000), cents(50_000), prop_oneof![Just(Cents::ZERO), cents(200_000)])),
        kela in proptest::option::of((cents(120_000), any::<bool>())),
        earnings_pension in proptest::option::of((cents(250_000), cents(500_000), any::<bool>(), proptest::option::of(cents(300_000)))),
        work_activity in proptest::option::of((cents(1_500), proptest::collection::btree_set(0u32..28, 0..8))),
        rehabilitative in proptest::option::of(proptest::collection::btree_set(0u32..28, 0..8)),
        pensioner in proptest::option::of((cents(1_000_000), cents(1_000_000), cents(3_000_000), any::<bool>())),
    ) -> BenefitProfile {
        let mut benefits = vec![];
        if unemployment {
            benefits.push(Benefit::UnemploymentBasic { period_started: None });
        }
        if let Some((housing_costs, max_housing_costs, other_income)) = housing {
            benefits.push(Benefit::HousingGeneral { housing_costs, max_housing_costs, other_income });
        }
        if let Some((housing_costs, other_expenses, other_net_income)) = assistance {
            benefits.push(Benefit::SocialAssistance {
                basic_amount: (children > 0).then_some(Cents(120_000)),
                housing_costs, other_expenses, other_net_income,
            });
        }
        if let Some((amount, regardless_of_earnings)) = kela {
            benefits.push(Benefit::KelaDisabilityPension { amount, regardless_of_earnings });
        }
        if let Some((amount, established_earnings, partial, personal_limit)) = earnings_pension {
            benefits.push(Benefit::EarningsRelatedDisabilityPension { amount, established_earnings, partial, personal_limit });
        }
        if let Some((per_day, days)) = work_activity {
            benefits.push(Benefit::WorkActivityPay { per_day, days: days.into_iter().map(|d| day_in(m, d)).collect() });
        }
        if let Some(days) = rehabilitative {
            benefits.push(Benefit::RehabilitativeWorkActivity { days: days.into_iter().map(|d| day_in(m, d)).collect() });
        }
        if let Some((costs, max, income, couple)) = pensioner {
            benefits.push(Benefit::PensionerHousing {
                yearly_housing_costs: Some(costs), yearly_max_housing_costs: Some(max),
                yearly_income: Some(income), couple,
            });
        }
        BenefitProfile { adults, children, tax_withholding_percent: tax.map(|p| Factor(i64::from(p) * 1_000_000)), benefits }
    }
}

prop_compose! {
    /// Pay around the month: up to three months before and after, so that rules that look at
    /// other months (a pension's months in a row, a housing allowance's lasting income) work.
    fn earnings(m: Month)(items in proptest::collection::vec(
        (prop_oneof![cents(20_000), cents(200_000)], 0u32..7, 0u32..28, 0u32..20, any::<bool>(), proptest::option::of(0u32..10_000)), 0..8)
    ) -> Vec<EarningInput> {
        items.into_iter().map(|(gross, offset, day, delay, commission, minutes)| {
            let worked_on = day_in(m.minus(3).plus(offset), day);
            EarningInput {
                gross,
                worked_on,
                paid_on: worked_on + chrono::Duration::days(i64::from(delay)),
                contract: if commission { ContractType::Commission } else { ContractType::Employment },
                minutes: minutes.map(crate::Minutes),
            }
        }).collect()
    }
}

fn case() -> impl Strategy<Value = (Month, BenefitProfile, Vec<EarningInput>)> {
    month().prop_flat_map(|m| (Just(m), profile(m), earnings(m)))
}

fn rules() -> RuleSet {
    RuleSet::builtin().expect("shipped rule data")
}

fn pension_cut(result: &Impact) -> bool {
    result.benefits.iter().any(|b| {
        matches!(
            b.kind,
            BenefitKind::KelaDisabilityPension | BenefitKind::EarningsRelatedDisabilityPension
        ) && b.change.unwrap_or_default() < Cents::ZERO
    })
}

/// The flat 150 € of net earnings that social assistance disregarded until 28.2.2026.
fn disregard_in_force(m: Month) -> bool {
    m <= Month::new(2026, 2).expect("month")
}

fn housing_lower(result: &Impact) -> bool {
    result.benefits.iter().any(|b| {
        matches!(
            b.kind,
            BenefitKind::HousingGeneral | BenefitKind::PensionerHousing
        ) && b.change.unwrap_or_default() < Cents::ZERO
    })
}

/// The month's working time took the whole unemployment benefit.
fn working_time(result: &Impact) -> bool {
    result
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::WorkingTimeLimitExceeded { .. }))
}

fn doubt_only(w: &Warning) -> bool {
    matches!(
        w,
        Warning::RuleUnverified { .. }
            | Warning::FigureNotYetPublished { .. }
            | Warning::FigureUnknown { .. }
            | Warning::ProfileFiguresMissing { .. }
            | Warning::TaxPercentUnknown
    )
}

proptest! {
    /// Earnings never raise a benefit, except where a rule truly lets them: social assistance
    /// while the 150 € disregard was in force (the pay is not counted but the unemployment
    /// benefit it lowers is), or after another benefit the work lowered (a pension cut, a
    /// housing allowance revised down, an unemployment benefit lost to the working-time
    /// limit), since social assistance and the housing allowances count those as income.
    #[test]
    fn earnings_raise_a_benefit_only_where_a_rule_lets_them((m, profile, earnings) in case()) {
        let result = impact(&rules(), m, &profile, &earnings).unwrap();
        // Looked up only for a benefit that rose: it replays the months around.
        let cut = || pension_cut(&result)
            || result.later.iter().any(|l: &LaterEffect| l.per_month < Cents::ZERO && l.from <= m)
            || earnings_cut_a_pension_in_the_window(&profile, &earnings, m);
        for b in &result.benefits {
            let change = b.change.unwrap_or_default();
            if change <= Cents::ZERO {
                continue;
            }
            let allowed = match b.kind {
                BenefitKind::SocialAssistance => {
                    disregard_in_force(m) || housing_lower(&result) || working_time(&result) || cut()
                }
                BenefitKind::HousingGeneral | BenefitKind::PensionerHousing => cut(),
                _ => false,
            };
            prop_assert!(allowed, "{:?} rose by {} in {m}", b.kind, change);
        }
    }

    /// What is kept is the pay plus this month's changes, before tax; after tax it is said
    /// exactly when the tax percentage is known.
    #[test]
    fn keep_adds_up_and_after_tax_needs_the_percentage((m, profile, earnings) in case()) {
        let result = impact(&rules(), m, &profile, &earnings).unwrap();
        // What is kept is the pay less the employee's contributions (under 10 % of wages,
        // none on a commission fee) plus the changes.
        let contributions = result.earnings_gross + result.total_change - result.keep;
        prop_assert!(contributions >= Cents::ZERO, "{contributions:?}");
        prop_assert!(contributions.0 * 10 <= result.earnings_gross.0, "{contributions:?}");
        let employment = earnings
            .iter()
            .any(|e| e.contract == crate::task::ContractType::Employment && m.contains(e.paid_on));
        if !employment {
            prop_assert_eq!(contributions, Cents::ZERO);
        }
        prop_assert_eq!(result.keep_after_tax.is_some(), profile.tax_withholding_percent.is_some());
        prop_assert_eq!(result.earnings_net_estimate.is_some(), profile.tax_withholding_percent.is_some());
        prop_assert_eq!(result.later_change, result.later.iter().map(|l| l.per_month).sum::<Cents>());
    }

    /// Without any earnings nothing changes and nothing is warned about but doubts.
    #[test]
    fn no_earnings_change_nothing((m, profile, _) in case()) {
        let result = impact(&rules(), m, &profile, &[]).unwrap();
        prop_assert_eq!(result.total_change, Cents::ZERO);
        prop_assert!(result.later.is_empty());
        prop_assert!(result.warnings.iter().all(doubt_only), "{:?}", result.warnings);
    }

    /// A benefit is unknown only with a reason the person can be told, and an unknown answer
    /// is never marked verified.
    #[test]
    fn unknown_answers_say_why((m, profile, earnings) in case()) {
        let result = impact(&rules(), m, &profile, &earnings).unwrap();
        for b in &result.benefits {
            if b.status == ResultStatus::Unknown {
                prop_assert!(b.change.is_none());
                prop_assert!(result.warnings.iter().any(|w| matches!(w,
                    Warning::FigureUnknown { .. } | Warning::ProfileFiguresMissing { .. })), "{:?}", result.warnings);
                prop_assert_eq!(result.status, ResultStatus::Unknown);
            }
        }
    }

    /// Work leaves no one worse off before tax in the month it is paid, unless something the
    /// person is warned about takes more: a pension cut, a lost work-activity day or expense
    /// compensation, or a housing allowance revised down.
    #[test]
    fn keep_is_never_negative_without_a_named_cause((m, profile, earnings) in case()) {
        let result = impact(&rules(), m, &profile, &earnings).unwrap();
        let lost_day = result.benefits.iter().any(|b| {
            matches!(b.kind, BenefitKind::WorkActivityPay | BenefitKind::RehabilitativeCompensation)
                && b.change.unwrap_or_default() < Cents::ZERO
        });
        if !pension_cut(&result) && !lost_day && !housing_lower(&result) && !working_time(&result) {
            prop_assert!(result.keep >= Cents::ZERO, "keep {} in {m}", result.keep);
        }
    }

    /// The traced and untraced answers agree on every figure.
    #[test]
    fn untraced_answers_equal_traced_ones((m, profile, earnings) in case()) {
        let traced = impact(&rules(), m, &profile, &earnings).unwrap();
        let untraced = impact_untraced(&rules(), m, &profile, &earnings).unwrap();
        prop_assert_eq!(traced.keep, untraced.keep);
        prop_assert_eq!(traced.keep_after_tax, untraced.keep_after_tax);
        prop_assert_eq!(traced.later, untraced.later);
        prop_assert_eq!(traced.status, untraced.status);
        prop_assert_eq!(traced.warnings, untraced.warnings);
    }
}

/// A pension stopped or cut in any month of the housing allowance's view (the lasting-income
/// estimate follows it).
fn earnings_cut_a_pension_in_the_window(
    profile: &BenefitProfile,
    earnings: &[EarningInput],
    m: Month,
) -> bool {
    (0..=36).any(|i| {
        let month = m.minus(24).plus(i);
        impact_untraced(&rules(), month, profile, earnings)
            .map(|r| pension_cut(&r))
            .unwrap_or(false)
    })
}

#[test]
fn the_shipped_rules_answer_every_covered_month_for_every_benefit() {
    let rules = rules();
    let (from, until) = crate::benefit::covered();
    let profile = BenefitProfile {
        adults: 1,
        children: 0,
        tax_withholding_percent: Some(Factor(20_000_000)),
        benefits: vec![
            Benefit::UnemploymentBasic {
                period_started: None,
            },
            Benefit::SocialAssistance {
                basic_amount: None,
                housing_costs: Cents(50_000),
                other_expenses: Cents::ZERO,
                other_net_income: Cents::ZERO,
            },
            Benefit::KelaDisabilityPension {
                amount: Cents(77_570),
                regardless_of_earnings: false,
            },
            Benefit::EarningsRelatedDisabilityPension {
                amount: Cents(120_000),
                established_earnings: Cents(250_000),
                partial: false,
                personal_limit: None,
            },
            Benefit::RehabilitativeWorkActivity { days: vec![] },
            Benefit::PensionerHousing {
                yearly_housing_costs: Some(Cents(600_000)),
                yearly_max_housing_costs: Some(Cents(749_300)),
                yearly_income: Some(Cents(1_400_000)),
                couple: false,
            },
        ],
    };
    let mut month = from;
    while month <= until {
        let result = impact(&rules, month, &profile, &[]).unwrap();
        let unknown: Vec<_> = result
            .warnings
            .iter()
            .filter(|w| matches!(w, Warning::FigureUnknown { .. }))
            .collect();
        assert!(unknown.is_empty(), "{month}: {unknown:?}");
        month = month.plus(1);
    }
}

#[test]
fn impossible_profiles_are_refused() {
    let rules = rules();
    let month: Month = "2026-04".parse().unwrap();
    let mut profile = BenefitProfile {
        adults: 0,
        children: 0,
        tax_withholding_percent: None,
        benefits: vec![],
    };
    assert_eq!(
        impact(&rules, month, &profile, &[]).unwrap_err(),
        invalid("adults", "at_least_one")
    );
    profile.adults = 1;
    profile.benefits = vec![Benefit::KelaDisabilityPension {
        amount: Cents(-1),
        regardless_of_earnings: false,
    }];
    assert_eq!(
        impact(&rules, month, &profile, &[]).unwrap_err(),
        invalid("benefits", "negative_amount")
    );
    profile.benefits = vec![
        Benefit::RehabilitativeWorkActivity { days: vec![] },
        Benefit::RehabilitativeWorkActivity { days: vec![] },
    ];
    assert_eq!(
        impact(&rules, month, &profile, &[]).unwrap_err(),
        invalid("benefits", "kind_listed_twice")
    );
    let backwards = EarningInput {
        gross: Cents(100),
        worked_on: date(2026, 4, 10),
        paid_on: date(2026, 4, 9),
        contract: ContractType::Employment,
        minutes: None,
    };
    profile.benefits = vec![];
    assert_eq!(
        impact(&rules, month, &profile, &[backwards]).unwrap_err(),
        invalid("earnings.paid_on", "before_worked_on")
    );
}

#[test]
fn profiles_saved_by_earlier_versions_still_read() {
    // Before 2026-12: a benefit period's start, a tax percentage of 0 for "not given", and the
    // pensioner's housing allowance without figures.
    let old = r#"{"adults":1,"children":0,"tax_withholding_percent":0.0,"benefits":[
        {"kind":"unemployment_basic","period_started":"2025-06-01"},
        {"kind":"kela_disability_pension","amount":775.7},
        {"kind":"earnings_related_disability_pension","amount":1200.0,"established_earnings":2500.0,"partial":false},
        {"kind":"pensioner_housing"}]}"#;
    let profile: BenefitProfile = serde_json::from_str(old).unwrap();
    assert_eq!(profile.tax_withholding_percent, Some(Factor::ZERO));
    assert!(profile.has(BenefitKind::PensionerHousing));
    // Written again, the ignored period start is gone.
    assert!(
        !serde_json::to_string(&profile)
            .unwrap()
            .contains("period_started")
    );
}
