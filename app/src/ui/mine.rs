//! My tasks: what I have taken, started and done, what was approved or not, and kind words
//! when someone else got a task first.

use super::icons::{Icon, IconSvg};
use super::{Back, Screen, ScreenTitle, StorageProblem, SyncBadge, Ui};
use crate::store::{ClaimItem, RejectionNote};
use chrono::Datelike;
use dioxus::prelude::*;
use keikka_core::protocol::Op;
use keikka_core::{ClaimId, ClaimState, ClaimStatus, Minutes, Task, TaskStatus};

/// The step of the hours buttons.
const STEP: u32 = 15;
/// The most one completion may report (keikka-core refuses more).
const MAX_MINUTES: u32 = Minutes::MAX_PER_COMPLETION.0;

#[component]
pub fn MyTasks() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let Ok(claims) = ui.read(|s| s.my_claims()) else {
        return rsx! { StorageProblem {} };
    };
    let notes = ui.read(|s| s.unseen_rejections()).unwrap_or_default();
    let changed = ui.read(|s| s.changed_tasks()).unwrap_or_default();
    let sections = [
        (
            ClaimStatus::Claimed,
            "mine-coming",
            Some("mine-coming-help"),
        ),
        (
            ClaimStatus::Started,
            "mine-started",
            Some("mine-started-help"),
        ),
        (
            ClaimStatus::Completed,
            "mine-waiting",
            Some("mine-waiting-help"),
        ),
        (
            ClaimStatus::Rejected,
            "mine-rejected",
            Some("mine-rejected-help"),
        ),
        (
            ClaimStatus::Approved,
            "mine-approved",
            Some("mine-approved-help"),
        ),
        // The card itself says what a no-show means and that it is all right.
        (ClaimStatus::NoShow, "mine-no-show-title", None),
    ];
    let any = claims
        .iter()
        .any(|c| c.claim.status() != ClaimStatus::Withdrawn);
    rsx! {
        section { class: "mine",
            ScreenTitle { text: tr.t("mine-title") }
            for note in notes {
                RefusalNote { key: "{note.mutation}", note }
            }
            for task in changed {
                ChangedTask { key: "{task.id}", task }
            }
            if !any {
                p { class: "empty", "data-test": "mine-none", {tr.t("mine-none")} }
                button { class: "primary", onclick: move |_| ui.go(Screen::Tasks),
                    IconSvg { icon: Icon::Tasks }
                    span { {tr.t("nav-tasks")} }
                }
            }
            for (status, title, help) in sections {
                {
                    let list: Vec<ClaimItem> = claims.iter().filter(|c| c.claim.status() == status).cloned().collect();
                    rsx! {
                        if !list.is_empty() {
                            h2 { key: "{title}", class: "group-title", {tr.t(title)} }
                            // What this state means for the person, and what (if anything) to do.
                            if let Some(help) = help {
                                p { class: "help", "data-test": "{help}", {tr.t(help)} }
                            }
                            ul { class: "cards",
                                for item in list {
                                    ClaimCard { key: "{item.claim.id}", item }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn ClaimCard(item: ClaimItem) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let claim = item.claim.id;
    let title = item.task.as_ref().map_or_else(
        || tr.t("mine-unknown-task"),
        |t| t.title_in(tr.locale.language()).to_owned(),
    );
    let when = item
        .task
        .as_ref()
        .map(|t| ui.when(&tr, t.starts_at, t.ends_at));
    let cancelled = item
        .task
        .as_ref()
        .is_some_and(|t| t.status == TaskStatus::Cancelled);
    let place = item.task.as_ref().map(|t| t.place.clone());
    let task = item.task.as_ref().map(|t| t.id);
    // Work is started on its day, not before (the server refuses it too): the day it can be.
    let today = ui.local(now).date_naive();
    let not_before = item
        .task
        .as_ref()
        .map(|t| ui.local(t.starts_at).date_naive())
        .filter(|day| *day > today);
    // "I can't come" gives the seat away: it asks first, in the card itself.
    let mut asking = use_signal(|| false);
    rsx! {
        li { class: "card claim", "data-test": "claim-card", "data-status": item.claim.status().as_str(),
            // The title opens the task in full: where, when, the steps and who meets them,
            // which the person needs most on the day of the work.
            h3 { class: "card-title",
                match task {
                    Some(task) => rsx! {
                        button { class: "card-open own", "data-test": "open-claim-task",
                            onclick: move |_| ui.go(Screen::Task(task)),
                            span { "{title}" }
                            IconSvg { icon: Icon::Forward }
                        }
                    },
                    None => rsx! { "{title}" },
                }
            }
            if let Some(when) = when { p { class: "card-when", "{when}" } }
            if let Some(place) = place { p { class: "card-place", "{place}" } }
            match &item.claim.state {
                // The unit called the task off: nothing to start or finish, and no pay counted.
                ClaimState::Claimed | ClaimState::Started { .. } if cancelled => rsx! {
                    p { class: "problem", "data-test": "task-cancelled", {tr.t("mine-task-cancelled")} }
                },
                ClaimState::Claimed => rsx! {
                    match not_before {
                        Some(day) => rsx! {
                            p { "data-test": "start-on-the-day",
                                {tr.ta("mine-start-on-the-day", &[("date", tr.date_on(day, now.year()).into())])}
                            }
                        },
                        None => rsx! { StartButton { claim, test: "start" } },
                    }
                    if asking() {
                        super::fields::AskFirst {
                            id: "withdraw-ask-{claim}",
                            test: "withdraw",
                            question: tr.t("mine-withdraw-confirm"),
                            yes: tr.t("mine-withdraw-yes"),
                            no: tr.t("mine-withdraw-no"),
                            on_yes: move |()| {
                                asking.set(false);
                                if ui.act(Op::WithdrawClaim { claim }).is_some() {
                                    ui.say("mine-withdrawn-saved", false);
                                }
                            },
                            on_no: move |()| asking.set(false),
                        }
                    } else {
                        button { class: "secondary", "data-test": "withdraw",
                            onclick: move |_| asking.set(true),
                            {tr.t("mine-withdraw")}
                        }
                    }
                },
                ClaimState::Started { .. } => rsx! {
                    button { class: "primary", "data-test": "finish",
                        onclick: move |_| ui.go(Screen::Finish(claim)),
                        IconSvg { icon: Icon::Done }
                        span { {tr.t("mine-finish")} }
                    }
                    // A start tapped by mistake is undone here; then "I can't come" is back.
                    button { class: "secondary", "data-test": "undo-start",
                        onclick: move |_| {
                            if ui.act(Op::UndoStart { claim }).is_some() {
                                ui.say("mine-undo-start-saved", false);
                            }
                        },
                        {tr.t("mine-undo-start")}
                    }
                },
                ClaimState::Completed { completion, .. } => rsx! {
                    p { {tr.ta("mine-reported", &[("time", tr.duration(completion.minutes).into())])} }
                },
                ClaimState::Approved { approval, .. } => rsx! {
                    p { class: "paid", "data-test": "approved-pay",
                        {tr.ta("mine-approved-pay", &[
                            ("amount", tr.money(approval.earning.amount).into()),
                            ("date", tr.date_on(approval.earning.paid_on, now.year()).into()),
                        ])}
                    }
                    if let Some(reason) = &approval.adjust_reason {
                        p { {tr.ta("mine-adjusted", &[("time", tr.duration(approval.minutes).into()), ("reason", reason.clone().into())])} }
                    }
                },
                ClaimState::Rejected { rejection, .. } => rsx! {
                    p { {tr.t("mine-not-approved")} }
                    blockquote { "{rejection.reason}" }
                    p { {tr.t("money-talk-to-supervisor")} }
                },
                ClaimState::NoShow { .. } => rsx! {
                    p { "data-test": "no-show", {tr.t("mine-no-show")} }
                },
                ClaimState::Withdrawn { .. } => rsx! {},
            }
            SyncBadge { state: item.sync.clone() }
        }
    }
}

/// The server said no to something done on this phone: why, without blame, and what to do
/// instead (for a task someone else got first: similar open tasks).
#[component]
fn RefusalNote(note: RejectionNote) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let mutation = note.mutation;
    let task_id = match &note.op {
        Op::ClaimTask { task, .. } => Some(*task),
        _ => None,
    };
    let title = task_id
        .and_then(|id| ui.read(|s| s.task(id)).ok().flatten())
        .map(|t| t.item.title_in(tr.locale.language()).to_owned());
    let similar: Vec<Task> = match task_id {
        Some(lost) => {
            let lost_task = ui.read(|s| s.task(lost)).ok().flatten().map(|t| t.item);
            let mut open: Vec<Task> = ui
                .read(|s| s.open_tasks(now))
                .unwrap_or_default()
                .into_iter()
                .map(|t| t.item)
                .filter(|t| t.id != lost)
                .collect();
            // Closest in time to the task that was missed first: the day was kept free for it.
            if let Some(lost_task) = lost_task {
                open.sort_by_key(|t| (t.starts_at - lost_task.starts_at).num_minutes().abs());
            }
            open.truncate(3);
            open
        }
        None => Vec::new(),
    };
    rsx! {
        // No live role: the status line already said it when the answer came; a note read
        // again on every visit would be noise.
        div { class: "refusal", "data-test": "refusal",
            if let Some(title) = title { h2 { "{title}" } }
            p { {tr.reason(&note.reason)} }
            if !similar.is_empty() {
                h3 { {tr.t("mine-similar")} }
                ul { class: "similar",
                    for task in similar {
                        li { key: "{task.id}",
                            button { class: "link", "data-test": "similar-task",
                                onclick: {
                                    let id = task.id;
                                    move |_| ui.go(Screen::Task(id))
                                },
                                {format!("{} – ", task.title_in(tr.locale.language()))}
                                {tr.date(ui.local(task.starts_at).date_naive(), now.year())}
                            }
                        }
                    }
                }
            }
            button { class: "secondary", "data-test": "dismiss-refusal",
                onclick: move |_| {
                    if ui.write(|s| s.dismiss_rejection(mutation)).is_err() {
                        ui.say("error-storage", true);
                    }
                },
                {tr.t("mine-understood")}
            }
        }
    }
}

/// The unit changed a task this person holds a seat on: say so until they have read it.
#[component]
fn ChangedTask(task: Task) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let id = task.id;
    let when = ui.when(&tr, task.starts_at, task.ends_at);
    rsx! {
        div { class: "card notice-card", role: "note", "data-test": "task-changed",
            p { strong { {tr.ta("mine-task-changed", &[("title", task.title_in(tr.locale.language()).to_owned().into())])} } }
            p { "{when}" }
            p { "{task.place}" }
            div { class: "actions",
                button { class: "primary", onclick: move |_| ui.go(Screen::Task(id)),
                    {tr.t("mine-task-changed-open")}
                }
                button { class: "secondary", "data-test": "dismiss-change",
                    onclick: move |_| {
                        if ui.write(|s| s.dismiss_task_change(id)).is_err() {
                            ui.say("error-storage", true);
                        }
                    },
                    {tr.t("mine-understood")}
                }
            }
        }
    }
}

/// "I'm done": the hours worked (prefilled, changed with big buttons, no typing) and a note.
#[component]
pub fn Finish(claim: ClaimId) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let found = ui.read(|s| s.claim(claim)).ok().flatten();
    let estimate = found
        .as_ref()
        .and_then(|c| c.task.as_ref())
        .map_or(Minutes(60), |t| t.estimated_minutes);
    let mut minutes = use_signal(|| estimate.0.clamp(STEP, MAX_MINUTES));
    let mut note = use_signal(String::new);
    let Some(item) = found else {
        return rsx! {
            Back { to: Screen::MyTasks }
            p { class: "empty", {tr.t("task-gone")} }
        };
    };
    let title = item.task.as_ref().map_or_else(
        || tr.t("mine-unknown-task"),
        |t| t.title_in(tr.locale.language()).to_owned(),
    );
    let submit = move |e: FormEvent| {
        e.prevent_default();
        let text = note().trim().to_owned();
        let op = Op::CompleteTask {
            claim,
            minutes: Minutes(minutes()),
            note: (!text.is_empty()).then_some(text),
        };
        if ui.act(op).is_some() {
            ui.go(Screen::MyTasks);
            ui.say("mine-done-saved", false);
        }
    };
    let shown = tr.duration(Minutes(minutes()));
    rsx! {
        section { class: "finish",
            Back { to: Screen::MyTasks }
            ScreenTitle { text: tr.t("finish-title") }
            p { class: "lead", "{title}" }
            form { onsubmit: submit,
                fieldset { class: "hours",
                    legend { {tr.t("finish-hours")} }
                    p { class: "help", {tr.ta("finish-hours-help", &[("time", tr.duration(estimate).into())])} }
                    div { class: "stepper",
                        button {
                            r#type: "button",
                            class: "step",
                            "data-test": "less-time",
                            "aria-label": tr.t("finish-less"),
                            // Not `disabled`: that would drop the focus at the end of the range.
                            "aria-disabled": if minutes() <= STEP { "true" } else { "false" },
                            onclick: move |_| minutes.set(minutes().saturating_sub(STEP).max(STEP)),
                            "−"
                        }
                        output { class: "step-value", "data-test": "finish-time", "aria-live": "polite", "{shown}" }
                        button {
                            r#type: "button",
                            class: "step",
                            "data-test": "more-time",
                            "aria-label": tr.t("finish-more"),
                            "aria-disabled": if minutes() >= MAX_MINUTES { "true" } else { "false" },
                            onclick: move |_| minutes.set((minutes() + STEP).min(MAX_MINUTES)),
                            "+"
                        }
                    }
                }
                label { r#for: "finish-note", class: "field-label", {tr.t("finish-note")} }
                textarea {
                    id: "finish-note",
                    "data-test": "finish-note",
                    rows: "3",
                    maxlength: "2000",
                    value: "{note}",
                    oninput: move |e| note.set(e.value()),
                }
                button { class: "primary", r#type: "submit", "data-test": "finish-submit",
                    IconSvg { icon: Icon::Done }
                    span { {tr.t("mine-finish")} }
                }
            }
        }
    }
}

/// "I started" for `claim`: the one button of the day of the work (on my tasks, and first on
/// the home screen).
#[component]
pub fn StartButton(claim: ClaimId, test: &'static str) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    rsx! {
        button { class: "primary", "data-test": test,
            onclick: move |_| {
                if ui.act(Op::StartTask { claim }).is_some() {
                    ui.say("mine-started-saved", false);
                }
            },
            IconSvg { icon: Icon::Start }
            span { {tr.t("mine-start")} }
        }
    }
}
