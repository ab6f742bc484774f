//! Disability pensions and their earnings limits: Kela's (*kansaneläkkeen työkyvyttömyyseläke*)
//! and the earnings-related one (*työeläkkeen työkyvyttömyyseläke*).
//!
//! Neither stops for one month over the limit. Kela stops paying when the month's earnings are
//! over the limit three months in a row, for at least three months (Kela, "Arbete och studier
//! när man har sjukpension", 2024; HE 72/2009); an earnings-related pension can be left resting
//! on the same terms (Keva 2023, Varma), and a full one turns into a partial one (half) when
//! earnings stay over its 40 % limit but under the 60 % limit (TyEL 47 §). The engine reads the
//! months around the one asked about from the pay it is given, and says from which month the
//! pension stops (`later`), instead of hiding it in this month's figure.

use super::context::Context;
use super::month::Month;
use super::profile::{Benefit, BenefitKind};
use super::result::{BenefitImpact, BenefitName, LaterEffect, Warning};
use super::rules::{Factor, Param, RuleError, Unit};
use super::trace::{Answer, Trace, run};
use crate::money::Cents;
use std::collections::BTreeSet;

pub(super) static KELA_EARNINGS_LIMIT: Param =
    Param::new("disability_pension.kela_earnings_limit", Unit::Eur);
pub(super) static KELA_MONTHS_OVER_LIMIT_BEFORE_REST: Param = Param::new(
    "disability_pension.kela_months_over_limit_before_rest",
    Unit::Months,
);
pub(super) static REST_AT_LEAST_MONTHS: Param =
    Param::new("disability_pension.rest_at_least_months", Unit::Months);
pub(super) static EARNINGS_RELATED_FULL_SHARE: Param = Param::new(
    "disability_pension.earnings_related_full_share",
    Unit::Ratio,
);
pub(super) static EARNINGS_RELATED_PARTIAL_SHARE: Param = Param::new(
    "disability_pension.earnings_related_partial_share",
    Unit::Ratio,
);
pub(super) static EARNINGS_RELATED_MONTHS_OVER_LIMIT: Param = Param::new(
    "disability_pension.earnings_related_months_over_limit",
    Unit::Months,
);
pub(super) static PARTIAL_PENSION_SHARE: Param =
    Param::new("disability_pension.partial_pension_share", Unit::Ratio);
pub(super) static NEAR_LIMIT_SHARE: Param =
    Param::new("disability_pension.near_limit_share", Unit::Ratio);

pub(super) static PARAMETERS: [&Param; 8] = [
    &KELA_EARNINGS_LIMIT,
    &KELA_MONTHS_OVER_LIMIT_BEFORE_REST,
    &REST_AT_LEAST_MONTHS,
    &EARNINGS_RELATED_FULL_SHARE,
    &EARNINGS_RELATED_PARTIAL_SHARE,
    &EARNINGS_RELATED_MONTHS_OVER_LIMIT,
    &PARTIAL_PENSION_SHARE,
    &NEAR_LIMIT_SHARE,
];

/// The months a pension is stopped or cut by the work, with the cut in each: for the housing
/// allowances, whose household income falls with it.
#[derive(Default)]
pub(super) struct Stops(Vec<(Month, Month, Cents)>);

impl Stops {
    pub fn cut_in(&self, m: Month) -> Cents {
        self.0
            .iter()
            .filter(|(from, until, _)| *from <= m && m <= *until)
            .map(|(_, _, cut)| *cut)
            .sum()
    }
}

/// How far from the month asked about a run of months over the limit is followed: a rest
/// caused more than this long ago, or starting later, is out of a month's view.
const LOOK: u32 = 12;

const KELA_RULE: &str = "The Kela disability pension stops (rests) when the month's earnings \
before tax are over the earnings limit three months in a row: from the next month, for at least \
three months, and as long as earnings stay over the limit.";

/// The rule of a Kela pension granted for permanent blindness or inability to move: paid
/// whatever the earnings (the app explains it in its own words; exported so it can tell).
pub const KELA_REGARDLESS_RULE: &str = "This Kela disability pension is paid whatever the \
earnings: it was granted for permanent blindness or inability to move, so work does not stop it.";

const EARNINGS_RELATED_RULE: &str = "The earnings-related disability pension may rest when \
earnings are over its limit (60 % of established earnings for a partial pension, at least the \
Kela limit) three months in a row; a full pension turns into a partial one, half the amount, when \
earnings stay over its 40 % limit but under the 60 % limit.";

/// Months, from a month on, whose pay is over a limit: runs of at least `after` months over it
/// stop the pension from the month after the run's `after`-th month, for at least `rest` months
/// and as long as the run lasts. Returns each stop as (first month, last month, run start).
fn stops(
    cx: &Context<'_>,
    over: &dyn Fn(Month) -> bool,
    after: u32,
    rest: u32,
) -> Vec<(Month, Month, Month)> {
    let first = cx.month.minus(LOOK);
    let last = cx.month.plus(LOOK);
    let mut result = Vec::new();
    let mut run_start: Option<Month> = None;
    let mut m = first;
    loop {
        let is_over = m <= last && over(m);
        match (is_over, run_start) {
            (true, None) => run_start = Some(m),
            (false, Some(start)) => {
                let length = start.months_until(m);
                if after > 0 && length >= after {
                    let from = start.plus(after);
                    let until = from.plus(rest.saturating_sub(1)).max(m.minus(1));
                    result.push((from, until, start));
                }
                run_start = None;
            }
            _ => {}
        }
        if m > last {
            break;
        }
        m = m.plus(1);
    }
    result
}

/// What the month's pay does to a pension stopped by `stops`: nothing this month unless the
/// month is in a stop; a stop that starts later, caused by a run this month is part of, is a
/// later effect.
fn apply_stops(
    cx: &Context<'_>,
    kind: BenefitKind,
    amount: Cents,
    stops: &[(Month, Month, Month)],
    per_month: Cents,
) -> (Cents, Vec<LaterEffect>) {
    let month = cx.month;
    let stopped_now = stops
        .iter()
        .any(|(from, until, _)| *from <= month && month <= *until);
    let later = stops
        .iter()
        .filter(|(from, _, start)| *from > month && *start <= month)
        .map(|(from, until, _)| LaterEffect {
            benefit: kind,
            from: *from,
            months: Some(from.months_until(until.plus(1))),
            per_month: -per_month,
        })
        .collect();
    (
        if stopped_now {
            amount - per_month
        } else {
            amount
        },
        later,
    )
}

/// How many months in a row, up to and including this month, are over the limit.
fn in_a_row(cx: &Context<'_>, over: &dyn Fn(Month) -> bool) -> u32 {
    let mut n = 0;
    let mut m = cx.month;
    while n < LOOK && over(m) {
        n += 1;
        m = m.minus(1);
    }
    n
}

pub(super) fn kela(
    cx: &Context<'_>,
    amount: Cents,
    regardless_of_earnings: bool,
    cuts: &mut Stops,
    warnings: &mut BTreeSet<Warning>,
) -> BenefitImpact {
    run(
        cx.trace(),
        BenefitKind::KelaDisabilityPension,
        BenefitName::KelaDisabilityPension,
        warnings,
        |t, warnings| {
            // A pension granted for permanent blindness or inability to move is paid whatever
            // the earnings (Kela): no limit is read, so "Why?" shows none.
            if regardless_of_earnings {
                return Ok(Answer::new(
                    BenefitKind::KelaDisabilityPension,
                    BenefitName::KelaDisabilityPension,
                    amount,
                    amount,
                    KELA_REGARDLESS_RULE,
                ));
            }
            let limit = t.eur(&KELA_EARNINGS_LIMIT)?;
            let after = t.months(&KELA_MONTHS_OVER_LIMIT_BEFORE_REST)?;
            let rest = t.months(&REST_AT_LEAST_MONTHS)?;
            let near = t.ratio(&NEAR_LIMIT_SHARE)?;
            let wages = cx.wages();
            t.figure("earnings_limit", limit);
            t.figure("wages_paid_this_month", wages);
            let limits = monthly_limits(cx, t, |t| t.eur(&KELA_EARNINGS_LIMIT))?;
            let over = |m: Month| cx.wages_in(m) > limits.get(m);
            let mut answer = Answer::new(
                BenefitKind::KelaDisabilityPension,
                BenefitName::KelaDisabilityPension,
                amount,
                amount,
                KELA_RULE,
            );
            let stops = stops(cx, &over, after, rest);
            cuts.0
                .extend(stops.iter().map(|(from, until, _)| (*from, *until, amount)));
            let (with_work, later) = apply_stops(
                cx,
                BenefitKind::KelaDisabilityPension,
                amount,
                &stops,
                amount,
            );
            answer.with_work = with_work;
            answer.later = later;
            limit_warnings(
                cx,
                BenefitKind::KelaDisabilityPension,
                limit,
                near,
                &over,
                &stops,
                warnings,
            );
            Ok(answer)
        },
    )
}

pub(super) fn earnings_related(
    cx: &Context<'_>,
    benefit: &Benefit,
    cuts: &mut Stops,
    warnings: &mut BTreeSet<Warning>,
) -> BenefitImpact {
    let Benefit::EarningsRelatedDisabilityPension {
        amount,
        established_earnings,
        partial,
        personal_limit,
    } = *benefit
    else {
        return BenefitImpact::unknown(
            BenefitKind::EarningsRelatedDisabilityPension,
            BenefitName::EarningsRelatedDisabilityPension,
            cx.month,
        );
    };
    run(
        cx.trace(),
        BenefitKind::EarningsRelatedDisabilityPension,
        BenefitName::EarningsRelatedDisabilityPension,
        warnings,
        |t, warnings| {
            let full_share = t.ratio(&EARNINGS_RELATED_FULL_SHARE)?;
            let partial_share = t.ratio(&EARNINGS_RELATED_PARTIAL_SHARE)?;
            let after = t.months(&EARNINGS_RELATED_MONTHS_OVER_LIMIT)?;
            let rest = t.months(&REST_AT_LEAST_MONTHS)?;
            let half = t.ratio(&PARTIAL_PENSION_SHARE)?;
            let near = t.ratio(&NEAR_LIMIT_SHARE)?;
            t.figure("established_earnings", established_earnings);
            let floors = monthly_limits(cx, t, |t| t.eur(&KELA_EARNINGS_LIMIT))?;
            // The person's own limit, when their decision states it, is the limit of the pension
            // they have; the other one follows from the established earnings.
            let shares = (
                full_share.of(established_earnings),
                partial_share.of(established_earnings),
            );
            let limit_of = |share: Cents, own: bool, m: Month| -> Cents {
                match personal_limit {
                    Some(limit) if own => limit,
                    _ => share.max(floors.get(m)),
                }
            };
            let partial_limit = |m: Month| limit_of(shares.1, partial, m);
            let full_limit = |m: Month| limit_of(shares.0, !partial, m);
            let limit = if partial {
                partial_limit(cx.month)
            } else {
                full_limit(cx.month)
            };
            t.figure("earnings_limit", limit);
            t.figure("wages_paid_this_month", cx.wages());
            let over_partial = |m: Month| cx.wages_in(m) > partial_limit(m);
            let rests = stops(cx, &over_partial, after, rest);
            cuts.0
                .extend(rests.iter().map(|(from, until, _)| (*from, *until, amount)));
            let kind = BenefitKind::EarningsRelatedDisabilityPension;
            let (mut with_work, mut later) = apply_stops(cx, kind, amount, &rests, amount);
            let mut answer = Answer::new(
                kind,
                BenefitName::EarningsRelatedDisabilityPension,
                amount,
                amount,
                EARNINGS_RELATED_RULE,
            );
            if partial {
                limit_warnings(cx, kind, limit, near, &over_partial, &rests, warnings);
            } else {
                // Over 40 % but not resting: the full pension becomes a partial one, from the
                // month after the third month in a row, for as long as that lasts.
                let over_full = |m: Month| cx.wages_in(m) > full_limit(m);
                let turns = stops(cx, &over_full, after, 0);
                let resting = |m: Month| rests.iter().any(|(f, u, _)| *f <= m && m <= *u);
                let cut = amount - half.of(amount);
                for (from, until, start) in &turns {
                    if !resting(*from) {
                        cuts.0.push((*from, *until, cut));
                    }
                    if !resting(cx.month) && *from <= cx.month && cx.month <= *until {
                        with_work = amount - cut;
                    }
                    if *from > cx.month && *start <= cx.month && !resting(*from) {
                        later.push(LaterEffect {
                            benefit: kind,
                            from: *from,
                            months: None,
                            per_month: -cut,
                        });
                    }
                }
                if over_full(cx.month) && !over_partial(cx.month) {
                    warnings.insert(Warning::PensionTurnsPartial {
                        limit: full_limit(cx.month),
                        in_a_row: in_a_row(cx, &over_full),
                        from_month: turns
                            .iter()
                            .find(|(_, _, start)| *start <= cx.month)
                            .map(|(from, _, _)| *from)
                            .filter(|from| *from > cx.month),
                    });
                } else {
                    let limit = partial_limit(cx.month);
                    limit_warnings(cx, kind, limit, near, &over_partial, &rests, warnings);
                }
            }
            answer.with_work = with_work;
            answer.later = later;
            Ok(answer)
        },
    )
}

fn limit_warnings(
    cx: &Context<'_>,
    pension: BenefitKind,
    limit: Cents,
    near: Factor,
    over: &dyn Fn(Month) -> bool,
    stops: &[(Month, Month, Month)],
    warnings: &mut BTreeSet<Warning>,
) {
    let wages = cx.wages();
    if over(cx.month) {
        warnings.insert(Warning::PensionEarningsLimitExceeded {
            pension,
            limit,
            in_a_row: in_a_row(cx, over),
            stops_from: stops
                .iter()
                .find(|(_, until, start)| *start <= cx.month && cx.month <= *until)
                .map(|(from, _, _)| *from),
        });
    } else if wages > Cents::ZERO && wages >= near.of(limit) {
        warnings.insert(Warning::PensionEarningsLimitNear { pension, limit });
    }
}

/// The limit of each year around the month asked about (limits change each January); the
/// trace records the month asked about only.
struct Limits {
    years: Vec<(i32, Cents)>,
}

impl Limits {
    /// A year without a known limit counts no month as over it: nothing is said about it.
    fn get(&self, m: Month) -> Cents {
        self.years
            .iter()
            .find(|(y, _)| *y == m.year())
            .map_or(Cents(i64::MAX), |(_, limit)| *limit)
    }
}

fn monthly_limits(
    cx: &Context<'_>,
    t: &mut Trace<'_>,
    limit: impl Fn(&mut Trace<'_>) -> Result<Cents, RuleError>,
) -> Result<Limits, RuleError> {
    let mut years = vec![(cx.month.year(), limit(t)?)];
    for year in cx.month.minus(LOOK).year()..=cx.month.plus(LOOK).year() {
        if year != cx.month.year()
            && let Some(first) = Month::new(year, 1)
        {
            let mut other = t.for_month(first.max(cx.month.minus(LOOK)).min(cx.month.plus(LOOK)));
            if let Ok(value) = limit(&mut other) {
                years.push((year, value));
            }
        }
    }
    Ok(Limits { years })
}
