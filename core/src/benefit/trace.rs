//! What one benefit's rule used: its parameters (with sources) and intermediate figures, and
//! any doubt about them, collected while the rule computes.

use super::month::Month;
use super::profile::BenefitKind;
use super::result::{BenefitImpact, BenefitName, Euros, LaterEffect, ResultStatus, Warning};
use super::rules::{Basis, Factor, Param, Parameter, RuleError, RuleSet, RuleStatus, Value};
use crate::money::Cents;
use chrono::{Datelike, NaiveDate};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Collects the parameters and figures one benefit's rule used. Without `detail` it keeps only
/// what the numbers and warnings need, for lists and projections over many months.
pub(crate) struct Trace<'r> {
    rules: &'r RuleSet,
    pub month: Month,
    detail: bool,
    parameters: BTreeMap<Cow<'static, str>, super::rules::UsedParameter>,
    figures: BTreeMap<String, Euros>,
    status: ResultStatus,
    doubts: Vec<Warning>,
}

impl<'r> Trace<'r> {
    pub fn new(rules: &'r RuleSet, month: Month, detail: bool) -> Self {
        Trace {
            rules,
            month,
            detail,
            parameters: BTreeMap::new(),
            figures: BTreeMap::new(),
            status: ResultStatus::Verified,
            doubts: Vec::new(),
        }
    }

    /// The same rules and level of detail for another month (a later month's effect).
    pub fn for_month(&self, month: Month) -> Trace<'r> {
        Trace::new(self.rules, month, self.detail)
    }

    fn keep(&mut self, name: &'static str, parameter: &Parameter) {
        if parameter.status == RuleStatus::Verify {
            self.status = self.status.max(ResultStatus::Verify);
            self.doubts.push(match parameter.basis {
                Basis::CarriedForward => Warning::FigureNotYetPublished {
                    parameter: Cow::Borrowed(name),
                    year: self.month.first_day().year(),
                },
                Basis::Published | Basis::OwnRule => Warning::RuleUnverified {
                    parameter: Cow::Borrowed(name),
                },
            });
        }
        if self.detail {
            self.parameters
                .insert(Cow::Borrowed(name), parameter.used(name));
        }
    }

    fn value(&mut self, p: &'static Param) -> Result<Value, RuleError> {
        let (value, parameter) = self.rules.param(p, self.month)?;
        self.keep(p.name, parameter);
        Ok(value)
    }

    /// A euro figure that only sometimes decides the answer (a minimum): read without recording
    /// it; [`Trace::record`] it when it did decide, so its doubt counts only then.
    pub fn peek_eur(&self, p: &'static Param) -> Result<(Cents, &'r Parameter), RuleError> {
        match self.rules.param(p, self.month)? {
            (Value::Eur(v), parameter) => Ok((v, parameter)),
            _ => Err(wrong(p.name)),
        }
    }

    pub fn record(&mut self, p: &'static Param, parameter: &Parameter) {
        self.keep(p.name, parameter);
    }

    pub fn eur(&mut self, p: &'static Param) -> Result<Cents, RuleError> {
        match self.value(p)? {
            Value::Eur(v) => Ok(v),
            _ => Err(wrong(p.name)),
        }
    }

    pub fn ratio(&mut self, p: &'static Param) -> Result<Factor, RuleError> {
        match self.value(p)? {
            Value::Ratio(v) => Ok(v),
            _ => Err(wrong(p.name)),
        }
    }

    pub fn days(&mut self, p: &'static Param) -> Result<Factor, RuleError> {
        match self.value(p)? {
            Value::Days(v) => Ok(v),
            _ => Err(wrong(p.name)),
        }
    }

    pub fn hours(&mut self, p: &'static Param) -> Result<Factor, RuleError> {
        match self.value(p)? {
            Value::Hours(v) => Ok(v),
            _ => Err(wrong(p.name)),
        }
    }

    pub fn months(&mut self, p: &'static Param) -> Result<u32, RuleError> {
        match self.value(p)? {
            Value::Months(v) => Ok(v),
            _ => Err(wrong(p.name)),
        }
    }

    pub fn date(&mut self, p: &'static Param) -> Result<NaiveDate, RuleError> {
        match self.value(p)? {
            Value::Date(v) => Ok(v),
            _ => Err(wrong(p.name)),
        }
    }

    /// Records an intermediate figure for "Why?" and passes it on.
    pub fn figure(&mut self, name: &str, amount: Cents) -> Cents {
        if self.detail {
            self.figures.insert(name.to_owned(), Euros(amount));
        }
        amount
    }

    /// A doubt that is not about one parameter (a figure the person did not give).
    pub fn doubt(&mut self, warning: Warning) {
        self.status = self.status.max(ResultStatus::Verify);
        self.doubts.push(warning);
    }

    /// How sure the figures used are, and the doubts about them, for a figure that is not one
    /// benefit's (what is kept after tax).
    pub fn into_doubts(self) -> (ResultStatus, Vec<Warning>) {
        (self.status, self.doubts)
    }

    pub fn finish(self, answer: Answer, warnings: &mut BTreeSet<Warning>) -> BenefitImpact {
        warnings.extend(self.doubts);
        BenefitImpact {
            kind: answer.kind,
            name: answer.name,
            baseline: Some(answer.baseline),
            with_work: Some(answer.with_work),
            change: Some(answer.with_work - answer.baseline),
            lands_in_month: answer.lands_in_month.unwrap_or(self.month),
            later: answer.later,
            rule: Cow::Borrowed(answer.rule),
            figures: self.figures,
            parameters: self.parameters,
            status: self.status,
        }
    }

    /// The benefit cannot be computed: say which figure is missing, keep what was used.
    pub fn unknown(
        self,
        kind: BenefitKind,
        name: BenefitName,
        why: Option<Warning>,
        warnings: &mut BTreeSet<Warning>,
    ) -> BenefitImpact {
        warnings.extend(self.doubts);
        warnings.extend(why);
        let mut result = BenefitImpact::unknown(kind, name, self.month);
        result.parameters = self.parameters;
        result.figures = self.figures;
        result
    }
}

fn wrong(name: &str) -> RuleError {
    RuleError::WrongUnit {
        name: name.to_owned(),
        found: "another unit",
        wanted: "the unit asked for",
    }
}

/// What a benefit's rule decided, for [`Trace::finish`].
pub(crate) struct Answer {
    pub kind: BenefitKind,
    pub name: BenefitName,
    pub baseline: Cents,
    pub with_work: Cents,
    /// The month whose payment changes, when not the month asked about.
    pub lands_in_month: Option<Month>,
    pub later: Vec<LaterEffect>,
    pub rule: &'static str,
}

impl Answer {
    pub fn new(
        kind: BenefitKind,
        name: BenefitName,
        baseline: Cents,
        with_work: Cents,
        rule: &'static str,
    ) -> Answer {
        Answer {
            kind,
            name,
            baseline,
            with_work,
            lands_in_month: None,
            later: Vec::new(),
            rule,
        }
    }
}

/// Why a benefit's rule gives no number.
pub(crate) enum Unanswered {
    /// A figure of the rule data is missing or unknown for the month.
    Rule(RuleError),
    /// The person's own figures for the benefit are missing from their profile.
    Profile,
    /// A benefit this one is computed from is unknown (and says why itself).
    Depends,
}

impl From<RuleError> for Unanswered {
    fn from(e: RuleError) -> Unanswered {
        Unanswered::Rule(e)
    }
}

/// Runs one benefit's rule: its answer, or the benefit as unknown with the reason named.
pub(crate) fn run<'r>(
    mut t: Trace<'r>,
    kind: BenefitKind,
    name: BenefitName,
    warnings: &mut BTreeSet<Warning>,
    rule: impl FnOnce(&mut Trace<'r>, &mut BTreeSet<Warning>) -> Result<Answer, Unanswered>,
) -> BenefitImpact {
    match rule(&mut t, warnings) {
        Ok(answer) => t.finish(answer, warnings),
        Err(why) => {
            let warning = match why {
                Unanswered::Rule(e) => Some(Warning::FigureUnknown {
                    parameter: Cow::Owned(missing_parameter(&e)),
                }),
                Unanswered::Profile => Some(Warning::ProfileFiguresMissing { benefit: kind }),
                Unanswered::Depends => None,
            };
            t.unknown(kind, name, warning, warnings)
        }
    }
}

/// The parameter a rule error is about, for the "unknown" warning.
pub(crate) fn missing_parameter(error: &RuleError) -> String {
    match error {
        RuleError::Missing { name, .. }
        | RuleError::Unknown { name, .. }
        | RuleError::Invalid { name, .. }
        | RuleError::WrongUnit { name, .. } => name.clone(),
        RuleError::Syntax(_) => "rules".to_owned(),
    }
}
