//! One month's benefits without and with the month's earnings, in the order they affect each other.

use super::json::{euros, percent};
use super::month::Month;
use super::rules::{Factor, Parameter, RuleError, RuleSet, RuleStatus, UsedParameter};
use crate::money::Cents;
use crate::task::ContractType;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A participant's benefits as they describe them (*etuusprofiili*). Stays on their device
/// unless they consent to share it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenefitProfile {
    pub adults: u8,
    #[serde(default)]
    pub children: u8,
    /// The tax card's withholding rate, used only for net estimates.
    #[serde(default, with = "percent")]
    pub tax_withholding_percent: Factor,
    pub benefits: Vec<Benefit>,
}

/// One benefit the participant receives, with the figures from their own decision letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Benefit {
    /// *Työmarkkinatuki*.
    UnemploymentBasic { period_started: NaiveDate },
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
    /// *Perustoimeentulotuki*. Without `basic_amount` the rule data's amount for the household is used.
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
    /// *Kansaneläkkeen työkyvyttömyyseläke*.
    KelaDisabilityPension {
        #[serde(with = "euros")]
        amount: Cents,
    },
    /// *Työeläkkeen työkyvyttömyyseläke*, full or partial.
    EarningsRelatedDisabilityPension {
        #[serde(with = "euros")]
        amount: Cents,
        #[serde(with = "euros")]
        established_earnings: Cents,
        #[serde(default)]
        partial: bool,
    },
    /// *Työosuusraha* in disability work activity, paid per attendance day.
    WorkActivityPay {
        #[serde(with = "euros")]
        per_day: Cents,
        days: Vec<NaiveDate>,
    },
    /// *Eläkkeensaajan asumistuki*: its formula is not verified, so no number is given.
    PensionerHousing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitKind {
    UnemploymentBasic,
    KelaDisabilityPension,
    EarningsRelatedDisabilityPension,
    WorkActivityPay,
    HousingGeneral,
    SocialAssistance,
    PensionerHousing,
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
            Benefit::PensionerHousing => BenefitKind::PensionerHousing,
        }
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultStatus {
    /// Every figure used is verified.
    Verified,
    /// Some figure used is marked `verify`: show the result as "check this".
    Verify,
    /// No number can be given honestly.
    Unknown,
}

/// Something the participant should know or do, as a code the app turns into a sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Warning {
    /// Work-activity pay is not paid on a day with earned income.
    SameDayWorkActivityPay { date: NaiveDate },
    /// Commission-contract pay while on unemployment allowance counts as entrepreneurship.
    CommissionContractUnemployment,
    PensionEarningsLimitExceeded {
        pension: BenefitKind,
        #[serde(with = "euros")]
        limit: Cents,
    },
    PensionEarningsLimitNear {
        pension: BenefitKind,
        #[serde(with = "euros")]
        limit: Cents,
    },
    /// Household income changes enough for Kela to revise the allowance from `from_month`.
    HousingAllowanceRevision { from_month: Month },
    /// A smaller rise changes nothing now, but the annual check may ask money back.
    HousingAllowanceAnnualCheck,
    /// A figure used is not verified: "check this with your supervisor".
    RuleUnverified { parameter: String },
    /// The pensioner's housing allowance may fall: no number until its formula is verified.
    PensionerHousingUnknown,
}

/// One benefit's month without extra work and with it, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BenefitImpact {
    pub kind: BenefitKind,
    #[serde(with = "euros::option")]
    pub baseline: Option<Cents>,
    #[serde(with = "euros::option")]
    pub with_work: Option<Cents>,
    #[serde(with = "euros::option")]
    pub change: Option<Cents>,
    /// The month whose payment of this benefit changes.
    pub lands_in_month: Month,
    /// The rule in a sentence, naming the figures below.
    pub rule: String,
    /// The figures the rule combined for this person, in euros.
    pub figures: BTreeMap<String, Euros>,
    pub parameters: BTreeMap<String, UsedParameter>,
    pub source: String,
    pub status: ResultStatus,
    /// Names of the `verify` parameters used (also in `parameters` when traced).
    #[serde(skip)]
    pub unverified: Vec<&'static str>,
}

/// An amount in a trace, serialised as euros.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Euros(#[serde(with = "euros")] pub Cents);

/// What a month's earnings do to all the participant's benefits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Impact {
    pub month: Month,
    /// Gross earnings paid in the month.
    #[serde(with = "euros")]
    pub earnings_gross: Cents,
    /// After the tax card's withholding.
    #[serde(with = "euros")]
    pub earnings_net_estimate: Cents,
    pub benefits: Vec<BenefitImpact>,
    /// Sum of the known changes to this month's benefits (never positive for earnings unless a
    /// pension rest lowers income).
    #[serde(with = "euros")]
    pub total_change: Cents,
    /// Sum of the known changes that land in a later month (a housing-allowance revision). Kept
    /// apart because that month's social assistance is decided on that month's own income.
    #[serde(with = "euros")]
    pub later_change: Cents,
    /// Gross earnings plus this month's total change: how much better off before tax this month.
    #[serde(with = "euros")]
    pub keep: Cents,
    pub status: ResultStatus,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImpactError {
    #[error(transparent)]
    Rule(#[from] RuleError),
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: &'static str,
    },
}

fn invalid(field: &'static str, problem: &'static str) -> ImpactError {
    ImpactError::Invalid { field, problem }
}

impl BenefitProfile {
    /// Refuses what cannot be a real household or decision, before anything is computed.
    pub fn validate(&self) -> Result<(), ImpactError> {
        if self.adults == 0 {
            return Err(invalid("adults", "at_least_one"));
        }
        if self.adults > 20 || self.children > 30 {
            return Err(invalid("household", "too_large"));
        }
        let mut kinds = BTreeSet::new();
        for benefit in &self.benefits {
            if !kinds.insert(benefit.kind()) {
                return Err(invalid("benefits", "kind_listed_twice"));
            }
            let amounts: Vec<Cents> = match benefit {
                Benefit::HousingGeneral {
                    housing_costs,
                    max_housing_costs,
                    other_income,
                } => vec![*housing_costs, *max_housing_costs, *other_income],
                Benefit::SocialAssistance {
                    basic_amount,
                    housing_costs,
                    other_expenses,
                    other_net_income,
                } => {
                    let mut v = vec![*housing_costs, *other_expenses, *other_net_income];
                    v.extend(basic_amount);
                    v
                }
                Benefit::KelaDisabilityPension { amount } => vec![*amount],
                Benefit::EarningsRelatedDisabilityPension {
                    amount,
                    established_earnings,
                    ..
                } => vec![*amount, *established_earnings],
                Benefit::WorkActivityPay { per_day, days } => {
                    if days.iter().collect::<BTreeSet<_>>().len() != days.len() {
                        return Err(invalid("days", "listed_twice"));
                    }
                    vec![*per_day]
                }
                Benefit::UnemploymentBasic { .. } | Benefit::PensionerHousing => vec![],
            };
            if amounts.iter().any(|a| *a < Cents::ZERO) {
                return Err(invalid("benefits", "negative_amount"));
            }
        }
        Ok(())
    }
}

fn validate_earnings(earnings: &[EarningInput]) -> Result<(), ImpactError> {
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

/// Collects the parameters and figures one benefit's rule used. Without `detail` it keeps only
/// what the numbers and warnings need, for projections over many months and people.
struct Trace<'r> {
    rules: &'r RuleSet,
    month: Month,
    detail: bool,
    parameters: BTreeMap<String, UsedParameter>,
    figures: BTreeMap<String, Euros>,
    unverified: Vec<&'static str>,
}

impl<'r> Trace<'r> {
    fn new(rules: &'r RuleSet, month: Month, detail: bool) -> Self {
        Trace {
            rules,
            month,
            detail,
            parameters: BTreeMap::new(),
            figures: BTreeMap::new(),
            unverified: Vec::new(),
        }
    }

    fn keep(&mut self, name: &'static str, parameter: &Parameter) {
        if parameter.status == RuleStatus::Verify {
            self.unverified.push(name);
        }
        if self.detail {
            self.parameters
                .insert(name.to_owned(), parameter.used(name));
        }
    }

    fn eur(&mut self, name: &'static str) -> Result<Cents, RuleError> {
        let (v, parameter) = self.rules.eur(name, self.month)?;
        self.keep(name, parameter);
        Ok(v)
    }

    fn ratio(&mut self, name: &'static str) -> Result<Factor, RuleError> {
        let (v, parameter) = self.rules.ratio(name, self.month)?;
        self.keep(name, parameter);
        Ok(v)
    }

    fn days(&mut self, name: &'static str) -> Result<Factor, RuleError> {
        let (v, parameter) = self.rules.days(name, self.month)?;
        self.keep(name, parameter);
        Ok(v)
    }

    fn date(&mut self, name: &'static str) -> Result<NaiveDate, RuleError> {
        let (v, parameter) = self.rules.date(name, self.month)?;
        self.keep(name, parameter);
        Ok(v)
    }

    fn figure(&mut self, name: &str, amount: Cents) -> Cents {
        if self.detail {
            self.figures.insert(name.to_owned(), Euros(amount));
        }
        amount
    }

    fn finish(
        self,
        kind: BenefitKind,
        baseline: Cents,
        with_work: Cents,
        lands_in_month: Month,
        rule: &str,
        main_parameter: &str,
    ) -> BenefitImpact {
        let status = if self.unverified.is_empty() {
            ResultStatus::Verified
        } else {
            ResultStatus::Verify
        };
        let source = self
            .parameters
            .get(main_parameter)
            .map(|p| p.source.clone())
            .unwrap_or_default();
        BenefitImpact {
            unverified: self.unverified,
            kind,
            baseline: Some(baseline),
            with_work: Some(with_work),
            change: Some(with_work - baseline),
            lands_in_month,
            rule: rule.to_owned(),
            figures: self.figures,
            parameters: self.parameters,
            source,
            status,
        }
    }
}

/// A benefit's amount without and with the month's work, for the benefits computed after it.
#[derive(Clone, Copy, Default)]
struct Pair {
    baseline: Cents,
    with_work: Cents,
}

impl From<&BenefitImpact> for Pair {
    fn from(b: &BenefitImpact) -> Pair {
        Pair {
            baseline: b.baseline.unwrap_or_default(),
            with_work: b.with_work.unwrap_or_default(),
        }
    }
}

/// What the earnings in `earnings` that are paid in `month` do to each benefit in `profile`.
/// Earnings paid in other months only count for the same-day rule of the days they were worked.
pub fn impact(
    rules: &RuleSet,
    month: Month,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Impact, ImpactError> {
    compute(rules, month, profile, earnings, true)
}

/// [`impact`]'s figures, status and warnings without the trace (which parameters and
/// intermediate figures were used): for the badges on a list of many tasks, where "Why?" is
/// not shown and copying each parameter's source text would be most of the work.
pub fn impact_untraced(
    rules: &RuleSet,
    month: Month,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Impact, ImpactError> {
    compute(rules, month, profile, earnings, false)
}

/// Each month of `year` in turn, without the traces: for "my money this year" and projections.
pub fn project_year(
    rules: &RuleSet,
    year: i32,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
) -> Result<Vec<Impact>, ImpactError> {
    (1..=12)
        .map(|m| {
            let month = Month::new(year, m).ok_or(invalid("year", "out_of_range"))?;
            compute(rules, month, profile, earnings, false)
        })
        .collect()
}

fn compute(
    rules: &RuleSet,
    month: Month,
    profile: &BenefitProfile,
    earnings: &[EarningInput],
    detail: bool,
) -> Result<Impact, ImpactError> {
    profile.validate()?;
    validate_earnings(earnings)?;
    let paid: Vec<&EarningInput> = earnings
        .iter()
        .filter(|e| month.contains(e.paid_on))
        .collect();
    let wages: Cents = paid.iter().map(|e| e.gross).sum();
    let find = |kind: BenefitKind| profile.benefits.iter().find(|b| b.kind() == kind);
    let mut warnings = BTreeSet::new();
    let mut results = Vec::new();

    let unemployment = match find(BenefitKind::UnemploymentBasic) {
        Some(Benefit::UnemploymentBasic { period_started }) => {
            if paid.iter().any(|e| e.contract == ContractType::Commission) {
                warnings.insert(Warning::CommissionContractUnemployment);
            }
            Some(unemployment_basic(
                Trace::new(rules, month, detail),
                *period_started,
                wages,
            )?)
        }
        _ => None,
    };
    results.extend(unemployment.clone());

    let kela_pension = match find(BenefitKind::KelaDisabilityPension) {
        Some(Benefit::KelaDisabilityPension { amount }) => {
            let mut t = Trace::new(rules, month, detail);
            let limit = t.eur("disability_pension.kela_earnings_limit")?;
            Some(pension(
                t,
                BenefitKind::KelaDisabilityPension,
                *amount,
                limit,
                wages,
                &mut warnings,
                "The Kela disability pension rests when the month's earnings are over the earnings limit.",
                "disability_pension.kela_earnings_limit",
            )?)
        }
        _ => None,
    };
    results.extend(kela_pension.clone());

    let earnings_pension = match find(BenefitKind::EarningsRelatedDisabilityPension) {
        Some(Benefit::EarningsRelatedDisabilityPension {
            amount,
            established_earnings,
            partial,
        }) => {
            let mut t = Trace::new(rules, month, detail);
            let floor = t.eur("disability_pension.kela_earnings_limit")?;
            let share = t.ratio(if *partial {
                "disability_pension.earnings_related_partial_share"
            } else {
                "disability_pension.earnings_related_full_share"
            })?;
            t.figure("established_earnings", *established_earnings);
            let limit = share.of(*established_earnings).max(floor);
            Some(pension(
                t,
                BenefitKind::EarningsRelatedDisabilityPension,
                *amount,
                limit,
                wages,
                &mut warnings,
                "The earnings-related disability pension rests when the month's earnings are over the limit: the share of established earnings, at least the Kela limit.",
                if *partial {
                    "disability_pension.earnings_related_partial_share"
                } else {
                    "disability_pension.earnings_related_full_share"
                },
            )?)
        }
        _ => None,
    };
    results.extend(earnings_pension.clone());

    if let Some(Benefit::WorkActivityPay { per_day, days }) = find(BenefitKind::WorkActivityPay) {
        results.push(work_activity_pay(
            Trace::new(rules, month, detail),
            *per_day,
            days,
            earnings,
            &mut warnings,
        )?);
    }

    let income_benefits = [&unemployment, &kela_pension, &earnings_pension]
        .into_iter()
        .flatten()
        .map(Pair::from)
        .fold(Pair::default(), |sum, p| Pair {
            baseline: sum.baseline + p.baseline,
            with_work: sum.with_work + p.with_work,
        });

    let housing = match find(BenefitKind::HousingGeneral) {
        Some(Benefit::HousingGeneral {
            housing_costs,
            max_housing_costs,
            other_income,
        }) => Some(housing_general(
            Trace::new(rules, month, detail),
            profile,
            HousingInput {
                costs: *housing_costs,
                max_costs: *max_housing_costs,
                other_income: *other_income,
            },
            income_benefits,
            &paid,
            wages,
            &mut warnings,
        )?),
        _ => None,
    };
    results.extend(housing.clone());

    if let Some(Benefit::SocialAssistance {
        basic_amount,
        housing_costs,
        other_expenses,
        other_net_income,
    }) = find(BenefitKind::SocialAssistance)
    {
        // Only the housing allowance actually paid this month counts; a revision lands later.
        let housing_paid_now = housing.as_ref().map_or(Cents::ZERO, |h| {
            if h.lands_in_month == month {
                h.with_work.unwrap_or_default()
            } else {
                h.baseline.unwrap_or_default()
            }
        });
        let housing_before = housing
            .as_ref()
            .map_or(Cents::ZERO, |h| h.baseline.unwrap_or_default());
        results.push(social_assistance(
            Trace::new(rules, month, detail),
            profile,
            SocialAssistanceInput {
                basic_amount: *basic_amount,
                housing_costs: *housing_costs,
                other_expenses: *other_expenses,
                other_net_income: *other_net_income,
            },
            Pair {
                baseline: income_benefits.baseline + housing_before,
                with_work: income_benefits.with_work + housing_paid_now,
            },
            wages,
        )?);
    }

    if find(BenefitKind::PensionerHousing).is_some() {
        warnings.insert(Warning::PensionerHousingUnknown);
        results.push(BenefitImpact {
            kind: BenefitKind::PensionerHousing,
            baseline: None,
            with_work: None,
            change: None,
            lands_in_month: month,
            rule: "The pensioner's housing allowance is tested on yearly income; its formula is not verified, so no amount is given.".into(),
            figures: BTreeMap::new(),
            parameters: BTreeMap::new(),
            source: "DOMAIN.md §3: exact formula parameters not verified".into(),
            status: ResultStatus::Unknown,
            unverified: Vec::new(),
        });
    }

    for name in results.iter().flat_map(|r| r.unverified.iter()) {
        warnings.insert(Warning::RuleUnverified {
            parameter: (*name).to_owned(),
        });
    }
    let change_landing = |this_month: bool| -> Cents {
        results
            .iter()
            .filter(|r| (r.lands_in_month == month) == this_month)
            .filter_map(|r| r.change)
            .sum()
    };
    let (total_change, later_change) = (change_landing(true), change_landing(false));
    let status = if results.iter().any(|r| r.status == ResultStatus::Unknown) {
        ResultStatus::Unknown
    } else if results.iter().any(|r| r.status == ResultStatus::Verify) {
        ResultStatus::Verify
    } else {
        ResultStatus::Verified
    };
    Ok(Impact {
        month,
        earnings_gross: wages,
        earnings_net_estimate: wages - profile.tax_withholding_percent_of(wages),
        benefits: results,
        total_change,
        later_change,
        keep: wages + total_change,
        status,
        warnings: warnings.into_iter().collect(),
    })
}

impl BenefitProfile {
    fn tax_withholding_percent_of(&self, gross: Cents) -> Cents {
        Factor(self.tax_withholding_percent.0 / 100).of(gross)
    }
}

fn unemployment_basic(
    mut t: Trace<'_>,
    period_started: NaiveDate,
    wages: Cents,
) -> Result<BenefitImpact, ImpactError> {
    let daily = t.eur("unemployment_basic.daily_rate")?;
    let days = t.days("unemployment_basic.days_per_month")?;
    let full = t.figure("full_month", days.of(daily));
    let cutoff = t.date("unemployment_basic.protected_amount_cutoff")?;
    let protected = if period_started < cutoff {
        t.eur("unemployment_basic.protected_amount")?
    } else {
        Cents::ZERO
    };
    t.figure("protected_amount_applied", protected);
    t.figure("wages_paid_this_month", wages);
    let rate = t.ratio("unemployment_basic.adjustment_rate")?;
    let reduction = t.figure("reduction", rate.of((wages - protected).max(Cents::ZERO)));
    let with_work = (full - reduction).max(Cents::ZERO);
    let month = t.month;
    Ok(t.finish(
        BenefitKind::UnemploymentBasic,
        full,
        with_work,
        month,
        "Adjusted allowance: the full month (daily rate × days) less the adjustment rate times the wages paid this month over the protected amount (only for benefit periods started before the cut-off date).",
        "unemployment_basic.adjustment_rate",
    ))
}

#[allow(clippy::too_many_arguments)]
fn pension(
    mut t: Trace<'_>,
    kind: BenefitKind,
    amount: Cents,
    limit: Cents,
    wages: Cents,
    warnings: &mut BTreeSet<Warning>,
    rule: &str,
    main_parameter: &str,
) -> Result<BenefitImpact, ImpactError> {
    let near = t.ratio("disability_pension.near_limit_share")?;
    t.figure("earnings_limit", limit);
    t.figure("wages_paid_this_month", wages);
    let rests = wages > limit;
    if rests {
        warnings.insert(Warning::PensionEarningsLimitExceeded {
            pension: kind,
            limit,
        });
    } else if wages > Cents::ZERO && wages >= near.of(limit) {
        warnings.insert(Warning::PensionEarningsLimitNear {
            pension: kind,
            limit,
        });
    }
    let month = t.month;
    Ok(t.finish(
        kind,
        amount,
        if rests { Cents::ZERO } else { amount },
        month,
        rule,
        main_parameter,
    ))
}

fn work_activity_pay(
    mut t: Trace<'_>,
    per_day: Cents,
    days: &[NaiveDate],
    earnings: &[EarningInput],
    warnings: &mut BTreeSet<Warning>,
) -> Result<BenefitImpact, ImpactError> {
    let month = t.month;
    let days_in_month: Vec<NaiveDate> = days
        .iter()
        .copied()
        .filter(|d| month.contains(*d))
        .collect();
    let lost: Vec<NaiveDate> = days_in_month
        .iter()
        .copied()
        .filter(|d| {
            earnings
                .iter()
                .any(|e| e.worked_on == *d && e.gross > Cents::ZERO)
        })
        .collect();
    for date in &lost {
        warnings.insert(Warning::SameDayWorkActivityPay { date: *date });
    }
    t.eur("work_activity.tax_free_daily_limit")?;
    t.figure("per_day", per_day);
    let count = |n: usize| Cents(per_day.0.saturating_mul(n as i64));
    let baseline = t.figure("days_in_month_total", count(days_in_month.len()));
    let with_work = count(days_in_month.len() - lost.len());
    Ok(t.finish(
        BenefitKind::WorkActivityPay,
        baseline,
        with_work,
        month,
        "Work-activity pay is paid per attendance day, but not on a day with earned income (the same-day rule).",
        "work_activity.tax_free_daily_limit",
    ))
}

struct HousingInput {
    costs: Cents,
    max_costs: Cents,
    other_income: Cents,
}

fn housing_general(
    mut t: Trace<'_>,
    profile: &BenefitProfile,
    input: HousingInput,
    benefits: Pair,
    paid: &[&EarningInput],
    wages: Cents,
    warnings: &mut BTreeSet<Warning>,
) -> Result<BenefitImpact, ImpactError> {
    let rate = t.ratio("housing_general.rate")?;
    let coefficient = t.ratio("housing_general.income_coefficient")?;
    let base = t.eur("housing_general.excess_base")?;
    let per_adult = t.eur("housing_general.excess_per_adult")?;
    let per_child = t.eur("housing_general.excess_per_child")?;
    let rise_limit = t.eur("housing_general.revision_rise")?;
    let fall_limit = t.eur("housing_general.revision_fall")?;
    let income_limit = t.figure(
        "income_limit",
        base + Cents(per_adult.0 * i64::from(profile.adults))
            + Cents(per_child.0 * i64::from(profile.children)),
    );
    let accepted = t.figure("accepted_costs", input.costs.min(input.max_costs));
    let allowance = |income: Cents| {
        // Kela's decisions round the monthly income to whole euros before the formula.
        let excess = coefficient.of((whole_euros(income) - income_limit).max(Cents::ZERO));
        (rate.of((accepted - excess).max(Cents::ZERO)), excess)
    };
    let income_before = t.figure(
        "household_income_before",
        input.other_income + benefits.baseline,
    );
    let income_after = t.figure(
        "household_income_with_work",
        input.other_income + wages + benefits.with_work,
    );
    let (before, excess_before) = allowance(income_before);
    t.figure("basic_excess_before", excess_before);
    let change_in_income = income_after - income_before;
    let month = t.month;
    let revised = change_in_income >= rise_limit || change_in_income <= -fall_limit;
    let (after, excess_after) = allowance(income_after);
    t.figure("basic_excess_with_work", excess_after);
    let (with_work, lands) = if revised {
        // The new amount applies from the start of the month after the month from whose first
        // day the change holds: pay on the 1st revises from next month, later pay a month after.
        let holds_from_first_day = paid
            .iter()
            .map(|e| e.paid_on)
            .min()
            .is_none_or(|d| d.day() == 1);
        let lands = month.plus(if holds_from_first_day { 1 } else { 2 });
        warnings.insert(Warning::HousingAllowanceRevision { from_month: lands });
        (after, lands)
    } else {
        // Unrevised now, but the annual check compares the year's real income with the decision.
        if after < before {
            warnings.insert(Warning::HousingAllowanceAnnualCheck);
        }
        (before, month)
    };
    Ok(t.finish(
        BenefitKind::HousingGeneral,
        before,
        with_work,
        lands,
        "Allowance = rate × (accepted housing costs − basic excess); basic excess = income coefficient × (household income in whole euros − income limit). Revised only when household income rises by the revision threshold or more (or falls by the lower threshold).",
        "housing_general.rate",
    ))
}

fn whole_euros(c: Cents) -> Cents {
    Factor(10_000).of(c).0.checked_mul(100).map_or(c, Cents)
}

struct SocialAssistanceInput {
    basic_amount: Option<Cents>,
    housing_costs: Cents,
    other_expenses: Cents,
    other_net_income: Cents,
}

fn social_assistance(
    mut t: Trace<'_>,
    profile: &BenefitProfile,
    input: SocialAssistanceInput,
    benefits: Pair,
    wages: Cents,
) -> Result<BenefitImpact, ImpactError> {
    let basic = match input.basic_amount {
        Some(amount) => amount,
        None => match (profile.adults, profile.children) {
            (1, 0) => t.eur("social_assistance.basic_amount_single")?,
            (1, _) => t.eur("social_assistance.basic_amount_single_parent")?,
            (adults, 0) => {
                let per_adult = t.eur("social_assistance.basic_amount_sharing_adult")?;
                Cents(per_adult.0 * i64::from(adults))
            }
            // Children's own basic amounts are not in the rule data: ask for the decision's figure.
            _ => {
                return Err(invalid(
                    "social_assistance.basic_amount",
                    "required_for_families",
                ));
            }
        },
    };
    t.figure("basic_amount", basic);
    let expenses = t.figure(
        "expenses",
        basic + input.housing_costs + input.other_expenses,
    );
    let net_wages = t.figure(
        "net_wages",
        wages - profile.tax_withholding_percent_of(wages),
    );
    let share = t.ratio("social_assistance.earned_income_disregard_share")?;
    let cap = t.eur("social_assistance.earned_income_disregard_cap")?;
    let disregard = t.figure("earned_income_disregard", share.of(net_wages).min(cap));
    let income_before = t.figure(
        "net_income_before",
        input.other_net_income + benefits.baseline,
    );
    let income_after = t.figure(
        "net_income_with_work",
        input.other_net_income + benefits.with_work + net_wages - disregard,
    );
    let before = (expenses - income_before).max(Cents::ZERO);
    let with_work = (expenses - income_after).max(Cents::ZERO);
    let month = t.month;
    Ok(t.finish(
        BenefitKind::SocialAssistance,
        before,
        with_work,
        month,
        "Last-resort support: accepted expenses (basic amount + housing + other) minus net income, the other benefits included; net earnings count after the earned-income deduction where it is in force.",
        "social_assistance.earned_income_disregard_cap",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn cents(max: i64) -> impl Strategy<Value = Cents> {
        (0..=max).prop_map(Cents)
    }

    prop_compose! {
        fn profile()(
            adults in 1u8..4,
            children in 0u8..3,
            tax in 0u8..40,
            unemployment in proptest::option::of(prop_oneof![Just(date(2023, 5, 1)), Just(date(2025, 6, 1))]),
            housing in proptest::option::of((cents(150_000), cents(120_000), cents(300_000))),
            assistance in proptest::option::of((cents(100_000), cents(50_000), cents(200_000))),
            kela in proptest::option::of(cents(120_000)),
            earnings_pension in proptest::option::of((cents(250_000), cents(500_000), any::<bool>())),
            work_activity in proptest::option::of((cents(1_500), proptest::collection::btree_set(1u32..29, 0..8))),
            pensioner in any::<bool>(),
        ) -> BenefitProfile {
            let mut benefits = vec![];
            if let Some(period_started) = unemployment {
                benefits.push(Benefit::UnemploymentBasic { period_started });
            }
            if let Some((housing_costs, max_housing_costs, other_income)) = housing {
                benefits.push(Benefit::HousingGeneral { housing_costs, max_housing_costs, other_income });
            }
            if let Some((housing_costs, other_expenses, other_net_income)) = assistance {
                benefits.push(Benefit::SocialAssistance {
                    basic_amount: (children > 0 && adults > 1).then_some(Cents(120_000)),
                    housing_costs, other_expenses, other_net_income,
                });
            }
            if let Some(amount) = kela {
                benefits.push(Benefit::KelaDisabilityPension { amount });
            }
            if let Some((amount, established_earnings, partial)) = earnings_pension {
                benefits.push(Benefit::EarningsRelatedDisabilityPension { amount, established_earnings, partial });
            }
            if let Some((per_day, days)) = work_activity {
                benefits.push(Benefit::WorkActivityPay { per_day, days: days.into_iter().map(|d| date(2026, 4, d)).collect() });
            }
            if pensioner {
                benefits.push(Benefit::PensionerHousing);
            }
            BenefitProfile { adults, children, tax_withholding_percent: Factor::percent(tax), benefits }
        }
    }

    prop_compose! {
        fn earnings()(items in proptest::collection::vec((cents(150_000), 1u32..29, 0u32..20, any::<bool>()), 0..5)) -> Vec<EarningInput> {
            items.into_iter().map(|(gross, day, delay, commission)| {
                let worked_on = date(2026, 4, day);
                EarningInput {
                    gross,
                    worked_on,
                    paid_on: worked_on + chrono::Duration::days(i64::from(delay)),
                    contract: if commission { ContractType::Commission } else { ContractType::Employment },
                }
            }).collect()
        }
    }

    fn a_pension_rests(result: &Impact) -> bool {
        result
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::PensionEarningsLimitExceeded { .. }))
    }

    proptest! {
        /// Earnings never raise a benefit, unless a resting pension lowers household income.
        #[test]
        fn earnings_never_raise_a_benefit_while_no_pension_rests(profile in profile(), earnings in earnings()) {
            let rules = RuleSet::builtin().unwrap();
            let month: Month = "2026-04".parse().unwrap();
            let result = impact(&rules, month, &profile, &earnings).unwrap();
            if !a_pension_rests(&result) {
                for b in &result.benefits {
                    prop_assert!(b.change.unwrap_or_default() <= Cents::ZERO, "{:?} rose: {:?}", b.kind, b.change);
                }
            }
        }

        /// Work never leaves someone worse off before tax, unless a pension rests or work-activity
        /// pay is lost on a day worked (both warned about), or the pay lands in another month.
        #[test]
        fn keep_is_never_negative_without_a_resting_pension_or_a_lost_activity_day(profile in profile(), earnings in earnings()) {
            let rules = RuleSet::builtin().unwrap();
            let month: Month = "2026-04".parse().unwrap();
            let result = impact(&rules, month, &profile, &earnings).unwrap();
            let lost_day = result.warnings.iter().any(|w| matches!(w, Warning::SameDayWorkActivityPay { .. }));
            if !a_pension_rests(&result) && !lost_day {
                prop_assert!(result.keep >= Cents::ZERO, "keep {}", result.keep);
            }
            prop_assert_eq!(result.keep, result.earnings_gross + result.total_change);
        }

        /// Without earnings nothing changes and nothing is warned about except unverified figures.
        #[test]
        fn no_earnings_change_nothing(profile in profile()) {
            let rules = RuleSet::builtin().unwrap();
            let month: Month = "2026-04".parse().unwrap();
            let result = impact(&rules, month, &profile, &[]).unwrap();
            prop_assert_eq!(result.total_change, Cents::ZERO);
            let only_notes = result.warnings.iter().all(|w| matches!(w, Warning::RuleUnverified { .. } | Warning::PensionerHousingUnknown));
            prop_assert!(only_notes, "{:?}", result.warnings);
        }
    }

    #[test]
    fn impossible_profiles_are_refused() {
        let rules = RuleSet::builtin().unwrap();
        let month: Month = "2026-04".parse().unwrap();
        let mut profile = BenefitProfile {
            adults: 0,
            children: 0,
            tax_withholding_percent: Factor::ZERO,
            benefits: vec![],
        };
        assert_eq!(
            impact(&rules, month, &profile, &[]).unwrap_err(),
            invalid("adults", "at_least_one")
        );
        profile.adults = 1;
        profile.benefits = vec![Benefit::KelaDisabilityPension { amount: Cents(-1) }];
        assert_eq!(
            impact(&rules, month, &profile, &[]).unwrap_err(),
            invalid("benefits", "negative_amount")
        );
        profile.benefits = vec![Benefit::PensionerHousing, Benefit::PensionerHousing];
        assert_eq!(
            impact(&rules, month, &profile, &[]).unwrap_err(),
            invalid("benefits", "kind_listed_twice")
        );
        let backwards = EarningInput {
            gross: Cents(100),
            worked_on: date(2026, 4, 10),
            paid_on: date(2026, 4, 9),
            contract: ContractType::Employment,
        };
        profile.benefits = vec![];
        assert_eq!(
            impact(&rules, month, &profile, &[backwards]).unwrap_err(),
            invalid("earnings.paid_on", "before_worked_on")
        );
    }
}
