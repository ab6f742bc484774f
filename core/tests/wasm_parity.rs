//! The benefit engine answers the same on wasm32 (the web app) as natively: both runs must
//! reproduce `benefit_examples/golden.jsonl`, every worked example's full JSON result, byte for byte.
//!
//! Natively: `cargo test -p keikka-core --test wasm_parity`; regenerate after a deliberate change
//! with `KEIKKA_UPDATE_GOLDEN=1`. On wasm32 (scripts/test runs it in Node):
//! `cargo test -p keikka-core --test wasm_parity --target wasm32-unknown-unknown`.

mod common;

use common::{TABLES, Table};
use keikka_core::benefit::{RuleSet, impact};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const GOLDEN: &str = include_str!("benefit_examples/golden.jsonl");

/// One line per worked example: its name and the engine's whole answer (or error) as JSON.
fn answers() -> String {
    let rules = RuleSet::builtin().expect("shipped rule data");
    let mut out = String::new();
    for (file, text) in TABLES {
        let table: Table = serde_json::from_str(text).expect("example table parses");
        for case in table.cases {
            let i = &case.input;
            let answer = match impact(&rules, i.month, &i.profile, &i.earnings) {
                Ok(result) => serde_json::to_value(&result).expect("result serialises"),
                Err(e) => serde_json::json!({ "error": e.to_string() }),
            };
            let line = serde_json::json!({ "file": file, "case": case.name, "answer": answer });
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    out
}

#[test]
fn the_engine_reproduces_the_golden_answers_byte_for_byte() {
    let answers = answers();
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("KEIKKA_UPDATE_GOLDEN").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/benefit_examples/golden.jsonl"
        );
        std::fs::write(path, &answers).expect("write golden answers");
        return;
    }
    assert!(answers.lines().count() >= 30);
    if answers != GOLDEN {
        let diff = answers
            .lines()
            .zip(GOLDEN.lines())
            .find(|(a, g)| a != g)
            .map(|(a, g)| format!("got  {a}\nwant {g}"))
            .unwrap_or_else(|| "different number of lines".into());
        panic!("engine answers differ from golden.jsonl:\n{diff}");
    }
}
