//! The question one computation answers: the month, the person, all their pay, the rules.

use super::month::Month;
use super::profile::{BenefitProfile, EarningInput};
use super::rules::RuleSet;
use super::trace::Trace;
use crate::money::Cents;

/// How many months before and after the month asked about the rules look at (a pension rests
/// after three months in a row over its limit; a housing allowance follows the coming year's
/// average income, replayed from a year back).
pub(crate) const WINDOW: u32 = 24;

/// Everything a benefit's rule may read. Pay counts in the month it is paid; the pay of the
/// months around is summed once here, because several rules read it many times.
pub(crate) struct Context<'a> {
    pub rules: &'a RuleSet,
    pub month: Month,
    pub profile: &'a BenefitProfile,
    pub earnings: &'a [EarningInput],
    pub detail: bool,
    /// The first month of the window, `month − WINDOW`.
    first: Month,
    /// Gross pay paid in each month from `first` to `month + WINDOW`.
    wages: Vec<Cents>,
}

impl<'a> Context<'a> {
    pub fn new(
        rules: &'a RuleSet,
        month: Month,
        profile: &'a BenefitProfile,
        earnings: &'a [EarningInput],
        detail: bool,
    ) -> Self {
        let first = month.minus(WINDOW);
        let mut wages = vec![Cents::ZERO; 2 * WINDOW as usize + 1];
        for e in earnings {
            let paid = Month::of(e.paid_on);
            if paid >= first
                && let Some(slot) = wages.get_mut(first.months_until(paid) as usize)
            {
                *slot += e.gross;
            }
        }
        Context {
            rules,
            month,
            profile,
            earnings,
            detail,
            first,
            wages,
        }
    }

    pub fn trace(&self) -> Trace<'a> {
        Trace::new(self.rules, self.month, self.detail)
    }

    /// Gross pay paid in `month`; nothing outside the window is looked at.
    pub fn wages_in(&self, month: Month) -> Cents {
        if month < self.first {
            return Cents::ZERO;
        }
        self.wages
            .get(self.first.months_until(month) as usize)
            .copied()
            .unwrap_or(Cents::ZERO)
    }

    /// The pay paid in `month`.
    pub fn paid_in(&self, month: Month) -> impl Iterator<Item = &'a EarningInput> + use<'a> {
        self.earnings
            .iter()
            .filter(move |e| month.contains(e.paid_on))
    }

    /// Gross pay paid in the month asked about.
    pub fn wages(&self) -> Cents {
        self.wages_in(self.month)
    }
}
