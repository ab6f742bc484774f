//! The benefit engine: what a month's earnings do to each benefit, from dated rule data, with reasons.
//!
//! Rules-as-code: every figure comes from `core/rules/*.json` with the dates it holds, its source
//! and whether it is verified; the code only says how the figures combine. Earnings count in the
//! month they are paid (DOMAIN.md §2.5), except for the same-day rule, which is about the day worked.

mod engine;
mod json;
mod month;
mod rules;

pub use engine::{
    Benefit, BenefitImpact, BenefitKind, BenefitProfile, EarningInput, Impact, ImpactError,
    ResultStatus, Warning, impact, impact_untraced, project_year,
};
pub use json::{ImpactRequest, euros};
pub use month::{Month, ParseMonthError};
pub use rules::{Factor, Parameter, RuleError, RuleSet, RuleStatus, UsedParameter, Value};
