//! The benefit engine: what a month's earnings do to each benefit, from dated rule data, with reasons.
//!
//! Rules-as-code: every figure comes from a rule set (`core/rules/keikka-rules.json` ships in
//! the build; a server hands out newer ones) with the dates it holds, its source and whether it
//! is verified; the code only says how the figures combine. One module per benefit holds its
//! rule, the names of its parameters and what it traces; `engine.rs` says once in which order
//! they are computed. Earnings count in the month they are paid (DOMAIN.md §2.5), except for
//! the same-day rule, which is about the day worked.

mod context;
mod engine;
mod housing;
mod json;
mod month;
mod pension;
mod profile;
mod result;
mod rules;
mod social_assistance;
mod tax;
mod trace;
mod unemployment;
mod work_activity;

pub use engine::{
    MAX_PLAN_MONTHS, impact, impact_untraced, parameters, plan, plan_untraced, project_year,
};
pub use json::{ImpactRequest, PlanRequest, euros};
pub use month::{Month, ParseMonthError};
pub use pension::KELA_REGARDLESS_RULE;
pub use profile::{Benefit, BenefitKind, BenefitProfile, EarningInput, ImpactError};
pub use result::{BenefitImpact, BenefitName, Euros, Impact, LaterEffect, ResultStatus, Warning};
pub use rules::{
    Basis, COVERED_FROM, COVERED_UNTIL, Factor, MAX_RULE_SET_BYTES, Param, Parameter, RuleError,
    RuleSet, RuleStatus, RuleVersion, Source, Unit, UsedParameter, Value, covered,
};
