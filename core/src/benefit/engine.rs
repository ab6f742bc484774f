//! One month's benefits without and with the work, in the order they affect each other.
//!
//! The order is written here once: the income benefits that wages reduce directly
//! (unemployment benefit, pensions), the per-day payments of work activity, then the housing
//! allowances (which count the income benefits), and last social assistance (which counts
//! everything). Each benefit's rule, its parameters and its trace live in its own module.

use super::context::Context;
use super::housing::{self, IncomeChanges, PensionerDecision};
use super::month::Month;
use super::pension::{self, Stops};
use super::profile::{
    Benefit, BenefitKind, BenefitProfile, EarningInput, ImpactError, invalid, validate_earnings,
};
use super::result::{BenefitImpact, Impact, ResultStatus, Warning};
use super::rules::{Param, RuleSet};
use super::social_assistance::{self, Decision, OtherBenefits};
use super::tax;
use super::unemployment;
use super::work_activity;
use crate::money::Cents;
use std::collections::BTreeSet;

/// Every parameter the engine reads, with its unit: a rule set must give each of them for
/// every month it covers ([`RuleSet::parse`] refuses one that does not).
pub fn parameters() -> impl Iterator<Item = &'static Param> {
    unemployment::PARAMETERS
        .into_iter()
        .chain(pension::PARAMETERS)
        .chain(work_activity::PARAMETERS)
        .chain(housing::PARAMETERS)
        .chain(social_assistance::PARAMETERS)
        .chain(tax::PARAMETERS)
}

/// What the earnings in `earnings` that are paid in `month` do to each benefit in `profile`.
/// Pay of other months counts where a rule looks at them: the same-day rule of the days worked,
/// the months in a row a pension's limit is over, the lasting income a housing allowance
/// follows.
pub fn impact(
    rules: &RuleSet,
    month: Month,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Impact, ImpactError> {
    compute(rules, month, profile, earnings, true)
}

/// [`impact`]'s figures, status and warnings without the trace (which parameters and
/// intermediate figures were used): for the badges on a list of many tasks, where "Why?" is
/// not shown.
pub fn impact_untraced(
    rules: &RuleSet,
    month: Month,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Impact, ImpactError> {
    compute(rules, month, profile, earnings, false)
}

/// Each month of `year` in turn, without the traces: for "my money this year" and projections.
pub fn project_year(
    rules: &RuleSet,
    year: i32,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Vec<Impact>, ImpactError> {
    (1..=12)
        .map(|m| {
            let month = Month::new(year, m).ok_or(invalid("year", "out_of_range"))?;
            compute(rules, month, profile, earnings, false)
        })
        .collect()
}

/// The most months one plan covers: a year.
pub const MAX_PLAN_MONTHS: usize = 12;

/// "My coming months": each of `months` in turn, with its trace. Every month sees all of
/// `earnings`, so what the pay of one month does to a later one (a pension resting after months
/// over its limit, a housing allowance revised from a later month) stands in the month it
/// lands in, not in the month the pay came. `months` must be 1 to [`MAX_PLAN_MONTHS`] months,
/// from the earliest to the latest, each once.
pub fn plan(
    rules: &RuleSet,
    months: &[Month],
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Vec<Impact>, ImpactError> {
    plan_months(rules, months, profile, earnings, true)
}

/// [`plan`] without the traces: for the planner screen, which shows no "Why?" per month.
pub fn plan_untraced(
    rules: &RuleSet,
    months: &[Month],
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Vec<Impact>, ImpactError> {
    plan_months(rules, months, profile, earnings, false)
}

fn plan_months(
    rules: &RuleSet,
    months: &[Month],
    profile: &BenefitProfile,
    earnings: &[EarningInput],
    detail: bool,
) -> Result<Vec<Impact>, ImpactError> {
    check_plan_months(months)?;
    months
        .iter()
        .map(|month| compute(rules, *month, profile, earnings, detail))
        .collect()
}

fn check_plan_months(months: &[Month]) -> Result<(), ImpactError> {
    if months.is_empty() {
        return Err(invalid("months", "no_months"));
    }
    if months.len() > MAX_PLAN_MONTHS {
        return Err(invalid("months", "more_than_twelve"));
    }
    for pair in months.windows(2) {
        match pair[0].cmp(&pair[1]) {
            std::cmp::Ordering::Less => {}
            std::cmp::Ordering::Equal => return Err(invalid("months", "month_repeated")),
            std::cmp::Ordering::Greater => return Err(invalid("months", "out_of_order")),
        }
    }
    Ok(())
}

/// A benefit's amount without and with the work, `None` when it is unknown.
fn pair(b: &BenefitImpact) -> Option<(Cents, Cents)> {
    Some((b.baseline?, b.with_work?))
}

fn sum_pairs<'a>(items: impl Iterator<Item = &'a BenefitImpact>) -> Option<(Cents, Cents)> {
    items
        .map(pair)
        .try_fold((Cents::ZERO, Cents::ZERO), |(b, w), p| {
            p.map(|(pb, pw)| (b + pb, w + pw))
        })
}

fn compute(
    rules: &RuleSet,
    month: Month,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
    detail: bool,
) -> Result<Impact, ImpactError> {
    profile.validate()?;
    validate_earnings(earnings)?;
    let cx = Context::new(rules, month, profile, earnings, detail);
    let mut warnings = BTreeSet::new();
    let w = &mut warnings;

    // 1. What wages reduce directly.
    let (unemployment, adjustment) = if profile.has(BenefitKind::UnemploymentBasic) {
        let (impact, adjustment) = unemployment::compute(&cx, w);
        (Some(impact), adjustment)
    } else {
        (None, None)
    };
    let mut stops = Stops::default();
    let kela = match profile.find(BenefitKind::KelaDisabilityPension) {
        Some(Benefit::KelaDisabilityPension {
            amount,
            regardless_of_earnings,
        }) => Some(pension::kela(
            &cx,
            *amount,
            *regardless_of_earnings,
            &mut stops,
            w,
        )),
        _ => None,
    };
    let earnings_related = profile
        .find(BenefitKind::EarningsRelatedDisabilityPension)
        .map(|b| pension::earnings_related(&cx, b, &mut stops, w));
    let income_benefits: Vec<&BenefitImpact> = [&unemployment, &kela, &earnings_related]
        .into_iter()
        .flatten()
        .collect();

    // 2. Per-day payments of work activity.
    let work_activity = match profile.find(BenefitKind::WorkActivityPay) {
        Some(Benefit::WorkActivityPay { per_day, days }) => {
            Some(work_activity::pay(&cx, *per_day, days, w))
        }
        _ => None,
    };
    let rehabilitative =
        match profile.find(BenefitKind::RehabilitativeCompensation) {
            Some(Benefit::RehabilitativeWorkActivity { days }) => Some(
                work_activity::rehabilitative(&cx, days, unemployment.as_ref(), w),
            ),
            _ => None,
        };

    // 3. Housing allowances: they follow the household's lasting income, which the work
    // changes by its pay and by what the pay does to the income benefits, month by month.
    let housing =
        profile.has(BenefitKind::HousingGeneral) || profile.has(BenefitKind::PensionerHousing);
    let income_change = housing.then(|| {
        IncomeChanges::new(&cx, |m: Month| -> Cents {
            let wages = cx.wages_in(m);
            let unemployment = adjustment.map_or(Cents::ZERO, |a| a.change_for(wages));
            wages + unemployment - stops.cut_in(m)
        })
    });
    let housing_general = match (profile.find(BenefitKind::HousingGeneral), &income_change) {
        (
            Some(Benefit::HousingGeneral {
                housing_costs,
                max_housing_costs,
                other_income,
            }),
            Some(income_change),
        ) => {
            let before = sum_pairs(income_benefits.iter().copied()).map(|(b, _)| *other_income + b);
            Some(housing::general(
                &cx,
                *housing_costs,
                *max_housing_costs,
                before,
                income_change,
                w,
            ))
        }
        _ => None,
    };
    let pensioner_housing = match (profile.find(BenefitKind::PensionerHousing), &income_change) {
        (
            Some(Benefit::PensionerHousing {
                yearly_housing_costs,
                yearly_max_housing_costs,
                yearly_income,
                couple,
            }),
            Some(income_change),
        ) => Some(housing::pensioner(
            &cx,
            &PensionerDecision {
                yearly_costs: *yearly_housing_costs,
                yearly_max_costs: *yearly_max_housing_costs,
                yearly_income: *yearly_income,
                couple: *couple,
            },
            income_change,
            w,
        )),
        _ => None,
    };

    // 4. Social assistance, last, from the month's net income: the benefits actually paid in
    // the month (a housing allowance as in force now, not as revised later).
    let social_assistance = match profile.find(BenefitKind::SocialAssistance) {
        Some(Benefit::SocialAssistance {
            basic_amount,
            housing_costs,
            other_expenses,
            other_net_income,
        }) => {
            let others = sum_pairs(income_benefits.iter().copied()).and_then(|taxable| {
                let tax_free =
                    sum_pairs([&housing_general, &pensioner_housing].into_iter().flatten())?;
                Some(OtherBenefits { taxable, tax_free })
            });
            Some(social_assistance::compute(
                &cx,
                Decision {
                    basic_amount: *basic_amount,
                    housing_costs: *housing_costs,
                    other_expenses: *other_expenses,
                    other_net_income: *other_net_income,
                },
                others,
                w,
            ))
        }
        _ => None,
    };

    let results: Vec<BenefitImpact> = [
        unemployment,
        kela,
        earnings_related,
        work_activity,
        rehabilitative,
        housing_general,
        pensioner_housing,
        social_assistance,
    ]
    .into_iter()
    .flatten()
    .collect();
    Ok(totals(&cx, results, warnings))
}

/// The month's totals: the changes landing now, those landing later, and what is kept before
/// and (with the tax percentage) after tax.
fn totals(
    cx: &Context<'_>,
    benefits: Vec<BenefitImpact>,
    mut warnings: BTreeSet<Warning>,
) -> Impact {
    let wages = cx.wages();
    let total_change: Cents = benefits.iter().filter_map(|b| b.change).sum();
    let later: Vec<_> = benefits
        .iter()
        .flat_map(|b| b.later.iter().cloned())
        .collect();
    let later_change = later.iter().map(|l| l.per_month).sum();
    let mut status = benefits
        .iter()
        .map(|b| b.status)
        .max()
        .unwrap_or(ResultStatus::Verified);
    // The employee's contributions are taken from every wage, with or without the tax card;
    // their rates are figures too, with their own doubts.
    let paid: Vec<_> = cx.paid_in(cx.month).collect();
    let mut t = cx.trace();
    // `RuleSet::parse` guarantees both rates for every covered month, so this cannot fail
    // for a set the engine was given; were it to, nothing would be deducted rather than the
    // month left unanswered.
    let deductions = tax::deductions(cx, &mut t, &paid).unwrap_or_default();
    let (sureness, doubts) = t.into_doubts();
    if deductions.contributions > Cents::ZERO {
        status = status.max(sureness);
        warnings.extend(doubts);
    }
    let net = cx
        .profile
        .tax_withholding_percent
        .map(|_| wages - deductions.contributions - deductions.withholding);
    let keep_after_tax = net.map(|net| {
        let changes: Cents = benefits
            .iter()
            .filter_map(|b| {
                let change = b.change?;
                Some(if Benefit::taxable(b.kind) {
                    tax::after_tax(cx, change)
                } else {
                    change
                })
            })
            .sum();
        net + changes
    });
    Impact {
        month: cx.month,
        earnings_gross: wages,
        earnings_net_estimate: net,
        benefits,
        total_change,
        later_change,
        later,
        keep: wages - deductions.contributions + total_change,
        keep_after_tax,
        status,
        warnings: warnings.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests;
