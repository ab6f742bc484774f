//! "My coming months" (*Tulevat kuukaudet*): this month and the next two by payment date, with
//! the work the person holds and any open tasks they tick as "what if", the curve of what they
//! keep against a month's pay with its limits, and what a weekly task does week by week.
//!
//! Every month is the engine's own answer with all the pay of every month in view, so what one
//! month's pay does to a later month (a pension resting, a housing allowance revised) stands in
//! the month it lands in.

use crate::money::{Counted, Keep, MoneyInputs, expected_earning};
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use keikka_core::benefit::{
    Benefit, BenefitKind, BenefitName, BenefitProfile, EarningInput, Factor, Impact, ImpactError,
    LaterEffect, Month, RuleSet, Warning, impact, impact_untraced, plan_untraced,
};
use keikka_core::{Cents, ContractType, Task, TaskId};

/// This month and the next two.
pub const PLAN_MONTHS: u32 = 3;

/// One month of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanMonth {
    pub month: Month,
    /// Pay of the work the person holds (approved or expected), paid in the month.
    pub held: Cents,
    /// Pay of the ticked tasks expected in the month.
    pub what_if: Cents,
    /// The engine's answer with all of it; `None` without a benefit profile.
    pub impact: Option<Impact>,
}

impl PlanMonth {
    /// What the month leaves against a month without any work, as honestly as it can be said.
    pub fn keep(&self) -> Option<Keep> {
        self.impact.as_ref().map(keep_of)
    }
}

/// The plan: its months, and the changes its pay makes after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComingMonths {
    pub months: Vec<PlanMonth>,
    /// Changes caused by the plan's pay that land after its last month (a pension resting
    /// from the month after), each once.
    pub after: Vec<LaterEffect>,
}

/// What a month leaves: after tax where the percentage is known, unknown when any benefit's
/// change is.
pub fn keep_of(impact: &Impact) -> Keep {
    if impact.benefits.iter().any(|b| b.change.is_none())
        || impact
            .warnings
            .contains(&Warning::CommissionContractUnemployment)
    {
        return Keep::Unknown;
    }
    match impact.keep_after_tax {
        Some(after) => Keep::AfterTax(after),
        None => Keep::BeforeTax(impact.keep),
    }
}

/// The plan from `first` for [`PLAN_MONTHS`] months: everything in `inputs`, and `what_if`
/// (open tasks the person ticked) as expected pay on the unit's pay calendar. A ticked task the
/// person already holds is counted once.
pub fn coming_months(
    rules: &RuleSet,
    inputs: &MoneyInputs,
    what_if: &[&Task],
    first: Month,
) -> Result<ComingMonths, ImpactError> {
    let ticked: Vec<Counted> = what_if
        .iter()
        .filter(|t| !inputs.counted.iter().any(|c| c.task == t.id))
        .map(|t| Counted {
            task: t.id,
            earning: expected_earning(t, inputs.calendar.as_ref()),
            approved: false,
        })
        .collect();
    let months: Vec<Month> = (0..PLAN_MONTHS).map(|n| first.plus(n)).collect();
    let paid_in = |list: &[Counted], m: Month| -> Cents {
        list.iter()
            .filter(|c| m.contains(c.earning.paid_on))
            .map(|c| c.earning.gross)
            .sum()
    };
    let impacts: Vec<Option<Impact>> = match &inputs.profile {
        Some(profile) => {
            let earnings: Vec<EarningInput> = inputs
                .counted
                .iter()
                .chain(&ticked)
                .map(|c| c.earning.clone())
                .collect();
            plan_untraced(rules, &months, profile, &earnings)?
                .into_iter()
                .map(Some)
                .collect()
        }
        None => vec![None; months.len()],
    };
    let last = months[months.len() - 1];
    let mut after: Vec<LaterEffect> = Vec::new();
    for later in impacts.iter().flatten().flat_map(|i| &i.later) {
        let end = later.months.map(|n| later.from.plus(n.saturating_sub(1)));
        if end.is_none_or(|end| end > last) && !after.contains(later) {
            after.push(later.clone());
        }
    }
    Ok(ComingMonths {
        months: months
            .iter()
            .zip(impacts)
            .map(|(&month, impact)| PlanMonth {
                month,
                held: paid_in(&inputs.counted, month),
                what_if: paid_in(&ticked, month),
                impact,
            })
            .collect(),
        after,
    })
}

/// Open tasks that are one weekly task (the same work at the same time of the same weekday, a
/// whole number of weeks apart, as the task form publishes "every week"), each group from the
/// earliest; a task alone is a group of one. Groups keep the order of their first task.
pub fn weekly_series<'a>(tasks: &[&'a Task]) -> Vec<Vec<&'a Task>> {
    let mut groups: Vec<Vec<&'a Task>> = Vec::new();
    let mut sorted: Vec<&'a Task> = tasks.to_vec();
    sorted.sort_by_key(|t| t.starts_at);
    for task in sorted {
        match groups.iter_mut().find(|g| same_weekly_work(g[0], task)) {
            Some(group) => group.push(task),
            None => groups.push(vec![task]),
        }
    }
    groups
}

/// Whether `a` and `b` are weeks of one weekly task.
pub fn same_weekly_work(a: &Task, b: &Task) -> bool {
    let slot = |t: &Task| -> (Weekday, NaiveTime) {
        let local = t.starts_at.naive_local();
        (local.weekday(), local.time())
    };
    a.title == b.title
        && a.place == b.place
        && a.pay == b.pay
        && a.estimated_minutes == b.estimated_minutes
        && a.contract == b.contract
        && (a.ends_at - a.starts_at) == (b.ends_at - b.starts_at)
        && slot(a) == slot(b)
}

/// A point of the curve: with this much pay in the month, the person keeps this much.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurvePoint {
    pub pay: Cents,
    pub keep: Cents,
}

/// A limit drawn on the curve, with what happens past it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    /// A disability pension's earnings limit (*ansaintaraja*); `rests_from`: pay over it makes
    /// the third month in a row over, and the pension rests from that month.
    PensionEarnings {
        pension: BenefitKind,
        rests_from: Option<Month>,
    },
    /// The pay at which a benefit that pay reduces reaches zero (social assistance,
    /// *yleistuki*), by the name it has in the month.
    BenefitEnds(BenefitName),
    /// The least pay in the month at which the housing allowance is revised from `from`: the
    /// month's pay makes the income lasting (months of work in a row) or large enough.
    HousingRevision { benefit: BenefitKind, from: Month },
    /// The least pay at which another benefit falls more than the pay adds, from `from`.
    Falls { benefit: BenefitKind, from: Month },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub kind: LimitKind,
    pub pay: Cents,
}

/// "What I keep" against the month's pay, from the engine: what the month leaves plus what its
/// pay costs in later months (a pension resting three months counts three times).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeepCurve {
    pub month: Month,
    /// From no pay to the right edge, in pay order; a cliff is two points a cent apart.
    pub points: Vec<CurvePoint>,
    /// Where the plan puts the person.
    pub position: CurvePoint,
    /// In pay order.
    pub limits: Vec<Limit>,
    /// Whether the keep is after tax (the person gave their tax percentage).
    pub after_tax: bool,
}

/// How many steps the curve takes from no pay to its right edge.
const CURVE_STEPS: i64 = 20;

/// The curve of `month` for a person with `profile` and the plan's `earnings` (every month's;
/// the month's own are scaled to each point, so their days and contracts stay as planned).
/// `None` where a benefit's amount cannot be said.
pub fn keep_curve(
    rules: &RuleSet,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
    month: Month,
) -> Result<Option<KeepCurve>, ImpactError> {
    let (own, others): (Vec<&EarningInput>, Vec<&EarningInput>) =
        earnings.iter().partition(|e| month.contains(e.paid_on));
    let planned: Cents = own.iter().map(|e| e.gross).sum();
    let tax_share = profile
        .tax_withholding_percent
        .map(Factor::percent_as_share);
    let inputs_at = |pay: Cents| -> Vec<EarningInput> {
        let mut inputs: Vec<EarningInput> = others.iter().map(|e| (*e).clone()).collect();
        inputs.extend(scaled(&own, planned, pay, month));
        inputs
    };
    let answer_at = |pay: Cents| -> Result<Impact, ImpactError> {
        impact_untraced(rules, month, profile, &inputs_at(pay))
    };
    let Some(keep) = overall(&answer_at(planned)?, tax_share) else {
        return Ok(None);
    };
    let position = CurvePoint { pay: planned, keep };
    // The pension limits are among the traced answer's figures (the person's own limit, or
    // the floor); some pay is needed for the engine to compare it with.
    let traced = impact(rules, month, profile, &inputs_at(planned.max(Cents(100))))?;
    let mut limits = fixed_limits(profile, &traced, &answer_at)?;
    // The right edge: half as far again as the person's pay and every limit, at least
    // 1,500 €, in whole 100 €.
    let widest = limits
        .iter()
        .map(|l| l.pay)
        .chain([planned, Cents(100_000)])
        .max()
        .unwrap_or(planned);
    let edge = Cents(round_up(widest.0 * 3 / 2, 10_000));
    let grid: Vec<Cents> = (0..=CURVE_STEPS)
        .map(|n| Cents(edge.0 * n / CURVE_STEPS))
        .collect();
    let mut answers: Vec<(Cents, Impact)> = Vec::with_capacity(grid.len());
    for &pay in &grid {
        answers.push((pay, answer_at(pay)?));
    }
    // Every other fall of the curve is found to the cent and named by the benefit that makes
    // it: a housing revision depends on every month's pay (a little pay that makes three
    // months of work in a row), not on one figure.
    let mut falls = Vec::new();
    for w in answers.windows(2) {
        let (Some(from), Some(to)) = (overall(&w[0].1, tax_share), overall(&w[1].1, tax_share))
        else {
            return Ok(None);
        };
        let marked = limits.iter().any(|l| w[0].0 <= l.pay && l.pay <= w[1].0);
        if to >= from - FALL || marked {
            continue;
        }
        let pay = threshold(w[0].0, w[1].0, &|pay| {
            Ok(overall(&answer_at(pay)?, tax_share).is_some_and(|k| k < from - FALL))
        })?;
        let before = answer_at(pay - Cents(1))?;
        if let Some(kind) = fall_kind(&before, &answer_at(pay)?, month) {
            falls.push(Limit { kind, pay });
        }
    }
    limits.extend(falls);
    limits.sort_by_key(|l| l.pay);
    let mut pays: Vec<Cents> = limits
        .iter()
        .flat_map(|l| [l.pay - Cents(1), l.pay, l.pay + Cents(1)])
        .filter(|p| *p >= Cents::ZERO)
        .chain([planned])
        .collect();
    pays.sort();
    pays.dedup();
    let mut points = Vec::with_capacity(answers.len() + pays.len());
    for (pay, answer) in &answers {
        match overall(answer, tax_share) {
            Some(keep) => points.push(CurvePoint { pay: *pay, keep }),
            None => return Ok(None),
        }
    }
    for pay in pays {
        if grid.contains(&pay) {
            continue;
        }
        match overall(&answer_at(pay)?, tax_share) {
            Some(keep) => points.push(CurvePoint { pay, keep }),
            None => return Ok(None),
        }
    }
    points.sort_by_key(|p| p.pay);
    Ok(Some(KeepCurve {
        month,
        points,
        position,
        limits,
        after_tax: tax_share.is_some(),
    }))
}

/// A fall of the curve smaller than this is rounding, not a limit.
const FALL: Cents = Cents(100);

/// What makes the curve fall between `before` and `after` (a cent more pay): the benefit whose
/// month and later months lose the most.
fn fall_kind(before: &Impact, after: &Impact, month: Month) -> Option<LimitKind> {
    let worth = |i: &Impact, kind: BenefitKind| -> i64 {
        let now = i
            .benefits
            .iter()
            .find(|b| b.kind == kind)
            .and_then(|b| b.with_work)
            .map_or(0, |c| c.0);
        let later: i64 = i
            .later
            .iter()
            .filter(|l| l.benefit == kind)
            .map(|l| {
                l.per_month
                    .0
                    .saturating_mul(i64::from(l.months.unwrap_or(1)))
            })
            .sum();
        now + later
    };
    let (kind, lost) = after
        .benefits
        .iter()
        .map(|b| (b.kind, worth(after, b.kind) - worth(before, b.kind)))
        .min_by_key(|(_, lost)| *lost)?;
    if lost >= 0 {
        return None;
    }
    let from = after
        .later
        .iter()
        .filter(|l| l.benefit == kind)
        .map(|l| l.from)
        .min()
        .unwrap_or(month);
    Some(match kind {
        BenefitKind::HousingGeneral | BenefitKind::PensionerHousing => LimitKind::HousingRevision {
            benefit: kind,
            from: housing_revision(after, kind).unwrap_or(from),
        },
        _ => LimitKind::Falls {
            benefit: kind,
            from,
        },
    })
}

/// The revision of `benefit` that the month's answer says lands later, by its first month.
fn housing_revision(impact: &Impact, benefit: BenefitKind) -> Option<Month> {
    impact.warnings.iter().find_map(|w| match w {
        Warning::HousingAllowanceRevision {
            benefit: b,
            from_month,
        } if *b == benefit => Some(*from_month),
        _ => None,
    })
}

/// The limits that lie at a figure of their own: each pension's earnings limit (over it is
/// a cent more), and the pay at which a benefit that pay reduces reaches zero.
fn fixed_limits(
    profile: &BenefitProfile,
    traced: &Impact,
    answer_at: &dyn Fn(Cents) -> Result<Impact, ImpactError>,
) -> Result<Vec<Limit>, ImpactError> {
    let mut out = Vec::new();
    for b in &traced.benefits {
        if matches!(
            b.kind,
            BenefitKind::KelaDisabilityPension | BenefitKind::EarningsRelatedDisabilityPension
        ) && let Some(limit) = b.figures.get("earnings_limit")
        {
            // A cent over the limit says whether it is the third month over.
            let over = answer_at(limit.0 + Cents(1))?;
            let rests_from = over.warnings.iter().find_map(|w| match w {
                Warning::PensionEarningsLimitExceeded {
                    pension,
                    stops_from,
                    ..
                } if *pension == b.kind => *stops_from,
                _ => None,
            });
            out.push(Limit {
                kind: LimitKind::PensionEarnings {
                    pension: b.kind,
                    rests_from,
                },
                pay: limit.0,
            });
        }
    }
    for kind in [
        BenefitKind::UnemploymentBasic,
        BenefitKind::SocialAssistance,
    ] {
        if profile.has(kind)
            && let Some((pay, name)) = benefit_ends(answer_at, kind)?
        {
            out.push(Limit {
                kind: LimitKind::BenefitEnds(name),
                pay,
            });
        }
    }
    Ok(out)
}

/// `n` rounded up to a whole `step` (both positive).
fn round_up(n: i64, step: i64) -> i64 {
    (n + step - 1) / step * step
}

/// The largest pay the search looks at for a benefit's end.
const BENEFIT_SEARCH_UP_TO: Cents = Cents(1_000_000);

/// The least month's pay (to the euro) at which benefit `kind` is 0, where it is paid without
/// pay and ends within reach, with the benefit's name in the month.
fn benefit_ends(
    answer_at: &dyn Fn(Cents) -> Result<Impact, ImpactError>,
    kind: BenefitKind,
) -> Result<Option<(Cents, BenefitName)>, ImpactError> {
    let with_work = |pay: Cents| -> Result<Option<(Cents, BenefitName)>, ImpactError> {
        Ok(answer_at(pay)?
            .benefits
            .iter()
            .find(|b| b.kind == kind)
            .and_then(|b| b.with_work.map(|a| (a, b.name))))
    };
    let Some((paid, name)) = with_work(Cents::ZERO)? else {
        return Ok(None);
    };
    if paid == Cents::ZERO || with_work(BENEFIT_SEARCH_UP_TO)?.is_none_or(|(a, _)| a > Cents::ZERO)
    {
        return Ok(None);
    }
    let ends = |pay: Cents| -> Result<bool, ImpactError> {
        Ok(with_work(pay)?.is_none_or(|(a, _)| a == Cents::ZERO))
    };
    let pay = threshold(Cents::ZERO, BENEFIT_SEARCH_UP_TO, &ends)?;
    // Said to the euro: the benefit is nothing from there on (it is a zero, not a cliff).
    let euro = Cents(round_up(pay.0, 100));
    Ok(Some((if ends(euro)? { euro } else { pay }, name)))
}

/// The least pay, to the cent, at which `holds` is true, between `low` (where it is not) and
/// `high` (where it is); by halving, so it takes about twenty answers.
fn threshold(
    low: Cents,
    high: Cents,
    holds: &dyn Fn(Cents) -> Result<bool, ImpactError>,
) -> Result<Cents, ImpactError> {
    let (mut low, mut high) = (low, high);
    while high.0 - low.0 > 1 {
        let mid = Cents((low.0 + high.0) / 2);
        if holds(mid)? {
            high = mid;
        } else {
            low = mid;
        }
    }
    Ok(high)
}

/// The month's own earnings scaled to `pay` in all (one earning on the 15th when it had none).
fn scaled(own: &[&EarningInput], planned: Cents, pay: Cents, month: Month) -> Vec<EarningInput> {
    if planned == Cents::ZERO {
        if pay == Cents::ZERO {
            return Vec::new();
        }
        let day = month.first_day().with_day(15).unwrap_or(month.first_day());
        return vec![EarningInput {
            gross: pay,
            worked_on: day,
            paid_on: day,
            contract: ContractType::Employment,
            minutes: None,
        }];
    }
    let mut out: Vec<EarningInput> = Vec::with_capacity(own.len());
    let mut given = Cents::ZERO;
    for (i, e) in own.iter().enumerate() {
        // The last one takes the rounding, so the month's total is exactly `pay`.
        let gross = if i + 1 == own.len() {
            pay - given
        } else {
            Cents(
                i64::try_from(i128::from(e.gross.0) * i128::from(pay.0) / i128::from(planned.0))
                    .unwrap_or(i64::MAX),
            )
        };
        given += gross;
        out.push(EarningInput {
            gross,
            ..(*e).clone()
        });
    }
    out
}

/// The month's keep plus each later change for the months it lasts (one where it lasts until
/// the next revision), after tax where the month's is; `None` when it cannot be said.
fn overall(impact: &Impact, tax_share: Option<Factor>) -> Option<Cents> {
    let (now, after_tax) = match keep_of(impact) {
        Keep::AfterTax(c) => (c, true),
        Keep::BeforeTax(c) => (c, false),
        Keep::Unknown => return None,
    };
    Some(now + later_total(&impact.later, after_tax, tax_share))
}

/// Later changes summed over the months each lasts (one month where it lasts until the next
/// revision, so "at least"), taxed benefits after tax when `after_tax`.
pub fn later_total(later: &[LaterEffect], after_tax: bool, tax_share: Option<Factor>) -> Cents {
    later
        .iter()
        .map(|l| {
            let mut per_month = l.per_month;
            if let (true, true, Some(share)) = (after_tax, Benefit::taxable(l.benefit), tax_share) {
                per_month = per_month - share.of(per_month);
            }
            Cents(per_month.0.saturating_mul(i64::from(l.months.unwrap_or(1))))
        })
        .sum()
}

/// Something a weekly task does before it is taken, from the week it first does it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AheadWarning {
    /// Which week of the series (1 for the first).
    pub week: usize,
    pub task: TaskId,
    pub worked_on: NaiveDate,
    /// The month it happens in.
    pub month: Month,
    pub kind: AheadKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AheadKind {
    /// The month's pay goes over a pension's earnings limit.
    OverPensionLimit(BenefitKind),
    /// Months in a row over the limit stop the pension from `from`.
    PensionStops { pension: BenefitKind, from: Month },
    /// The lasting pay revises the housing allowance from `from`.
    HousingRevised { from: Month },
}

/// Week by week, what taking every week of `series` (its open weeks) adds that the weeks
/// before did not: the week whose pay first takes a month over a pension limit, stops a
/// pension, or revises a housing allowance. Each kind once, at the first week it happens. The
/// person's held work and `also` (other tasks tried with it) are there from the start; a week
/// is numbered among all the series' weeks, those already held included.
pub fn ahead_warnings(
    rules: &RuleSet,
    inputs: &MoneyInputs,
    series: &[&Task],
    also: &[&Task],
) -> Result<Vec<AheadWarning>, ImpactError> {
    let Some(profile) = &inputs.profile else {
        return Ok(Vec::new());
    };
    let Some(first) = series.first() else {
        return Ok(Vec::new());
    };
    let held_weeks: Vec<&Task> = inputs
        .held
        .iter()
        .filter(|h| same_weekly_work(first, h) && !series.iter().any(|t| t.id == h.id))
        .collect();
    let week_of = |task: &Task| -> usize {
        1 + held_weeks
            .iter()
            .chain(series)
            .filter(|t| t.starts_at < task.starts_at)
            .count()
    };
    let mut earnings: Vec<EarningInput> = inputs
        .counted
        .iter()
        .filter(|c| !series.iter().any(|t| t.id == c.task))
        .map(|c| c.earning.clone())
        .chain(
            also.iter()
                .filter(|t| !series.iter().any(|s| s.id == t.id))
                .filter(|t| !inputs.counted.iter().any(|c| c.task == t.id))
                .map(|t| expected_earning(t, inputs.calendar.as_ref())),
        )
        .collect();
    let mut seen: Vec<AheadKind> = Vec::new();
    let mut out = Vec::new();
    for task in series {
        let earning = expected_earning(task, inputs.calendar.as_ref());
        let month = Month::of(earning.paid_on);
        let before = impact_untraced(rules, month, profile, &earnings)?;
        earnings.push(earning);
        let after = impact_untraced(rules, month, profile, &earnings)?;
        for warning in after
            .warnings
            .iter()
            .filter(|w| !before.warnings.contains(w))
        {
            let kind = match warning {
                Warning::PensionEarningsLimitExceeded {
                    pension,
                    stops_from: Some(from),
                    ..
                } => AheadKind::PensionStops {
                    pension: *pension,
                    from: *from,
                },
                Warning::PensionEarningsLimitExceeded { pension, .. } => {
                    AheadKind::OverPensionLimit(*pension)
                }
                Warning::HousingAllowanceRevision { from_month, .. } => {
                    AheadKind::HousingRevised { from: *from_month }
                }
                _ => continue,
            };
            let first_of_kind = !seen
                .iter()
                .any(|k| std::mem::discriminant(k) == std::mem::discriminant(&kind));
            // Over the limit in a month already over it (a later week, or the same month) is
            // no news; a first time in a new month is, once.
            if first_of_kind {
                seen.push(kind);
                out.push(AheadWarning {
                    week: week_of(task),
                    task: task.id,
                    worked_on: task.worked_on(),
                    month,
                    kind,
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use chrono::Duration;
    use keikka_core::Minutes;

    fn rules() -> RuleSet {
        RuleSet::builtin().unwrap()
    }

    fn profile(json: &str) -> BenefitProfile {
        serde_json::from_str(json).unwrap()
    }

    fn kela() -> BenefitProfile {
        profile(
            r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
        )
    }

    fn inputs(profile: BenefitProfile, counted: Vec<Counted>) -> MoneyInputs {
        MoneyInputs {
            profile: Some(profile),
            counted,
            calendar: None,
            unpriced: 0,
            held: vec![],
        }
    }

    /// 260 € (5 hours at 52 €/h) every Tuesday from 7 April 2026 for `weeks` weeks, and the
    /// tasks as a participant's device holds them.
    fn weekly(weeks: u128) -> Vec<Task> {
        let mut server = ServerSim::new();
        let mut changes = Vec::new();
        for n in 0..weeks {
            let mut d = draft(n, 1);
            d.title = "Pihatyöt".into();
            d.estimated_minutes = Minutes(5 * 60);
            d.pay = keikka_core::Pay::Hourly(Cents(5200));
            let week = Duration::weeks(i64::try_from(n).unwrap());
            d.starts_at = at("2026-04-07T09:00:00+03:00") + week;
            d.ends_at = at("2026-04-07T15:00:00+03:00") + week;
            changes.extend(server.publish(d));
        }
        let store = device_of(&participant(1), changes);
        store
            .open_tasks(now())
            .unwrap()
            .into_iter()
            .map(|t| t.item)
            .collect()
    }

    fn paid(gross: i64, day: &str) -> Counted {
        let day: NaiveDate = day.parse().unwrap();
        Counted {
            task: TaskId(uuid::Uuid::new_v4()),
            earning: EarningInput {
                gross: Cents(gross),
                worked_on: day,
                paid_on: day,
                contract: ContractType::Employment,
                minutes: None,
            },
            approved: true,
        }
    }

    #[test]
    fn the_weeks_of_a_weekly_task_are_one_series_and_another_task_stands_alone() {
        let mut tasks = weekly(4);
        let mut server = ServerSim::new();
        let other = device_of(&participant(1), server.publish(draft(9, 1)))
            .open_tasks(now())
            .unwrap()
            .remove(0)
            .item;
        tasks.push(other.clone());
        let refs: Vec<&Task> = tasks.iter().rev().collect();
        let series = weekly_series(&refs);
        assert_eq!(series.len(), 2, "{series:?}");
        // The other task is earlier (28 March): its group comes first.
        assert_eq!(series[0].len(), 1);
        assert_eq!(series[0][0].id, other.id);
        assert_eq!(series[1].len(), 4);
        assert!(
            series[1]
                .windows(2)
                .all(|w| w[0].starts_at < w[1].starts_at)
        );
    }

    #[test]
    fn the_fourth_week_of_a_weekly_task_is_the_one_that_crosses_the_pension_limit() {
        let tasks = weekly(4);
        let series: Vec<&Task> = tasks.iter().collect();
        let warnings = ahead_warnings(&rules(), &inputs(kela(), vec![]), &series, &[]).unwrap();
        // 3 × 260 = 780 € is under 990.90 €; the fourth week makes 1,040 €.
        assert_eq!(
            warnings,
            vec![AheadWarning {
                week: 4,
                task: series[3].id,
                worked_on: "2026-04-28".parse().unwrap(),
                month: "2026-04".parse().unwrap(),
                kind: AheadKind::OverPensionLimit(BenefitKind::KelaDisabilityPension),
            }]
        );
    }

    #[test]
    fn a_week_is_numbered_among_the_weeks_already_taken_and_other_tries_count_from_the_start() {
        let tasks = weekly(4);
        // The first week is taken: the fourth is still the fourth, and still the one over.
        let taken = Counted {
            task: tasks[0].id,
            earning: expected_earning(&tasks[0], None),
            approved: false,
        };
        let mut held = inputs(kela(), vec![taken]);
        held.held = vec![tasks[0].clone()];
        let open: Vec<&Task> = tasks[1..].iter().collect();
        let warnings = ahead_warnings(&rules(), &held, &open, &[]).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!((warnings[0].week, warnings[0].task), (4, tasks[3].id));
        // Another task tried beside it (300 € on 8 April): the third week is the one over.
        let mut server = ServerSim::new();
        let mut d = draft(20, 1);
        d.pay = keikka_core::Pay::Fixed(Cents(30_000));
        d.starts_at = at("2026-04-08T09:00:00+03:00");
        d.ends_at = at("2026-04-08T12:00:00+03:00");
        let other = device_of(&participant(1), server.publish(d))
            .open_tasks(now())
            .unwrap()
            .remove(0)
            .item;
        let warnings = ahead_warnings(&rules(), &held, &open, &[&other]).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!((warnings[0].week, warnings[0].task), (3, tasks[2].id));
    }

    #[test]
    fn a_weekly_task_after_two_months_over_the_limit_warns_that_the_pension_stops() {
        let tasks = weekly(4);
        let series: Vec<&Task> = tasks.iter().collect();
        let held = vec![paid(100_000, "2026-02-16"), paid(100_000, "2026-03-16")];
        let warnings = ahead_warnings(&rules(), &inputs(kela(), held), &series, &[]).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].week, 4);
        assert_eq!(
            warnings[0].kind,
            AheadKind::PensionStops {
                pension: BenefitKind::KelaDisabilityPension,
                from: "2026-05".parse().unwrap()
            }
        );
    }

    #[test]
    fn the_coming_months_count_held_and_ticked_pay_where_it_is_paid_and_the_rest_where_it_lands() {
        let tasks = weekly(4);
        let ticked: Vec<&Task> = tasks.iter().collect();
        let held = vec![paid(100_000, "2026-02-16"), paid(100_000, "2026-03-16")];
        let plan = coming_months(
            &rules(),
            &inputs(kela(), held),
            &ticked,
            "2026-03".parse().unwrap(),
        )
        .unwrap();
        let months: Vec<(String, Cents, Cents)> = plan
            .months
            .iter()
            .map(|m| (m.month.to_string(), m.held, m.what_if))
            .collect();
        assert_eq!(
            months,
            [
                ("2026-03".into(), Cents(100_000), Cents::ZERO),
                ("2026-04".into(), Cents::ZERO, Cents(104_000)),
                ("2026-05".into(), Cents::ZERO, Cents::ZERO),
            ]
        );
        // February, March and April over the limit: the pension rests from May, in May's card.
        let may = plan.months[2].impact.as_ref().unwrap();
        assert_eq!(may.benefits[0].change, Some(Cents(-77_570)));
        assert_eq!(plan.months[2].keep(), Some(Keep::BeforeTax(Cents(-77_570))));
        // May to July: its end is after the plan, so it is also said after the months.
        assert_eq!(plan.after.len(), 1, "{:?}", plan.after);
        assert_eq!(plan.after[0].from, "2026-05".parse().unwrap());
        // Without the ticked weeks, nothing rests.
        let without = coming_months(
            &rules(),
            &inputs(
                kela(),
                vec![paid(100_000, "2026-02-16"), paid(100_000, "2026-03-16")],
            ),
            &[],
            "2026-03".parse().unwrap(),
        )
        .unwrap();
        assert_eq!(
            without.months[2].impact.as_ref().unwrap().benefits[0].change,
            Some(Cents::ZERO)
        );
        assert!(without.after.is_empty());
    }

    #[test]
    fn the_curve_drops_at_the_pension_limit_when_it_would_be_the_third_month_over() {
        let held = [paid(100_000, "2026-02-16"), paid(100_000, "2026-03-16")];
        let earnings: Vec<EarningInput> = held.iter().map(|c| c.earning.clone()).collect();
        let april: Month = "2026-04".parse().unwrap();
        let curve = keep_curve(&rules(), &kela(), &earnings, april)
            .unwrap()
            .unwrap();
        assert_eq!(
            curve.limits,
            vec![Limit {
                kind: LimitKind::PensionEarnings {
                    pension: BenefitKind::KelaDisabilityPension,
                    rests_from: Some("2026-05".parse().unwrap()),
                },
                pay: Cents(99_090)
            }]
        );
        let at = |pay: i64| {
            curve
                .points
                .iter()
                .find(|p| p.pay == Cents(pay))
                .unwrap()
                .keep
        };
        // Up to the limit each euro keeps what is left after the contributions; one cent over
        // and the three months of pension it stops are gone.
        assert!(at(99_090) > Cents(90_000), "{:?}", at(99_090));
        let drop = at(99_091) - at(99_090) + Cents(3 * 77_570);
        assert!(
            drop.0.abs() <= 1,
            "one more cent of pay, less its contributions: {drop:?}"
        );
        assert_eq!(
            curve.position,
            CurvePoint {
                pay: Cents::ZERO,
                keep: Cents::ZERO
            }
        );
        assert!(curve.points.windows(2).all(|w| w[0].pay < w[1].pay));
        assert!(curve.points.last().unwrap().pay >= Cents(150_000));
    }

    #[test]
    fn the_curve_marks_where_social_assistance_reaches_zero() {
        let assisted = profile(
            r#"{"adults": 1, "tax_withholding_percent": 0, "benefits": [{"kind": "social_assistance", "housing_costs": 500, "other_net_income": 700}]}"#,
        );
        let curve = keep_curve(&rules(), &assisted, &[], "2026-12".parse().unwrap())
            .unwrap()
            .unwrap();
        // 378.43 € of assistance; net pay is gross less 8.19 %: it is all gone at 412.19 €.
        assert_eq!(
            curve.limits,
            vec![Limit {
                kind: LimitKind::BenefitEnds(BenefitName::SocialAssistance),
                pay: Cents(41_300)
            }]
        );
        let at = |pay: i64| {
            curve
                .points
                .iter()
                .find(|p| p.pay == Cents(pay))
                .unwrap()
                .keep
        };
        assert_eq!(at(0), Cents::ZERO);
        assert_eq!(
            at(37_500),
            Cents::ZERO,
            "under the limit the pay only replaces assistance"
        );
        assert!(at(105_000) > Cents(50_000));
        assert!(curve.after_tax);
    }

    /// Every fall of the curve lies at a limit it marks and its legend explains.
    fn assert_every_fall_is_marked(curve: &KeepCurve) {
        for w in curve.points.windows(2) {
            if w[1].keep < w[0].keep - Cents(100) {
                assert!(
                    curve
                        .limits
                        .iter()
                        .any(|l| l.pay - Cents(1) <= w[0].pay && w[1].pay <= l.pay + Cents(1)),
                    "an unmarked fall from {:?} to {:?}; limits {:?}",
                    w[0],
                    w[1],
                    curve.limits
                );
            }
        }
    }

    #[test]
    fn a_little_pay_that_makes_three_months_of_work_in_a_row_is_marked_where_housing_is_revised() {
        // A weekly task from April to June, and the general housing allowance: any pay in April
        // makes April to June three months of work in a row, which Kela counts as lasting.
        let housing = profile(
            r#"{"adults": 1, "tax_withholding_percent": 10, "benefits": [{"kind": "housing_general", "housing_costs": 700, "max_housing_costs": 563, "other_income": 900}]}"#,
        );
        let weeks = weekly(13);
        let earnings: Vec<EarningInput> = weeks.iter().map(|t| expected_earning(t, None)).collect();
        let april: Month = "2026-04".parse().unwrap();
        let curve = keep_curve(&rules(), &housing, &earnings, april)
            .unwrap()
            .unwrap();
        let revision = curve
            .limits
            .iter()
            .find(|l| matches!(l.kind, LimitKind::HousingRevision { .. }))
            .unwrap_or_else(|| panic!("no revision marked: {:?}", curve.limits));
        assert!(revision.pay <= Cents(100), "{revision:?}");
        let below: Vec<&CurvePoint> = curve
            .points
            .iter()
            .filter(|p| p.keep < Cents::ZERO)
            .collect();
        assert!(
            !below.is_empty(),
            "the revision costs more than a little pay leaves"
        );
        assert!(below.iter().all(|p| p.pay >= revision.pay));
        assert_every_fall_is_marked(&curve);
    }

    #[test]
    fn the_curves_of_every_benefit_fall_only_at_their_marked_limits() {
        let profiles = [
            r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
            r#"{"adults": 1, "tax_withholding_percent": 20, "benefits": [{"kind": "unemployment_basic"}]}"#,
            r#"{"adults": 1, "tax_withholding_percent": 0, "benefits": [{"kind": "social_assistance", "housing_costs": 500, "other_net_income": 700}]}"#,
            r#"{"adults": 1, "tax_withholding_percent": 10, "benefits": [{"kind": "housing_general", "housing_costs": 700, "max_housing_costs": 563, "other_income": 900}]}"#,
        ];
        let held = [paid(100_000, "2026-02-16"), paid(100_000, "2026-03-16")];
        let plans: [Vec<EarningInput>; 3] = [
            vec![],
            held.iter().map(|c| c.earning.clone()).collect(),
            weekly(13)
                .iter()
                .map(|t| expected_earning(t, None))
                .collect(),
        ];
        for json in profiles {
            for earnings in &plans {
                for month in ["2026-04", "2026-05"] {
                    let curve =
                        keep_curve(&rules(), &profile(json), earnings, month.parse().unwrap())
                            .unwrap()
                            .unwrap();
                    assert_every_fall_is_marked(&curve);
                }
            }
        }
    }

    #[test]
    fn the_curve_marks_where_yleistuki_reaches_zero() {
        let unemployed = profile(
            r#"{"adults": 1, "tax_withholding_percent": 20, "benefits": [{"kind": "unemployment_basic"}]}"#,
        );
        let curve = keep_curve(&rules(), &unemployed, &[], "2026-12".parse().unwrap())
            .unwrap()
            .unwrap();
        let ends: Vec<&Limit> = curve
            .limits
            .iter()
            .filter(|l| l.kind == LimitKind::BenefitEnds(BenefitName::GeneralSupport))
            .collect();
        assert_eq!(ends.len(), 1, "{:?}", curve.limits);
        // 300 € is protected and each euro over it takes 50 cents: the benefit is gone at
        // 300 € and twice the benefit.
        assert!(ends[0].pay > Cents(100_000), "{:?}", ends[0]);
    }
}
