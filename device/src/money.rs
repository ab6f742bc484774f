//! What work does to the participant's money: the benefit engine run over this device's data.
//!
//! Earnings count in the month they are paid. An approved earning has its payment date; work
//! not yet approved (a task taken, started or done) is *expected* to be paid on the day the
//! unit's pay calendar gives, and every figure built on it says "expected". A unit that has not
//! set its calendar leaves the payment day unknown: the figures then assume the month of the
//! work and say so. The engine works in gross euros; after tax only where the person gave their
//! tax percentage.

use crate::store::{ClaimItem, Store, StoreError};
use chrono::{Datelike, NaiveDate};
use keikka_core::benefit::{
    Benefit, BenefitKind, BenefitProfile, EarningInput, Factor, Impact, ImpactError, LaterEffect,
    Month, ResultStatus, RuleSet, Warning, impact, impact_untraced,
};
use keikka_core::{Cents, ClaimState, PayCalendar, Task, TaskId, TaskStatus};

/// One piece of the participant's pay as the engine counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// The task the pay is for.
    pub task: TaskId,
    pub earning: EarningInput,
    /// Approved by the supervisor, with a real payment date; otherwise only expected.
    pub approved: bool,
}

/// What the participant can expect to earn for `task`: hourly pay for the estimated time, or
/// the fixed sum. Gross.
pub fn expected_pay(task: &Task) -> Cents {
    task.pay.for_minutes(task.estimated_minutes)
}

/// The day the unit is expected to pay work done on `worked_on`, before approval: from its pay
/// calendar, or the day of the work when the unit has not said (the screens say so).
pub fn expected_pay_day(calendar: Option<&PayCalendar>, worked_on: NaiveDate) -> NaiveDate {
    calendar.map_or(worked_on, |c| c.pay_day(worked_on, None))
}

/// The earning a task would bring if done as planned, paid when the pay calendar says.
pub fn expected_earning(task: &Task, calendar: Option<&PayCalendar>) -> EarningInput {
    EarningInput {
        gross: expected_pay(task),
        worked_on: task.worked_on(),
        paid_on: expected_pay_day(calendar, task.worked_on()),
        contract: task.contract,
        minutes: Some(task.estimated_minutes),
    }
}

/// Every earning of the participant that counts: approved ones with their payment dates, and
/// work taken but not yet approved as expected earnings. Withdrawn and rejected claims, and
/// claims on a task the unit cancelled, earn nothing.
pub fn counted_earnings(claims: &[ClaimItem], calendar: Option<&PayCalendar>) -> Vec<Counted> {
    claims
        .iter()
        .filter_map(|item| match (&item.claim.state, &item.task) {
            (ClaimState::Approved { approval, .. }, _) => Some(Counted {
                task: item.claim.task,
                earning: EarningInput {
                    gross: approval.earning.amount,
                    worked_on: approval.earning.worked_on,
                    paid_on: approval.earning.paid_on,
                    contract: approval.earning.contract,
                    minutes: Some(approval.earning.minutes),
                },
                approved: true,
            }),
            (
                ClaimState::Rejected { .. }
                | ClaimState::Withdrawn { .. }
                | ClaimState::NoShow { .. },
                _,
            ) => None,
            (_, Some(task)) if task.status == TaskStatus::Cancelled => None,
            (_, Some(task)) => {
                let mut earning = expected_earning(task, calendar);
                // A completion reports the real time: hourly pay follows it.
                if let ClaimState::Completed { completion, .. } = &item.claim.state {
                    earning.gross = task.pay.for_minutes(completion.minutes);
                    earning.minutes = Some(completion.minutes);
                }
                Some(Counted {
                    task: item.claim.task,
                    earning,
                    approved: false,
                })
            }
            // A claim whose task this device lacks cannot be priced; the screens say so
            // (`MoneyInputs::unpriced`).
            (_, None) => None,
        })
        .collect()
}

/// The tasks of the claims that count (held, done or approved, never refused, withdrawn, missed
/// or cancelled), where the device has them.
fn held_tasks(claims: &[ClaimItem]) -> Vec<Task> {
    claims
        .iter()
        .filter(|item| {
            !matches!(
                item.claim.state,
                ClaimState::Rejected { .. }
                    | ClaimState::Withdrawn { .. }
                    | ClaimState::NoShow { .. }
            )
        })
        .filter_map(|item| item.task.clone())
        .filter(|task| task.status != TaskStatus::Cancelled)
        .collect()
}

/// What one more task does to the month its pay is expected in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskEffect {
    /// The month the pay is expected in.
    pub month: Month,
    /// The day the pay is expected.
    pub paid_on: NaiveDate,
    /// Whether that day comes from the unit's pay calendar (otherwise it is the day of the work).
    pub pay_day_known: bool,
    /// Gross pay for the task.
    pub gross: Cents,
    /// How the task changes the money, or why that cannot be said.
    pub answer: TaskAnswer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskAnswer {
    /// No benefit profile on this device: only the pay is known.
    NoProfile,
    Known(Box<TaskImpact>),
}

/// The difference one task makes, against the month without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskImpact {
    /// Per benefit, what this task changes (`None` where no number can be given honestly).
    pub changes: Vec<(BenefitKind, Option<Cents>)>,
    /// Known benefit changes landing in this month.
    pub total_change: Cents,
    /// Known changes landing in a later month (a housing-allowance revision).
    pub later_change: Cents,
    /// The later months this task changes, month by month (a pension stopping, an allowance
    /// revised): those the month would not have without it.
    pub later: Vec<LaterEffect>,
    /// Gross pay less the employee's contributions, plus this month's changes: how much better
    /// off before income tax (see [`TaskImpact::keep_now`] for the figure to say).
    pub keep: Cents,
    /// What is left after tax and the contributions, where the tax percentage is known.
    pub keep_after_tax: Option<Cents>,
    pub status: ResultStatus,
    /// What the participant should know before taking the task.
    pub warnings: Vec<Warning>,
    /// The month with this task, traced, for "Why?".
    pub with_task: Impact,
    /// The same month without this task (other pay of the month included): "Why?" sets each
    /// benefit with the task against it, so its change is the one the task's sentence says.
    pub without_task: Impact,
    /// The month of the work itself, when the pay comes in a later month and the day worked
    /// changes something there (no work-activity money for the day worked, an activity day
    /// to move): its own difference, said with its month.
    pub work_month: Option<Box<TaskImpact>>,
    /// The tax card's withholding as a share, to say later changes of taxed benefits after tax.
    pub tax_share: Option<Factor>,
}

/// What the person keeps, as the figure that can honestly be said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// After the tax card's withholding and the employee's contributions (from the person's
    /// tax percentage): what reaches the bank account.
    AfterTax(Cents),
    /// Without the tax percentage: gross pay plus the benefit changes, before tax and the
    /// contributions taken from pay.
    BeforeTax(Cents),
    /// Some benefit's change cannot be said, so neither can what is kept.
    Unknown,
}

impl Keep {
    /// The amount, where it can be said.
    pub fn amount(self) -> Option<Cents> {
        match self {
            Keep::AfterTax(c) | Keep::BeforeTax(c) => Some(c),
            Keep::Unknown => None,
        }
    }

    fn plus(self, other: Keep) -> Keep {
        match (self, other) {
            (Keep::AfterTax(a), Keep::AfterTax(b)) => Keep::AfterTax(a + b),
            (Keep::BeforeTax(a), Keep::BeforeTax(b)) => Keep::BeforeTax(a + b),
            _ => Keep::Unknown,
        }
    }

    fn map(self, f: impl FnOnce(Cents) -> Cents) -> Keep {
        match self {
            Keep::AfterTax(c) => Keep::AfterTax(f(c)),
            Keep::BeforeTax(c) => Keep::BeforeTax(f(c)),
            Keep::Unknown => Keep::Unknown,
        }
    }
}

impl TaskImpact {
    /// What this month alone leaves: after tax where the percentage is known (a social
    /// assistance cut, counted from net pay, then leaves the true 0 €, not gross minus net),
    /// before tax otherwise, unknown when any benefit's change is.
    fn keep_in_month(&self) -> Keep {
        // A commission contract can stop the unemployment benefit (no source gives for how
        // long): no amount kept can be said while that is open.
        let risky = self
            .warnings
            .contains(&Warning::CommissionContractUnemployment);
        if risky || self.changes.iter().any(|(_, change)| change.is_none()) {
            return Keep::Unknown;
        }
        match self.keep_after_tax {
            Some(after_tax) => Keep::AfterTax(after_tax),
            None => Keep::BeforeTax(self.keep),
        }
    }

    /// What the task leaves from the month it is paid in and the month it is worked in (when
    /// they differ): the figure the badge and the sentence say.
    pub fn keep_now(&self) -> Keep {
        match &self.work_month {
            Some(work) => self.keep_in_month().plus(work.keep_in_month()),
            None => self.keep_in_month(),
        }
    }

    /// What the task leaves over every month it changes: [`Self::keep_now`] plus each later
    /// change for the months it lasts (one month where it lasts until the next revision, so
    /// "at least"), after tax when the keep is. A task that keeps 1,000 € now but stops a
    /// pension for three months is a loss, and the badge says so.
    pub fn overall(&self) -> Keep {
        let now = self.keep_now();
        let after_tax = matches!(now, Keep::AfterTax(_));
        let later = crate::plan::later_total(&self.later, after_tax, self.tax_share);
        now.map(|c| c + later)
    }

    /// Every warning of the task, the work month's too, each once.
    pub fn all_warnings(&self) -> Vec<Warning> {
        let mut all = self.warnings.clone();
        for w in self.work_month.iter().flat_map(|m| m.warnings.iter()) {
            if !all.contains(w) {
                all.push(w.clone());
            }
        }
        all
    }
}

/// What taking `task` does to the participant's money, on top of the `others` they already
/// have (see [`counted_earnings`]), with its pay expected when `calendar` says.
pub fn task_effect(
    rules: &RuleSet,
    profile: Option<&BenefitProfile>,
    others: &[Counted],
    task: &Task,
    calendar: Option<&PayCalendar>,
) -> Result<TaskEffect, ImpactError> {
    let earning = expected_earning(task, calendar);
    let month = Month::of(earning.paid_on);
    let gross = earning.gross;
    let paid_on = earning.paid_on;
    let pay_day_known = calendar.is_some();
    let Some(profile) = profile else {
        return Ok(TaskEffect {
            month,
            paid_on,
            pay_day_known,
            gross,
            answer: TaskAnswer::NoProfile,
        });
    };
    let mut inputs: Vec<EarningInput> = others.iter().map(|c| c.earning.clone()).collect();
    let work = Month::of(earning.worked_on);
    let without = impact(rules, month, profile, &inputs)?;
    let work_without = (work != month)
        .then(|| impact(rules, work, profile, &inputs))
        .transpose()?;
    inputs.push(earning);
    let with = impact(rules, month, profile, &inputs)?;
    let mut known = difference(&without, with, profile);
    if let Some(work_without) = work_without {
        let work_with = impact(rules, work, profile, &inputs)?;
        known.work_month = work_month_part(difference(&work_without, work_with, profile));
    }
    Ok(TaskEffect {
        month,
        paid_on,
        pay_day_known,
        gross,
        answer: TaskAnswer::Known(Box::new(known)),
    })
}

/// The work month's difference, kept only when the day worked changes something there (a
/// figure or a warning of its own, not only the doubts every answer carries). The month worked
/// gets none of the task's pay, only its day: a benefit that cannot be said there is not this
/// task's to say (the month paid says what the pay does), so it counts as unchanged.
fn work_month_part(mut part: TaskImpact) -> Option<Box<TaskImpact>> {
    for (_, change) in &mut part.changes {
        change.get_or_insert(Cents::ZERO);
    }
    let changes =
        part.changes.iter().any(|(_, c)| *c != Some(Cents::ZERO)) || !part.later.is_empty();
    let warns = part.warnings.iter().any(|w| !is_doubt(w));
    (changes || warns).then(|| Box::new(part))
}

fn difference(without: &Impact, mut with: Impact, profile: &BenefitProfile) -> TaskImpact {
    // Work on a commission contract can count as self-employment and stop the unemployment
    // benefit altogether: the benefit's change is then not a figure to say, and "Why?" must
    // not call it checked.
    let commission = with
        .warnings
        .contains(&Warning::CommissionContractUnemployment);
    if commission {
        for b in with
            .benefits
            .iter_mut()
            .filter(|b| b.kind == BenefitKind::UnemploymentBasic)
        {
            b.status = ResultStatus::Unknown;
        }
    }
    let changes = with
        .benefits
        .iter()
        .map(|b| {
            let before = without
                .benefits
                .iter()
                .find(|w| w.kind == b.kind)
                .and_then(|w| w.change);
            let delta = match (b.change, before) {
                _ if commission && b.kind == BenefitKind::UnemploymentBasic => None,
                (Some(after), Some(before)) => Some(after - before),
                _ => None,
            };
            (b.kind, delta)
        })
        .collect();
    // A warning the month had anyway is not this task's; doubts about the figures always are.
    let warnings = with
        .warnings
        .iter()
        .filter(|w| is_doubt(w) || !without.warnings.contains(w))
        .cloned()
        .collect();
    let later = later_difference(&without.later, &with.later);
    let keep_after_tax = match (with.keep_after_tax, without.keep_after_tax) {
        (Some(with), Some(without)) => Some(with - without),
        _ => None,
    };
    TaskImpact {
        changes,
        total_change: with.total_change - without.total_change,
        later_change: with.later_change - without.later_change,
        later,
        keep: with.keep - without.keep,
        keep_after_tax,
        status: with.status,
        warnings,
        with_task: with,
        without_task: without.clone(),
        work_month: None,
        tax_share: profile
            .tax_withholding_percent
            .map(Factor::percent_as_share),
    }
}

/// What the task changes in later months: each later effect with it, less the same effect
/// (same benefit, same first month) without it. A revision the month had anyway, made larger
/// by the task, counts only by the amount the task adds.
fn later_difference(without: &[LaterEffect], with: &[LaterEffect]) -> Vec<LaterEffect> {
    let same = |a: &LaterEffect, b: &LaterEffect| a.benefit == b.benefit && a.from == b.from;
    let mut out: Vec<LaterEffect> = with
        .iter()
        .filter_map(|w| {
            let before = without.iter().find(|o| same(o, w));
            let per_month = w.per_month - before.map_or(Cents::ZERO, |b| b.per_month);
            (per_month != Cents::ZERO || before.is_some_and(|b| b.months != w.months)).then(|| {
                LaterEffect {
                    per_month,
                    ..w.clone()
                }
            })
        })
        .collect();
    // An effect the month had without the task and not with it: the task undid it.
    out.extend(
        without
            .iter()
            .filter(|o| !with.iter().any(|w| same(o, w)))
            .map(|o| LaterEffect {
                per_month: -o.per_month,
                ..o.clone()
            }),
    );
    out
}

/// A warning about how sure the figures are, not about the work: it belongs to every answer
/// that uses the figure.
pub fn is_doubt(warning: &Warning) -> bool {
    matches!(
        warning,
        Warning::RuleUnverified { .. }
            | Warning::FigureNotYetPublished { .. }
            | Warning::FigureUnknown { .. }
            | Warning::ProfileFiguresMissing { .. }
            | Warning::TaxPercentUnknown
    )
}

/// One month of the participant's money: what is approved, what is expected, and what the
/// benefits do with both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthMoney {
    pub month: Month,
    /// Approved pay paid in the month.
    pub approved: Cents,
    /// Pay for work not yet approved, expected in the month.
    pub expected: Cents,
    /// The engine's answer for approved and expected pay together; `None` without a profile.
    pub impact: Option<Impact>,
}

/// The participant's money in `month`.
pub fn month_money(
    rules: &RuleSet,
    profile: Option<&BenefitProfile>,
    counted: &[Counted],
    month: Month,
) -> Result<MonthMoney, ImpactError> {
    let in_month = |approved: bool| -> Cents {
        counted
            .iter()
            .filter(|c| c.approved == approved && month.contains(c.earning.paid_on))
            .map(|c| c.earning.gross)
            .sum()
    };
    let impact = match profile {
        Some(p) => {
            let inputs: Vec<EarningInput> = counted.iter().map(|c| c.earning.clone()).collect();
            Some(impact(rules, month, p, &inputs)?)
        }
        None => None,
    };
    Ok(MonthMoney {
        month,
        approved: in_month(true),
        expected: in_month(false),
        impact,
    })
}

/// Approved pay from January to the end of `month` in its year.
pub fn year_so_far(counted: &[Counted], month: Month) -> Cents {
    counted
        .iter()
        .filter(|c| {
            c.approved
                && c.earning.paid_on.year() == month.first_day().year()
                && Month::of(c.earning.paid_on) <= month
        })
        .map(|c| c.earning.gross)
        .sum()
}

/// The participant's claims and profile as the money screens need them.
pub struct MoneyInputs {
    pub profile: Option<BenefitProfile>,
    pub counted: Vec<Counted>,
    /// The unit's pay calendar, which gives every expected payment date.
    pub calendar: Option<PayCalendar>,
    /// Claims still held whose task this device does not have: their pay is not counted, so
    /// the figures say they may be incomplete.
    pub unpriced: usize,
    /// The tasks of the claims counted, as the device has them: a weekly task's weeks already
    /// taken keep their numbers, and a task offered at the same time as one held says so.
    pub held: Vec<Task>,
}

impl MoneyInputs {
    /// Reads the profile and the claims; attendance days of work activity are written out
    /// afresh around `today` (see [`refresh_attendance`]).
    pub fn read(store: &Store, today: NaiveDate) -> Result<MoneyInputs, StoreError> {
        let claims = store.my_claims()?;
        let unpriced = claims
            .iter()
            .filter(|c| c.task.is_none() && c.claim.status().holds_seat())
            .filter(|c| {
                !matches!(
                    c.claim.state,
                    ClaimState::Approved { .. } | ClaimState::Rejected { .. }
                )
            })
            .count();
        let calendar = store.organisation()?.and_then(|o| o.pay_calendar);
        Ok(MoneyInputs {
            profile: store
                .benefit_profile()?
                .map(|p| refresh_attendance(p.profile, today)),
            counted: counted_earnings(&claims, calendar.as_ref()),
            held: held_tasks(&claims),
            calendar,
            unpriced,
        })
    }

    /// A participant's claims and the profile they share, as their supervisor's device has
    /// them; no profile unless the participant consents.
    pub fn of_participant(
        store: &Store,
        participant: keikka_core::PersonId,
        today: NaiveDate,
    ) -> Result<MoneyInputs, StoreError> {
        let claims = store.claims_of(participant)?;
        let calendar = store.organisation()?.and_then(|o| o.pay_calendar);
        Ok(MoneyInputs {
            profile: store
                .shared_profile_of(participant)?
                .map(|p| refresh_attendance(p, today)),
            unpriced: claims.iter().filter(|c| c.task.is_none()).count(),
            counted: counted_earnings(&claims, calendar.as_ref()),
            held: held_tasks(&claims),
            calendar,
        })
    }

    /// What `task` does to its month on top of everything else counted, never counting the
    /// person's own claim on it twice.
    pub fn effect_of(&self, rules: &RuleSet, task: &Task) -> Result<TaskEffect, ImpactError> {
        let others: Vec<Counted> = self
            .counted
            .iter()
            .filter(|c| c.task != task.id)
            .cloned()
            .collect();
        task_effect(
            rules,
            self.profile.as_ref(),
            &others,
            task,
            self.calendar.as_ref(),
        )
    }
}

impl MoneyInputs {
    /// [`MoneyInputs::effect_of`] for every card of a task list, without the traces "Why?"
    /// shows (`with_task` carries none): each month without the task is computed once and
    /// shared by the tasks paid in it. A task the person already holds takes the full path, so
    /// its own pay is never counted twice.
    pub fn badges(&self, rules: &RuleSet, tasks: &[&Task]) -> Vec<Option<TaskEffect>> {
        let Some(profile) = self.profile.as_ref() else {
            return tasks
                .iter()
                .map(|t| self.effect_of(rules, t).ok())
                .collect();
        };
        let mut inputs: Vec<EarningInput> =
            self.counted.iter().map(|c| c.earning.clone()).collect();
        let mut without: std::collections::BTreeMap<Month, Option<Impact>> = Default::default();
        tasks
            .iter()
            .map(|task| {
                if self.counted.iter().any(|c| c.task == task.id) {
                    return self.effect_of(rules, task).ok();
                }
                let earning = expected_earning(task, self.calendar.as_ref());
                let month = Month::of(earning.paid_on);
                let gross = earning.gross;
                let paid_on = earning.paid_on;
                let work = Month::of(earning.worked_on);
                for m in [month, work] {
                    without
                        .entry(m)
                        .or_insert_with(|| impact_untraced(rules, m, profile, &inputs).ok());
                }
                inputs.push(earning);
                let with = impact_untraced(rules, month, profile, &inputs);
                let work_with = (work != month)
                    .then(|| impact_untraced(rules, work, profile, &inputs))
                    .transpose();
                inputs.pop();
                let mut known = difference(without[&month].as_ref()?, with.ok()?, profile);
                if let Some(work_with) = work_with.ok()? {
                    known.work_month =
                        work_month_part(difference(without[&work].as_ref()?, work_with, profile));
                }
                Some(TaskEffect {
                    month,
                    paid_on,
                    pay_day_known: self.calendar.is_some(),
                    gross,
                    answer: TaskAnswer::Known(Box::new(known)),
                })
            })
            .collect()
    }
}

/// How far back and ahead attendance days are written out around today.
const ATTENDANCE_MONTHS_BACK: u32 = 1;
const ATTENDANCE_MONTHS_AHEAD: u32 = 13;

/// Work-activity attendance is kept as dates (the engine's input) but chosen as weekdays: the
/// dates are written out again from the weekdays for the months around `today`, so they never
/// run out a year after the profile was saved.
pub fn refresh_attendance(mut profile: BenefitProfile, today: NaiveDate) -> BenefitProfile {
    for benefit in &mut profile.benefits {
        if let Benefit::WorkActivityPay { days, .. }
        | Benefit::RehabilitativeWorkActivity { days } = benefit
        {
            let weekdays = attendance_weekdays(days);
            let start = Month::of(today)
                .first_day()
                .checked_sub_months(chrono::Months::new(ATTENDANCE_MONTHS_BACK))
                .unwrap_or(today);
            *days = attendance_days(
                weekdays,
                start,
                ATTENDANCE_MONTHS_BACK + ATTENDANCE_MONTHS_AHEAD,
            );
        }
    }
    profile
}

/// The weekdays (Monday = 0) on which any of `days` falls.
pub fn attendance_weekdays(days: &[NaiveDate]) -> [bool; 7] {
    let mut weekdays = [false; 7];
    for day in days {
        weekdays[day.weekday().num_days_from_monday() as usize] = true;
    }
    weekdays
}

/// Every date on a chosen weekday (Monday = 0) for `months` months from `start`, but the
/// public holidays: work activity is not held on Christmas Eve or Epiphany, and no money is paid
/// for them.
pub fn attendance_days(weekdays: [bool; 7], start: NaiveDate, months: u32) -> Vec<NaiveDate> {
    let end = start
        .checked_add_months(chrono::Months::new(months))
        .unwrap_or(start);
    start
        .iter_days()
        .take_while(|d| *d < end)
        .filter(|d| weekdays[d.weekday().num_days_from_monday() as usize])
        .filter(|d| !keikka_core::bank_days::is_holiday(*d))
        .collect()
}

#[cfg(test)]
mod tests;
