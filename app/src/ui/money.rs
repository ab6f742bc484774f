//! My money: this month and next, approved and expected pay, what each benefit does with it,
//! how close a pension earnings limit is, and the year so far.

use super::tasks::{BenefitBreakdown, Warnings, benefit_name};
use super::{Screen, ScreenTitle, StorageProblem, Ui};
use crate::money::{MoneyInputs, MonthMoney, month_money, year_so_far};
use dioxus::prelude::*;
use keikka_core::Cents;
use keikka_core::benefit::{BenefitKind, Month};

#[component]
pub fn MyMoney() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let Ok(inputs) = ui.read(MoneyInputs::read) else {
        return rsx! { StorageProblem {} };
    };
    let device = ui.device();
    let this = Month::of(now.date_naive());
    let months: Vec<MonthMoney> = [this, this.plus(1)]
        .into_iter()
        .filter_map(|m| {
            month_money(&device.rules, inputs.profile.as_ref(), &inputs.counted, m).ok()
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
            for m in months {
                MonthCard { key: "{m.month}", money: m }
            }
            p { class: "year", "data-test": "year-so-far",
                {tr.ta("money-year-so-far", &[("year", this.first_day().format("%Y").to_string().into()), ("amount", tr.money(year).into())])}
            }
        }
    }
}

#[component]
fn MonthCard(money: MonthMoney) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut why = use_signal(|| false);
    let id = format!("month-{}", money.month);
    rsx! {
        section { class: "month-card", "aria-labelledby": "{id}", "data-test": "month-card",
            h2 { id: "{id}", {tr.month(money.month)} }
            dl { class: "facts",
                dt { {tr.t("money-approved")} }
                dd { "data-test": "money-approved", {tr.money(money.approved)} }
                dt { {tr.t("money-expected")} }
                dd { "data-test": "money-expected", {tr.money(money.expected)} }
            }
            if money.approved == Cents::ZERO && money.expected == Cents::ZERO {
                p { class: "empty", {tr.t("money-month-none")} }
            } else if let Some(impact) = money.impact.clone() {
                ul { class: "changes",
                    for b in impact.benefits.iter() {
                        li { key: "{b.kind:?}",
                            {
                                let name = tr.t(benefit_name(b.kind));
                                match b.change {
                                    None => tr.ta("money-benefit-unknown", &[("benefit", name.into())]),
                                    Some(c) if c == Cents::ZERO => tr.ta("money-benefit-same", &[("benefit", name.into())]),
                                    Some(c) if c < Cents::ZERO => tr.ta("money-benefit-falls", &[("benefit", name.into()), ("amount", tr.money_abs(c).into())]),
                                    Some(c) => tr.ta("money-benefit-rises", &[("benefit", name.into()), ("amount", tr.money_abs(c).into())]),
                                }
                            }
                        }
                    }
                }
                for b in impact.benefits.iter().filter(|b| matches!(b.kind, BenefitKind::KelaDisabilityPension | BenefitKind::EarningsRelatedDisabilityPension)) {
                    if let (Some(limit), Some(wages)) = (b.figures.get("earnings_limit"), b.figures.get("wages_paid_this_month")) {
                        PensionLimit { key: "{b.kind:?}-limit", kind: b.kind, limit: limit.0, wages: wages.0 }
                    }
                }
                p { class: "keep", "data-test": "month-keep",
                    {tr.ta("money-month-keep", &[("amount", tr.money(impact.keep).into())])}
                }
                Warnings { warnings: impact.warnings.clone() }
                if !impact.benefits.is_empty() {
                    button {
                        class: "secondary why",
                        "aria-expanded": if why() { "true" } else { "false" },
                        onclick: move |_| why.toggle(),
                        {tr.t("why-button")}
                    }
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

/// How much of a pension's earnings limit this month's pay uses, as a bar and in words.
#[component]
fn PensionLimit(kind: BenefitKind, limit: Cents, wages: Cents) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let percent = if limit.0 > 0 {
        (wages.0.saturating_mul(100) / limit.0).clamp(0, 100)
    } else {
        100
    };
    let left = Cents((limit.0 - wages.0).max(0));
    rsx! {
        div { class: "limit", "data-test": "pension-limit",
            p {
                {tr.ta("money-limit", &[
                    ("pension", tr.t(benefit_name(kind)).into()),
                    ("earned", tr.money(wages).into()),
                    ("limit", tr.money(limit).into()),
                    ("left", tr.money(left).into()),
                ])}
            }
            div { class: "bar", "aria-hidden": "true",
                div { class: "bar-fill", style: "width: {percent}%" }
            }
        }
    }
}
