//! Dated rule data: benefit parameters with the period they hold for, their source and status.

use super::month::Month;
use crate::money::Cents;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A dimensionless multiplier exact to six decimals (a rate such as 0.50, or 21.5 days).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Factor(pub i64);

impl Factor {
    const SCALE: i64 = 1_000_000;
    pub const ZERO: Factor = Factor(0);
    pub const ONE: Factor = Factor(Self::SCALE);

    /// Parses `"0.50"` or `"21.5"` exactly; more than six decimals is an error, not a rounding.
    pub fn parse(text: &str) -> Option<Factor> {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !(fraction.is_empty() || digits(fraction)) || fraction.len() > 6 {
            return None;
        }
        let whole: i64 = whole.parse().ok()?;
        let fraction: i64 = format!("{fraction:0<6}").parse().ok()?;
        whole
            .checked_mul(Self::SCALE)?
            .checked_add(fraction)
            .map(Factor)
    }

    /// A whole percentage such as a tax withholding rate (0–100).
    pub fn percent(p: u8) -> Factor {
        Factor(i64::from(p) * Self::SCALE / 100)
    }

    /// `amount × self`, rounded half away from zero to the cent.
    pub fn of(self, amount: Cents) -> Cents {
        let product = i128::from(amount.0) * i128::from(self.0);
        let half = i128::from(Self::SCALE) / 2;
        let rounded = if product >= 0 {
            (product + half) / i128::from(Self::SCALE)
        } else {
            (product - half) / i128::from(Self::SCALE)
        };
        Cents(i64::try_from(rounded).unwrap_or(if product >= 0 { i64::MAX } else { i64::MIN }))
    }
}

impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / Self::SCALE;
        let fraction = format!("{:06}", (self.0 % Self::SCALE).abs());
        let fraction = fraction.trim_end_matches('0');
        if fraction.is_empty() {
            write!(f, "{whole}")
        } else {
            write!(f, "{whole}.{fraction}")
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleStatus {
    /// Checked against a primary source.
    Verified,
    /// Found only in secondary sources or carried forward: shown to people as "check this".
    Verify,
}

/// A parameter's value, typed by the unit the data file gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Eur(Cents),
    Ratio(Factor),
    Days(Factor),
    Date(NaiveDate),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Eur(c) => write!(f, "{c} €"),
            Value::Ratio(r) => write!(f, "{r}"),
            Value::Days(d) => write!(f, "{d} days"),
            Value::Date(d) => write!(f, "{d}"),
        }
    }
}

/// One dated value of one parameter, as in the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    pub value: Value,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
    pub source: String,
    pub status: RuleStatus,
}

/// A parameter as an engine result names it, so a supervisor can check the figure and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsedParameter {
    pub name: String,
    pub value: String,
    pub valid_from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    pub source: String,
    pub status: RuleStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("rule data file is not valid: {0}")]
    Syntax(String),
    #[error("{name}: {problem}")]
    Invalid { name: String, problem: String },
    #[error("no value of {name} is in force in {month}")]
    Missing { name: String, month: Month },
    #[error("{name} is a {found}, not a {wanted}")]
    WrongUnit {
        name: String,
        found: &'static str,
        wanted: &'static str,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFormat {
    benefit: String,
    #[allow(dead_code)]
    title: String,
    version: String,
    parameters: BTreeMap<String, Vec<EntryFormat>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFormat {
    value: String,
    unit: String,
    valid_from: NaiveDate,
    #[serde(default)]
    valid_to: Option<NaiveDate>,
    source: String,
    status: RuleStatus,
}

/// Every benefit parameter Keikka knows, each with its dated values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RuleSet {
    /// `benefit.parameter` → values, sorted by `valid_from`, never overlapping.
    parameters: BTreeMap<String, Vec<Parameter>>,
    /// `benefit` → the data file's version, so a client can tell which data it runs.
    versions: BTreeMap<String, String>,
}

const BUILTIN: [&str; 5] = [
    include_str!("../../rules/unemployment_basic.json"),
    include_str!("../../rules/housing_general.json"),
    include_str!("../../rules/social_assistance.json"),
    include_str!("../../rules/disability_pension.json"),
    include_str!("../../rules/work_activity.json"),
];

impl RuleSet {
    /// The rule data shipped in this build (`core/rules/*.json`).
    pub fn builtin() -> Result<RuleSet, RuleError> {
        RuleSet::from_files(BUILTIN)
    }

    /// Parses rule data files (the shipped ones, or newer ones handed out by the server).
    pub fn from_files<'a>(files: impl IntoIterator<Item = &'a str>) -> Result<RuleSet, RuleError> {
        let mut set = RuleSet::default();
        for text in files {
            let file: FileFormat =
                serde_json::from_str(text).map_err(|e| RuleError::Syntax(e.to_string()))?;
            set.versions.insert(file.benefit.clone(), file.version);
            for (name, entries) in file.parameters {
                let name = format!("{}.{name}", file.benefit);
                let mut values = entries
                    .into_iter()
                    .map(|e| parse_entry(&name, e))
                    .collect::<Result<Vec<_>, _>>()?;
                values.sort_by_key(|p| p.valid_from);
                check_periods(&name, &values)?;
                set.parameters.insert(name, values);
            }
        }
        Ok(set)
    }

    pub fn versions(&self) -> &BTreeMap<String, String> {
        &self.versions
    }

    /// The value of `name` in force on the first day of `month`.
    pub fn get(&self, name: &str, month: Month) -> Result<&Parameter, RuleError> {
        let day = month.first_day();
        self.parameters
            .get(name)
            .and_then(|values| {
                values
                    .iter()
                    .find(|p| p.valid_from <= day && p.valid_to.is_none_or(|to| day <= to))
            })
            .ok_or_else(|| RuleError::Missing {
                name: name.to_owned(),
                month,
            })
    }
}

impl Parameter {
    /// The parameter as a result names it.
    pub fn used(&self, name: &str) -> UsedParameter {
        UsedParameter {
            name: name.to_owned(),
            value: self.value.to_string(),
            valid_from: self.valid_from,
            valid_to: self.valid_to,
            source: self.source.clone(),
            status: self.status,
        }
    }
}

fn parse_entry(name: &str, e: EntryFormat) -> Result<Parameter, RuleError> {
    let invalid = |problem: String| RuleError::Invalid {
        name: name.to_owned(),
        problem,
    };
    let value = match e.unit.as_str() {
        "eur" => Value::Eur(
            Cents::parse_euros(&e.value).map_err(|err| invalid(format!("{:?}: {err}", e.value)))?,
        ),
        "ratio" => Value::Ratio(
            Factor::parse(&e.value)
                .ok_or_else(|| invalid(format!("{:?} is not a ratio", e.value)))?,
        ),
        "days" => Value::Days(
            Factor::parse(&e.value)
                .ok_or_else(|| invalid(format!("{:?} is not a number", e.value)))?,
        ),
        "date" => Value::Date(
            e.value
                .parse()
                .map_err(|_| invalid(format!("{:?} is not a date", e.value)))?,
        ),
        other => return Err(invalid(format!("unknown unit {other:?}"))),
    };
    if e.valid_to.is_some_and(|to| to < e.valid_from) {
        return Err(invalid("valid_to is before valid_from".into()));
    }
    if e.source.trim().is_empty() {
        return Err(invalid("no source".into()));
    }
    Ok(Parameter {
        value,
        valid_from: e.valid_from,
        valid_to: e.valid_to,
        source: e.source,
        status: e.status,
    })
}

fn check_periods(name: &str, values: &[Parameter]) -> Result<(), RuleError> {
    for pair in values.windows(2) {
        let open_ended_or_overlapping = pair[0].valid_to.is_none_or(|to| to >= pair[1].valid_from);
        if open_ended_or_overlapping {
            return Err(RuleError::Invalid {
                name: name.to_owned(),
                problem: format!("periods overlap at {}", pair[1].valid_from),
            });
        }
    }
    Ok(())
}

macro_rules! typed_getter {
    ($fn:ident, $variant:ident, $ty:ty, $wanted:literal) => {
        impl RuleSet {
            pub fn $fn(&self, name: &str, month: Month) -> Result<($ty, &Parameter), RuleError> {
                let parameter = self.get(name, month)?;
                match parameter.value {
                    Value::$variant(v) => Ok((v, parameter)),
                    other => Err(RuleError::WrongUnit {
                        name: name.to_owned(),
                        found: unit_name(&other),
                        wanted: $wanted,
                    }),
                }
            }
        }
    };
}

typed_getter!(eur, Eur, Cents, "eur");
typed_getter!(ratio, Ratio, Factor, "ratio");
typed_getter!(days, Days, Factor, "days");
typed_getter!(date, Date, NaiveDate, "date");

fn unit_name(value: &Value) -> &'static str {
    match value {
        Value::Eur(_) => "eur",
        Value::Ratio(_) => "ratio",
        Value::Days(_) => "days",
        Value::Date(_) => "date",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(text: &str) -> Month {
        text.parse().unwrap()
    }

    #[test]
    fn the_shipped_rule_data_parses_and_every_entry_has_a_source() {
        let rules = RuleSet::builtin().unwrap();
        assert_eq!(rules.versions().len(), 5);
        assert!(
            rules
                .parameters
                .values()
                .flatten()
                .all(|p| !p.source.is_empty())
        );
    }

    #[test]
    fn the_value_in_force_for_the_month_is_picked() {
        let rules = RuleSet::builtin().unwrap();
        let (before, _) = rules
            .eur("social_assistance.basic_amount_single", month("2026-02"))
            .unwrap();
        let (after, parameter) = rules
            .eur("social_assistance.basic_amount_single", month("2026-03"))
            .unwrap();
        assert_eq!(before, Cents(59632));
        assert_eq!(after, Cents(57843));
        let used = parameter.used("social_assistance.basic_amount_single");
        assert_eq!(used.status, RuleStatus::Verified);
        assert_eq!(used.valid_from.to_string(), "2026-03-01");
        assert_eq!(used.value, "578.43 €");
    }

    #[test]
    fn a_month_before_any_data_is_missing_not_guessed() {
        let rules = RuleSet::builtin().unwrap();
        assert!(matches!(
            rules.eur("unemployment_basic.daily_rate", month("2019-05")),
            Err(RuleError::Missing { .. })
        ));
    }

    #[test]
    fn overlapping_periods_and_bad_values_are_refused() {
        let file = |a: &str, b: &str| {
            format!(
                r#"{{"benefit":"x","title":"t","version":"1","parameters":{{"p":[
                {{"value":"{a}","unit":"eur","valid_from":"2024-01-01","source":"s","status":"verified"}},
                {{"value":"{b}","unit":"eur","valid_from":"2025-01-01","source":"s","status":"verified"}}]}}}}"#
            )
        };
        assert!(matches!(
            RuleSet::from_files([file("1.00", "2.00").as_str()]),
            Err(RuleError::Invalid { .. })
        ));
        let bad = r#"{"benefit":"x","title":"t","version":"1","parameters":{"p":[
            {"value":"1.005","unit":"eur","valid_from":"2024-01-01","source":"s","status":"verified"}]}}"#;
        assert!(matches!(
            RuleSet::from_files([bad]),
            Err(RuleError::Invalid { .. })
        ));
        let unknown = r#"{"benefit":"x","title":"t","version":"1","parameters":{},"extra":1}"#;
        assert!(matches!(
            RuleSet::from_files([unknown]),
            Err(RuleError::Syntax(_))
        ));
    }

    #[test]
    fn factors_parse_exactly_and_round_half_away_from_zero() {
        assert_eq!(Factor::parse("0.50"), Some(Factor(500_000)));
        assert_eq!(Factor::parse("21.5"), Some(Factor(21_500_000)));
        assert_eq!(Factor::parse("1.0000001"), None);
        assert_eq!(Factor::parse("-1"), None);
        assert_eq!(Factor::parse("21.5").unwrap().of(Cents(3721)), Cents(80002));
        assert_eq!(Factor::parse("0.5").unwrap().of(Cents(-3)), Cents(-2));
        assert_eq!(Factor::parse("0.7").unwrap().to_string(), "0.7");
    }
}
