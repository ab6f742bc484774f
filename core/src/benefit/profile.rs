//! What the engine is asked about: the participant's benefits as their decision letters give
//! them, and the pay that counts for a month.

use super::json::{euros, percent};
use super::rules::Factor;
use crate::money::{Cents, Minutes};
use crate::task::ContractType;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A participant's benefits as they describe them (*etuusprofiili*). Stays on their device
/// unless they consent to share it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenefitProfile {
    pub adults: u8,
    #[serde(default)]
    pub children: u8,
    /// The tax card's withholding percentage (*veroprosentti*), for wages and the taxable
    /// benefits alike; `None` when the person does not know it, and then nothing after tax is
    /// said. Social assistance still needs net income: it then counts as if no tax were
    /// withheld, and says so.
    #[serde(default, with = "percent::option")]
    pub tax_withholding_percent: Option<Factor>,
    pub benefits: Vec<Benefit>,
}

/// One benefit the participant receives, with the figures from their own decision letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Benefit {
    /// Kela's basic unemployment benefit: *työmarkkinatuki* (and *peruspäiväraha*), from
    /// 1.5.2026 *yleistuki*. `period_started` was asked for the protected amount, which no
    /// adjustment period has had since 1.4.2024; it is read from older profiles and ignored.
    UnemploymentBasic {
        #[serde(default, skip_serializing)]
        period_started: Option<NaiveDate>,
    },
    /// *Yleinen asumistuki*. `other_income`: household gross monthly income the engine does not
    /// model (e.g. sickness allowance, a partner's wages).
    HousingGeneral {
        #[serde(with = "euros")]
        housing_costs: Cents,
        #[serde(with = "euros")]
        max_housing_costs: Cents,
        #[serde(default, with = "euros")]
        other_income: Cents,
    },
    /// *Perustoimeentulotuki*. Without `basic_amount` the rule data's amount for the household
    /// is used; a household with children must give its decision's figure (the children's
    /// parts depend on their ages and the child benefit counts as income).
    SocialAssistance {
        #[serde(default, with = "euros::option")]
        basic_amount: Option<Cents>,
        #[serde(with = "euros")]
        housing_costs: Cents,
        #[serde(default, with = "euros")]
        other_expenses: Cents,
        #[serde(default, with = "euros")]
        other_net_income: Cents,
    },
    /// *Kansaneläkkeen työkyvyttömyyseläke*. `regardless_of_earnings`: granted for permanent
    /// blindness or inability to move, it is paid whatever the earnings.
    KelaDisabilityPension {
        #[serde(with = "euros")]
        amount: Cents,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        regardless_of_earnings: bool,
    },
    /// *Työeläkkeen työkyvyttömyyseläke*, full or partial (*osatyökyvyttömyyseläke*).
    /// `personal_limit`: the earnings limit the pension decision states, when the person has
    /// it; otherwise it is computed from `established_earnings` (*vakiintunut ansio*).
    EarningsRelatedDisabilityPension {
        #[serde(with = "euros")]
        amount: Cents,
        #[serde(with = "euros")]
        established_earnings: Cents,
        #[serde(default)]
        partial: bool,
        #[serde(
            default,
            with = "euros::option",
            skip_serializing_if = "Option::is_none"
        )]
        personal_limit: Option<Cents>,
    },
    /// *Työosuusraha* in disability work activity, paid per attendance day.
    WorkActivityPay {
        #[serde(with = "euros")]
        per_day: Cents,
        days: Vec<NaiveDate>,
    },
    /// Rehabilitative work activity (*kuntouttava työtoiminta*) on these attendance days: the
    /// 9 €/day *kulukorvaus* paid with the unemployment benefit, or the *toimintaraha* paid
    /// with social assistance when there is no unemployment benefit.
    RehabilitativeWorkActivity { days: Vec<NaiveDate> },
    /// *Eläkkeensaajan asumistuki*, from the person's own decision: yearly accepted housing
    /// costs and the yearly income it counted (pensions and other income, before tax).
    /// Profiles saved before these figures were asked for have none: the answer is then
    /// "unknown" until the person fills them in.
    PensionerHousing {
        #[serde(default, with = "euros::option")]
        yearly_housing_costs: Option<Cents>,
        #[serde(default, with = "euros::option")]
        yearly_max_housing_costs: Option<Cents>,
        #[serde(default, with = "euros::option")]
        yearly_income: Option<Cents>,
        /// A married or cohabiting couple (the income limit is higher).
        #[serde(default)]
        couple: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitKind {
    UnemploymentBasic,
    KelaDisabilityPension,
    EarningsRelatedDisabilityPension,
    WorkActivityPay,
    RehabilitativeCompensation,
    HousingGeneral,
    PensionerHousing,
    SocialAssistance,
}

impl Benefit {
    pub fn kind(&self) -> BenefitKind {
        match self {
            Benefit::UnemploymentBasic { .. } => BenefitKind::UnemploymentBasic,
            Benefit::HousingGeneral { .. } => BenefitKind::HousingGeneral,
            Benefit::SocialAssistance { .. } => BenefitKind::SocialAssistance,
            Benefit::KelaDisabilityPension { .. } => BenefitKind::KelaDisabilityPension,
            Benefit::EarningsRelatedDisabilityPension { .. } => {
                BenefitKind::EarningsRelatedDisabilityPension
            }
            Benefit::WorkActivityPay { .. } => BenefitKind::WorkActivityPay,
            Benefit::RehabilitativeWorkActivity { .. } => BenefitKind::RehabilitativeCompensation,
            Benefit::PensionerHousing { .. } => BenefitKind::PensionerHousing,
        }
    }

    /// Is this benefit taxed (so that a change in it is a change before tax)?
    pub fn taxable(kind: BenefitKind) -> bool {
        matches!(
            kind,
            BenefitKind::UnemploymentBasic
                | BenefitKind::KelaDisabilityPension
                | BenefitKind::EarningsRelatedDisabilityPension
        )
    }
}

/// Gross pay for one piece of work: it counts in the month of `paid_on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarningInput {
    #[serde(with = "euros")]
    pub gross: Cents,
    pub worked_on: NaiveDate,
    pub paid_on: NaiveDate,
    pub contract: ContractType,
    /// The working time, for the unemployment benefit's working-time limit; unknown when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<Minutes>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImpactError {
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: &'static str,
    },
}

impl ImpactError {
    /// The refusal as a sentence a person can act on: which field, and what is allowed.
    pub fn explain(&self) -> String {
        let ImpactError::Invalid { field, problem } = self;
        let allowed = match *problem {
            "at_least_one" => "must be at least 1 (the person is one adult)",
            "too_large" => "is too large: at most 20 adults and 30 children",
            "kind_listed_twice" => "lists the same benefit twice: give each kind once",
            "negative_amount" => "has a negative amount: amounts are 0 or more",
            "listed_twice" => "lists the same day twice",
            "before_worked_on" => "is before the day worked: pay cannot come before the work",
            "too_many_days" => "lists more than 400 days",
            "no_months" => "is empty: give 1 to 12 months, as YYYY-MM",
            "more_than_twelve" => "lists more than 12 months: a plan covers at most a year",
            "month_repeated" => "lists the same month twice: give each month once",
            "out_of_order" => "is out of order: give the months from the earliest to the latest",
            _ => "is not allowed",
        };
        format!("{field} {allowed}")
    }
}

pub(crate) fn invalid(field: &'static str, problem: &'static str) -> ImpactError {
    ImpactError::Invalid { field, problem }
}

/// More attendance days than a year and a month has: a broken client, not a schedule.
const MAX_DAYS: usize = 400;

impl BenefitProfile {
    /// Refuses what cannot be a real household or decision, before anything is computed.
    pub fn validate(&self) -> Result<(), ImpactError> {
        if self.adults == 0 {
            return Err(invalid("adults", "at_least_one"));
        }
        if self.adults > 20 || self.children > 30 {
            return Err(invalid("household", "too_large"));
        }
        // Checked on every answer, so without allocating: the kinds are a handful.
        for (i, benefit) in self.benefits.iter().enumerate() {
            if self.benefits[..i]
                .iter()
                .any(|b| b.kind() == benefit.kind())
            {
                return Err(invalid("benefits", "kind_listed_twice"));
            }
            let negative =
                |amounts: &[Option<Cents>]| amounts.iter().flatten().any(|a| *a < Cents::ZERO);
            let bad = match benefit {
                Benefit::HousingGeneral {
                    housing_costs,
                    max_housing_costs,
                    other_income,
                } => negative(&[
                    Some(*housing_costs),
                    Some(*max_housing_costs),
                    Some(*other_income),
                ]),
                Benefit::SocialAssistance {
                    basic_amount,
                    housing_costs,
                    other_expenses,
                    other_net_income,
                } => negative(&[
                    *basic_amount,
                    Some(*housing_costs),
                    Some(*other_expenses),
                    Some(*other_net_income),
                ]),
                Benefit::KelaDisabilityPension { amount, .. } => negative(&[Some(*amount)]),
                Benefit::EarningsRelatedDisabilityPension {
                    amount,
                    established_earnings,
                    personal_limit,
                    ..
                } => negative(&[Some(*amount), Some(*established_earnings), *personal_limit]),
                Benefit::WorkActivityPay { per_day, days } => {
                    check_days(days)?;
                    negative(&[Some(*per_day)])
                }
                Benefit::RehabilitativeWorkActivity { days } => {
                    check_days(days)?;
                    false
                }
                Benefit::PensionerHousing {
                    yearly_housing_costs,
                    yearly_max_housing_costs,
                    yearly_income,
                    ..
                } => negative(&[
                    *yearly_housing_costs,
                    *yearly_max_housing_costs,
                    *yearly_income,
                ]),
                Benefit::UnemploymentBasic { .. } => false,
            };
            if bad {
                return Err(invalid("benefits", "negative_amount"));
            }
        }
        Ok(())
    }

    pub fn find(&self, kind: BenefitKind) -> Option<&Benefit> {
        self.benefits.iter().find(|b| b.kind() == kind)
    }

    pub fn has(&self, kind: BenefitKind) -> bool {
        self.find(kind).is_some()
    }
}

fn check_days(days: &[NaiveDate]) -> Result<(), ImpactError> {
    if days.len() > MAX_DAYS {
        return Err(invalid("days", "too_many_days"));
    }
    // Days written out by the app come in order; only others need the set.
    let ascending = days.windows(2).all(|w| w[0] < w[1]);
    if !ascending && days.iter().collect::<BTreeSet<_>>().len() != days.len() {
        return Err(invalid("days", "listed_twice"));
    }
    Ok(())
}

pub(crate) fn validate_earnings(earnings: &[EarningInput]) -> Result<(), ImpactError> {
    for e in earnings {
        if e.gross < Cents::ZERO {
            return Err(invalid("earnings.gross", "negative_amount"));
        }
        if e.paid_on < e.worked_on {
            return Err(invalid("earnings.paid_on", "before_worked_on"));
        }
    }
    Ok(())
}
