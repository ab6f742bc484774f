//! `keikka-sync-server impact --input FILE`: the benefit engine's JSON interface, for checking the
//! rules against published examples without the app.

use keikka_core::benefit::{ImpactRequest, PlanRequest, RuleSet, impact, plan};
use serde::de::DeserializeOwned;
use std::io::Read;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ImpactCmdError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// The request is not JSON of the request's shape, or a value is out of range: the
    /// sentence names the field and what is allowed.
    #[error("{0}")]
    Input(String),
    #[error("the rule data is broken: {0}")]
    Rules(String),
}

impl ImpactCmdError {
    /// 2 for input the person can fix (a file that cannot be read, a bad request), 1 for a
    /// fault of the program itself.
    pub fn exit_code(&self) -> i32 {
        match self {
            ImpactCmdError::Read { .. } | ImpactCmdError::Input(_) => 2,
            ImpactCmdError::Rules(_) => 1,
        }
    }
}

/// The largest request `impact` reads: a year of daily earnings is far below it.
const MAX_REQUEST_BYTES: u64 = 16 * 1024 * 1024;

/// Reads the request from `path` (`-` for stdin), answers it as pretty JSON.
pub fn run(path: &Path) -> Result<String, ImpactCmdError> {
    let (name, reader): (String, Box<dyn Read>) = if path == Path::new("-") {
        ("stdin".into(), Box::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(path).map_err(|source| ImpactCmdError::Read {
            path: path.display().to_string(),
            source,
        })?;
        (path.display().to_string(), Box::new(file))
    };
    let mut text = String::new();
    reader
        .take(MAX_REQUEST_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|source| ImpactCmdError::Read {
            path: name.clone(),
            source,
        })?;
    if text.len() as u64 > MAX_REQUEST_BYTES {
        return Err(ImpactCmdError::Input(format!(
            "{name} is larger than the {MAX_REQUEST_BYTES} bytes a request may have"
        )));
    }
    answer(&text)
}

/// Answers one request given as JSON text: one month (`month`), or a plan of several
/// (`months`), answered as `{"months": [one result per month]}` with what each month's pay
/// does to the later months (a pension resting, a housing allowance revised) in those months.
pub fn answer(text: &str) -> Result<String, ImpactCmdError> {
    let rules = RuleSet::builtin().map_err(|e| ImpactCmdError::Rules(e.to_string()))?;
    let invalid = |e: keikka_core::benefit::ImpactError| {
        ImpactCmdError::Input(format!("invalid request: {}", e.explain()))
    };
    let json = if names_months(text) {
        if names(text, "month") {
            return Err(ImpactCmdError::Input(
                "the request gives both month and months: give one month, or the months of a plan"
                    .into(),
            ));
        }
        let request: PlanRequest = parse(text)?;
        let months =
            plan(&rules, &request.months, &request.profile, &request.earnings).map_err(invalid)?;
        serde_json::to_string_pretty(&serde_json::json!({ "months": months }))
    } else {
        let request: ImpactRequest = parse(text)?;
        let result =
            impact(&rules, request.month, &request.profile, &request.earnings).map_err(invalid)?;
        serde_json::to_string_pretty(&result)
    };
    json.map_err(|e| ImpactCmdError::Rules(e.to_string()))
}

/// Whether the request's top level has a `months` key (a plan). Text that is not an object is
/// left to `parse`, which says what is wrong with it.
fn names_months(text: &str) -> bool {
    names(text, "months")
}

fn names(text: &str, key: &str) -> bool {
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
        .is_ok_and(|top| top.contains_key(key))
}

/// The request, or a sentence naming the field that is wrong ("profile.benefits[0].amount")
/// and what it must be.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ImpactCmdError> {
    if !text.trim_start().starts_with('{') {
        return Err(ImpactCmdError::Input(
            "the request must be one JSON object {month, profile, earnings}".into(),
        ));
    }
    let mut json = serde_json::Deserializer::from_str(text);
    let request = serde_path_to_error::deserialize(&mut json).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let problem = inner.to_string();
        // serde_json ends with " at line L column C"; the field path says more.
        let problem = problem
            .rsplit_once(" at line ")
            .map_or(problem.as_str(), |(head, _)| head)
            .to_owned();
        let message = if inner.is_eof() {
            "the request ends too early: it must be one JSON object {month, profile, earnings}"
                .to_owned()
        } else if inner.is_syntax() {
            format!("the request is not valid JSON: {inner}")
        } else if path == "." {
            format!("invalid request: {problem}")
        } else {
            format!("invalid request: {path}: {problem}")
        };
        ImpactCmdError::Input(message)
    })?;
    // Two requests in one file, or a request and stray text, is a mistake to name, not to halve.
    json.end().map_err(|_| {
        ImpactCmdError::Input(
            "the request must be one JSON object {month, profile, earnings} with nothing after it"
                .into(),
        )
    })?;
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{"month": "2026-04",
      "profile": {"adults": 1, "children": 0, "tax_withholding_percent": 0,
        "benefits": [{"kind": "unemployment_basic"}]},
      "earnings": [{"gross": 30.00, "worked_on": "2026-04-10", "paid_on": "2026-04-15", "contract": "employment"}]}"#;

    #[test]
    fn the_issue_example_answers_with_euro_figures() {
        let out: serde_json::Value = serde_json::from_str(&answer(EXAMPLE).unwrap()).unwrap();
        assert_eq!(out["month"], "2026-04");
        assert_eq!(out["earnings_gross"], 30.0);
        assert_eq!(out["benefits"][0]["baseline"], 800.02);
        assert_eq!(out["benefits"][0]["change"], -15.0);
        // 30 − 15 − 2.46 (the employee's contributions, 7.30 + 0.89 %).
        assert_eq!(out["keep"], 12.54);
    }

    const PLAN: &str = r#"{"months": ["2026-12", "2027-01", "2027-02"],
      "profile": {"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]},
      "earnings": [
        {"gross": 1000, "worked_on": "2026-10-05", "paid_on": "2026-10-15", "contract": "employment"},
        {"gross": 1000, "worked_on": "2026-11-05", "paid_on": "2026-11-16", "contract": "employment"},
        {"gross": 1000, "worked_on": "2026-12-03", "paid_on": "2026-12-15", "contract": "employment"}]}"#;

    #[test]
    fn a_plan_answers_each_month_with_the_rest_in_the_months_it_lands_in() {
        let out: serde_json::Value = serde_json::from_str(&answer(PLAN).unwrap()).unwrap();
        let months = out["months"].as_array().unwrap();
        let asked: Vec<&str> = months
            .iter()
            .map(|m| m["month"].as_str().unwrap())
            .collect();
        assert_eq!(asked, ["2026-12", "2027-01", "2027-02"]);
        // The third month over the limit is paid; the rest takes January and February.
        let changes: Vec<f64> = months
            .iter()
            .map(|m| m["benefits"][0]["change"].as_f64().unwrap())
            .collect();
        assert_eq!(changes, [0.0, -775.7, -775.7]);
    }

    #[test]
    fn a_bad_plan_is_a_sentence_naming_what_is_wrong() {
        let with_months = |months: &str| PLAN.replace(r#""2026-12", "2027-01", "2027-02""#, months);
        let thirteen: Vec<String> = (1..=12)
            .map(|m| format!("\"2027-{m:02}\""))
            .chain(["\"2028-01\"".to_owned()])
            .collect();
        for (bad, needles) in [
            (with_months(""), &["months", "is empty", "1 to 12"][..]),
            (
                with_months(&thirteen.join(", ")),
                &["months", "more than 12"][..],
            ),
            (
                with_months(r#""2027-01", "2026-12""#),
                &["months", "out of order"][..],
            ),
            (
                with_months(r#""2026-12", "2026-12""#),
                &["months", "same month twice"][..],
            ),
            (
                with_months(r#""2026-12", "2027-13""#),
                &["months[1]", "not a month", "2027-13"][..],
            ),
            (
                with_months(r#""2027-02-30""#),
                &["months[0]", "not a month"][..],
            ),
            (
                PLAN.replace(r#"{"months""#, r#"{"month": "2026-12", "months""#),
                &["both month and months"][..],
            ),
            (
                PLAN.replace(r#""2026-12", "2027-01", "2027-02""#, r#"12"#),
                &["months"][..],
            ),
        ] {
            let err = answer(&bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{err}");
            let text = err.to_string();
            for needle in needles {
                assert!(text.contains(needle), "{text:?} should mention {needle}");
            }
        }
    }

    #[test]
    fn every_kind_of_bad_input_is_a_sentence_naming_the_field_and_what_is_allowed() {
        for (bad, needles) in [
            (
                EXAMPLE.replace("\"adults\": 1", "\"adults\": 0"),
                &["adults", "at least 1"][..],
            ),
            (
                EXAMPLE.replace("30.00", "-30.00"),
                &["earnings.gross", "negative"][..],
            ),
            (
                EXAMPLE.replace("2026-04\"", "2026-13\""),
                &["month", "YYYY-MM"][..],
            ),
            (
                EXAMPLE.replace("\"children\": 0", "\"children\": 0, \"pets\": 2"),
                &["profile", "pets"][..],
            ),
            (
                EXAMPLE.replace("30.00", "30.001"),
                &["earnings[0].gross", "two decimals"][..],
            ),
            (
                EXAMPLE.replace("\"paid_on\": \"2026-04-15\"", "\"paid_on\": \"2026-04-01\""),
                &["paid_on", "before the day worked"][..],
            ),
            (
                EXAMPLE.replace("unemployment_basic", "lottery"),
                &["profile.benefits[0]", "lottery"][..],
            ),
            (
                EXAMPLE.replace(
                    "\"tax_withholding_percent\": 0",
                    "\"tax_withholding_percent\": 140",
                ),
                &["tax_withholding_percent", "0 to 100"][..],
            ),
            (EXAMPLE[..40].to_owned(), &["ends too early"][..]),
            ("[1, 2".to_owned(), &["one JSON object"][..]),
            (String::new(), &["one JSON object"][..]),
            ("{\"month\": }".to_owned(), &["not valid JSON"][..]),
            (format!("{EXAMPLE} {EXAMPLE}"), &["nothing after it"][..]),
        ] {
            let err = answer(&bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{err}");
            let text = err.to_string();
            for needle in needles {
                assert!(text.contains(needle), "{text:?} should mention {needle}");
            }
            // Where in the text matters only for broken JSON; otherwise the field path says it.
            if !text.contains("not valid JSON") {
                assert!(!text.contains(" at line "), "{text}");
            }
        }
    }
}
