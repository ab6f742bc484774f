//! My money: this month and next, approved and expected pay, what each benefit does with it,
//! how close a pension earnings limit is, and the year so far.

use super::tasks::{BenefitBreakdown, Warnings, benefit_name, change_sentence, later_sentence};
use super::{Screen, ScreenTitle, StorageProblem, Tr, Ui};
use crate::money::{MoneyInputs, MonthMoney, month_money, year_so_far};
use dioxus::prelude::*;
use keikka_core::Cents;
use keikka_core::benefit::{BenefitKind, Impact, Month};

#[component]
pub fn MyMoney() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let today = ui.local(now).date_naive();
    let Ok(inputs) = ui.read(|s| MoneyInputs::read(s, today)) else {
        return rsx! { StorageProblem {} };
    };
    let device = ui.device();
    let this = Month::of(today);
    // A month the engine cannot answer is shown as such, never left out.
    let months: Vec<(Month, Option<MonthMoney>)> = [this, this.plus(1)]
        .into_iter()
        .map(|m| {
            let money = month_money(&device.rules(), inputs.profile.as_ref(), &inputs.counted, m);
            (m, money.ok())
        })
        .collect();
    let year = year_so_far(&inputs.counted, this);
    let has_profile = inputs.profile.is_some();
    rsx! {
        section { class: "money",
            ScreenTitle { text: tr.t("money-title") }
            if !has_profile {
                p { {tr.t("money-no-profile")} }
                button { class: "secondary", "data-test": "fill-profile",
                    onclick: move |_| ui.go(Screen::Profile),
                    {tr.t("money-fill-profile")}
                }
            }
            if inputs.unpriced > 0 {
                p { class: "doubt", {tr.ta("money-unpriced", &[("count", inputs.unpriced.into())])} }
            }
            for (month, money) in months {
                if let Some(money) = money {
                    MonthCard { key: "{month}", money }
                } else {
                    section { key: "{month}", class: "month-card", "data-test": "month-card",
                        h2 { {tr.month(month)} }
                        p { {tr.t("money-cannot-say")} }
                    }
                }
            }
            button { class: "primary", "data-test": "open-plan",
                onclick: move |_| ui.go(Screen::Plan),
                {tr.t("plan-open")}
            }
            p { class: "year", "data-test": "year-so-far",
                {tr.ta("money-year-so-far", &[("year", this.first_day().format("%Y").to_string().into()), ("amount", tr.money(year).into())])}
            }
            p { class: "fine-print", "data-test": "money-estimate", {tr.t("money-estimate")} }
            RulesInUse {}
        }
    }
}

/// One month's money. `staff`: shown to the participant's supervisor, so it speaks of "the
/// participant", not "you".
#[component]
pub fn MonthCard(money: MonthMoney, #[props(default)] staff: bool) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut why = use_signal(|| false);
    let id = format!("month-{}", money.month);
    let why_id = format!("why-{}", money.month);
    let month_name = tr.month(money.month);
    rsx! {
        section { class: "month-card", "aria-labelledby": "{id}", "data-test": "month-card",
            h2 { id: "{id}", {tr.month(money.month)} }
            dl { class: "facts",
                dt { {tr.t("money-approved")} }
                dd { "data-test": "money-approved", {tr.money(money.approved)} }
                dt { {tr.t("money-expected")} }
                dd { "data-test": "money-expected", {tr.money(money.expected)} }
            }
            // A month without pay of its own can still lose money to earlier work (a pension that
            // stopped after three months over its limit): it is shown, not called empty.
            if money.approved == Cents::ZERO && money.expected == Cents::ZERO && money.impact.as_ref().is_none_or(|i| i.total_change == Cents::ZERO && i.later.is_empty()) {
                p { class: "empty", {tr.t("money-month-none")} }
            } else if let Some(impact) = money.impact.clone() {
                ul { class: "changes",
                    for b in impact.benefits.iter() {
                        li { key: "{b.kind:?}",
                            {change_sentence(&tr, b.name, b.change, true)}
                        }
                    }
                    for (i, later) in impact.later.iter().enumerate() {
                        li { key: "later-{i}", {later_sentence(&tr, later)} }
                    }
                }
                for b in impact.benefits.iter().filter(|b| matches!(b.kind, BenefitKind::KelaDisabilityPension | BenefitKind::EarningsRelatedDisabilityPension)) {
                    if let (Some(limit), Some(wages)) = (b.figures.get("earnings_limit"), b.figures.get("wages_paid_this_month")) {
                        PensionLimit { key: "{b.kind:?}-limit", kind: b.kind, limit: limit.0, wages: wages.0, staff }
                    }
                }
                p { class: "keep", "data-test": "month-keep", {month_keep(&tr, &impact, staff)} }
                // The warnings speak to the participant; the supervisor is told whose they are.
                if staff && !impact.warnings.is_empty() {
                    p { class: "fine-print", {tr.t("money-warnings-to-participant")} }
                }
                Warnings { warnings: impact.warnings.clone() }
                if !impact.benefits.is_empty() {
                    button {
                        class: "secondary why",
                        "aria-expanded": if why() { "true" } else { "false" },
                        "aria-controls": "{why_id}",
                        onclick: move |_| why.toggle(),
                        {tr.t("why-button")}
                        span { class: "visually-hidden", " {month_name}" }
                    }
                    div { id: "{why_id}", hidden: !why(),
                        if why() {
                            for b in impact.benefits.iter().cloned() {
                                BenefitBreakdown { key: "{b.kind:?}-why", benefit: b }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Which benefit figures the answers use: the rule set's date, so a person and their supervisor
/// can tell old figures from new.
#[component]
pub fn RulesInUse() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let version = ui.device().rules().version();
    rsx! {
        p { class: "fine-print", "data-test": "rules-in-use",
            {tr.ta("rules-in-use", &[("date", tr.plain_date(version.date).into())])}
        }
    }
}

/// How much of a pension's earnings limit this month's pay uses, as a bar and in words.
#[component]
fn PensionLimit(kind: BenefitKind, limit: Cents, wages: Cents, staff: bool) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let left = Cents((limit.0 - wages.0).max(0));
    rsx! {
        div { class: "limit", "data-test": "pension-limit",
            p {
                {tr.ta(if staff { "money-limit-staff" } else { "money-limit" }, &[
                    ("pension", tr.t(benefit_name(kind)).into()),
                    ("earned", tr.money(wages).into()),
                    ("limit", tr.money(limit).into()),
                    ("left", tr.money(left).into()),
                ])}
            }
            // A meter, not a styled bar: the page's CSP allows no inline styles.
            meter {
                class: "bar",
                "aria-hidden": "true",
                min: "0",
                max: "{limit.0}",
                high: "{limit.0 * 9 / 10}",
                value: "{wages.0.min(limit.0)}",
            }
        }
    }
}

/// What the month's pay leaves, said as honestly as the figures allow: after tax where the tax
/// percentage is known, unknown when a benefit's change is.
pub(super) fn month_keep(tr: &Tr, impact: &Impact, staff: bool) -> String {
    let id = |own: &'static str, theirs: &'static str| if staff { theirs } else { own };
    if impact.benefits.iter().any(|b| b.change.is_none()) {
        return tr.t(id(
            "money-month-keep-unknown",
            "money-month-keep-unknown-staff",
        ));
    }
    let (amount, after_tax) = match impact.keep_after_tax {
        Some(after_tax) => (after_tax, true),
        None => (impact.keep, false),
    };
    // A month can lose money to work (a pension stopped by earlier months): a loss is said as
    // one, never as "−12 € more".
    if amount < Cents::ZERO {
        return tr.ta(
            id("money-month-keep-loss", "money-month-keep-loss-staff"),
            &[("amount", tr.money_abs(amount).into())],
        );
    }
    if amount == Cents::ZERO {
        return tr.t(id(
            "money-month-keep-nothing",
            "money-month-keep-nothing-staff",
        ));
    }
    let message = match (after_tax, staff) {
        (true, false) => "money-month-keep-after-tax",
        (true, true) => "money-month-keep-after-tax-staff",
        (false, false) => "money-month-keep",
        (false, true) => "money-month-keep-staff",
    };
    tr.ta(message, &[("amount", tr.money(amount).into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Locale;
    use crate::ui::Texts;
    use keikka_core::benefit::{BenefitProfile, EarningInput, RuleSet, impact};
    use std::rc::Rc;

    #[test]
    fn a_month_that_loses_money_to_work_says_so_instead_of_minus_more() {
        // 1,000 € paid in January, February and March 2026 rests the Kela pension from April:
        // April has no pay and 775.70 € less.
        let profile: BenefitProfile = serde_json::from_str(
            r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
        )
        .unwrap();
        let earnings: Vec<EarningInput> = ["2026-01-15", "2026-02-15", "2026-03-15"]
            .iter()
            .map(|d| {
                serde_json::from_str(&format!(
                    r#"{{"gross": 1000, "worked_on": "{d}", "paid_on": "{d}", "contract": "employment"}}"#
                ))
                .unwrap()
            })
            .collect();
        let rules = RuleSet::builtin().unwrap();
        let april = impact(&rules, "2026-04".parse().unwrap(), &profile, &earnings).unwrap();
        assert_eq!(april.keep, Cents(-77_570));
        for locale in Locale::ALL {
            let tr = Tr::new(Rc::new(Texts::load()), locale);
            let loss = tr.money(Cents(77_570));
            for staff in [false, true] {
                let said = month_keep(&tr, &april, staff);
                assert!(said.contains(&loss), "{said}");
                assert!(!said.contains('−') && !said.contains('-'), "{said}");
            }
        }
    }
}
