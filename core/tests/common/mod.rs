//! The worked-example tables shared by the native and the wasm32 tests.

#![allow(dead_code)]

use keikka_core::Cents;
use keikka_core::benefit::{
    BenefitKind, BenefitName, ImpactRequest, LaterEffect, Month, ResultStatus, euros,
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
