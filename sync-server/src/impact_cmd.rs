//! `keikka-sync-server impact --input FILE`: the benefit engine's JSON interface, for checking the
//! rules against published examples without the app.

use keikka_core::benefit::{ImpactRequest, RuleSet, impact};
use std::io::Read;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ImpactCmdError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("invalid input: {0}")]
    Input(String),
    #[error("the shipped rule data is broken: {0}")]
    Rules(String),
}

/// Reads the request from `path` (`-` for stdin), answers it as pretty JSON.
pub fn run(path: &Path) -> Result<String, ImpactCmdError> {
    let text = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|source| ImpactCmdError::Read {
                path: "stdin".into(),
                source,
            })?;
        text
    } else {
        std::fs::read_to_string(path).map_err(|source| ImpactCmdError::Read {
            path: path.display().to_string(),
            source,
        })?
    };
    answer(&text)
}

/// Answers one request given as JSON text.
pub fn answer(text: &str) -> Result<String, ImpactCmdError> {
    let request: ImpactRequest =
        serde_json::from_str(text).map_err(|e| ImpactCmdError::Input(e.to_string()))?;
    let rules = RuleSet::builtin().map_err(|e| ImpactCmdError::Rules(e.to_string()))?;
    let result = impact(&rules, request.month, &request.profile, &request.earnings)
        .map_err(|e| ImpactCmdError::Input(e.to_string()))?;
    serde_json::to_string_pretty(&result).map_err(|e| ImpactCmdError::Input(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{"month": "2026-04",
      "profile": {"adults": 1, "children": 0, "tax_withholding_percent": 0,
        "benefits": [{"kind": "unemployment_basic", "period_started": "2025-06-01"}]},
      "earnings": [{"gross": 30.00, "worked_on": "2026-04-10", "paid_on": "2026-04-15", "contract": "employment"}]}"#;

    #[test]
    fn the_issue_example_answers_with_euro_figures() {
        let out: serde_json::Value = serde_json::from_str(&answer(EXAMPLE).unwrap()).unwrap();
        assert_eq!(out["month"], "2026-04");
        assert_eq!(out["earnings_gross"], 30.0);
        assert_eq!(out["benefits"][0]["baseline"], 800.02);
        assert_eq!(out["benefits"][0]["change"], -15.0);
        assert_eq!(out["keep"], 15.0);
    }

    #[test]
    fn impossible_values_and_unknown_fields_are_clear_errors() {
        for (bad, needle) in [
            (EXAMPLE.replace("\"adults\": 1", "\"adults\": 0"), "adults"),
            (EXAMPLE.replace("30.00", "-30.00"), "negative"),
            (EXAMPLE.replace("2026-04\"", "2026-13\""), "month"),
            (
                EXAMPLE.replace("\"children\": 0", "\"children\": 0, \"pets\": 2"),
                "pets",
            ),
            (EXAMPLE.replace("30.00", "30.001"), "decimals"),
        ] {
            let err = answer(&bad).unwrap_err().to_string();
            assert!(err.contains(needle), "{err} should mention {needle}");
        }
    }
}
