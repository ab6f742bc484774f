//! Basic social assistance (*perustoimeentulotuki*, Kela): the last-resort benefit, computed
//! after every other one from the month's net income.

use super::context::Context;
use super::profile::BenefitKind;
use super::result::{BenefitImpact, BenefitName, Warning};
use super::rules::{Param, Unit};
use super::tax;
use super::trace::{Answer, Unanswered, run};
use crate::money::Cents;
use std::collections::BTreeSet;

pub(super) static BASIC_AMOUNT_SINGLE: Param =
    Param::new("social_assistance.basic_amount_single", Unit::Eur);
pub(super) static BASIC_AMOUNT_SHARING_ADULT: Param =
    Param::new("social_assistance.basic_amount_sharing_adult", Unit::Eur);
pub(super) static BASIC_AMOUNT_SINGLE_PARENT: Param =
    Param::new("social_assistance.basic_amount_single_parent", Unit::Eur);
pub(super) static EARNED_INCOME_DISREGARD: Param =
    Param::new("social_assistance.earned_income_disregard", Unit::Eur);

pub(super) static PARAMETERS: [&Param; 4] = [
    &BASIC_AMOUNT_SINGLE,
    &BASIC_AMOUNT_SHARING_ADULT,
    &BASIC_AMOUNT_SINGLE_PARENT,
    &EARNED_INCOME_DISREGARD,
];

const RULE: &str = "Last-resort support: accepted expenses (basic amount + housing + other) \
minus the month's net income, the other benefits included after their tax; net earnings count \
after the earned-income deduction where it is in force (150 € a month until 28.2.2026).";

/// The person's own figures from their decision.
pub(super) struct Decision {
    pub basic_amount: Option<Cents>,
    pub housing_costs: Cents,
    pub other_expenses: Cents,
    pub other_net_income: Cents,
}

/// Other benefits paid in the month, without and with the work: `taxable` ones count after
/// the tax card's withholding, `tax_free` ones in full.
#[derive(Clone, Copy, Default)]
pub(super) struct OtherBenefits {
    pub taxable: (Cents, Cents),
    pub tax_free: (Cents, Cents),
}

pub(super) fn compute(
    cx: &Context<'_>,
    decision: Decision,
    others: Option<OtherBenefits>,
    warnings: &mut BTreeSet<Warning>,
) -> BenefitImpact {
    run(
        cx.trace(),
        BenefitKind::SocialAssistance,
        BenefitName::SocialAssistance,
        warnings,
        |t, _| {
            // A benefit computed before this one is unknown: so is this one.
            let others = others.ok_or(Unanswered::Depends)?;
            let (adults, children) = (cx.profile.adults, cx.profile.children);
            let basic = match decision.basic_amount {
                Some(amount) => amount,
                None if children > 0 => {
                    // Children's parts depend on their ages and order, and the child benefit
                    // counts as income: the family's decision has the figure.
                    return Err(Unanswered::Profile);
                }
                None if adults == 1 => t.eur(&BASIC_AMOUNT_SINGLE)?,
                None => {
                    let per_adult = t.eur(&BASIC_AMOUNT_SHARING_ADULT)?;
                    Cents(per_adult.0 * i64::from(adults))
                }
            };
            t.figure("basic_amount", basic);
            let expenses = t.figure(
                "expenses",
                basic + decision.housing_costs + decision.other_expenses,
            );
            if cx.profile.tax_withholding_percent.is_none() {
                t.doubt(Warning::TaxPercentUnknown);
            }
            let paid: Vec<_> = cx.paid_in(cx.month).collect();
            let wages = cx.wages();
            let deductions = tax::deductions(cx, t, &paid)?;
            t.figure("employee_contributions", deductions.contributions);
            let net_wages = t.figure(
                "net_wages",
                wages - deductions.contributions - deductions.withholding,
            );
            let cap = t.eur(&EARNED_INCOME_DISREGARD)?;
            let disregard = t.figure("earned_income_disregard", net_wages.min(cap));
            let net = |(before, after): (Cents, Cents)| {
                (tax::after_tax(cx, before), tax::after_tax(cx, after))
            };
            let (taxable_before, taxable_after) = net(others.taxable);
            let income_before = t.figure(
                "net_income_before",
                decision.other_net_income + taxable_before + others.tax_free.0,
            );
            let income_after = t.figure(
                "net_income_with_work",
                decision.other_net_income + taxable_after + others.tax_free.1 + net_wages
                    - disregard,
            );
            Ok(Answer::new(
                BenefitKind::SocialAssistance,
                BenefitName::SocialAssistance,
                (expenses - income_before).max(Cents::ZERO),
                (expenses - income_after).max(Cents::ZERO),
                RULE,
            ))
        },
    )
}
