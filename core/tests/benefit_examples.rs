//! Runs the worked-example tables in `tests/benefit_examples/*.json` through the benefit engine.
//!
//! Each case gives an engine input and only the figures it is about; every figure given must
//! match to the cent, and `warnings`, when given, must be exactly the set of warning codes.

mod common;

use common::{TABLES, Table};
use keikka_core::benefit::{RuleSet, impact};
use std::collections::BTreeSet;

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
            let mut fail = |what: String| failures.push(format!("{file}: {}: {what}", case.name));
            for (kind, want) in &case.expect.benefits {
                let Some(got) = result.benefits.iter().find(|b| b.kind == *kind) else {
                    fail(format!("{kind:?} missing"));
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
                        fail(format!("{kind:?}.{name}: want {want:?}, got {got:?}"));
                    }
                }
                if let Some(m) = want.lands_in_month
                    && m != got.lands_in_month
                {
                    fail(format!(
                        "{kind:?}.lands_in_month: want {m}, got {}",
                        got.lands_in_month
                    ));
                }
                if let Some(s) = want.status
                    && s != got.status
                {
                    fail(format!("{kind:?}.status: want {s:?}, got {:?}", got.status));
                }
                if let Some(n) = want.name
                    && n != got.name
                {
                    fail(format!("{kind:?}.name: want {n:?}, got {:?}", got.name));
                }
            }
            if let Some(want) = case.expect.total_change
                && want != result.total_change
            {
                fail(format!(
                    "total_change: want {want}, got {}",
                    result.total_change
                ));
            }
            if let Some(want) = case.expect.later_change
                && want != result.later_change
            {
                fail(format!(
                    "later_change: want {want}, got {}",
                    result.later_change
                ));
            }
            if let Some(want) = case.expect.keep
                && want != result.keep
            {
                fail(format!("keep: want {want}, got {}", result.keep));
            }
            if let Some(want) = case.expect.keep_after_tax
                && want != result.keep_after_tax
            {
                fail(format!(
                    "keep_after_tax: want {want:?}, got {:?}",
                    result.keep_after_tax
                ));
            }
            if let Some(want) = &case.expect.later
                && *want != result.later
            {
                fail(format!("later: want {want:?}, got {:?}", result.later));
            }
            if case.source.trim().is_empty() {
                fail("no source".into());
            }
            if let Some(want) = case.expect.status
                && want != result.status
            {
                fail(format!("status: want {want:?}, got {:?}", result.status));
            }
            let warnings = serde_json::to_value(&result.warnings).expect("warnings serialise");
            let codes: BTreeSet<String> = warnings
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|w| w["code"].as_str().map(str::to_owned))
                .collect();
            if let Some(want) = &case.expect.warnings
                && *want != codes
            {
                fail(format!("warnings: want {want:?}, got {codes:?}"));
            }
            for detail in &case.expect.warning_details {
                if !warnings.as_array().is_some_and(|all| all.contains(detail)) {
                    fail(format!("warning {detail} missing from {warnings}"));
                }
            }
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
