//! Kela's basic unemployment benefit (*työmarkkinatuki*, from 1.5.2026 *yleistuki*), adjusted
//! for the wages paid in the month (*soviteltu*).

use super::context::Context;
use super::profile::BenefitKind;
use super::result::{BenefitImpact, BenefitName, Warning};
use super::rules::{Param, RuleError, Unit};
use super::trace::{Answer, Trace, run};
use crate::money::{Cents, Minutes};
use crate::task::ContractType;
use std::collections::BTreeSet;

pub(super) static DAILY_RATE: Param = Param::new("unemployment_basic.daily_rate", Unit::Eur);
pub(super) static DAYS_PER_MONTH: Param =
    Param::new("unemployment_basic.days_per_month", Unit::Days);
pub(super) static ADJUSTMENT_RATE: Param =
    Param::new("unemployment_basic.adjustment_rate", Unit::Ratio);
pub(super) static PROTECTED_AMOUNT: Param =
    Param::new("unemployment_basic.protected_amount", Unit::Eur);
pub(super) static FULL_TIME_HOURS_PER_WEEK: Param =
    Param::new("unemployment_basic.full_time_hours_per_week", Unit::Hours);
pub(super) static WORKING_TIME_LIMIT_SHARE: Param =
    Param::new("unemployment_basic.working_time_limit_share", Unit::Ratio);
pub(super) static WORKING_DAYS_PER_WEEK: Param =
    Param::new("unemployment_basic.working_days_per_week", Unit::Days);
pub(super) static GENERAL_SUPPORT_FROM: Param =
    Param::new("unemployment_basic.general_support_from", Unit::Date);

pub(super) static PARAMETERS: [&Param; 8] = [
    &DAILY_RATE,
    &DAYS_PER_MONTH,
    &ADJUSTMENT_RATE,
    &PROTECTED_AMOUNT,
    &FULL_TIME_HOURS_PER_WEEK,
    &WORKING_TIME_LIMIT_SHARE,
    &WORKING_DAYS_PER_WEEK,
    &GENERAL_SUPPORT_FROM,
];

const RULE: &str = "Adjusted benefit: the full month (daily rate × days) less the adjustment rate \
times the wages paid this month over the protected amount (none since 1.4.2024); nothing when \
the month's working time is over the limit share of full-time hours.";

/// The benefit's name in the month: *yleistuki* from the day the rule data gives.
pub(super) fn name(t: &mut Trace<'_>) -> Result<BenefitName, RuleError> {
    let renamed = t.date(&GENERAL_SUPPORT_FROM)?;
    Ok(if t.month.first_day() >= renamed {
        BenefitName::GeneralSupport
    } else {
        BenefitName::LabourMarketSupport
    })
}

/// The month's benefit, and its adjustment for following what pay in other months does (none
/// when a figure is unknown).
pub(super) fn compute(
    cx: &Context<'_>,
    warnings: &mut BTreeSet<Warning>,
) -> (BenefitImpact, Option<Adjustment>) {
    let mut adjustment = None;
    let impact = run(
        cx.trace(),
        BenefitKind::UnemploymentBasic,
        BenefitName::GeneralSupport,
        warnings,
        |t, warnings| Ok(rule(cx, t, warnings, &mut adjustment)?),
    );
    (impact, adjustment)
}

fn rule(
    cx: &Context<'_>,
    t: &mut Trace<'_>,
    warnings: &mut BTreeSet<Warning>,
    adjustment: &mut Option<Adjustment>,
) -> Result<Answer, RuleError> {
    let name = name(t)?;
    let wages = cx.wages();
    if cx
        .paid_in(cx.month)
        .any(|e| e.contract == ContractType::Commission && e.gross > Cents::ZERO)
    {
        warnings.insert(Warning::CommissionContractUnemployment);
    }
    let daily = t.eur(&DAILY_RATE)?;
    let days = t.days(&DAYS_PER_MONTH)?;
    let full = t.figure("full_month", days.of(daily));
    let protected = t.eur(&PROTECTED_AMOUNT)?;
    t.figure("protected_amount_applied", protected);
    t.figure("wages_paid_this_month", wages);
    let rate = t.ratio(&ADJUSTMENT_RATE)?;
    *adjustment = Some(Adjustment {
        full,
        protected,
        rate,
    });
    let reduction = t.figure("reduction", rate.of((wages - protected).max(Cents::ZERO)));
    let mut with_work = (full - reduction).max(Cents::ZERO);

    // Working time is compared per adjustment period over the hours wages were paid for
    // (HE 220/2018); hours of several jobs add up, but not those of commission work, which
    // counts as entrepreneurship (YTK). Work whose time is not known is left out.
    let hours_per_week = t.hours(&FULL_TIME_HOURS_PER_WEEK)?;
    let share = t.ratio(&WORKING_TIME_LIMIT_SHARE)?;
    let days_per_week = t.days(&WORKING_DAYS_PER_WEEK)?;
    let minutes: i64 = cx
        .paid_in(cx.month)
        .filter(|e| e.contract == ContractType::Employment)
        .filter_map(|e| e.minutes)
        .map(|m| i64::from(m.get()))
        .sum();
    // Full time in a month: the hours of a week for each week's worth of the month's days.
    let weeks = days.divided_by(days_per_week).unwrap_or_default();
    let full_time_minutes = weeks.of_count(hours_per_week.of_count(60));
    let limit = share.of_count(full_time_minutes);
    if minutes > limit && wages > Cents::ZERO {
        with_work = Cents::ZERO;
        warnings.insert(Warning::WorkingTimeLimitExceeded {
            limit: Minutes(u32::try_from(limit).unwrap_or(u32::MAX)),
        });
    }
    Ok(Answer::new(
        BenefitKind::UnemploymentBasic,
        name,
        full,
        with_work,
        RULE,
    ))
}

/// The benefit's adjustment for the month asked about, to follow what pay in other months does
/// to household income (the housing allowances' estimate of lasting income).
#[derive(Clone, Copy)]
pub(super) struct Adjustment {
    full: Cents,
    protected: Cents,
    rate: super::rules::Factor,
}

impl Adjustment {
    /// The benefit's change for `wages` paid in a month (zero or negative).
    pub fn change_for(&self, wages: Cents) -> Cents {
        if wages <= self.protected {
            return Cents::ZERO;
        }
        let reduction = self.rate.of((wages - self.protected).max(Cents::ZERO));
        (self.full - reduction).max(Cents::ZERO) - self.full
    }
}
