//! Approvals: completions waiting (oldest first) approved in one tap, hours adjusted with a
//! reason, a kind "no"; claims nobody reported marked as no-shows; the commissioner's feedback.

use super::{TextArea, TextField, proposed_paid_on};
use crate::store::ClaimItem;
use crate::ui::icons::{Icon, IconSvg};
use crate::ui::{ScreenTitle, StorageProblem, SyncBadge, Ui};
use chrono::Datelike;
use dioxus::prelude::*;
use keikka_core::protocol::Op;
use keikka_core::{ClaimState, Minutes};

/// The step of the hours buttons when adjusting.
const STEP: u32 = 15;
/// How many approved items the feedback list shows.
const RECENT: usize = 10;

#[component]
pub fn Approvals() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let (Ok(waiting), Ok(unreported), Ok(recent)) = (
        ui.read(|s| s.completions_waiting()),
        ui.read(|s| s.unreported(now)),
        ui.read(|s| s.recently_approved(RECENT)),
    ) else {
        return rsx! { StorageProblem {} };
    };
    let no_calendar = ui
        .read(|s| s.organisation())
        .ok()
        .flatten()
        .is_some_and(|o| o.pay_calendar.is_none());
    rsx! {
        section { class: "approvals",
            ScreenTitle { text: tr.t("staff-approvals-title") }
            // Without a pay calendar every participant's money month is a guess: say so first.
            if no_calendar {
                div { class: "notice-card", "data-test": "pay-calendar-missing",
                    p { {tr.t("staff-pay-missing")} }
                    button { class: "secondary", "data-test": "pay-calendar-open",
                        onclick: move |_| ui.go(crate::ui::Screen::Me),
                        {tr.t("staff-pay-open")}
                    }
                }
            }
            if waiting.is_empty() {
                p { class: "empty", "data-test": "approvals-none", {tr.t("staff-approvals-none")} }
            } else {
                p { {tr.ta("staff-approvals-count", &[("count", waiting.len().into())])} }
                ul { class: "cards",
                    for item in waiting {
                        ApprovalCard { key: "{item.claim.id}", item }
                    }
                }
            }
            if !unreported.is_empty() {
                h2 { {tr.t("staff-unreported-title")} }
                p { class: "help", {tr.t("staff-unreported-help")} }
                ul { class: "cards",
                    for item in unreported {
                        UnreportedCard { key: "{item.claim.id}", item }
                    }
                }
            }
            if !recent.is_empty() {
                h2 { {tr.t("staff-feedback-title")} }
                p { class: "help", {tr.t("staff-feedback-help")} }
                ul { class: "cards",
                    for item in recent {
                        FeedbackCard { key: "{item.claim.id}", item }
                    }
                }
            }
        }
    }
}

/// Who did what and when, on top of every card.
#[component]
fn ClaimHeading(item: ClaimItem) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let name = item
        .participant
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let title = item
        .task
        .as_ref()
        .map_or_else(|| tr.t("mine-unknown-task"), |t| t.title.clone());
    let when = item
        .task
        .as_ref()
        .map(|t| ui.when(&tr, t.starts_at, t.ends_at));
    rsx! {
        h3 { class: "card-title", "data-test": "approval-name", "{name}" }
        p { "{title}" }
        if let Some(when) = when { p { class: "card-when", "{when}" } }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Nothing,
    Adjust,
    Reject,
}

#[component]
fn ApprovalCard(item: ClaimItem) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let today = ui.local(ui.now()).date_naive();
    let claim = item.claim.id;
    let (reported, note, reported_at) = match &item.claim.state {
        ClaimState::Completed { completion, .. } => (
            completion.minutes,
            completion.note.clone(),
            Some(completion.completed_at),
        ),
        _ => (Minutes(0), None, None),
    };
    let mut open = use_signal(|| Open::Nothing);
    let mut minutes = use_signal(|| reported.0);
    let mut reason = use_signal(String::new);
    let mut reason_missing = use_signal(|| false);
    let mut rejection = use_signal(|| tr.t("staff-reject-default"));
    let Some(task) = item.task.clone() else {
        return rsx! {};
    };
    let calendar = ui
        .read(|s| s.organisation())
        .ok()
        .flatten()
        .and_then(|o| o.pay_calendar);
    let paid_on = proposed_paid_on(calendar.as_ref(), task.worked_on(), today);
    let pay = task.pay.for_minutes(reported);
    let adjusted = Minutes(minutes());
    let approve = move |minutes: Option<Minutes>, adjust_reason: Option<String>| {
        if ui
            .act(Op::ApproveCompletion {
                claim,
                paid_on,
                minutes,
                adjust_reason,
            })
            .is_some()
        {
            ui.say("staff-approved-saved", false);
        }
    };
    rsx! {
        li { class: "card approval", "data-test": "approval-card",
            ClaimHeading { item: item.clone() }
            dl { class: "facts",
                div { dt { {tr.t("staff-reported")} } dd { "data-test": "reported", {tr.duration(reported)} } }
                div { dt { {tr.t("staff-estimated")} } dd { {tr.duration(task.estimated_minutes)} } }
                div { dt { {tr.t("staff-pay")} } dd { {tr.money(pay)} } }
                div { dt { {tr.t("staff-paid-on")} } dd { {tr.date(paid_on, today.year())} } }
            }
            if reported > task.estimated_minutes {
                p { class: "doubt", {tr.t("staff-over-estimate")} }
            }
            // Reported done before the task's own start: the work cannot have been done by
            // then, and a certificate would say it was (whenever the supervisor looks).
            if reported_at.is_some_and(|at| at < task.starts_at) {
                p { class: "doubt", "data-test": "not-yet-started", {tr.t("staff-not-yet-started")} }
            }
            if let Some(note) = note {
                blockquote { "{note}" }
            }
            SyncBadge { state: item.sync.clone() }
            div { class: "actions",
                button { class: "primary", "data-test": "approve",
                    onclick: move |_| approve(None, None),
                    IconSvg { icon: Icon::Done }
                    span { {tr.t("staff-approve")} }
                }
                button { class: "secondary", "data-test": "adjust",
                    "aria-expanded": if open() == Open::Adjust { "true" } else { "false" },
                    onclick: move |_| open.set(if open() == Open::Adjust { Open::Nothing } else { Open::Adjust }),
                    {tr.t("staff-adjust")}
                }
                button { class: "secondary", "data-test": "reject",
                    "aria-expanded": if open() == Open::Reject { "true" } else { "false" },
                    onclick: move |_| open.set(if open() == Open::Reject { Open::Nothing } else { Open::Reject }),
                    {tr.t("staff-reject")}
                }
            }
            if open() == Open::Adjust {
                fieldset { class: "sub",
                    legend { {tr.t("staff-adjust-title")} }
                    div { class: "stepper",
                        button { class: "step", "data-test": "adjust-less",
                            "aria-label": tr.t("finish-less"),
                            disabled: minutes() <= STEP,
                            onclick: move |_| minutes.set(minutes().saturating_sub(STEP).max(STEP)),
                            "−"
                        }
                        p { class: "step-value", "aria-live": "polite", "data-test": "adjust-minutes", {tr.duration(adjusted)} }
                        button { class: "step", "data-test": "adjust-more",
                            "aria-label": tr.t("finish-more"),
                            disabled: minutes() >= Minutes::MAX_PER_COMPLETION.0,
                            onclick: move |_| minutes.set((minutes() + STEP).min(Minutes::MAX_PER_COMPLETION.0)),
                            "+"
                        }
                    }
                    p { {tr.ta("staff-adjust-pay", &[("amount", tr.money(task.pay.for_minutes(adjusted)).into())])} }
                    TextField {
                        id: "adjust-reason-{claim}",
                        label: tr.t("staff-adjust-reason"),
                        help: tr.t("staff-adjust-reason-help"),
                        value: reason(),
                        error: reason_missing().then(|| tr.t("staff-reason-needed")),
                        on_change: move |v| { reason.set(v); reason_missing.set(false); },
                    }
                    button { class: "primary", "data-test": "adjust-approve",
                        onclick: move |_| {
                            let text = reason().trim().to_owned();
                            if adjusted != reported && text.is_empty() {
                                reason_missing.set(true);
                                return;
                            }
                            approve(Some(adjusted), (!text.is_empty()).then_some(text));
                        },
                        {tr.ta("staff-adjust-approve", &[("time", tr.duration(adjusted).into())])}
                    }
                }
            }
            if open() == Open::Reject {
                fieldset { class: "sub",
                    legend { {tr.t("staff-reject-title")} }
                    TextArea {
                        id: "reject-reason-{claim}",
                        label: tr.t("staff-reject-reason"),
                        help: tr.t("staff-reject-reason-help"),
                        value: rejection(),
                        on_change: move |v| rejection.set(v),
                    }
                    button { class: "primary", "data-test": "reject-send",
                        onclick: move |_| {
                            if ui.act(Op::RejectCompletion { claim, reason: rejection() }).is_some() {
                                ui.say("staff-rejected-saved", false);
                            }
                        },
                        {tr.t("staff-reject-send")}
                    }
                }
            }
        }
    }
}

#[component]
fn UnreportedCard(item: ClaimItem) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let claim = item.claim.id;
    rsx! {
        li { class: "card", "data-test": "unreported-card",
            ClaimHeading { item: item.clone() }
            p { {tr.t("staff-unreported-none")} }
            SyncBadge { state: item.sync.clone() }
            button { class: "secondary", "data-test": "no-show",
                onclick: move |_| {
                    if ui.act(Op::MarkNoShow { claim }).is_some() {
                        ui.say("staff-no-show-saved", false);
                    }
                },
                {tr.t("staff-no-show")}
            }
        }
    }
}

#[component]
fn FeedbackCard(item: ClaimItem) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let claim = item.claim.id;
    let existing = item.claim.feedback.as_ref().map(|f| f.text.clone());
    let mut text = use_signal(|| existing.clone().unwrap_or_default());
    let mut missing = use_signal(|| false);
    let amount = item.claim.earning().map(|e| e.amount);
    // A tap on the wrong card is taken back here, for the few minutes the rules allow it.
    // Until when: the page can stay open past it, so a tap then is answered as too late
    // rather than sent.
    let undo_until = match &item.claim.state {
        keikka_core::ClaimState::Approved { approval, .. } if item.claim.feedback.is_none() => {
            Some(approval.at + keikka_core::Claim::UNDO_APPROVAL_WITHIN)
        }
        _ => None,
    };
    let mut expired = use_signal(|| false);
    let undoable = undo_until.is_some_and(|until| ui.now() <= until) && !expired();
    rsx! {
        li { class: "card", "data-test": "feedback-card",
            ClaimHeading { item: item.clone() }
            if let Some(amount) = amount {
                p { class: "paid", {tr.ta("staff-approved-amount", &[("amount", tr.money(amount).into())])} }
            }
            if let (true, Some(until)) = (undoable, undo_until) {
                p { class: "help", "data-test": "undo-until",
                    {tr.ta("staff-undo-until", &[("time", tr.clock(ui.local(until)).into())])}
                }
                button { class: "secondary", "data-test": "undo-approval",
                    onclick: move |_| {
                        if ui.now() > until {
                            expired.set(true);
                            ui.say("staff-undo-too-late", true);
                        } else if ui.act(Op::UndoApproval { claim }).is_some() {
                            ui.say("staff-approval-undone", false);
                        }
                    },
                    {tr.t("staff-undo-approval")}
                }
            }
            TextArea {
                id: "feedback-{claim}",
                label: tr.t("staff-feedback-label"),
                value: text(),
                error: missing().then(|| tr.t("staff-feedback-needed")),
                on_change: move |v| { text.set(v); missing.set(false); },
            }
            SyncBadge { state: item.sync.clone() }
            button { class: "secondary", "data-test": "feedback-save",
                onclick: move |_| {
                    let value = text().trim().to_owned();
                    if value.is_empty() {
                        missing.set(true);
                        return;
                    }
                    if ui.act(Op::AddFeedback { claim, text: value }).is_some() {
                        ui.say("staff-feedback-saved", false);
                    }
                },
                {tr.t("staff-feedback-save")}
            }
        }
    }
}
