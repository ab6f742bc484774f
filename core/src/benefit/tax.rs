//! From gross to net: the tax card's withholding and the employee's own contributions on wages.
//!
//! The engine works in gross amounts. Net figures are estimates from the percentage the person
//! typed from their tax card (the same card covers wages and the taxable benefits); without it
//! nothing after tax is said.

use super::context::Context;
use super::profile::EarningInput;
use super::rules::{Param, RuleError, Unit};
use super::trace::Trace;
use crate::money::Cents;
use crate::task::ContractType;

pub(super) static EMPLOYEE_PENSION_CONTRIBUTION: Param =
    Param::new("tax.employee_pension_contribution", Unit::Ratio);
pub(super) static EMPLOYEE_UNEMPLOYMENT_CONTRIBUTION: Param =
    Param::new("tax.employee_unemployment_contribution", Unit::Ratio);

pub(super) static PARAMETERS: [&Param; 2] = [
    &EMPLOYEE_PENSION_CONTRIBUTION,
    &EMPLOYEE_UNEMPLOYMENT_CONTRIBUTION,
];

/// What is taken from one month's pay before it reaches the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Deductions {
    /// The employee's pension (TyEL) and unemployment-insurance contributions: only on wages
    /// under an employment contract (a commission fee carries neither).
    pub contributions: Cents,
    /// The tax card's withholding on the pay; zero when the percentage is not known.
    pub withholding: Cents,
}

/// The deductions from the pay paid in the month, with their figures in `t`'s trace.
pub(crate) fn deductions(
    cx: &Context<'_>,
    t: &mut Trace<'_>,
    paid: &[&EarningInput],
) -> Result<Deductions, RuleError> {
    let employment: Cents = paid
        .iter()
        .filter(|e| e.contract == ContractType::Employment)
        .map(|e| e.gross)
        .sum();
    let contributions = if employment > Cents::ZERO {
        let pension = t.ratio(&EMPLOYEE_PENSION_CONTRIBUTION)?;
        let unemployment = t.ratio(&EMPLOYEE_UNEMPLOYMENT_CONTRIBUTION)?;
        pension.of(employment) + unemployment.of(employment)
    } else {
        Cents::ZERO
    };
    let gross: Cents = paid.iter().map(|e| e.gross).sum();
    Ok(Deductions {
        contributions,
        withholding: withholding(cx, gross),
    })
}

/// The tax card's withholding on `amount`; zero without the percentage.
pub(crate) fn withholding(cx: &Context<'_>, amount: Cents) -> Cents {
    cx.profile
        .tax_withholding_percent
        .map_or(Cents::ZERO, |p| p.percent_as_share().of(amount))
}

/// What is left of a taxable amount (a benefit, or its change) after withholding.
pub(crate) fn after_tax(cx: &Context<'_>, amount: Cents) -> Cents {
    amount - withholding(cx, amount)
}
