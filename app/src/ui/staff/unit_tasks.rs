//! The unit's tasks: coming ones first, with seats taken; publish a new one, change, copy or
//! call one off.

use super::TaskFormMode;
use crate::store::Synced;
use crate::ui::icons::{Icon, IconSvg};
use crate::ui::{Screen, ScreenTitle, StorageProblem, SyncBadge, Ui};
use dioxus::prelude::*;
use keikka_core::protocol::Op;
use keikka_core::{Task, TaskStatus};

/// Past tasks shown below the coming ones, newest first.
const PAST_SHOWN: usize = 20;

#[component]
pub fn UnitTasks() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let Ok(tasks) = ui.read(|s| s.all_unit_tasks()) else {
        return rsx! { StorageProblem {} };
    };
    let (coming, mut past): (Vec<Synced<Task>>, Vec<Synced<Task>>) =
        tasks.into_iter().partition(|t| t.item.ends_at >= now);
    past.reverse();
    past.truncate(PAST_SHOWN);
    rsx! {
        section { class: "unit-tasks",
            ScreenTitle { text: tr.t("staff-tasks-title") }
            div { class: "actions",
                button { class: "primary", "data-test": "new-task",
                    onclick: move |_| ui.go(Screen::TaskForm(TaskFormMode::New)),
                    IconSvg { icon: Icon::Take }
                    span { {tr.t("staff-new-task")} }
                }
                button { class: "secondary", "data-test": "open-orders",
                    onclick: move |_| ui.go(Screen::Orders),
                    {tr.t("staff-orders-open")}
                }
            }
            h2 { {tr.t("staff-tasks-coming")} }
            if coming.is_empty() {
                p { class: "empty", {tr.t("staff-tasks-none")} }
            }
            ul { class: "cards",
                for task in coming {
                    UnitTaskCard { key: "{task.item.id}", task, past: false }
                }
            }
            if !past.is_empty() {
                h2 { {tr.t("staff-tasks-past")} }
                ul { class: "cards",
                    for task in past {
                        UnitTaskCard { key: "{task.item.id}", task, past: true }
                    }
                }
            }
        }
    }
}

#[component]
fn UnitTaskCard(task: Synced<Task>, past: bool) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut confirm = use_signal(|| false);
    let t = &task.item;
    let id = t.id;
    let when = ui.when(&tr, t.starts_at, t.ends_at);
    let cancelled = t.status == TaskStatus::Cancelled;
    let seats = tr.ta(
        "staff-seats-taken",
        &[("taken", t.seats_taken.into()), ("seats", t.seats.into())],
    );
    rsx! {
        li { class: "card", "data-test": "unit-task-card",
            h3 { class: "card-title", "{t.title}" }
            p { class: "card-when", "{when}" }
            p { class: "card-place", "{t.place}" }
            p { class: "card-seats", "{seats}" }
            if cancelled {
                p { class: "problem", {tr.t("staff-task-cancelled")} }
            }
            if t.revision > 0 {
                p { class: "help", {tr.ta("staff-task-changed", &[("count", t.revision.into())])} }
            }
            SyncBadge { state: task.sync.clone() }
            div { class: "actions",
                if !past && !cancelled {
                    button { class: "secondary", "data-test": "edit-task",
                        onclick: move |_| ui.go(Screen::TaskForm(TaskFormMode::Edit(id))),
                        {tr.t("staff-edit")}
                    }
                }
                button { class: "secondary", "data-test": "copy-task",
                    onclick: move |_| ui.go(Screen::TaskForm(TaskFormMode::Copy(id))),
                    {tr.t("staff-copy")}
                }
                if !past && !cancelled && !confirm() {
                    button { class: "secondary", "data-test": "cancel-task",
                        onclick: move |_| confirm.set(true),
                        {tr.t("staff-cancel-task")}
                    }
                }
            }
            if confirm() && !cancelled {
                div { class: "sub", role: "group",
                    p { {tr.t("staff-cancel-confirm")} }
                    div { class: "actions",
                        button { class: "primary", "data-test": "cancel-task-yes",
                            onclick: move |_| {
                                if ui.act(Op::CancelTask { task: id }).is_some() {
                                    ui.say("staff-task-cancelled-saved", false);
                                }
                                confirm.set(false);
                            },
                            {tr.t("staff-cancel-yes")}
                        }
                        button { class: "secondary", onclick: move |_| confirm.set(false),
                            {tr.t("staff-cancel-no")}
                        }
                    }
                }
            }
        }
    }
}
