//! Property-driven fuzzing of everything that reads outside input: the sync request, the
//! benefit-impact JSON (and the engine run on whatever it accepts) and the rule data. Whatever
//! arrives, the answer is a value or an error, never a panic. The long run is
//! `PROPTEST_CASES=100000 cargo test -p keikka-core --test parsers_never_panic --release`.

use keikka_core::benefit::{ImpactRequest, RuleSet, impact};
use keikka_core::protocol::{Mutation, SyncRequest};
use proptest::prelude::*;
use serde_json::Value;

const RULE_SET: &str = include_str!("../rules/keikka-rules.json");

/// Every worked example's input: real requests to start mutating from.
fn sample_requests() -> Vec<Value> {
    let mut out = Vec::new();
    for text in [
        include_str!("benefit_examples/combinations.json"),
        include_str!("benefit_examples/disability_pension.json"),
    ] {
        let file: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        if let Some(cases) = file["cases"].as_array() {
            out.extend(cases.iter().map(|c| c["input"].clone()));
        }
    }
    out
}

/// A replacement for one JSON value: numbers at the edges, odd strings, nothing.
fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        Just(Value::from(0)),
        Just(Value::from(-1)),
        Just(Value::from(1e15)),
        Just(Value::from(-1e15)),
        Just(Value::from(i64::MAX)),
        Just(Value::from(0.005)),
        Just(Value::from(99_999_999.99)),
        Just(Value::from(255)),
        Just(Value::from(256)),
        Just(Value::Null),
        Just(Value::from("")),
        Just(Value::from("2026-02-30")),
        Just(Value::from("9999-12-31")),
        Just(Value::from("0001-01-01")),
        Just(Value::Array(vec![])),
        ".{0,20}".prop_map(Value::from),
    ]
}

/// Replaces the `index`-th leaf (counting depth first) of `value` with `with`.
fn replace_leaf(value: &mut Value, index: &mut usize, with: &Value) -> bool {
    match value {
        Value::Object(map) => map.values_mut().any(|v| replace_leaf(v, index, with)),
        Value::Array(items) if !items.is_empty() => {
            items.iter_mut().any(|v| replace_leaf(v, index, with))
        }
        _ => {
            if *index == 0 {
                *value = with.clone();
                true
            } else {
                *index -= 1;
                false
            }
        }
    }
}

fn mutated(mut value: Value, edits: &[(usize, Value)]) -> Value {
    for (at, with) in edits {
        let mut index = *at % 64;
        replace_leaf(&mut value, &mut index, with);
    }
    value
}

proptest! {
    #[test]
    fn any_bytes_are_refused_or_read_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = serde_json::from_slice::<SyncRequest>(&bytes);
        let _ = serde_json::from_slice::<Mutation>(&bytes);
        let _ = serde_json::from_slice::<ImpactRequest>(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = RuleSet::parse(text);
        }
    }

    #[test]
    fn a_real_request_with_odd_values_is_answered_or_refused_never_a_panic(
        pick in any::<prop::sample::Index>(),
        edits in proptest::collection::vec((any::<usize>(), odd_value()), 1..4),
    ) {
        let samples = sample_requests();
        prop_assume!(!samples.is_empty());
        let request = mutated(pick.get(&samples).clone(), &edits);
        let rules = RuleSet::builtin().map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Ok(request) = serde_json::from_value::<ImpactRequest>(request) {
            let _ = impact(&rules, request.month, &request.profile, &request.earnings);
        }
    }

    #[test]
    fn rule_data_with_odd_values_loads_or_is_refused_and_the_engine_still_never_panics(
        edits in proptest::collection::vec((any::<usize>(), odd_value()), 1..4),
    ) {
        let original: Value = serde_json::from_str(RULE_SET).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let changed = mutated(original, &edits).to_string();
        if let Ok(rules) = RuleSet::parse(&changed) {
            for request in sample_requests() {
                if let Ok(request) = serde_json::from_value::<ImpactRequest>(request) {
                    let _ = impact(&rules, request.month, &request.profile, &request.earnings);
                }
            }
        }
    }
}

/// The mutations above are not all refused at the door: many reach the engine.
#[test]
fn odd_values_often_get_past_the_parser_to_the_engine() {
    let rules = RuleSet::builtin().expect("rules");
    let mut reached = 0;
    let mut tried = 0;
    for sample in sample_requests() {
        for at in 0..64 {
            tried += 1;
            let request = mutated(sample.clone(), &[(at, Value::from(1e7))]);
            if let Ok(request) = serde_json::from_value::<ImpactRequest>(request) {
                let _ = impact(&rules, request.month, &request.profile, &request.earnings);
                reached += 1;
            }
        }
    }
    assert!(
        reached * 4 > tried,
        "only {reached} of {tried} reached the engine"
    );
}
