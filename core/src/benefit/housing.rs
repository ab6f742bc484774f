//! Housing allowances, which follow lasting changes of income only, and only once the person
//! applies: the general one (*yleinen asumistuki*) and the pensioner's (*eläkkeensaajan
//! asumistuki*).
//!
//! Kela pays an allowance from the income in its decision. A change of income revises it only
//! when it is large enough and lasts: pay that stays for three months counts as the new monthly
//! income; pay that varies counts as its average over the coming twelve months (kela.fi, "Jos
//! tulot vaihtelevat"), so one gig's pay is no revision at all. The engine replays the months
//! before the one asked about to know which decision is in force in it, and says when a
//! revision that the month's pay starts would land.

use super::context::Context;
use super::month::Month;
use super::profile::BenefitKind;
use super::result::{BenefitImpact, BenefitName, LaterEffect, Warning};
use super::rules::{Factor, Param, RuleError, Unit};
use super::trace::{Answer, Trace, Unanswered, run};
use crate::money::Cents;
use chrono::Datelike;
use std::collections::BTreeSet;

pub(super) static GENERAL_RATE: Param = Param::new("housing_general.rate", Unit::Ratio);
pub(super) static GENERAL_INCOME_COEFFICIENT: Param =
    Param::new("housing_general.income_coefficient", Unit::Ratio);
pub(super) static GENERAL_EXCESS_BASE: Param = Param::new("housing_general.excess_base", Unit::Eur);
pub(super) static GENERAL_EXCESS_PER_ADULT: Param =
    Param::new("housing_general.excess_per_adult", Unit::Eur);
pub(super) static GENERAL_EXCESS_PER_CHILD: Param =
    Param::new("housing_general.excess_per_child", Unit::Eur);
pub(super) static GENERAL_MIN_EXCESS: Param = Param::new("housing_general.min_excess", Unit::Eur);
pub(super) static GENERAL_MIN_PAYABLE: Param = Param::new("housing_general.min_payable", Unit::Eur);
pub(super) static GENERAL_REVISION_RISE: Param =
    Param::new("housing_general.revision_rise", Unit::Eur);
pub(super) static GENERAL_REVISION_FALL: Param =
    Param::new("housing_general.revision_fall", Unit::Eur);
pub(super) static GENERAL_LASTING_MONTHS: Param =
    Param::new("housing_general.lasting_months", Unit::Months);
pub(super) static GENERAL_AVERAGE_MONTHS: Param =
    Param::new("housing_general.average_months", Unit::Months);
pub(super) static PENSIONER_RATE: Param = Param::new("pensioner_housing.rate", Unit::Ratio);
pub(super) static PENSIONER_BASIC_EXCESS_YEARLY: Param =
    Param::new("pensioner_housing.basic_excess_yearly", Unit::Eur);
pub(super) static PENSIONER_ADDITIONAL_EXCESS_SHARE: Param =
    Param::new("pensioner_housing.additional_excess_share", Unit::Ratio);
pub(super) static PENSIONER_INCOME_LIMIT_SINGLE_YEARLY: Param =
    Param::new("pensioner_housing.income_limit_single_yearly", Unit::Eur);
pub(super) static PENSIONER_INCOME_LIMIT_COUPLE_YEARLY: Param =
    Param::new("pensioner_housing.income_limit_couple_yearly", Unit::Eur);
pub(super) static PENSIONER_REVISION_RISE_YEARLY: Param =
    Param::new("pensioner_housing.revision_rise_yearly", Unit::Eur);
pub(super) static PENSIONER_REVISION_FALL_YEARLY: Param =
    Param::new("pensioner_housing.revision_fall_yearly", Unit::Eur);

pub(super) static PARAMETERS: [&Param; 18] = [
    &GENERAL_RATE,
    &GENERAL_INCOME_COEFFICIENT,
    &GENERAL_EXCESS_BASE,
    &GENERAL_EXCESS_PER_ADULT,
    &GENERAL_EXCESS_PER_CHILD,
    &GENERAL_MIN_EXCESS,
    &GENERAL_MIN_PAYABLE,
    &GENERAL_REVISION_RISE,
    &GENERAL_REVISION_FALL,
    &GENERAL_LASTING_MONTHS,
    &GENERAL_AVERAGE_MONTHS,
    &PENSIONER_RATE,
    &PENSIONER_BASIC_EXCESS_YEARLY,
    &PENSIONER_ADDITIONAL_EXCESS_SHARE,
    &PENSIONER_INCOME_LIMIT_SINGLE_YEARLY,
    &PENSIONER_INCOME_LIMIT_COUPLE_YEARLY,
    &PENSIONER_REVISION_RISE_YEARLY,
    &PENSIONER_REVISION_FALL_YEARLY,
];

const GENERAL_RULE: &str = "Allowance = rate × (accepted housing costs − basic excess); basic \
excess = income coefficient × (household income in whole euros − income limit), not counted \
under 10 €. Revised, on the person's application, when lasting household income rises by the \
rise threshold or more (or falls by the fall threshold): pay that stays three months counts as \
it is, varying pay as its twelve-month average.";

const PENSIONER_RULE: &str = "Allowance = 85 % × (accepted yearly housing costs − (basic excess \
+ additional excess)) ÷ 12; the additional excess is a share of yearly income over the income \
limit. Revised, on the person's application, when the yearly income estimate rises by the rise \
threshold or falls by the fall threshold.";

/// How the work changes the household's monthly gross income, month by month: pay, and what it
/// does to the income benefits (an adjusted unemployment benefit, a resting pension). Computed
/// once for the months the replay reads, with running sums for the averages; months are
/// indices from `first`.
pub(super) struct IncomeChanges {
    first: Month,
    /// `sums[i]`: the change summed over the `i` months from `first`.
    sums: Vec<Cents>,
    /// Whether pay is paid in the month.
    paid: Vec<bool>,
}

/// How long a decision's replay looks back for the revision in force, and how far back a run of
/// paid months is followed from each replayed month.
const REPLAY: usize = 12;

/// The longest averaging period a rule set may give (months), so the view is bounded.
const MAX_AVERAGE: usize = 12;

/// The months viewed: a run's start before the first replayed month, to the end of the last
/// replayed month's average.
const VIEW: usize = 2 * REPLAY + 2 * MAX_AVERAGE;

impl IncomeChanges {
    pub fn new(cx: &Context<'_>, change: impl Fn(Month) -> Cents) -> IncomeChanges {
        let first = cx.month.minus(2 * REPLAY as u32);
        let mut sums = Vec::with_capacity(VIEW + 1);
        let mut paid = Vec::with_capacity(VIEW);
        let mut total = Cents::ZERO;
        sums.push(total);
        let mut m = first;
        for _ in 0..VIEW {
            total += change(m);
            sums.push(total);
            paid.push(cx.wages_in(m) > Cents::ZERO);
            m = m.plus(1);
        }
        IncomeChanges { first, sums, paid }
    }

    fn sum(&self, from: usize, months: usize) -> Cents {
        let end = (from + months).min(VIEW);
        self.sums[end] - self.sums[from.min(end)]
    }

    fn paid(&self, i: usize) -> bool {
        self.paid.get(i).copied().unwrap_or(false)
    }
}

pub(super) type IncomeChange<'a> = &'a IncomeChanges;

/// How an estimate of lasting income is made, and when it revises the allowance.
struct Revision {
    lasting_months: u32,
    average_months: u32,
    rise: Cents,
    fall: Cents,
}

/// The decision in force in the month asked about, and a revision this month's pay (or the
/// pay before it) starts that lands later: each as the change of monthly income it is on.
struct Decided {
    in_force: Cents,
    pending: Option<(Month, Cents)>,
}

/// The estimate of lasting monthly income change made in month `i`. Pay in a run of paid months
/// at least `lasting_months` long is lasting while the run goes on: the run's average.
/// Otherwise (one gig, a short run, or no pay in the month after a run ended) pay is averaged
/// over the coming `average_months`.
fn estimate(c: &IncomeChanges, i: usize, r: &Revision) -> Cents {
    let average = (r.average_months as usize).clamp(1, MAX_AVERAGE);
    let (from, months) = if c.paid(i) {
        let back = (1..=i.min(REPLAY)).take_while(|k| c.paid(i - k)).count();
        let ahead = (1..average).take_while(|k| c.paid(i + k)).count();
        let run = back + 1 + ahead;
        if run >= (r.lasting_months as usize).max(1) {
            (i - back, run.min(MAX_AVERAGE))
        } else {
            (i, average)
        }
    } else {
        (i, average)
    };
    Cents(c.sum(from, months).0 / months as i64)
}

fn replay(cx: &Context<'_>, c: IncomeChange<'_>, r: &Revision) -> Decided {
    let mut decision = Cents::ZERO;
    let mut in_force = Cents::ZERO;
    let mut pending: Option<(Month, Cents)> = None;
    for i in REPLAY..=2 * REPLAY {
        let m = c.first.plus(i as u32);
        if let Some((land, income)) = pending
            && land <= m
        {
            in_force = income;
            pending = None;
        }
        let estimated = estimate(c, i, r);
        if estimated - decision >= r.rise || decision - estimated >= r.fall {
            // The new amount holds from the start of the month after the month from whose
            // first day the change holds: pay on the 1st revises from the next month.
            let first_pay = cx.paid_in(m).map(|e| e.paid_on).min();
            let holds_from_first_day = first_pay.is_none_or(|d| d.day() == 1);
            let land = m.plus(if holds_from_first_day { 1 } else { 2 });
            decision = estimated;
            pending = Some((land, estimated));
        }
    }
    Decided { in_force, pending }
}

struct General<'r> {
    rate: Factor,
    coefficient: Factor,
    income_limit: Cents,
    min_excess: (Cents, &'r super::rules::Parameter),
    min_payable: (Cents, &'r super::rules::Parameter),
    accepted: Cents,
}

impl General<'_> {
    /// The allowance and the basic excess for a monthly income. The two minimums (an excess
    /// under 10 € is not counted, an allowance under 15 € is not paid) are recorded in the
    /// trace only when they change the answer.
    fn allowance(&self, t: &mut Trace<'_>, income: Cents) -> (Cents, Cents) {
        // Kela's decisions round the monthly income to whole euros before the formula.
        let mut excess = self
            .coefficient
            .of((whole_euros(income) - self.income_limit).max(Cents::ZERO));
        if excess > Cents::ZERO && excess < self.min_excess.0 {
            t.record(&GENERAL_MIN_EXCESS, self.min_excess.1);
            excess = Cents::ZERO;
        }
        let allowance = self.rate.of((self.accepted - excess).max(Cents::ZERO));
        if allowance > Cents::ZERO && allowance < self.min_payable.0 {
            t.record(&GENERAL_MIN_PAYABLE, self.min_payable.1);
            return (Cents::ZERO, excess);
        }
        (allowance, excess)
    }
}

fn whole_euros(c: Cents) -> Cents {
    Factor(10_000).of(c).0.checked_mul(100).map_or(c, Cents)
}

fn revision(t: &mut Trace<'_>, prefix: Prefix) -> Result<Revision, RuleError> {
    Ok(match prefix {
        Prefix::General => Revision {
            lasting_months: t.months(&GENERAL_LASTING_MONTHS)?,
            average_months: t.months(&GENERAL_AVERAGE_MONTHS)?,
            rise: t.eur(&GENERAL_REVISION_RISE)?,
            fall: t.eur(&GENERAL_REVISION_FALL)?,
        },
        Prefix::Pensioner => Revision {
            lasting_months: t.months(&GENERAL_LASTING_MONTHS)?,
            average_months: t.months(&GENERAL_AVERAGE_MONTHS)?,
            // Yearly thresholds, compared here with the monthly change.
            rise: monthly(t.eur(&PENSIONER_REVISION_RISE_YEARLY)?),
            fall: monthly(t.eur(&PENSIONER_REVISION_FALL_YEARLY)?),
        },
    })
}

#[derive(Clone, Copy)]
enum Prefix {
    General,
    Pensioner,
}

fn monthly(yearly: Cents) -> Cents {
    Cents((yearly.0 + 6) / 12)
}

/// `income_before`: the household's monthly gross income the decision counts without work
/// (the person's other income and their income benefits).
pub(super) fn general(
    cx: &Context<'_>,
    housing_costs: Cents,
    max_housing_costs: Cents,
    income_before: Option<Cents>,
    change: IncomeChange<'_>,
    warnings: &mut BTreeSet<Warning>,
) -> BenefitImpact {
    run(
        cx.trace(),
        BenefitKind::HousingGeneral,
        BenefitName::HousingGeneral,
        warnings,
        |t, warnings| {
            let income_before = income_before.ok_or(Unanswered::Depends)?;
            let per_adult = t.eur(&GENERAL_EXCESS_PER_ADULT)?;
            let per_child = t.eur(&GENERAL_EXCESS_PER_CHILD)?;
            let base = t.eur(&GENERAL_EXCESS_BASE)?;
            let rule = General {
                rate: t.ratio(&GENERAL_RATE)?,
                coefficient: t.ratio(&GENERAL_INCOME_COEFFICIENT)?,
                income_limit: t.figure(
                    "income_limit",
                    base + Cents(per_adult.0 * i64::from(cx.profile.adults))
                        + Cents(per_child.0 * i64::from(cx.profile.children)),
                ),
                min_excess: t.peek_eur(&GENERAL_MIN_EXCESS)?,
                min_payable: t.peek_eur(&GENERAL_MIN_PAYABLE)?,
                accepted: t.figure("accepted_costs", housing_costs.min(max_housing_costs)),
            };
            let r = revision(t, Prefix::General)?;
            t.figure("household_income_before", income_before);
            let (before, excess_before) = rule.allowance(t, income_before);
            t.figure("basic_excess_before", excess_before);
            let decided = replay(cx, change, &r);
            let income_now = t.figure(
                "household_income_in_decision",
                income_before + decided.in_force,
            );
            let (with_work, excess_now) = rule.allowance(t, income_now);
            t.figure("basic_excess_in_decision", excess_now);
            let mut answer = Answer::new(
                BenefitKind::HousingGeneral,
                BenefitName::HousingGeneral,
                before,
                with_work,
                GENERAL_RULE,
            );
            if let Some((from_month, income)) = decided.pending {
                let (revised, _) = rule.allowance(t, income_before + income);
                t.figure("household_income_revised", income_before + income);
                answer.later.push(LaterEffect {
                    benefit: BenefitKind::HousingGeneral,
                    from: from_month,
                    months: None,
                    per_month: revised - with_work,
                });
                warnings.insert(Warning::HousingAllowanceRevision {
                    benefit: BenefitKind::HousingGeneral,
                    from_month,
                });
            } else if cx.wages() > Cents::ZERO && decided.in_force == Cents::ZERO {
                // Unrevised: the annual check compares the year's real income with the decision.
                warnings.insert(Warning::HousingAllowanceAnnualCheck);
            }
            Ok(answer)
        },
    )
}

/// The pensioner's housing allowance from the person's decision: yearly accepted costs (at most
/// the maximum), the yearly income counted, single or a couple.
pub(super) struct PensionerDecision {
    pub yearly_costs: Option<Cents>,
    pub yearly_max_costs: Option<Cents>,
    pub yearly_income: Option<Cents>,
    pub couple: bool,
}

pub(super) fn pensioner(
    cx: &Context<'_>,
    decision: &PensionerDecision,
    change: IncomeChange<'_>,
    warnings: &mut BTreeSet<Warning>,
) -> BenefitImpact {
    run(
        cx.trace(),
        BenefitKind::PensionerHousing,
        BenefitName::PensionerHousing,
        warnings,
        |t, warnings| {
            let (Some(costs), Some(max_costs), Some(income)) = (
                decision.yearly_costs,
                decision.yearly_max_costs,
                decision.yearly_income,
            ) else {
                return Err(Unanswered::Profile);
            };
            let rate = t.ratio(&PENSIONER_RATE)?;
            let basic = t.eur(&PENSIONER_BASIC_EXCESS_YEARLY)?;
            let share = t.ratio(&PENSIONER_ADDITIONAL_EXCESS_SHARE)?;
            let limit = t.eur(if decision.couple {
                &PENSIONER_INCOME_LIMIT_COUPLE_YEARLY
            } else {
                &PENSIONER_INCOME_LIMIT_SINGLE_YEARLY
            })?;
            let r = revision(t, Prefix::Pensioner)?;
            let accepted = t.figure("accepted_costs_yearly", costs.min(max_costs));
            t.figure("income_limit_yearly", limit);
            t.figure("yearly_income_before", income);
            let allowance = |yearly_income: Cents| -> Cents {
                let additional = share.of((yearly_income - limit).max(Cents::ZERO));
                monthly(rate.of((accepted - basic - additional).max(Cents::ZERO)))
            };
            let before = allowance(income);
            let decided = replay(cx, change, &r);
            let yearly = |monthly_change: Cents| income + Cents(monthly_change.0 * 12);
            let with_work =
                allowance(t.figure("yearly_income_in_decision", yearly(decided.in_force)));
            let mut answer = Answer::new(
                BenefitKind::PensionerHousing,
                BenefitName::PensionerHousing,
                before,
                with_work,
                PENSIONER_RULE,
            );
            if let Some((from_month, change)) = decided.pending {
                answer.later.push(LaterEffect {
                    benefit: BenefitKind::PensionerHousing,
                    from: from_month,
                    months: None,
                    per_month: allowance(yearly(change)) - with_work,
                });
                warnings.insert(Warning::HousingAllowanceRevision {
                    benefit: BenefitKind::PensionerHousing,
                    from_month,
                });
            }
            Ok(answer)
        },
    )
}
