//! Commissioners (who buys the work, at what price and VAT) and their orders, with "publish a
//! task from this order".

use super::{TaskFormMode, TextArea, TextField};
use crate::ui::{Back, Screen, ScreenTitle, StorageProblem, SyncBadge, Ui};
use dioxus::prelude::*;
use keikka_core::protocol::{Op, Subject};
use keikka_core::report;
use keikka_core::{
    Cents, Commissioner, CommissionerDraft, CommissionerId, OrderDraft, OrderId, VatRate,
};
use uuid::Uuid;

/// A VAT percentage as typed ("25,5", "0", "14") in hundredths of a percent.
pub fn parse_vat(text: &str) -> Option<VatRate> {
    let hundredths = Cents::parse_euros(text).ok()?;
    u16::try_from(hundredths.0)
        .ok()
        .map(VatRate)
        .filter(|v| *v <= VatRate::MAX)
}

#[component]
pub fn Orders() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let Ok((commissioners, orders)) = ui.read(|s| s.commissioners_and_orders()) else {
        return rsx! { StorageProblem {} };
    };
    let sync_of = move |subject: Subject| ui.read(|s| s.sync_state(subject)).ok();
    let mut editing = use_signal(|| None::<Commissioner>);
    rsx! {
        section { class: "orders",
            Back { to: Screen::UnitTasks }
            ScreenTitle { text: tr.t("staff-orders-title") }
            h2 { {tr.t("staff-orders-list")} }
            if orders.is_empty() {
                p { class: "empty", {tr.t("staff-orders-none")} }
            }
            ul { class: "cards",
                for order in orders.clone() {
                    li { key: "{order.id}", class: "card", "data-test": "order-card",
                        h3 { class: "card-title", "{order.title}" }
                        if let Some(c) = commissioners.iter().find(|c| c.id == order.commissioner) {
                            p { "{c.name}" }
                        }
                        if !order.notes.is_empty() {
                            p { class: "help", "{order.notes}" }
                        }
                        if let Some(state) = sync_of(Subject::Order(order.id)) {
                            SyncBadge { state }
                        }
                        button { class: "primary", "data-test": "task-from-order",
                            onclick: move |_| ui.go(Screen::TaskForm(TaskFormMode::FromOrder(order.id))),
                            {tr.t("staff-task-from-order")}
                        }
                    }
                }
            }
            if !commissioners.is_empty() {
                OrderForm { commissioners: commissioners.iter().map(|c| (c.id, c.name.clone())).collect::<Vec<_>>() }
            }
            h2 { {tr.t("staff-commissioners-list")} }
            ul { class: "cards",
                for c in commissioners.clone() {
                    li { key: "{c.id}", class: "card", "data-test": "commissioner-card",
                        h3 { class: "card-title", "{c.name}" }
                        if !c.contact.is_empty() { p { "{c.contact}" } }
                        p { {tr.ta("staff-commissioner-price", &[
                            ("price", tr.money(c.price_per_hour).into()),
                            ("vat", c.vat.percent_text().replace('.', ",").into()),
                        ])} }
                        if let Some(state) = sync_of(Subject::Commissioner(c.id)) {
                            SyncBadge { state }
                        }
                        button { class: "secondary", "data-test": "edit-commissioner",
                            onclick: {
                                let c = c.clone();
                                move |_| editing.set(Some(c.clone()))
                            },
                            {tr.ta("staff-commissioner-edit", &[("name", c.name.clone().into())])}
                        }
                    }
                }
            }
            // Keyed by what it edits (a key counts only in a list), so choosing a commissioner
            // starts the form afresh with their figures.
            for edited in [editing()] {
                CommissionerForm {
                    key: "{edited.as_ref().map(|c| c.id.to_string()).unwrap_or_default()}",
                    editing: edited,
                    on_done: move |_| editing.set(None),
                }
            }
        }
    }
}

/// A new commissioner, or changes to `editing` (the same id, so it replaces it).
#[component]
fn CommissionerForm(editing: Option<Commissioner>, on_done: EventHandler<()>) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let existing = editing.clone();
    let mut name = use_signal(|| {
        existing
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default()
    });
    let mut contact = use_signal(|| {
        existing
            .as_ref()
            .map(|c| c.contact.clone())
            .unwrap_or_default()
    });
    let mut price = use_signal(|| {
        existing.as_ref().map_or_else(
            || "14,50".to_owned(),
            |c| report::euros_text(c.price_per_hour),
        )
    });
    let mut vat = use_signal(|| {
        existing.as_ref().map_or_else(
            || "25,5".to_owned(),
            |c| c.vat.percent_text().replace('.', ","),
        )
    });
    let id = editing
        .as_ref()
        .map_or_else(|| CommissionerId(Uuid::new_v4()), |c| c.id);
    let mut errors = use_signal(Vec::<&'static str>::new);
    let has = move |field: &str| errors().contains(&field);
    let save = move |_| {
        let mut found = Vec::new();
        if name().trim().is_empty() {
            found.push("name");
        }
        let parsed_price = Cents::parse_euros(&price())
            .ok()
            .filter(|c| *c >= Cents::ZERO);
        if parsed_price.is_none() {
            found.push("price");
        }
        let parsed_vat = parse_vat(&vat());
        if parsed_vat.is_none() {
            found.push("vat");
        }
        errors.set(found);
        let (Some(price_per_hour), Some(vat_rate)) = (parsed_price, parsed_vat) else {
            return;
        };
        if !errors().is_empty() {
            return;
        }
        let draft = CommissionerDraft {
            id,
            name: name(),
            contact: contact(),
            price_per_hour,
            vat: vat_rate,
        };
        if ui
            .act(Op::SaveCommissioner {
                commissioner: draft,
            })
            .is_some()
        {
            name.set(String::new());
            contact.set(String::new());
            ui.say("staff-commissioner-saved", false);
        }
    };
    rsx! {
        fieldset { class: "form-block",
            legend {
                {match &editing {
                    Some(c) => tr.ta("staff-commissioner-edit", &[("name", c.name.clone().into())]),
                    None => tr.t("staff-commissioner-new"),
                }}
            }
            if editing.is_some() {
                p { class: "help", {tr.t("staff-commissioner-price-change-help")} }
            }
            TextField { id: "commissioner-name", label: tr.t("staff-commissioner-name"), value: name(),
                error: has("name").then(|| tr.t("staff-error-name")), on_change: move |v| name.set(v) }
            TextField { id: "commissioner-contact", label: tr.t("staff-commissioner-contact"), value: contact(),
                on_change: move |v| contact.set(v) }
            TextField { id: "commissioner-price", label: tr.t("staff-commissioner-price-label"), value: price(),
                error: has("price").then(|| tr.t("staff-error-pay")), on_change: move |v| price.set(v) }
            TextField { id: "commissioner-vat", label: tr.t("staff-commissioner-vat"), value: vat(),
                help: tr.t("staff-commissioner-vat-help"),
                error: has("vat").then(|| tr.t("staff-error-vat")), on_change: move |v| vat.set(v) }
            button { class: "primary", "data-test": "commissioner-save", onclick: save,
                {tr.t("staff-commissioner-save")}
            }
        }
    }
}

#[component]
fn OrderForm(commissioners: Vec<(CommissionerId, String)>) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let first = commissioners.first().map(|(id, _)| *id);
    let mut commissioner = use_signal(|| first);
    let mut title = use_signal(String::new);
    let mut notes = use_signal(String::new);
    let mut missing = use_signal(|| false);
    let save = move |_| {
        let Some(c) = commissioner() else {
            return;
        };
        if title().trim().is_empty() {
            missing.set(true);
            return;
        }
        let order = OrderDraft {
            id: OrderId(Uuid::new_v4()),
            commissioner: c,
            title: title(),
            notes: notes(),
        };
        if ui.act(Op::SaveOrder { order }).is_some() {
            title.set(String::new());
            notes.set(String::new());
            ui.say("staff-order-saved", false);
        }
    };
    rsx! {
        fieldset { class: "form-block",
            legend { {tr.t("staff-order-new")} }
            div { class: "field",
                label { r#for: "order-commissioner", class: "field-label", {tr.t("staff-order-commissioner")} }
                select { id: "order-commissioner", "data-test": "order-commissioner",
                    onchange: move |e| commissioner.set(e.value().parse().ok().map(CommissionerId)),
                    for (id, name) in commissioners {
                        option { key: "{id}", value: "{id}", selected: commissioner() == Some(id), "{name}" }
                    }
                }
            }
            TextField { id: "order-title", label: tr.t("staff-order-title"), value: title(),
                error: missing().then(|| tr.t("staff-error-title")),
                on_change: move |v| { title.set(v); missing.set(false); } }
            TextArea { id: "order-notes", label: tr.t("staff-order-notes"), value: notes(),
                on_change: move |v| notes.set(v) }
            button { class: "primary", "data-test": "order-save", onclick: save,
                {tr.t("staff-order-save")}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vat_is_typed_as_a_percentage_with_a_comma_or_a_point() {
        assert_eq!(parse_vat("25,5"), Some(VatRate(2550)));
        assert_eq!(parse_vat("0"), Some(VatRate(0)));
        assert_eq!(parse_vat("14.00"), Some(VatRate(1400)));
        assert_eq!(parse_vat("99"), None);
        assert_eq!(parse_vat("-1"), None);
        assert_eq!(parse_vat("kaksi"), None);
    }
}
