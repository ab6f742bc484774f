//! Dated rule data: benefit parameters with the period they hold for, their source and status.
//!
//! A rule set is one JSON document (`core/rules/keikka-rules.json` is the shipped one; a
//! server imports newer ones and hands them to devices). Every row of every parameter says
//! from when and until when it holds (or which law keeps it until changed), where it comes
//! from (a structured source: publisher, title, date, address) and how sure it is. A month
//! past a parameter's last row has no value: the engine then says "unknown", never reusing
//! an old figure silently.

use super::month::Month;
use crate::money::Cents;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

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

    /// A percentage written as a factor (`12.5` → 0.125).
    pub fn percent_as_share(self) -> Factor {
        Factor(self.0 / 100)
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

    /// `n × self` for a whole number `n` (minutes, days), rounded half away from zero.
    pub fn of_count(self, n: i64) -> i64 {
        self.of(Cents(n)).0
    }

    /// `self ÷ other`, exact to six decimals (rounded down); `None` for a zero divisor.
    pub fn divided_by(self, other: Factor) -> Option<Factor> {
        let quotient = i128::from(self.0) * i128::from(Self::SCALE) / i128::from(other.0).max(1);
        (other.0 > 0).then(|| Factor(i64::try_from(quotient).unwrap_or(i64::MAX)))
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleStatus {
    /// Checked against a primary source (the authority's own page, a law, a decision).
    Verified,
    /// Found only in secondary sources, or a year's figure not yet published: shown to people
    /// as "check this", with which figure it is.
    Verify,
    /// No figure can be given for the period: whatever depends on it is unknown.
    Unknown,
}

/// Why a row is marked `verify`, so the app can say what to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Read from the source named (the default).
    Published,
    /// The figure of an earlier year carried on, because this year's is not yet published.
    CarriedForward,
    /// Keikka's own choice (a warning threshold), not a benefit rule.
    OwnRule,
}

/// Where a figure comes from, as data: the app writes it as "Kela, 16.2.2026".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Kela, Finlex, Eläketurvakeskus, Verohallinto, THL, Keikka…
    pub publisher: String,
    /// The document's own title, in its own language.
    pub title: String,
    /// The publication date (or the date a law was enacted); `None` for an undated page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A parameter's value, typed by the unit the data file gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Eur(Cents),
    Ratio(Factor),
    Days(Factor),
    Hours(Factor),
    /// A number of calendar months.
    Months(u32),
    Date(NaiveDate),
}

/// The unit of a parameter: what the engine expects, and what a data file must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Eur,
    Ratio,
    Days,
    Hours,
    Months,
    Date,
}

impl Unit {
    fn name(self) -> &'static str {
        match self {
            Unit::Eur => "eur",
            Unit::Ratio => "ratio",
            Unit::Days => "days",
            Unit::Hours => "hours",
            Unit::Months => "months",
            Unit::Date => "date",
        }
    }
}

impl Value {
    fn unit(&self) -> Unit {
        match self {
            Value::Eur(_) => Unit::Eur,
            Value::Ratio(_) => Unit::Ratio,
            Value::Days(_) => Unit::Days,
            Value::Hours(_) => Unit::Hours,
            Value::Months(_) => Unit::Months,
            Value::Date(_) => Unit::Date,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Eur(c) => write!(f, "{c} €"),
            Value::Ratio(r) => write!(f, "{r}"),
            Value::Days(d) => write!(f, "{d} days"),
            Value::Hours(h) => write!(f, "{h} h"),
            Value::Months(m) => write!(f, "{m} months"),
            Value::Date(d) => write!(f, "{d}"),
        }
    }
}

/// A parameter the engine reads: its name in the rule data and its unit. Each is a `static` in
/// the module of its benefit, and the engine looks it up by that static's address, so a month's
/// some 50 lookups compare numbers, not names (BENCHMARKS.md).
#[derive(Debug)]
pub struct Param {
    pub name: &'static str,
    pub unit: Unit,
}

impl Param {
    pub const fn new(name: &'static str, unit: Unit) -> Param {
        Param { name, unit }
    }

    fn address(&'static self) -> usize {
        std::ptr::from_ref(self) as usize
    }
}

/// One dated value of one parameter, as in the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    /// `None` only for a row marked `unknown`.
    pub value: Option<Value>,
    pub valid_from: NaiveDate,
    /// The last day it holds; `None` only with `fixed_by`.
    pub valid_to: Option<NaiveDate>,
    /// The law (or Keikka rule) that keeps an open-ended row in force until it is changed.
    pub fixed_by: Option<Arc<Source>>,
    pub source: Arc<Source>,
    pub status: RuleStatus,
    pub basis: Basis,
    /// The months whose first day the row holds on, worked out once: a month's lookup then
    /// compares two numbers instead of building a date.
    months: (Month, Option<Month>),
}

/// A parameter as an engine result names it, so a supervisor can check the figure and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsedParameter {
    pub name: Cow<'static, str>,
    pub value: String,
    pub valid_from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    pub source: Arc<Source>,
    pub status: RuleStatus,
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("the rule set is not valid JSON of the expected shape: {0}")]
    Syntax(String),
    #[error("{name}: {problem}")]
    Invalid { name: String, problem: String },
    #[error("no value of {name} is in force in {month}")]
    Missing { name: String, month: Month },
    #[error("the value of {name} in {month} is not known")]
    Unknown { name: String, month: Month },
    #[error("{name} is a {found}, not a {wanted}")]
    WrongUnit {
        name: String,
        found: &'static str,
        wanted: &'static str,
    },
}

/// A rule set's version: its publication date and a running number for that day
/// (`2026-12-01`, `2026-12-01.2`). Newer compares greater; a device never goes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleVersion {
    pub date: NaiveDate,
    pub serial: u16,
}

impl FromStr for RuleVersion {
    type Err = RuleError;
    fn from_str(text: &str) -> Result<RuleVersion, RuleError> {
        let err = || RuleError::Invalid {
            name: "version".into(),
            problem: format!("{text:?} is not YYYY-MM-DD or YYYY-MM-DD.N"),
        };
        // One way to write each version (no ".1", no leading zeros), so the ETag a server sends
        // is always the text the set itself says.
        let (date, serial) = match text.split_once('.') {
            Some((d, n))
                if !n.is_empty()
                    && !n.starts_with('0')
                    && n.bytes().all(|b| b.is_ascii_digit()) =>
            {
                (d, n.parse::<u16>().map_err(|_| err())?)
            }
            Some(_) => return Err(err()),
            None => (text, 1),
        };
        if date.len() != 10 || serial == 1 && text.len() != 10 || serial > MAX_SERIAL {
            return Err(err());
        }
        // The ISO form only (what `NaiveDate`'s own parser reads), without a format string: a
        // strftime parser would be a tenth of the engine in the web build.
        let date: NaiveDate = date.parse().map_err(|_| err())?;
        Ok(RuleVersion { date, serial })
    }
}

impl fmt::Display for RuleVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.date;
        write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())?;
        if self.serial != 1 {
            write!(f, ".{}", self.serial)?;
        }
        Ok(())
    }
}

impl Serialize for RuleVersion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RuleVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RuleVersion, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// More sets in one day than any operator makes: a version beyond it is a typing error.
const MAX_SERIAL: u16 = 999;

/// The most text a rule set may have (the shipped one is about 25 KB): a set is checked whole,
/// stored whole and sent whole to every phone.
pub const MAX_RULE_SET_BYTES: usize = 256 * 1024;

/// How far ahead of today a rule set's date may be: it is the day it was published, so a date
/// far ahead is a typing error, and would outrank every later set on every phone for good.
pub const MAX_DAYS_AHEAD: i64 = 31;

/// The years a figure's dates may be in.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The document's format tag: a file of another format is refused, not half-read.
pub const FORMAT: &str = "keikka-rules/2";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFormat {
    format: String,
    version: RuleVersion,
    #[allow(dead_code)]
    #[serde(default)]
    note: String,
    sources: BTreeMap<String, Source>,
    benefits: BTreeMap<String, BenefitFormat>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BenefitFormat {
    #[allow(dead_code)]
    title: String,
    parameters: BTreeMap<String, Vec<EntryFormat>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFormat {
    value: Option<String>,
    unit: Unit,
    valid_from: NaiveDate,
    #[serde(default)]
    valid_to: Option<NaiveDate>,
    #[serde(default)]
    fixed_by: Option<String>,
    source: String,
    status: RuleStatus,
    #[serde(default = "published")]
    basis: Basis,
}

fn published() -> Basis {
    Basis::Published
}

/// Every benefit parameter Keikka knows, each with its dated values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    version: RuleVersion,
    /// `benefit.parameter` → values, sorted by `valid_from`, never overlapping.
    parameters: BTreeMap<String, Vec<Parameter>>,
    /// Each engine parameter's values by the address of its [`Param`], sorted by address.
    by_param: Vec<(usize, Vec<Parameter>)>,
}

const BUILTIN: &str = include_str!("../../rules/keikka-rules.json");

/// The first month the engine is meant for: every parameter it needs must be answered (a
/// value, or an honest `unknown`) from here to [`COVERED_UNTIL`] in every rule set accepted.
pub const COVERED_FROM: (i32, u32) = (2024, 1);
/// The last month every accepted rule set must answer; a newer set moves it on.
pub const COVERED_UNTIL: (i32, u32) = (2027, 12);

impl RuleSet {
    /// The rule data shipped in this build (`core/rules/keikka-rules.json`).
    pub fn builtin() -> Result<RuleSet, RuleError> {
        RuleSet::parse(BUILTIN)
    }

    /// The shipped rule set's text, as the server serves it when it has imported none.
    pub fn builtin_text() -> &'static str {
        BUILTIN
    }

    /// Reads a rule set and checks it completely: its shape, every value and unit, every
    /// source it names, periods that never overlap, open-ended rows only where a law fixes
    /// them, and every parameter the engine needs answered for every month it covers. A set
    /// that fails any check is refused whole.
    pub fn parse(text: &str) -> Result<RuleSet, RuleError> {
        if text.len() > MAX_RULE_SET_BYTES {
            return Err(RuleError::Invalid {
                name: "rule set".into(),
                problem: format!(
                    "{} bytes is more than the {MAX_RULE_SET_BYTES} a rule set may have",
                    text.len()
                ),
            });
        }
        // A file saved by a Windows editor starts with a byte-order mark: it is not content.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: FileFormat =
            serde_json::from_str(text).map_err(|e| RuleError::Syntax(shorten(&e.to_string())))?;
        if file.format != FORMAT {
            return Err(RuleError::Invalid {
                name: "format".into(),
                problem: format!("{:?} is not {FORMAT:?}", file.format),
            });
        }
        for (id, source) in &file.sources {
            check_source(id, source)?;
        }
        let sources: BTreeMap<String, Arc<Source>> = file
            .sources
            .into_iter()
            .map(|(id, source)| (id, Arc::new(source)))
            .collect();
        let mut parameters = BTreeMap::new();
        let mut named: BTreeSet<String> = BTreeSet::new();
        for (benefit, body) in file.benefits {
            for (name, entries) in body.parameters {
                let name = format!("{benefit}.{name}");
                for e in &entries {
                    named.insert(e.source.clone());
                    named.extend(e.fixed_by.clone());
                }
                let mut values = entries
                    .into_iter()
                    .map(|e| parse_entry(&name, e, &sources))
                    .collect::<Result<Vec<_>, _>>()?;
                values.sort_by_key(|p| p.valid_from);
                check_periods(&name, &values)?;
                parameters.insert(name, values);
            }
        }
        // Every source is one some row names: a set is what it says it is, nothing more.
        if let Some(id) = sources.keys().find(|id| !named.contains(*id)) {
            return Err(RuleError::Invalid {
                name: format!("sources.{}", shorten(id)),
                problem: "no row names this source".into(),
            });
        }
        let mut set = RuleSet {
            version: file.version,
            parameters,
            by_param: Vec::new(),
        };
        set.check_complete()?;
        let mut by_param: Vec<(usize, Vec<Parameter>)> = super::parameters()
            .filter_map(|p| Some((p.address(), set.parameters.get(p.name)?.clone())))
            .collect();
        by_param.sort_by_key(|(address, _)| *address);
        set.by_param = by_param;
        Ok(set)
    }

    pub fn version(&self) -> RuleVersion {
        self.version
    }

    /// Refuses a set dated more than [`MAX_DAYS_AHEAD`] after `today`: its version is its
    /// publication date, and a far-future one would outrank every later set.
    pub fn check_published_by(&self, today: NaiveDate) -> Result<(), RuleError> {
        if self.version.date > today + chrono::Duration::days(MAX_DAYS_AHEAD) {
            return Err(RuleError::Invalid {
                name: "version".into(),
                problem: format!(
                    "{} is more than {MAX_DAYS_AHEAD} days after today ({today}): a rule set's version is the day it is published",
                    self.version
                ),
            });
        }
        Ok(())
    }

    /// The value of `name` in force on the first day of `month`.
    pub fn get(&self, name: &str, month: Month) -> Result<&Parameter, RuleError> {
        self.parameters
            .get(name)
            .and_then(|values| values.iter().find(|p| p.holds_in(month)))
            .ok_or_else(|| RuleError::Missing {
                name: name.to_owned(),
                month,
            })
    }

    /// The engine's parameter `p` for `month`, of its unit.
    pub fn param(&self, p: &'static Param, month: Month) -> Result<(Value, &Parameter), RuleError> {
        let found = self
            .by_param
            .binary_search_by_key(&p.address(), |(address, _)| *address)
            .ok()
            .and_then(|i| self.by_param[i].1.iter().find(|row| row.holds_in(month)));
        let parameter = found.ok_or_else(|| RuleError::Missing {
            name: p.name.to_owned(),
            month,
        })?;
        let value = parameter.value.ok_or_else(|| RuleError::Unknown {
            name: p.name.to_owned(),
            month,
        })?;
        if value.unit() != p.unit {
            return Err(RuleError::WrongUnit {
                name: p.name.to_owned(),
                found: value.unit().name(),
                wanted: p.unit.name(),
            });
        }
        Ok((value, parameter))
    }

    /// The value of `name` for `month`, of the unit the engine expects.
    pub fn value(
        &self,
        name: &str,
        unit: Unit,
        month: Month,
    ) -> Result<(Value, &Parameter), RuleError> {
        let parameter = self.get(name, month)?;
        let value = parameter.value.ok_or_else(|| RuleError::Unknown {
            name: name.to_owned(),
            month,
        })?;
        if value.unit() != unit {
            return Err(RuleError::WrongUnit {
                name: name.to_owned(),
                found: value.unit().name(),
                wanted: unit.name(),
            });
        }
        Ok((value, parameter))
    }

    /// Every parameter the engine reads ([`super::parameters`]) is in the set with the unit the
    /// engine expects, and has a row (a value or `unknown`) for every month it must cover.
    fn check_complete(&self) -> Result<(), RuleError> {
        let known: BTreeSet<&str> = super::parameters().map(|p| p.name).collect();
        if let Some(extra) = self.parameters.keys().find(|n| !known.contains(n.as_str())) {
            return Err(RuleError::Invalid {
                name: extra.clone(),
                problem: "the engine has no such parameter".into(),
            });
        }
        let (from, until) = covered();
        for Param { name, unit } in super::parameters() {
            let (name, unit) = (*name, *unit);
            let values = self
                .parameters
                .get(name)
                .ok_or_else(|| RuleError::Invalid {
                    name: name.to_owned(),
                    problem: "missing from the rule set".into(),
                })?;
            if let Some(wrong) = values
                .iter()
                .filter_map(|p| p.value)
                .find(|v| v.unit() != unit)
            {
                return Err(RuleError::WrongUnit {
                    name: name.to_owned(),
                    found: wrong.unit().name(),
                    wanted: unit.name(),
                });
            }
            let mut month = from;
            while month <= until {
                if !values.iter().any(|p| p.holds_in(month)) {
                    return Err(RuleError::Invalid {
                        name: name.to_owned(),
                        problem: format!(
                            "no row for {month}: give the value, or a row marked unknown"
                        ),
                    });
                }
                month = month.plus(1);
            }
        }
        Ok(())
    }
}

/// The months every accepted rule set must answer.
pub fn covered() -> (Month, Month) {
    let month = |(y, m): (i32, u32)| Month::new(y, m).unwrap_or_else(|| Month::of(NaiveDate::MIN));
    (month(COVERED_FROM), month(COVERED_UNTIL))
}

impl Parameter {
    /// Does the row hold on the first day of `month`?
    fn holds_in(&self, month: Month) -> bool {
        let (from, until) = self.months;
        from <= month && until.is_none_or(|until| month <= until)
    }

    /// The parameter as a result names it.
    pub fn used(&self, name: &'static str) -> UsedParameter {
        UsedParameter {
            name: Cow::Borrowed(name),
            value: self
                .value
                .map_or_else(|| "unknown".to_owned(), |v| v.to_string()),
            valid_from: self.valid_from,
            valid_to: self.valid_to,
            source: self.source.clone(),
            status: self.status,
            basis: self.basis,
        }
    }
}

/// A publisher, title or id that people read: plain text of a sensible length, without control
/// or direction-changing characters that could make it read as something else.
fn plain_text(text: &str, max: usize) -> bool {
    let bidi = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    !text.trim().is_empty()
        && text.chars().count() <= max
        && !text.chars().any(|c| c.is_control() || bidi(c))
}

fn check_source(id: &str, source: &Source) -> Result<(), RuleError> {
    let invalid = |problem: &str| RuleError::Invalid {
        name: format!("sources.{}", shorten(id)),
        problem: problem.to_owned(),
    };
    if !plain_text(id, 100) {
        return Err(invalid(
            "the id must be plain text of at most 100 characters",
        ));
    }
    if !plain_text(&source.publisher, 100) {
        return Err(invalid(
            "the publisher must be plain text of at most 100 characters",
        ));
    }
    if !plain_text(&source.title, 300) {
        return Err(invalid(
            "the title must be plain text of at most 300 characters",
        ));
    }
    if let Some(date) = source.date
        && !YEARS.contains(&date.year())
    {
        return Err(invalid("the date must be in 2000–2100"));
    }
    // An address is a link a supervisor may open: the characters of a URL only.
    let url_char = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c);
    if let Some(url) = &source.url
        && (!(url.starts_with("https://") || url.starts_with("http://"))
            || url.len() > 500
            || !url.chars().all(url_char)
            || url.contains(['\'', '(', ')']))
    {
        return Err(invalid(
            "the address must be an http(s):// address of URL characters only",
        ));
    }
    Ok(())
}

/// `text` as it is quoted in a refusal: at most 60 characters, so a huge value does not make
/// a huge message.
fn shorten(text: &str) -> String {
    if text.chars().count() <= 60 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(60).collect::<String>())
    }
}

fn parse_entry(
    name: &str,
    e: EntryFormat,
    sources: &BTreeMap<String, Arc<Source>>,
) -> Result<Parameter, RuleError> {
    let invalid = |problem: String| RuleError::Invalid {
        name: name.to_owned(),
        problem,
    };
    let value = match (&e.value, e.status) {
        (None, RuleStatus::Unknown) => None,
        (None, _) => {
            return Err(invalid(
                "only a row marked unknown may leave out its value".into(),
            ));
        }
        (Some(_), RuleStatus::Unknown) => {
            return Err(invalid("a row marked unknown must not give a value".into()));
        }
        (Some(text), _) => Some(parse_value(text, e.unit).map_err(invalid)?),
    };
    if e.valid_to.is_some_and(|to| to < e.valid_from) {
        return Err(invalid("valid_to is before valid_from".into()));
    }
    if [Some(e.valid_from), e.valid_to]
        .into_iter()
        .flatten()
        .any(|d| !YEARS.contains(&d.year()))
    {
        return Err(invalid("the dates must be in 2000–2100".into()));
    }
    let find = |id: &str| {
        sources.get(id).cloned().ok_or_else(|| {
            invalid(format!(
                "names the source {id:?}, which the set does not list"
            ))
        })
    };
    let fixed_by = e.fixed_by.as_deref().map(find).transpose()?;
    match (e.valid_to, &fixed_by) {
        (None, None) => {
            return Err(invalid(format!(
                "the row from {} has no valid_to: give the last day it holds, or the law that fixes it (fixed_by)",
                e.valid_from
            )));
        }
        (Some(_), Some(_)) => {
            return Err(invalid(
                "a row has either valid_to or fixed_by, not both".into(),
            ));
        }
        _ => {}
    }
    if e.basis == Basis::CarriedForward && e.status != RuleStatus::Verify {
        return Err(invalid(
            "a carried-forward figure is never verified: mark it verify".into(),
        ));
    }
    // The first month whose first day is on or after `valid_from`; the month of `valid_to`.
    let from = Month::of(e.valid_from);
    let first = if e.valid_from.day() == 1 {
        from
    } else {
        from.plus(1)
    };
    Ok(Parameter {
        value,
        months: (first, e.valid_to.map(Month::of)),
        valid_from: e.valid_from,
        valid_to: e.valid_to,
        fixed_by,
        source: find(&e.source)?,
        status: e.status,
        basis: e.basis,
    })
}

/// The largest figure of each unit a benefit rule could have: beyond it is a typing error.
const MAX_EUR: Cents = Cents(100_000_000);

fn parse_value(text: &str, unit: Unit) -> Result<Value, String> {
    let quoted = format!("{:?}", shorten(text));
    // Figures are written one way: digits and a decimal point, no sign, spaces or commas.
    if !text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        || text.starts_with(['.', '-']) && unit != Unit::Date
    {
        return Err(format!(
            "{quoted} is not a figure: write digits with a decimal point, e.g. 37.21"
        ));
    }
    let number = |text: &str, max: i64, what: &str| {
        Factor::parse(text)
            .filter(|f| f.0 <= max * 1_000_000)
            .ok_or_else(|| format!("{quoted} is not {what} (0–{max})"))
    };
    Ok(match unit {
        Unit::Eur => Value::Eur(
            Cents::parse_euros(text)
                .map_err(|e| format!("{quoted}: {e}"))
                .and_then(|c| {
                    (c <= MAX_EUR)
                        .then_some(c)
                        .ok_or_else(|| format!("{quoted} is more than 1,000,000 €"))
                })?,
        ),
        Unit::Ratio => Value::Ratio(number(text, 100, "a ratio")?),
        Unit::Days => Value::Days(number(text, 31, "a number of days")?),
        Unit::Hours => Value::Hours(number(text, 168, "a number of hours a week")?),
        Unit::Months => Value::Months(
            text.parse()
                .ok()
                .filter(|m| *m <= 120)
                .ok_or_else(|| format!("{quoted} is not a number of months (0–120)"))?,
        ),
        Unit::Date => Value::Date(
            text.parse::<NaiveDate>()
                .ok()
                .filter(|d| text.len() == 10 && YEARS.contains(&d.year()))
                .ok_or_else(|| format!("{quoted} is not a date YYYY-MM-DD in 2000–2100"))?,
        ),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn month(text: &str) -> Month {
        text.parse().unwrap()
    }

    /// The shipped set with one parameter's rows replaced by `rows` (JSON), as a text.
    fn with_rows(benefit: &str, parameter: &str, rows: serde_json::Value) -> String {
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["benefits"][benefit]["parameters"][parameter] = rows;
        doc.to_string()
    }

    fn problem(text: &str) -> String {
        RuleSet::parse(text).unwrap_err().to_string()
    }

    #[test]
    fn the_shipped_rule_set_is_complete_and_every_row_has_a_structured_source() {
        let rules = RuleSet::builtin().unwrap();
        for values in rules.parameters.values() {
            for p in values {
                assert!(!p.source.publisher.is_empty() && !p.source.title.is_empty());
                assert!(p.valid_to.is_some() || p.fixed_by.is_some());
            }
        }
    }

    #[test]
    fn the_value_in_force_for_the_month_is_picked() {
        let rules = RuleSet::builtin().unwrap();
        let name = "social_assistance.basic_amount_single";
        let (before, _) = rules.value(name, Unit::Eur, month("2026-02")).unwrap();
        let (after, parameter) = rules.value(name, Unit::Eur, month("2026-03")).unwrap();
        assert_eq!(before, Value::Eur(Cents(59632)));
        assert_eq!(after, Value::Eur(Cents(57843)));
        let used = parameter.used(name);
        assert_eq!(used.status, RuleStatus::Verified);
        assert_eq!(used.valid_from.to_string(), "2026-03-01");
        assert_eq!(used.value, "578.43 €");
        assert_eq!(used.source.publisher, "Kela");
    }

    #[test]
    fn a_month_outside_every_row_is_missing_not_guessed() {
        let rules = RuleSet::builtin().unwrap();
        for m in ["2019-05", "2031-01"] {
            assert!(matches!(
                rules.value("social_assistance.basic_amount_single", Unit::Eur, month(m)),
                Err(RuleError::Missing { .. })
            ));
        }
    }

    #[test]
    fn an_open_ended_row_needs_the_law_that_fixes_it() {
        let rows = serde_json::json!([
            {"value": "37.21", "unit": "eur", "valid_from": "2024-01-01", "source": "kela-2025-12-17-yleistuki", "status": "verified"}
        ]);
        let text = with_rows("unemployment_basic", "daily_rate", rows);
        assert!(problem(&text).contains("fixed_by"), "{}", problem(&text));
    }

    #[test]
    fn a_set_that_leaves_a_covered_month_unanswered_is_refused() {
        let rows = serde_json::json!([
            {"value": "37.21", "unit": "eur", "valid_from": "2024-01-01", "valid_to": "2026-12-31", "source": "kela-2025-12-17-yleistuki", "status": "verified"}
        ]);
        let text = with_rows("unemployment_basic", "daily_rate", rows);
        assert!(
            problem(&text).contains("no row for 2027-01"),
            "{}",
            problem(&text)
        );
    }

    #[test]
    fn unknown_rows_have_no_value_and_answer_unknown() {
        let rows = serde_json::json!([
            {"value": "37.21", "unit": "eur", "valid_from": "2024-01-01", "valid_to": "2026-12-31", "source": "kela-2025-12-17-yleistuki", "status": "verified"},
            {"value": null, "unit": "eur", "valid_from": "2027-01-01", "valid_to": "2027-12-31", "source": "kela-2025-12-17-yleistuki", "status": "unknown"}
        ]);
        let rules = RuleSet::parse(&with_rows("unemployment_basic", "daily_rate", rows)).unwrap();
        assert!(matches!(
            rules.value("unemployment_basic.daily_rate", Unit::Eur, month("2027-03")),
            Err(RuleError::Unknown { .. })
        ));
        let valued_unknown = serde_json::json!([
            {"value": "1.00", "unit": "eur", "valid_from": "2024-01-01", "valid_to": "2027-12-31", "source": "kela-2025-12-17-yleistuki", "status": "unknown"}
        ]);
        let text = with_rows("unemployment_basic", "daily_rate", valued_unknown);
        assert!(problem(&text).contains("must not give a value"));
    }

    #[test]
    fn overlapping_periods_wrong_units_and_bad_values_are_refused() {
        let overlap = serde_json::json!([
            {"value": "1.00", "unit": "eur", "valid_from": "2024-01-01", "valid_to": "2025-06-30", "source": "kela-2025-12-17-yleistuki", "status": "verified"},
            {"value": "2.00", "unit": "eur", "valid_from": "2025-01-01", "valid_to": "2027-12-31", "source": "kela-2025-12-17-yleistuki", "status": "verified"}
        ]);
        assert!(
            problem(&with_rows("unemployment_basic", "daily_rate", overlap)).contains("overlap")
        );
        let wrong_unit = serde_json::json!([
            {"value": "0.5", "unit": "ratio", "valid_from": "2024-01-01", "valid_to": "2027-12-31", "source": "kela-2025-12-17-yleistuki", "status": "verified"}
        ]);
        assert!(
            problem(&with_rows("unemployment_basic", "daily_rate", wrong_unit))
                .contains("not a eur")
        );
        let third_decimal = serde_json::json!([
            {"value": "1.005", "unit": "eur", "valid_from": "2024-01-01", "valid_to": "2027-12-31", "source": "kela-2025-12-17-yleistuki", "status": "verified"}
        ]);
        assert!(
            RuleSet::parse(&with_rows(
                "unemployment_basic",
                "daily_rate",
                third_decimal
            ))
            .is_err()
        );
        let unknown_source = serde_json::json!([
            {"value": "1.00", "unit": "eur", "valid_from": "2024-01-01", "valid_to": "2027-12-31", "source": "nobody", "status": "verified"}
        ]);
        assert!(
            problem(&with_rows(
                "unemployment_basic",
                "daily_rate",
                unknown_source
            ))
            .contains("\"nobody\"")
        );
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["extra"] = serde_json::json!(1);
        assert!(matches!(
            RuleSet::parse(&doc.to_string()),
            Err(RuleError::Syntax(_))
        ));
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["format"] = serde_json::json!("keikka-rules/1");
        assert!(problem(&doc.to_string()).contains("format"));
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["benefits"]["unemployment_basic"]["parameters"]["made_up"] = serde_json::json!([]);
        assert!(problem(&doc.to_string()).contains("no such parameter"));
    }

    #[test]
    fn versions_order_by_date_then_serial() {
        let v = |s: &str| s.parse::<RuleVersion>().unwrap();
        assert!(v("2026-12-01") < v("2026-12-01.2"));
        assert!(v("2026-12-01.9") < v("2026-12-01.10"));
        assert!(v("2026-12-01.10") < v("2027-01-01"));
        assert_eq!(v("2026-12-01.10").to_string(), "2026-12-01.10");
        for bad in [
            "2026-12-01.1",
            "2026-12-01.02",
            "2026-12-01.1000",
            "2026-12-1",
            "2026-12-01.",
            "2026-12-01.0",
            "x",
            "2026-13-01",
        ] {
            assert!(bad.parse::<RuleVersion>().is_err(), "{bad}");
        }
    }

    #[test]
    fn figures_that_cannot_be_a_benefit_rule_are_refused() {
        let row = |value: &str, unit: &str| {
            serde_json::json!([{"value": value, "unit": unit, "valid_from": "2024-01-01",
                "valid_to": "2027-12-31", "source": "kela-2025-12-17-yleistuki", "status": "verified"}])
        };
        for (value, unit, why) in [
            ("-37.21", "eur", "not a figure"),
            (" 37.21", "eur", "not a figure"),
            ("37,21", "eur", "not a figure"),
            ("92233720368547758.07", "eur", "more than 1,000,000"),
            ("1e309", "eur", "not a figure"),
        ] {
            let text = with_rows("unemployment_basic", "daily_rate", row(value, unit));
            assert!(problem(&text).contains(why), "{value}: {}", problem(&text));
        }
        let far = serde_json::json!([{"value": "37.21", "unit": "eur", "valid_from": "0001-01-01",
            "valid_to": "2027-12-31", "source": "kela-2025-12-17-yleistuki", "status": "verified"}]);
        assert!(problem(&with_rows("unemployment_basic", "daily_rate", far)).contains("2000–2100"));
        let date = serde_json::json!([{"value": "262142-12-31", "unit": "date", "valid_from": "2024-01-01",
            "fixed_by": "kela-2025-12-17-yleistuki", "source": "kela-2025-12-17-yleistuki", "status": "verified"}]);
        assert!(
            problem(&with_rows(
                "unemployment_basic",
                "general_support_from",
                date
            ))
            .contains("YYYY-MM-DD")
        );
    }

    #[test]
    fn sources_are_plain_text_with_plain_addresses_and_every_one_is_used() {
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["sources"]["kela-2025-12-17-yleistuki"]["url"] = "https://x.fi/\"><script>".into();
        assert!(problem(&doc.to_string()).contains("URL characters"));
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["sources"]["kela-2025-12-17-yleistuki"]["title"] = "Kela\u{202e}fdp.exe".into();
        assert!(problem(&doc.to_string()).contains("plain text"));
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["sources"]["spare"] = serde_json::json!({"publisher": "Kela", "title": "t"});
        assert!(problem(&doc.to_string()).contains("no row names this source"));
    }

    #[test]
    fn a_huge_set_is_refused_unread_and_a_byte_order_mark_is_not_content() {
        let mut doc: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        doc["note"] = "x".repeat(MAX_RULE_SET_BYTES).into();
        assert!(problem(&doc.to_string()).contains("bytes is more than"));
        assert!(RuleSet::parse(&format!("\u{feff}{BUILTIN}")).is_ok());
    }

    #[test]
    fn a_set_dated_far_ahead_of_today_is_not_published_yet() {
        let set = RuleSet::builtin().unwrap();
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(set.check_published_by(day("2026-12-01")).is_ok());
        assert!(
            set.check_published_by(day("2026-11-01")).is_ok(),
            "31 days ahead"
        );
        assert!(set.check_published_by(day("2026-10-30")).is_err());
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
        assert_eq!(
            Factor::parse("20").unwrap().percent_as_share(),
            Factor(200_000)
        );
    }
}
