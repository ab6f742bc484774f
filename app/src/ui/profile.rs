//! My benefits: a guided form in plain words, filled in with the supervisor from the decision
//! letters. It stays on this phone; impossible values are refused field by field.

use super::fields::TextField;
use super::{Back, Screen, ScreenTitle, Ui};
use chrono::{Datelike, NaiveDate, Weekday};
use dioxus::prelude::*;
use keikka_core::Cents;
use keikka_core::benefit::{Benefit, BenefitProfile, Factor};
use std::rc::Rc;

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
    /// Blank: the person does not know it, and nothing after tax is said.
    pub tax_percent: String,
    pub unemployment: bool,
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
    pub kela_regardless: bool,
    pub earnings_pension: bool,
    pub earnings_amount: String,
    pub established_earnings: String,
    pub personal_limit: String,
    pub partial: bool,
    pub work_activity: bool,
    pub per_day: String,
    pub weekdays: [bool; 5],
    pub rehabilitative: bool,
    pub rehabilitative_weekdays: [bool; 5],
    pub pensioner_housing: bool,
    /// Monthly, as people know them; the engine takes yearly figures (× 12).
    pub pensioner_costs: String,
    pub pensioner_income: String,
    pub pensioner_couple: bool,
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
            ..ProfileDraft::default()
        }
    }

    pub fn from_profile(p: &BenefitProfile) -> ProfileDraft {
        let mut d = ProfileDraft::new();
        d.adults = p.adults.to_string();
        d.children = p.children.to_string();
        d.tax_percent = p
            .tax_withholding_percent
            .map(factor_text)
            .unwrap_or_default();
        for b in &p.benefits {
            match b {
                Benefit::UnemploymentBasic { .. } => d.unemployment = true,
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
                Benefit::KelaDisabilityPension {
                    amount,
                    regardless_of_earnings,
                } => {
                    d.kela_pension = true;
                    d.kela_amount = euros_text(*amount);
                    d.kela_regardless = *regardless_of_earnings;
                }
                Benefit::EarningsRelatedDisabilityPension {
                    amount,
                    established_earnings,
                    partial,
                    personal_limit,
                } => {
                    d.earnings_pension = true;
                    d.earnings_amount = euros_text(*amount);
                    d.established_earnings = euros_text(*established_earnings);
                    d.personal_limit = personal_limit.map(euros_text).unwrap_or_default();
                    d.partial = *partial;
                }
                Benefit::WorkActivityPay { per_day, days } => {
                    d.work_activity = true;
                    d.per_day = euros_text(*per_day);
                    let all = crate::money::attendance_weekdays(days);
                    d.weekdays.copy_from_slice(&all[..5]);
                }
                Benefit::RehabilitativeWorkActivity { days } => {
                    d.rehabilitative = true;
                    let all = crate::money::attendance_weekdays(days);
                    d.rehabilitative_weekdays.copy_from_slice(&all[..5]);
                }
                Benefit::PensionerHousing {
                    yearly_housing_costs,
                    yearly_income,
                    couple,
                    ..
                } => {
                    d.pensioner_housing = true;
                    let monthly = |c: &Option<Cents>| {
                        c.map(|c| euros_text(Cents(c.0 / 12))).unwrap_or_default()
                    };
                    d.pensioner_costs = monthly(yearly_housing_costs);
                    d.pensioner_income = monthly(yearly_income);
                    d.pensioner_couple = *couple;
                }
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
        let tax = self.tax_percent.trim().replace([',', '%'], ".");
        let tax = tax.trim_end_matches('.').trim();
        let tax_percent = if tax.is_empty() {
            None
        } else {
            match Factor::parse(tax) {
                Some(f) if f <= Factor(100_000_000) => Some(f),
                _ => {
                    problems.push(("tax_percent", "profile-error-percent"));
                    None
                }
            }
        };
        let mut benefits = Vec::new();
        if self.unemployment {
            benefits.push(Benefit::UnemploymentBasic {
                period_started: None,
            });
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
            benefits.push(Benefit::KelaDisabilityPension {
                amount,
                regardless_of_earnings: self.kela_regardless,
            });
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
            let personal_limit =
                amount(&mut problems, "personal_limit", &self.personal_limit, false);
            if let (Some(amount), Some(established_earnings)) = (a, e) {
                benefits.push(Benefit::EarningsRelatedDisabilityPension {
                    amount,
                    established_earnings,
                    partial: self.partial,
                    personal_limit,
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
        if self.rehabilitative {
            if !self.rehabilitative_weekdays.iter().any(|d| *d) {
                problems.push(("rehabilitative_weekdays", "profile-error-weekdays"));
            }
            let mut weekdays = [false; 7];
            weekdays[..5].copy_from_slice(&self.rehabilitative_weekdays);
            benefits.push(Benefit::RehabilitativeWorkActivity {
                days: crate::money::attendance_days(
                    weekdays,
                    today.with_day(1).unwrap_or(today),
                    1,
                ),
            });
        }
        if self.pensioner_housing {
            let yearly = |c: Option<Cents>| c.map(|c| Cents(c.0.saturating_mul(12)));
            let costs = yearly(amount(
                &mut problems,
                "pensioner_costs",
                &self.pensioner_costs,
                true,
            ));
            let income = yearly(amount(
                &mut problems,
                "pensioner_income",
                &self.pensioner_income,
                true,
            ));
            benefits.push(Benefit::PensionerHousing {
                yearly_housing_costs: costs,
                // The decision's accepted costs are already capped at the maximum.
                yearly_max_housing_costs: costs,
                yearly_income: income,
                couple: self.pensioner_couple,
            });
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
    // The summary of what to fix, at the top. A failed save takes the focus there (a screen
    // reader reads it out; the screen scrolls to it), not leaving it on Save at the bottom: when
    // the summary appears, it takes the focus itself; when it is already there, from here.
    let mut summary = use_signal(|| None::<Rc<MountedData>>);
    let mut refused = move |found: Vec<FieldProblem>| {
        problems.set(found);
        if let Some(summary) = summary.peek().clone() {
            spawn(async move {
                let _ = summary.set_focus(true).await;
            });
        }
    };
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
                Err(_) => refused(vec![("form", "profile-error-impossible")]),
            },
            Err(found) => refused(found),
        }
    };
    // Deleting the profile cannot be undone: the button asks first.
    let mut asking = use_signal(|| false);
    // Nothing to delete before a profile is saved: then no delete button either.
    let saved = ui.read(|s| s.benefit_profile()).ok().flatten().is_some();
    let forget = move |()| {
        asking.set(false);
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
    // A checkbox; with `about`, the line that says what it is (`.about` of its label) under
    // it, which the checkbox names as its description.
    macro_rules! check {
        ($field:ident, $label:expr) => {
            check!(@ $field, $label, None::<&str>)
        };
        ($field:ident, $label:expr, about) => {
            check!(@ $field, $label, Some(concat!("profile-", stringify!($field), "-about")))
        };
        (@ $field:ident, $label:expr, $about:expr) => {
            rsx! {
                label { class: "switch",
                    input {
                        r#type: "checkbox",
                        "data-test": concat!("profile-", stringify!($field)),
                        checked: d.$field,
                        "aria-describedby": $about,
                        onchange: move |e: FormEvent| draft.write().$field = e.checked(),
                    }
                    span { {tr.t($label)} }
                }
                if let Some(about) = $about {
                    p { class: "help about", id: "{about}", {tr.attribute($label, "about")} }
                }
            }
        };
    }
    // A benefit's checkbox, which shows the benefit's own fields (`BenefitFields` of the same
    // name) below it: it says whether they are open and which they are, and its label names
    // their group ("Asumismenot kuussa" is asked for two benefits, "Eläke kuussa" for two
    // pensions).
    macro_rules! benefit {
        ($field:ident, $label:expr) => {
            rsx! {
                label { class: "switch",
                    input {
                        r#type: "checkbox",
                        "data-test": concat!("profile-", stringify!($field)),
                        checked: d.$field,
                        "aria-expanded": if d.$field { "true" } else { "false" },
                        "aria-controls": concat!("profile-", stringify!($field), "-fields"),
                        "aria-describedby": concat!("profile-", stringify!($field), "-about"),
                        onchange: move |e: FormEvent| draft.write().$field = e.checked(),
                    }
                    span { id: concat!("profile-", stringify!($field), "-label"), {tr.t($label)} }
                }
                // What the benefit is, in one line, where the person first meets its name.
                p { class: "help about", id: concat!("profile-", stringify!($field), "-about"),
                    {tr.attribute($label, "about")}
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
                p {
                    class: "problem error-summary",
                    tabindex: "-1",
                    "data-test": "profile-problem",
                    onmounted: move |e: MountedEvent| async move {
                        summary.set(Some(e.data()));
                        let _ = e.set_focus(true).await;
                    },
                    {tr.t("profile-error-summary")}
                }
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
                    {check!(unemployment, "profile-unemployment", about)}
                    {benefit!(housing, "benefit-housing-general")}
                    if d.housing {
                        BenefitFields { name: "housing",
                            {text_field!(housing_costs, "profile-housing-costs", Some("profile-from-decision"))}
                            {text_field!(max_housing_costs, "profile-max-housing-costs", Some("profile-from-decision"))}
                            {text_field!(other_income, "profile-other-income", Some("profile-other-income-help"))}
                        }
                    }
                    {benefit!(social, "benefit-social-assistance")}
                    if d.social {
                        BenefitFields { name: "social",
                            {text_field!(basic_amount, "profile-basic-amount", Some("profile-basic-amount-help"))}
                            {text_field!(social_housing_costs, "profile-housing-costs", Some("profile-from-decision"))}
                            {text_field!(other_expenses, "profile-other-expenses", None)}
                            {text_field!(other_net_income, "profile-other-net-income", Some("profile-other-net-income-help"))}
                        }
                    }
                    {benefit!(kela_pension, "benefit-kela-disability-pension")}
                    if d.kela_pension {
                        BenefitFields { name: "kela_pension",
                            {text_field!(kela_amount, "profile-pension-amount", Some("profile-from-decision"))}
                            {check!(kela_regardless, "profile-kela-regardless")}
                        }
                    }
                    {benefit!(earnings_pension, "benefit-earnings-related-disability-pension")}
                    if d.earnings_pension {
                        BenefitFields { name: "earnings_pension",
                            {text_field!(earnings_amount, "profile-pension-amount", Some("profile-from-decision"))}
                            {text_field!(established_earnings, "profile-established-earnings", Some("profile-from-decision"))}
                            {text_field!(personal_limit, "profile-personal-limit", Some("profile-personal-limit-help"))}
                            {check!(partial, "profile-partial")}
                        }
                    }
                    {benefit!(work_activity, "benefit-work-activity-pay")}
                    if d.work_activity {
                        BenefitFields { name: "work_activity",
                            {text_field!(per_day, "profile-per-day", None)}
                            WeekdayChoice {
                                legend: tr.t("profile-weekdays"),
                                chosen: d.weekdays,
                                error: error("weekdays").map(|e| tr.t(e)),
                                on_change: move |(i, on): (usize, bool)| draft.write().weekdays[i] = on,
                            }
                        }
                    }
                    {benefit!(rehabilitative, "profile-rehabilitative")}
                    if d.rehabilitative {
                        BenefitFields { name: "rehabilitative",
                            WeekdayChoice {
                                legend: tr.t("profile-rehabilitative-weekdays"),
                                chosen: d.rehabilitative_weekdays,
                                error: error("rehabilitative_weekdays").map(|e| tr.t(e)),
                                on_change: move |(i, on): (usize, bool)| draft.write().rehabilitative_weekdays[i] = on,
                            }
                        }
                    }
                    {benefit!(pensioner_housing, "benefit-pensioner-housing")}
                    if d.pensioner_housing {
                        BenefitFields { name: "pensioner_housing",
                            {text_field!(pensioner_costs, "profile-pensioner-costs", Some("profile-from-decision"))}
                            {text_field!(pensioner_income, "profile-pensioner-income", Some("profile-pensioner-income-help"))}
                            {check!(pensioner_couple, "profile-pensioner-couple")}
                        }
                    }
                }
                if let Some(e) = error("form") {
                    p { class: "problem", role: "alert", {tr.t(e)} }
                }
                button { class: "primary", r#type: "submit", "data-test": "profile-save", {tr.t("profile-save")} }
            }
            if saved {
                if asking() {
                    super::fields::AskFirst {
                        id: "profile-forget-ask",
                        test: "profile-forget",
                        question: tr.t("profile-forget-confirm"),
                        yes: tr.t("profile-forget-yes"),
                        no: tr.t("profile-forget-no"),
                        on_yes: forget,
                        on_no: move |()| asking.set(false),
                    }
                } else {
                    button { class: "secondary", "data-test": "profile-forget",
                        onclick: move |_| asking.set(true),
                        {tr.t("profile-forget")}
                    }
                }
            }
        }
    }
}

/// The fields of one benefit, shown while its checkbox (`benefit!` with the same `name`) is
/// ticked: a group that checkbox names and controls.
#[component]
fn BenefitFields(name: &'static str, children: Element) -> Element {
    rsx! {
        div {
            class: "sub",
            id: "profile-{name}-fields",
            role: "group",
            "aria-labelledby": "profile-{name}-label",
            "data-test": "profile-{name}-fields",
            {children}
        }
    }
}

/// The weekdays of an activity, Monday to Friday, as checkboxes under one legend.
#[component]
fn WeekdayChoice(
    legend: String,
    chosen: [bool; 5],
    error: Option<String>,
    on_change: EventHandler<(usize, bool)>,
) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    rsx! {
        fieldset { class: "weekdays",
            legend { "{legend}" }
            for (i, _) in WORKDAYS.iter().enumerate() {
                label { key: "{i}", class: "switch",
                    input {
                        r#type: "checkbox",
                        checked: chosen[i],
                        onchange: move |e: FormEvent| on_change.call((i, e.checked())),
                    }
                    span { {tr.t(&format!("weekday-{}", i + 1))} }
                }
            }
            if let Some(e) = error {
                p { class: "problem", "{e}" }
            }
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
        d.housing = true;
        d.housing_costs = "526,45".into();
        d.max_housing_costs = "447".into();
        d.other_income = "799.75 €".into();
        d.work_activity = true;
        d.per_day = "10".into();
        d.weekdays = [true, false, true, false, false];
        let profile = d.to_profile(today()).unwrap();
        assert_eq!(profile.benefits.len(), 3);
        assert_eq!(profile.tax_withholding_percent, Some(Factor(12_500_000)));
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
                "housing_costs",
                "max_housing_costs",
                "per_day",
                "weekdays"
            ]
        );
        assert!(problems.contains(&("max_housing_costs", "profile-error-required")));
    }

    #[test]
    fn a_blank_tax_percentage_is_not_known_and_zero_is_zero() {
        let mut d = ProfileDraft::new();
        assert_eq!(d.tax_percent, "", "a new form does not claim 0 %");
        assert_eq!(d.to_profile(today()).unwrap().tax_withholding_percent, None);
        d.tax_percent = "0".into();
        assert_eq!(
            d.to_profile(today()).unwrap().tax_withholding_percent,
            Some(Factor::ZERO)
        );
        d.tax_percent = "21 %".into();
        assert_eq!(
            d.to_profile(today()).unwrap().tax_withholding_percent,
            Some(Factor(21_000_000))
        );
    }

    #[test]
    fn the_newer_benefits_round_trip_through_the_form() {
        let mut d = ProfileDraft::new();
        d.kela_pension = true;
        d.kela_amount = "775,70".into();
        d.kela_regardless = true;
        d.earnings_pension = true;
        d.earnings_amount = "1200".into();
        d.established_earnings = "2500".into();
        d.personal_limit = "1100".into();
        d.rehabilitative = true;
        d.rehabilitative_weekdays = [false, true, false, true, false];
        d.pensioner_housing = true;
        d.pensioner_costs = "500".into();
        d.pensioner_income = "1166,66".into();
        let profile = d.to_profile(today()).unwrap();
        assert!(profile.benefits.contains(&Benefit::PensionerHousing {
            yearly_housing_costs: Some(Cents(600_000)),
            yearly_max_housing_costs: Some(Cents(600_000)),
            yearly_income: Some(Cents(1_399_992)),
            couple: false,
        }));
        let back = ProfileDraft::from_profile(&profile);
        assert_eq!(back.personal_limit, "1100");
        assert!(back.kela_regardless);
        assert_eq!(
            back.rehabilitative_weekdays,
            [false, true, false, true, false]
        );
        assert_eq!(back.pensioner_costs, "500");
        assert_eq!(back.to_profile(today()).unwrap(), profile);
    }
}
