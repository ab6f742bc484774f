//! My benefits: a guided form in plain words, filled in with the supervisor from the decision
//! letters. It stays on this phone; impossible values are refused field by field.

use super::fields::TextField;
use super::{Back, Screen, ScreenTitle, Ui};
use chrono::{Datelike, NaiveDate, Weekday};
use dioxus::prelude::*;
use keikka_core::Cents;
use keikka_core::benefit::{Benefit, BenefitProfile, Factor};

/// The weekdays work activity can be on, Monday to Friday.
const WORKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

/// The form as typed: text until saved, so a half-typed number is never lost or rewritten.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileDraft {
    pub adults: String,
    pub children: String,
    pub tax_percent: String,
    pub unemployment: bool,
    pub period_started: String,
    pub housing: bool,
    pub housing_costs: String,
    pub max_housing_costs: String,
    pub other_income: String,
    pub social: bool,
    pub basic_amount: String,
    pub social_housing_costs: String,
    pub other_expenses: String,
    pub other_net_income: String,
    pub kela_pension: bool,
    pub kela_amount: String,
    pub earnings_pension: bool,
    pub earnings_amount: String,
    pub established_earnings: String,
    pub partial: bool,
    pub work_activity: bool,
    pub per_day: String,
    pub weekdays: [bool; 5],
    pub pensioner_housing: bool,
}

/// A field the person must fix, and the message that says how.
pub type FieldProblem = (&'static str, &'static str);

fn euros_text(c: Cents) -> String {
    super::fmt::number(c).replace('\u{a0}', "")
}

impl ProfileDraft {
    pub fn new() -> ProfileDraft {
        ProfileDraft {
            adults: "1".into(),
            children: "0".into(),
            tax_percent: "0".into(),
            ..ProfileDraft::default()
        }
    }

    pub fn from_profile(p: &BenefitProfile) -> ProfileDraft {
        let mut d = ProfileDraft::new();
        d.adults = p.adults.to_string();
        d.children = p.children.to_string();
        d.tax_percent = factor_text(p.tax_withholding_percent);
        for b in &p.benefits {
            match b {
                Benefit::UnemploymentBasic { period_started } => {
                    d.unemployment = true;
                    d.period_started = period_started.to_string();
                }
                Benefit::HousingGeneral {
                    housing_costs,
                    max_housing_costs,
                    other_income,
                } => {
                    d.housing = true;
                    d.housing_costs = euros_text(*housing_costs);
                    d.max_housing_costs = euros_text(*max_housing_costs);
                    d.other_income = euros_text(*other_income);
                }
                Benefit::SocialAssistance {
                    basic_amount,
                    housing_costs,
                    other_expenses,
                    other_net_income,
                } => {
                    d.social = true;
                    d.basic_amount = basic_amount.map(euros_text).unwrap_or_default();
                    d.social_housing_costs = euros_text(*housing_costs);
                    d.other_expenses = euros_text(*other_expenses);
                    d.other_net_income = euros_text(*other_net_income);
                }
                Benefit::KelaDisabilityPension { amount } => {
                    d.kela_pension = true;
                    d.kela_amount = euros_text(*amount);
                }
                Benefit::EarningsRelatedDisabilityPension {
                    amount,
                    established_earnings,
                    partial,
                } => {
                    d.earnings_pension = true;
                    d.earnings_amount = euros_text(*amount);
                    d.established_earnings = euros_text(*established_earnings);
                    d.partial = *partial;
                }
                Benefit::WorkActivityPay { per_day, days } => {
                    d.work_activity = true;
                    d.per_day = euros_text(*per_day);
                    let all = crate::money::attendance_weekdays(days);
                    d.weekdays.copy_from_slice(&all[..5]);
                }
                Benefit::PensionerHousing => d.pensioner_housing = true,
            }
        }
        d
    }

    /// The profile the form describes (attendance as this month's days on the chosen weekdays:
    /// `money::refresh_attendance` writes out the months around any later day); or every
    /// field that must be fixed.
    pub fn to_profile(&self, today: NaiveDate) -> Result<BenefitProfile, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let p = &mut problems;
        let adults = count(p, "adults", &self.adults, 20);
        let children = count(p, "children", &self.children, 30);
        if adults == 0 && !problems.iter().any(|p| p.0 == "adults") {
            problems.push(("adults", "profile-error-adults"));
        }
        let tax_percent = match Factor::parse(&self.tax_percent.trim().replace(',', ".")) {
            Some(f) if f <= Factor(100_000_000) => f,
            _ => {
                problems.push(("tax_percent", "profile-error-percent"));
                Factor(0)
            }
        };
        let mut benefits = Vec::new();
        if self.unemployment {
            match self.period_started.trim().parse::<NaiveDate>() {
                Ok(period_started) => benefits.push(Benefit::UnemploymentBasic { period_started }),
                Err(_) => problems.push(("period_started", "profile-error-date")),
            }
        }
        if self.housing {
            let costs = amount(&mut problems, "housing_costs", &self.housing_costs, true);
            let max = amount(
                &mut problems,
                "max_housing_costs",
                &self.max_housing_costs,
                true,
            );
            let other = amount(&mut problems, "other_income", &self.other_income, false);
            if let (Some(housing_costs), Some(max_housing_costs)) = (costs, max) {
                benefits.push(Benefit::HousingGeneral {
                    housing_costs,
                    max_housing_costs,
                    other_income: other.unwrap_or_default(),
                });
            }
        }
        if self.social {
            let basic_amount = amount(&mut problems, "basic_amount", &self.basic_amount, false);
            let costs = amount(
                &mut problems,
                "social_housing_costs",
                &self.social_housing_costs,
                true,
            );
            let other_expenses =
                amount(&mut problems, "other_expenses", &self.other_expenses, false);
            let other_net_income = amount(
                &mut problems,
                "other_net_income",
                &self.other_net_income,
                false,
            );
            if let Some(housing_costs) = costs {
                benefits.push(Benefit::SocialAssistance {
                    basic_amount,
                    housing_costs,
                    other_expenses: other_expenses.unwrap_or_default(),
                    other_net_income: other_net_income.unwrap_or_default(),
                });
            }
        }
        if self.kela_pension
            && let Some(amount) = amount(&mut problems, "kela_amount", &self.kela_amount, true)
        {
            benefits.push(Benefit::KelaDisabilityPension { amount });
        }
        if self.earnings_pension {
            let a = amount(
                &mut problems,
                "earnings_amount",
                &self.earnings_amount,
                true,
            );
            let e = amount(
                &mut problems,
                "established_earnings",
                &self.established_earnings,
                true,
            );
            if let (Some(amount), Some(established_earnings)) = (a, e) {
                benefits.push(Benefit::EarningsRelatedDisabilityPension {
                    amount,
                    established_earnings,
                    partial: self.partial,
                });
            }
        }
        if self.work_activity {
            let per_day = amount(&mut problems, "per_day", &self.per_day, true);
            if !self.weekdays.iter().any(|d| *d) {
                problems.push(("weekdays", "profile-error-weekdays"));
            }
            if let Some(per_day) = per_day {
                let mut weekdays = [false; 7];
                weekdays[..5].copy_from_slice(&self.weekdays);
                benefits.push(Benefit::WorkActivityPay {
                    per_day,
                    days: crate::money::attendance_days(
                        weekdays,
                        today.with_day(1).unwrap_or(today),
                        1,
                    ),
                });
            }
        }
        if self.pensioner_housing {
            benefits.push(Benefit::PensionerHousing);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let profile = BenefitProfile {
            adults,
            children,
            tax_withholding_percent: tax_percent,
            benefits,
        };
        // The engine's own check is the last word on what a real household can be.
        profile
            .validate()
            .map_err(|_| vec![("form", "profile-error-impossible")])?;
        Ok(profile)
    }
}

fn count(problems: &mut Vec<FieldProblem>, field: &'static str, text: &str, max: u8) -> u8 {
    match text.trim().parse::<u8>() {
        Ok(n) if n <= max => n,
        _ => {
            problems.push((field, "profile-error-count"));
            0
        }
    }
}

/// A euro amount as typed ("526,45", "447 €"); blank is `None`, and a problem when required.
fn amount(
    problems: &mut Vec<FieldProblem>,
    field: &'static str,
    text: &str,
    required: bool,
) -> Option<Cents> {
    let text = text.trim().replace([' ', '\u{a0}', '€'], "");
    if text.is_empty() {
        if required {
            problems.push((field, "profile-error-required"));
        }
        return None;
    }
    match Cents::parse_euros(&text) {
        Ok(c) if c >= Cents::ZERO => Some(c),
        _ => {
            problems.push((field, "profile-error-amount"));
            None
        }
    }
}

fn factor_text(f: Factor) -> String {
    let (whole, fraction) = (f.0 / 1_000_000, f.0 % 1_000_000);
    if fraction == 0 {
        whole.to_string()
    } else {
        format!("{whole},{}", format!("{fraction:06}").trim_end_matches('0'))
    }
}

#[component]
pub fn ProfileForm() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut draft = use_signal(|| {
        ui.read(|s| s.benefit_profile())
            .ok()
            .flatten()
            .map_or_else(ProfileDraft::new, |p| {
                ProfileDraft::from_profile(&p.profile)
            })
    });
    let mut problems = use_signal(Vec::<FieldProblem>::new);
    let save = move |e: FormEvent| {
        e.prevent_default();
        let now = ui.now();
        match draft().to_profile(now.date_naive()) {
            Ok(profile) => match ui.write(|s| s.save_benefit_profile(&profile, now)) {
                Ok(()) => {
                    problems.set(Vec::new());
                    super::me::share_profile(ui);
                    ui.go(Screen::Me);
                    ui.say("profile-saved", false);
                }
                Err(_) => problems.set(vec![("form", "profile-error-impossible")]),
            },
            Err(found) => problems.set(found),
        }
    };
    let forget = move |_| {
        if ui.write(|s| s.forget_benefit_profile()).is_ok() {
            super::me::share_profile(ui);
            draft.set(ProfileDraft::new());
            ui.go(Screen::Me);
            ui.say("profile-forgotten", false);
        }
    };
    let d = draft();
    let error = move |field: &'static str| -> Option<&'static str> {
        problems().iter().find(|p| p.0 == field).map(|p| p.1)
    };
    macro_rules! text_field {
        ($field:ident, $label:expr, $help:expr) => {
            rsx! {
                TextField {
                    id: concat!("profile-", stringify!($field)),
                    label: tr.t($label),
                    help: $help.map(|h: &str| tr.t(h)),
                    value: d.$field.clone(),
                    error: error(stringify!($field)).map(|e| tr.t(e)),
                    inputmode: "decimal",
                    on_change: move |v: String| draft.write().$field = v,
                }
            }
        };
    }
    macro_rules! check {
        ($field:ident, $label:expr) => {
            rsx! {
                label { class: "switch",
                    input {
                        r#type: "checkbox",
                        "data-test": concat!("profile-", stringify!($field)),
                        checked: d.$field,
                        onchange: move |e: FormEvent| draft.write().$field = e.checked(),
                    }
                    span { {tr.t($label)} }
                }
            }
        };
    }
    rsx! {
        section { class: "profile",
            Back { to: Screen::Me }
            ScreenTitle { text: tr.t("profile-title") }
            p { {tr.t("profile-intro")} }
            p { class: "help", {tr.t("me-profile-stays")} }
            if !problems().is_empty() {
                p { class: "problem", role: "alert", "data-test": "profile-problem", {tr.t("profile-error-summary")} }
            }
            form { onsubmit: save, novalidate: true,
                fieldset {
                    legend { {tr.t("profile-household")} }
                    {text_field!(adults, "profile-adults", None)}
                    {text_field!(children, "profile-children", None)}
                    {text_field!(tax_percent, "profile-tax", Some("profile-tax-help"))}
                }
                fieldset {
                    legend { {tr.t("profile-which")} }
                    p { class: "help", {tr.t("profile-which-help")} }
                    {check!(unemployment, "benefit-unemployment-basic")}
                    if d.unemployment {
                        div { class: "sub",
                            TextField {
                                id: "profile-period_started",
                                label: tr.t("profile-period-started"),
                                help: Some(tr.t("profile-period-started-help")),
                                value: d.period_started.clone(),
                                input_type: "date",
                                error: error("period_started").map(|e| tr.t(e)),
                                on_change: move |v: String| draft.write().period_started = v,
                            }
                        }
                    }
                    {check!(housing, "benefit-housing-general")}
                    if d.housing {
                        div { class: "sub",
                            {text_field!(housing_costs, "profile-housing-costs", Some("profile-from-decision"))}
                            {text_field!(max_housing_costs, "profile-max-housing-costs", Some("profile-from-decision"))}
                            {text_field!(other_income, "profile-other-income", Some("profile-other-income-help"))}
                        }
                    }
                    {check!(social, "benefit-social-assistance")}
                    if d.social {
                        div { class: "sub",
                            {text_field!(basic_amount, "profile-basic-amount", Some("profile-basic-amount-help"))}
                            {text_field!(social_housing_costs, "profile-housing-costs", Some("profile-from-decision"))}
                            {text_field!(other_expenses, "profile-other-expenses", None)}
                            {text_field!(other_net_income, "profile-other-net-income", Some("profile-other-net-income-help"))}
                        }
                    }
                    {check!(kela_pension, "benefit-kela-disability-pension")}
                    if d.kela_pension {
                        div { class: "sub",
                            {text_field!(kela_amount, "profile-pension-amount", Some("profile-from-decision"))}
                        }
                    }
                    {check!(earnings_pension, "benefit-earnings-related-disability-pension")}
                    if d.earnings_pension {
                        div { class: "sub",
                            {text_field!(earnings_amount, "profile-pension-amount", Some("profile-from-decision"))}
                            {text_field!(established_earnings, "profile-established-earnings", Some("profile-from-decision"))}
                            {check!(partial, "profile-partial")}
                        }
                    }
                    {check!(work_activity, "benefit-work-activity-pay")}
                    if d.work_activity {
                        div { class: "sub",
                            {text_field!(per_day, "profile-per-day", None)}
                            fieldset { class: "weekdays",
                                legend { {tr.t("profile-weekdays")} }
                                for (i, _) in WORKDAYS.iter().enumerate() {
                                    label { key: "{i}", class: "switch",
                                        input {
                                            r#type: "checkbox",
                                            checked: d.weekdays[i],
                                            onchange: move |e: FormEvent| draft.write().weekdays[i] = e.checked(),
                                        }
                                        span { {tr.t(&format!("weekday-{}", i + 1))} }
                                    }
                                }
                                if let Some(e) = error("weekdays") {
                                    p { class: "problem", {tr.t(e)} }
                                }
                            }
                        }
                    }
                    {check!(pensioner_housing, "benefit-pensioner-housing")}
                }
                if let Some(e) = error("form") {
                    p { class: "problem", role: "alert", {tr.t(e)} }
                }
                button { class: "primary", r#type: "submit", "data-test": "profile-save", {tr.t("profile-save")} }
            }
            button { class: "secondary", "data-test": "profile-forget", onclick: forget, {tr.t("profile-forget")} }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2026-03-23".parse().unwrap()
    }

    #[test]
    fn a_filled_in_form_becomes_the_profile_and_back_into_the_same_form() {
        let mut d = ProfileDraft::new();
        d.tax_percent = "12,5".into();
        d.unemployment = true;
        d.period_started = "2025-06-01".into();
        d.housing = true;
        d.housing_costs = "526,45".into();
        d.max_housing_costs = "447".into();
        d.other_income = "799.75 €".into();
        d.work_activity = true;
        d.per_day = "10".into();
        d.weekdays = [true, false, true, false, false];
        let profile = d.to_profile(today()).unwrap();
        assert_eq!(profile.benefits.len(), 3);
        assert_eq!(profile.tax_withholding_percent, Factor(12_500_000));
        let Benefit::HousingGeneral {
            housing_costs,
            other_income,
            ..
        } = &profile.benefits[1]
        else {
            panic!("housing second");
        };
        assert_eq!(
            (*housing_costs, *other_income),
            (Cents(52_645), Cents(79_975))
        );
        let Benefit::WorkActivityPay { days, .. } = &profile.benefits[2] else {
            panic!("work activity third");
        };
        // From Monday 2 March 2026, Mondays and Wednesdays only.
        assert_eq!(days[0].to_string(), "2026-03-02");
        assert_eq!(days[1].to_string(), "2026-03-04");
        assert!(
            days.iter()
                .all(|d| matches!(d.weekday(), Weekday::Mon | Weekday::Wed))
        );

        let back = ProfileDraft::from_profile(&profile);
        assert_eq!(back.housing_costs, "526,45");
        assert_eq!(back.other_income, "799,75");
        assert_eq!(back.tax_percent, "12,5");
        assert_eq!(back.weekdays, [true, false, true, false, false]);
        assert_eq!(back.to_profile(today()).unwrap(), profile);
    }

    #[test]
    fn every_wrong_field_is_named_and_nothing_is_made_of_it() {
        let mut d = ProfileDraft::new();
        d.adults = "0".into();
        d.tax_percent = "120".into();
        d.unemployment = true;
        d.period_started = "last spring".into();
        d.housing = true;
        d.housing_costs = "5,555".into();
        d.max_housing_costs = String::new();
        d.work_activity = true;
        d.per_day = "-3".into();
        let problems = d.to_profile(today()).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.0).collect();
        assert_eq!(
            fields,
            vec![
                "adults",
                "tax_percent",
                "period_started",
                "housing_costs",
                "max_housing_costs",
                "per_day",
                "weekdays"
            ]
        );
        assert!(problems.contains(&("max_housing_costs", "profile-error-required")));
    }
}
