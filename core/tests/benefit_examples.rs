//! Runs the worked-example tables in `tests/benefit_examples/*.json` through the benefit engine.
//!
//! Each case gives an engine input and only the figures it is about; every figure given must
//! match to the cent, and `warnings`, when given, must be exactly the set of warning codes.

mod common;

use common::{TABLES, Table};
use keikka_core::benefit::{RuleSet, impact, plan};

#[test]
fn every_worked_example_matches_to_the_cent() {
    let rules = RuleSet::builtin().expect("shipped rule data");
    let mut failures = Vec::new();
    let mut count = 0;
    for (file, text) in TABLES {
        let table: Table = serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for case in table.cases {
            count += 1;
            let input = &case.input;
            let result = match impact(&rules, input.month, &input.profile, &input.earnings) {
                Ok(r) => r,
                Err(e) => {
                    failures.push(format!("{file}: {}: error {e}", case.name));
                    continue;
                }
            };
            if case.source.trim().is_empty() {
                failures.push(format!("{file}: {}: no source", case.name));
            }
            failures.extend(
                case.expect
                    .check(&result)
                    .into_iter()
                    .map(|what| format!("{file}: {}: {what}", case.name)),
            );
        }
    }
    assert!(count >= 40, "only {count} worked examples");
    assert!(
        failures.is_empty(),
        "{} of {count} examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Plans of several months, each month checked as the tables above check one (issue 18): what
/// the pay of one month does to the later ones stands in the month it lands in.
#[test]
fn every_worked_plan_matches_month_by_month() {
    let rules = RuleSet::builtin().expect("shipped rule data");
    let table: common::PlanTable =
        serde_json::from_str(include_str!("benefit_examples/plans.json")).expect("plans.json");
    let mut failures = Vec::new();
    for case in &table.cases {
        let input = &case.input;
        let months = plan(&rules, &input.months, &input.profile, &input.earnings)
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_eq!(months.len(), case.expect.len(), "{}", case.name);
        for (result, expect) in months.iter().zip(&case.expect) {
            failures.extend(
                expect
                    .check(result)
                    .into_iter()
                    .map(|what| format!("{}: {}: {what}", case.name, result.month)),
            );
        }
    }
    assert!(table.cases.len() >= 5, "only {} plans", table.cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
