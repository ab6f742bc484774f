//! What the engine answers: per benefit the month without and with the work, why, and what
//! the participant should know; the month's totals before and after tax.

use super::json::euros;
use super::month::Month;
use super::profile::BenefitKind;
use super::rules::UsedParameter;
use crate::money::{Cents, Minutes};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultStatus {
    /// Every figure used is verified.
    Verified,
    /// Some figure used is marked `verify`: show the result as "check this", naming it.
    Verify,
    /// No number can be given honestly.
    Unknown,
}

/// The name a benefit has in the month asked about, as the person's own decision letters
/// name it (the app turns it into words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitName {
    /// *Työmarkkinatuki*, until 30.4.2026.
    LabourMarketSupport,
    /// *Yleistuki* (sv. *allmänt stöd*), from 1.5.2026.
    GeneralSupport,
    KelaDisabilityPension,
    EarningsRelatedDisabilityPension,
    WorkActivityPay,
    /// *Kulukorvaus*: rehabilitative work activity's 9 €/day, paid with the unemployment benefit.
    ExpenseCompensation,
    /// *Toimintaraha*: the same 9 €/day for a person on social assistance.
    ActivityAllowance,
    HousingGeneral,
    PensionerHousing,
    SocialAssistance,
}

/// Something the participant should know or do, as a code the app turns into a sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Warning {
    /// Work-activity pay is not paid on a day with earned income.
    SameDayWorkActivityPay { date: NaiveDate },
    /// Paid work on a rehabilitative work activity day must be outside the activity's hours.
    RehabilitativeActivityDay { date: NaiveDate },
    /// Commission-contract pay while on unemployment benefit counts as own work.
    CommissionContractUnemployment,
    /// Working time over the limit of the adjusted benefit: no benefit for the period.
    WorkingTimeLimitExceeded { limit: Minutes },
    /// Over the earnings limit this month, `in_a_row` months in a row so far. Three in a row
    /// stop the pension: `stops_from` is the month it stops, when the pay known makes it so.
    PensionEarningsLimitExceeded {
        pension: BenefitKind,
        #[serde(with = "euros")]
        limit: Cents,
        in_a_row: u32,
        stops_from: Option<Month>,
    },
    PensionEarningsLimitNear {
        pension: BenefitKind,
        #[serde(with = "euros")]
        limit: Cents,
    },
    /// A full earnings-related pension turns into a partial one (half) when earnings stay over
    /// its limit but under the partial pension's limit three months in a row (`from_month`,
    /// when the pay known makes it so).
    PensionTurnsPartial {
        #[serde(with = "euros")]
        limit: Cents,
        in_a_row: u32,
        from_month: Option<Month>,
    },
    /// Lasting work changes the household's income enough for `benefit` (a housing allowance)
    /// to be revised from `from_month`, once the person applies for the revision.
    HousingAllowanceRevision {
        benefit: BenefitKind,
        from_month: Month,
    },
    /// A one-off or smaller rise changes the general housing allowance nothing now and need
    /// not be reported now; the annual check counts it.
    HousingAllowanceAnnualCheck,
    /// A figure used is not verified: which one, so the app can say what to check.
    RuleUnverified { parameter: Cow<'static, str> },
    /// A figure of `year` is not published yet: an earlier year's is used, marked for checking.
    FigureNotYetPublished {
        parameter: Cow<'static, str>,
        year: i32,
    },
    /// No figure is known for the month: the benefit's amount cannot be said.
    FigureUnknown { parameter: Cow<'static, str> },
    /// The person's own figures for a benefit are missing from their profile.
    ProfileFiguresMissing { benefit: BenefitKind },
    /// Social assistance counts net income; without the tax percentage it counts wages and
    /// benefits as if nothing were withheld, which makes the allowance look smaller.
    TaxPercentUnknown,
}

/// A change that lands after the month asked about: a pension resting, an allowance revised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaterEffect {
    pub benefit: BenefitKind,
    /// The first month it changes.
    pub from: Month,
    /// How many months in a row it lasts at least; `None`: until the next revision.
    pub months: Option<u32>,
    /// The change in each of those months.
    #[serde(with = "euros")]
    pub per_month: Cents,
}

/// One benefit's month without extra work and with it, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BenefitImpact {
    pub kind: BenefitKind,
    pub name: BenefitName,
    #[serde(with = "euros::option")]
    pub baseline: Option<Cents>,
    #[serde(with = "euros::option")]
    pub with_work: Option<Cents>,
    #[serde(with = "euros::option")]
    pub change: Option<Cents>,
    /// The month whose payment of this benefit changes first.
    pub lands_in_month: Month,
    /// Changes that land in later months (also summed in the impact's `later`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub later: Vec<LaterEffect>,
    /// The rule in a sentence, naming the figures below (the app shows its own words).
    pub rule: Cow<'static, str>,
    /// The figures the rule combined for this person, in euros.
    pub figures: BTreeMap<String, Euros>,
    pub parameters: BTreeMap<Cow<'static, str>, UsedParameter>,
    pub status: ResultStatus,
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
    /// After the tax card's withholding and the employee's contributions; `None` without the
    /// tax percentage.
    #[serde(with = "euros::option")]
    pub earnings_net_estimate: Option<Cents>,
    pub benefits: Vec<BenefitImpact>,
    /// Sum of the known changes to this month's benefits.
    #[serde(with = "euros")]
    pub total_change: Cents,
    /// Sum of the per-month changes that land in later months (a housing-allowance revision,
    /// a pension resting): kept apart, and listed month by month in `later`.
    #[serde(with = "euros")]
    pub later_change: Cents,
    pub later: Vec<LaterEffect>,
    /// Gross earnings less the employee's contributions (always taken from wages), plus this
    /// month's total change: how much better off before income tax. Social assistance, cut by
    /// net pay, then leaves 0 €, as it does in the account.
    #[serde(with = "euros")]
    pub keep: Cents,
    /// The same after tax and the employee's contributions (tax-free benefits count in
    /// full); `None` without the tax percentage.
    #[serde(with = "euros::option")]
    pub keep_after_tax: Option<Cents>,
    pub status: ResultStatus,
    pub warnings: Vec<Warning>,
}

impl BenefitImpact {
    /// A benefit whose amount cannot be said, with what is missing.
    pub(crate) fn unknown(kind: BenefitKind, name: BenefitName, month: Month) -> BenefitImpact {
        BenefitImpact {
            kind,
            name,
            baseline: None,
            with_work: None,
            change: None,
            lands_in_month: month,
            later: Vec::new(),
            rule: Cow::Borrowed(""),
            figures: BTreeMap::new(),
            parameters: BTreeMap::new(),
            status: ResultStatus::Unknown,
        }
    }
}
