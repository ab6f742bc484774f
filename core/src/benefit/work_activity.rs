//! What work activity pays per attendance day: *työosuusraha* in disability work activity, and
//! the 9 €/day of rehabilitative work activity (*kulukorvaus* or *toimintaraha*).

use super::context::Context;
use super::profile::BenefitKind;
use super::result::{BenefitImpact, BenefitName, Warning};
use super::rules::{Param, Unit};
use super::trace::{Answer, Unanswered, run};
use crate::money::Cents;
use chrono::NaiveDate;
use std::collections::BTreeSet;

pub(super) static REHABILITATIVE_DAILY_COMPENSATION: Param =
    Param::new("work_activity.rehabilitative_daily_compensation", Unit::Eur);

pub(super) static PARAMETERS: [&Param; 1] = [&REHABILITATIVE_DAILY_COMPENSATION];

const PAY_RULE: &str = "Work-activity pay is paid per attendance day, but not on a day with \
earned income (the same-day rule). It is tax-free up to 12 € a day and is counted here as \
tax-free.";

const EXPENSE_RULE: &str = "The expense compensation (9 € a day) is paid with the unemployment \
benefit for each day of rehabilitative work activity, even when the benefit is adjusted, but not \
when earnings leave no benefit to pay (Kela, THL).";

const ALLOWANCE_RULE: &str = "The activity allowance (9 € a day) of a person without \
unemployment benefit is paid for each day of rehabilitative work activity; earnings do not change \
it, and it does not reduce social assistance (law 189/2001 18 §, THL).";

fn days_in_month(cx: &Context<'_>, days: &[NaiveDate]) -> Vec<NaiveDate> {
    days.iter()
        .copied()
        .filter(|d| cx.month.contains(*d))
        .collect()
}

fn worked_on(cx: &Context<'_>, day: NaiveDate) -> bool {
    cx.earnings
        .iter()
        .any(|e| e.worked_on == day && e.gross > Cents::ZERO)
}

fn times(amount: Cents, n: usize) -> Cents {
    Cents(amount.0.saturating_mul(n as i64))
}

pub(super) fn pay(
    cx: &Context<'_>,
    per_day: Cents,
    days: &[NaiveDate],
    warnings: &mut BTreeSet<Warning>,
) -> BenefitImpact {
    run(
        cx.trace(),
        BenefitKind::WorkActivityPay,
        BenefitName::WorkActivityPay,
        warnings,
        |t, warnings| {
            let days = days_in_month(cx, days);
            let lost: Vec<NaiveDate> = days.iter().copied().filter(|d| worked_on(cx, *d)).collect();
            for date in &lost {
                warnings.insert(Warning::SameDayWorkActivityPay { date: *date });
            }
            t.figure("per_day", per_day);
            let baseline = t.figure("days_in_month_total", times(per_day, days.len()));
            Ok(Answer::new(
                BenefitKind::WorkActivityPay,
                BenefitName::WorkActivityPay,
                baseline,
                times(per_day, days.len() - lost.len()),
                PAY_RULE,
            ))
        },
    )
}

/// `unemployment`: the unemployment benefit's month without and with the work, when the
/// person has one; the compensation is paid only while some benefit is left to pay.
pub(super) fn rehabilitative(
    cx: &Context<'_>,
    days: &[NaiveDate],
    unemployment: Option<&BenefitImpact>,
    warnings: &mut BTreeSet<Warning>,
) -> BenefitImpact {
    let name = if unemployment.is_some() {
        BenefitName::ExpenseCompensation
    } else {
        BenefitName::ActivityAllowance
    };
    run(
        cx.trace(),
        BenefitKind::RehabilitativeCompensation,
        name,
        warnings,
        |t, warnings| {
            let days = days_in_month(cx, days);
            // Paid work must be outside the activity's hours; the day can be moved in the week.
            for day in days.iter().filter(|d| worked_on(cx, **d)) {
                warnings.insert(Warning::RehabilitativeActivityDay { date: *day });
            }
            let per_day = t.eur(&REHABILITATIVE_DAILY_COMPENSATION)?;
            let all = t.figure("compensation_total", times(per_day, days.len()));
            let (baseline, with_work, rule) = match unemployment {
                Some(benefit) => {
                    let paid = |amount: Option<Cents>| match amount {
                        Some(a) if a > Cents::ZERO => Ok(all),
                        Some(_) => Ok(Cents::ZERO),
                        None => Err(Unanswered::Depends),
                    };
                    (
                        paid(benefit.baseline)?,
                        paid(benefit.with_work)?,
                        EXPENSE_RULE,
                    )
                }
                None => (all, all, ALLOWANCE_RULE),
            };
            Ok(Answer::new(
                BenefitKind::RehabilitativeCompensation,
                name,
                baseline,
                with_work,
                rule,
            ))
        },
    )
}
