//! The month in figures, computed on this device from what it has synced (keikka-core's
//! `report`, the same code the server's CSV routes run): pay per participant, invoice lines per
//! commissioner, the unit's indicators; and a participant's printable certificate of completed
//! gigs.

use super::people::destination_text;
use crate::text::Locale;
use crate::ui::work_file::data_address;
use crate::ui::{Back, Screen, ScreenTitle, StorageProblem, Tr, Ui};
use dioxus::prelude::*;
use keikka_core::PersonId;
use keikka_core::benefit::Month;
use keikka_core::report;

#[component]
pub fn Reports() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let today = ui.local(ui.now()).date_naive();
    let mut month = use_signal(|| Month::of(today));
    let Ok(records) = ui.read(|s| s.unit_records()) else {
        return rsx! { StorageProblem {} };
    };
    let m = month();
    let pay = records.pay_rows(m);
    let invoice = records.invoice_lines(m);
    let indicators = records.indicators(m);
    // The files in the supervisor's language, standard form: a payroll office reads them.
    let csv_tr = Tr::new(ui.device().texts.clone(), tr.locale.standard());
    let words = |id: &str| csv_tr.t(id);
    let pay_csv = data_address("text/csv", &report::pay_csv(m, &pay, words));
    let invoice_csv = data_address("text/csv", &report::invoice_csv(m, &invoice, words));
    let moved: u32 = indicators.moved_on.values().sum();
    // The figures include what waits in this device's outbox; the server may still refuse it.
    let pending = ui.read(|s| s.outbox_len()).unwrap_or(0);
    rsx! {
        section { class: "reports",
            ScreenTitle { text: tr.t("staff-reports-title") }
            div { class: "month-nav",
                button { class: "secondary", "data-test": "month-previous",
                    onclick: move |_| month.set(Month::of(month().first_day() - chrono::Duration::days(1))),
                    {tr.t("staff-month-previous")}
                }
                h2 { "data-test": "report-month", "aria-live": "polite", {tr.month(m)} }
                button { class: "secondary", "data-test": "month-next",
                    onclick: move |_| month.set(month().plus(1)),
                    {tr.t("staff-month-next")}
                }
            }
            if pending > 0 {
                p { class: "doubt", "data-test": "report-pending", {tr.t("staff-report-pending")} }
            }
            h2 { {tr.t("staff-indicators-title")} }
            p { class: "help", {tr.t("staff-indicators-help")} }
            dl { class: "facts", "data-test": "indicators",
                div { dt { {tr.t("staff-indicator-active")} } dd { "{indicators.active_participants}" } }
                div { dt { {tr.t("staff-indicator-tasks")} } dd { "{indicators.tasks_done}" } }
                // Done but not decided is said as such, not left out of every figure.
                if indicators.awaiting_approval > 0 {
                    div { "data-test": "indicator-waiting",
                        dt { {tr.t("staff-indicator-waiting")} } dd { "{indicators.awaiting_approval}" }
                    }
                }
                div { dt { {tr.t("staff-indicator-hours")} } dd { {tr.duration(indicators.minutes)} } }
                div { dt { {tr.t("staff-indicator-earnings")} } dd { {tr.money(indicators.earnings)} } }
                div { dt { {tr.t("staff-indicator-gigs")} } dd { "{indicators.ready_for_gigs}" } }
                div { dt { {tr.t("staff-indicator-ready")} } dd { "{indicators.ready_for_paid_work}" } }
                div { dt { {tr.t("staff-indicator-moved")} } dd { "{moved}" } }
                for (to, count) in indicators.moved_on.clone() {
                    if count > 0 {
                        div { key: "{to.as_str()}", dt { class: "sub-fact", {destination_text(&tr, to)} } dd { "{count}" } }
                    }
                }
            }
            h2 { {tr.t("staff-pay-title")} }
            p { class: "help", {tr.t("staff-pay-help")} }
            // Pay goes by its payment date and the invoice by the work date, so each says what
            // it lacks: work of this month can be paid next month.
            if pay.is_empty() {
                p { class: "empty", {tr.t("staff-pay-empty")} }
            } else {
                table { class: "report-table", "data-test": "pay-table",
                    thead { tr {
                        th { scope: "col", {tr.t("staff-col-name")} }
                        th { scope: "col", {tr.t("staff-col-employer")} }
                        th { scope: "col", {tr.t("staff-col-hours")} }
                        th { scope: "col", {tr.t("staff-col-gross")} }
                    } }
                    tbody {
                        for (i, row) in pay.iter().enumerate() {
                            tr { key: "{i}",
                                td { "data-label": tr.t("staff-col-name"), "{row.name}" }
                                td { "data-label": tr.t("staff-col-employer"), "{row.employer_of_record}" }
                                td { "data-label": tr.t("staff-col-hours"), {tr.duration(row.minutes)} }
                                td { "data-label": tr.t("staff-col-gross"), {tr.money(row.gross)} }
                            }
                        }
                    }
                }
            }
            a { class: "secondary button-link", "data-test": "pay-csv",
                download: "keikka-pay-{m}.csv", href: "{pay_csv}",
                {tr.t("staff-pay-download")}
            }
            h2 { {tr.t("staff-invoice-title")} }
            p { class: "help", {tr.t("staff-invoice-help")} }
            if invoice.is_empty() {
                p { class: "empty", {tr.t("staff-invoice-empty")} }
            } else {
                table { class: "report-table", "data-test": "invoice-table",
                    thead { tr {
                        th { scope: "col", {tr.t("staff-col-commissioner")} }
                        th { scope: "col", {tr.t("staff-col-hours")} }
                        th { scope: "col", {tr.t("staff-col-net")} }
                        th { scope: "col", {tr.t("staff-col-vat")} }
                        th { scope: "col", {tr.t("staff-col-total")} }
                    } }
                    tbody {
                        for line in invoice.iter() {
                            tr { key: "{line.commissioner}",
                                td { "data-label": tr.t("staff-col-commissioner"), "{line.name}" }
                                td { "data-label": tr.t("staff-col-hours"), {tr.duration(line.minutes)} }
                                td { "data-label": tr.t("staff-col-net"), {tr.money(line.net)} }
                                td { "data-label": tr.t("staff-col-vat"), {format!("{} ({} %)", tr.money(line.vat_amount), line.vat.percent_text().replace('.', ","))} }
                                td { "data-label": tr.t("staff-col-total"), "data-test": "invoice-total", {tr.money(line.total)} }
                            }
                        }
                    }
                }
            }
            a { class: "secondary button-link", "data-test": "invoice-csv",
                download: "keikka-invoice-{m}.csv", href: "{invoice_csv}",
                {tr.t("staff-invoice-download")}
            }
        }
    }
}

/// A certificate of completed gigs to print, in Finnish or Swedish whatever the app's language:
/// issued by the unit, naming each task's employer of record and contract type (core's
/// `report::Certificate`).
#[component]
pub fn CertificatePage(id: PersonId) -> Element {
    let ui = use_context::<Ui>();
    let app_tr = ui.tr();
    let mut language = use_signal(|| app_tr.locale.standard());
    let Ok(records) = ui.read(|s| s.unit_records()) else {
        return rsx! { StorageProblem {} };
    };
    let tr = Tr::new(ui.device().texts.clone(), language());
    let organisation = ui.read(|s| s.organisation()).ok().flatten();
    let me = ui.read(|s| s.me()).ok().flatten();
    let today = ui.local(ui.now()).date_naive();
    let certificate = records.certificate(id);
    rsx! {
        section { class: "certificate", lang: tr.locale.language(),
            Back { to: Screen::Person(id) }
            fieldset { class: "choice no-print",
                legend { {app_tr.t("staff-certificate-language")} }
                div { class: "choice-row",
                    for (locale, label, test) in [(Locale::Fi, app_tr.t("language-name-fi"), "fi"), (Locale::Sv, app_tr.t("language-name-sv"), "sv")] {
                        button { key: "{test}", class: "choice-button", "data-test": "certificate-{test}",
                            lang: if test == "fi" { "fi" } else { "sv" },
                            "aria-pressed": if language() == locale { "true" } else { "false" },
                            onclick: move |_| language.set(locale),
                            "{label}"
                        }
                    }
                }
            }
            ScreenTitle { text: tr.t("certificate-title") }
            p { class: "lead", "data-test": "certificate-name", "{certificate.name}" }
            if let Some(org) = &organisation {
                p { {tr.ta("certificate-unit", &[("unit", org.name.clone().into())])} }
            }
            // Said plainly: the unit cannot issue the employer's certificate, and commission
            // work is no employment.
            p { "data-test": "certificate-not-employment", {tr.t("certificate-not-employment")} }
            for employer in certificate.employment_certificates_from.iter() {
                p { key: "{employer}", "data-test": "certificate-employment-from",
                    {tr.ta("certificate-employment-from", &[("employer", employer.clone().into())])}
                }
            }
            if certificate.entries.is_empty() {
                p { class: "empty", {tr.t("certificate-none")} }
            } else {
                p { {tr.ta("certificate-total", &[
                    ("count", certificate.entries.len().into()),
                    ("time", tr.duration(certificate.minutes).into()),
                ])} }
                table { class: "history-table", "data-test": "certificate-table",
                    thead { tr {
                        th { scope: "col", {tr.t("history-date")} }
                        th { scope: "col", {tr.t("history-task")} }
                        th { scope: "col", {tr.t("history-hours")} }
                        th { scope: "col", {tr.t("certificate-col-employer")} }
                        th { scope: "col", {tr.t("certificate-col-contract")} }
                    } }
                    tbody {
                        for (i, entry) in certificate.entries.iter().enumerate() {
                            tr { key: "{i}",
                                td { "data-label": tr.t("history-date"), {tr.date_with_year(entry.worked_on)} }
                                td { "data-label": tr.t("history-task"),
                                    {entry.title_sv.clone().filter(|_| tr.locale.language() == "sv").unwrap_or_else(|| entry.title.clone())}
                                    if let Some(feedback) = &entry.feedback {
                                        p { class: "feedback", {tr.ta("history-feedback", &[("text", feedback.clone().into())])} }
                                    }
                                }
                                td { "data-label": tr.t("history-hours"), {tr.duration(entry.minutes)} }
                                td { "data-label": tr.t("certificate-col-employer"), "{entry.employer_of_record}" }
                                td { "data-label": tr.t("certificate-col-contract"), {tr.t(report::contract_message(entry.contract))} }
                            }
                        }
                    }
                }
            }
            if let Some(me) = me {
                p { class: "signature", {tr.ta("certificate-given", &[
                    ("name", me.name.into()),
                    ("date", tr.plain_date(today).into()),
                ])} }
            }
            button { class: "primary no-print", "data-test": "certificate-print", onclick: move |_| crate::platform::print(),
                {app_tr.t("history-print")}
            }
        }
    }
}
