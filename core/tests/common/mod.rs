//! The worked-example tables shared by the native and the wasm32 tests.

#![allow(dead_code)]

use keikka_core::Cents;
use keikka_core::benefit::{
    BenefitKind, BenefitName, Impact, ImpactRequest, LaterEffect, Month, PlanRequest, ResultStatus,
    euros,
};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

pub const TABLES: [(&str, &str); 6] = [
    (
        "unemployment_basic",
        include_str!("../benefit_examples/unemployment_basic.json"),
    ),
    (
        "housing_general",
        include_str!("../benefit_examples/housing_general.json"),
    ),
    (
        "social_assistance",
        include_str!("../benefit_examples/social_assistance.json"),
    ),
    (
        "disability_pension",
        include_str!("../benefit_examples/disability_pension.json"),
    ),
    (
        "work_activity_pay",
        include_str!("../benefit_examples/work_activity_pay.json"),
    ),
    (
        "combinations",
        include_str!("../benefit_examples/combinations.json"),
    ),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    #[allow(dead_code)]
    benefit: String,
    pub cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    /// The arithmetic, step by step.
    #[allow(dead_code)]
    why: String,
    /// Where the rule and its figures come from.
    pub source: String,
    pub input: ImpactRequest,
    pub expect: Expect,
}

/// Plans of several months (`plans.json`): one expectation per month asked about.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanTable {
    pub cases: Vec<PlanCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanCase {
    pub name: String,
    #[allow(dead_code)]
    why: String,
    pub source: String,
    pub input: PlanRequest,
    pub expect: Vec<Expect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    #[serde(default)]
    pub benefits: BTreeMap<BenefitKind, ExpectBenefit>,
    #[serde(default, with = "euros::option")]
    pub total_change: Option<Cents>,
    #[serde(default, with = "euros::option")]
    pub later_change: Option<Cents>,
    #[serde(default, with = "euros::option")]
    pub keep: Option<Cents>,
    /// `Some(None)`: nothing can be said after tax.
    #[serde(default, deserialize_with = "nullable")]
    pub keep_after_tax: Option<Option<Cents>>,
    /// The later effects, exactly.
    pub later: Option<Vec<LaterEffect>>,
    pub status: Option<ResultStatus>,
    pub warnings: Option<BTreeSet<String>>,
    #[serde(default)]
    pub warning_details: Vec<serde_json::Value>,
}

impl Expect {
    /// Each way `result` differs from what is expected, as a sentence; empty when it matches.
    pub fn check(&self, result: &Impact) -> Vec<String> {
        let mut failures = Vec::new();
        for (kind, want) in &self.benefits {
            let Some(got) = result.benefits.iter().find(|b| b.kind == *kind) else {
                failures.push(format!("{kind:?} missing"));
                continue;
            };
            let figures = [
                ("baseline", want.baseline, got.baseline),
                ("with_work", want.with_work, got.with_work),
                ("change", want.change, got.change),
            ];
            for (name, want, got) in figures {
                if let Some(want) = want
                    && want != got
                {
                    failures.push(format!("{kind:?}.{name}: want {want:?}, got {got:?}"));
                }
            }
            if let Some(m) = want.lands_in_month
                && m != got.lands_in_month
            {
                failures.push(format!(
                    "{kind:?}.lands_in_month: want {m}, got {}",
                    got.lands_in_month
                ));
            }
            if let Some(s) = want.status
                && s != got.status
            {
                failures.push(format!("{kind:?}.status: want {s:?}, got {:?}", got.status));
            }
            if let Some(n) = want.name
                && n != got.name
            {
                failures.push(format!("{kind:?}.name: want {n:?}, got {:?}", got.name));
            }
        }
        if let Some(want) = self.total_change
            && want != result.total_change
        {
            failures.push(format!(
                "total_change: want {want}, got {}",
                result.total_change
            ));
        }
        if let Some(want) = self.later_change
            && want != result.later_change
        {
            failures.push(format!(
                "later_change: want {want}, got {}",
                result.later_change
            ));
        }
        if let Some(want) = self.keep
            && want != result.keep
        {
            failures.push(format!("keep: want {want}, got {}", result.keep));
        }
        if let Some(want) = self.keep_after_tax
            && want != result.keep_after_tax
        {
            failures.push(format!(
                "keep_after_tax: want {want:?}, got {:?}",
                result.keep_after_tax
            ));
        }
        if let Some(want) = &self.later
            && *want != result.later
        {
            failures.push(format!("later: want {want:?}, got {:?}", result.later));
        }
        if let Some(want) = self.status
            && want != result.status
        {
            failures.push(format!("status: want {want:?}, got {:?}", result.status));
        }
        let warnings = serde_json::to_value(&result.warnings).expect("warnings serialise");
        let codes: BTreeSet<String> = warnings
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|w| w["code"].as_str().map(str::to_owned))
            .collect();
        if let Some(want) = &self.warnings
            && *want != codes
        {
            failures.push(format!("warnings: want {want:?}, got {codes:?}"));
        }
        for detail in &self.warning_details {
            if !warnings.as_array().is_some_and(|all| all.contains(detail)) {
                failures.push(format!("warning {detail} missing from {warnings}"));
            }
        }
        failures
    }
}

/// `Some(None)` means the figure must be `null` (unknown); absent means not checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectBenefit {
    #[serde(default, deserialize_with = "nullable")]
    pub baseline: Option<Option<Cents>>,
    #[serde(default, deserialize_with = "nullable")]
    pub with_work: Option<Option<Cents>>,
    #[serde(default, deserialize_with = "nullable")]
    pub change: Option<Option<Cents>>,
    pub lands_in_month: Option<Month>,
    pub status: Option<ResultStatus>,
    pub name: Option<BenefitName>,
}

fn nullable<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<Cents>>, D::Error> {
    euros::option::deserialize(d).map(Some)
}
