//! The unit's tasks: coming ones first, with seats taken and by whom, and who sees each; publish
//! a new one, change, copy or call one off.

use super::PendingBadge;
use super::TaskFormMode;
use crate::store::Synced;
use crate::ui::icons::{Icon, IconSvg};
use crate::ui::{Screen, ScreenTitle, StorageProblem, Ui};
use dioxus::prelude::*;
use keikka_core::protocol::Op;
use keikka_core::{Group, Task, TaskId, TaskStatus};
use std::collections::BTreeMap;

/// Past tasks shown below the coming ones, newest first.
const PAST_SHOWN: usize = 20;

#[component]
pub fn UnitTasks() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let (Ok(tasks), Ok(records), Ok(groups)) = (
        ui.read(|s| s.all_unit_tasks()),
        ui.read(|s| s.unit_records()),
        ui.read(|s| s.groups()),
    ) else {
        return rsx! { StorageProblem {} };
    };
    let holders = records.seat_holders();
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
                    UnitTaskCard { key: "{task.item.id}",
                        holders: names_of(&holders, task.item.id),
                        groups: group_names(&groups, &task.item),
                        task, past: false }
                }
            }
            if !past.is_empty() {
                h2 { {tr.t("staff-tasks-past")} }
                ul { class: "cards",
                    for task in past {
                        UnitTaskCard { key: "{task.item.id}",
                            holders: names_of(&holders, task.item.id),
                            groups: group_names(&groups, &task.item),
                            task, past: true }
                    }
                }
            }
        }
    }
}

fn names_of(holders: &BTreeMap<TaskId, Vec<String>>, task: TaskId) -> Vec<String> {
    holders.get(&task).cloned().unwrap_or_default()
}

/// The names of the groups that see `task`, in the unit's order; empty when everyone does.
fn group_names(groups: &[Group], task: &Task) -> Vec<String> {
    groups
        .iter()
        .filter(|g| task.groups.contains(&g.id))
        .map(|g| g.name.clone())
        .collect()
}

/// `holders`: the names of the people holding its seats; `groups`: who sees it (none: everyone).
#[component]
fn UnitTaskCard(
    task: Synced<Task>,
    past: bool,
    holders: Vec<String>,
    groups: Vec<String>,
) -> Element {
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
            if !holders.is_empty() {
                p { "data-test": "task-holders",
                    {tr.ta("staff-task-holders", &[("names", holders.join(", ").into())])}
                }
            }
            p { "data-test": "task-groups",
                {if groups.is_empty() {
                    tr.t("staff-task-everyone")
                } else {
                    tr.ta("staff-task-groups", &[
                        ("count", groups.len().into()),
                        ("groups", groups.join(", ").into()),
                    ])
                }}
            }
            if cancelled {
                p { class: "problem", {tr.t("staff-task-cancelled")} }
            }
            if t.revision > 0 {
                p { class: "help", {tr.ta("staff-task-changed", &[("count", t.revision.into())])} }
            }
            PendingBadge { state: task.sync.clone() }
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
