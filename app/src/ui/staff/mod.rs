//! The supervisor's side of the app: approvals in one tap, the unit's tasks and orders, people,
//! and the month's reports. Offline-first like the participant's side: every decision is a
//! mutation in the outbox; only creating a person and their pairing code needs the network.

mod approvals;
mod orders;
mod pay_calendar;
mod people;
pub(crate) mod reports;
mod task_form;
mod unit_tasks;

use super::fields::{TextArea, TextField};

pub use super::TaskFormMode;

use super::icons::Icon;
use super::me::TextSizeChoice;
use super::pairing::LanguageChoice;
use super::{Screen, ScreenTitle, SyncBadge, Tabs, Ui};
use chrono::NaiveDate;
use dioxus::prelude::*;

/// The current supervisor screen; a participant's screen id shows the approvals instead.
#[component]
pub fn StaffScreen() -> Element {
    let ui = use_context::<Ui>();
    match (ui.screen)() {
        Screen::UnitTasks => rsx! { unit_tasks::UnitTasks {} },
        Screen::TaskForm(mode) => rsx! { task_form::TaskForm { mode } },
        Screen::Orders => rsx! { orders::Orders {} },
        Screen::People => rsx! { people::People {} },
        Screen::Person(id) => rsx! { people::PersonPage { id } },
        Screen::PersonPlan(id) => rsx! { crate::ui::plan::PersonComingMonths { id } },
        Screen::Reports => rsx! { reports::Reports {} },
        Screen::Certificate(id) => rsx! { reports::CertificatePage { id } },
        Screen::Me => rsx! { StaffMe {} },
        _ => rsx! { approvals::Approvals {} },
    }
}

/// The supervisor's five places.
#[component]
pub fn StaffNav() -> Element {
    let ui = use_context::<Ui>();
    let here = match (ui.screen)() {
        Screen::UnitTasks | Screen::TaskForm(_) | Screen::Orders => Screen::UnitTasks,
        // A certificate is opened from a person's page: it belongs with the people.
        Screen::People | Screen::Person(_) | Screen::PersonPlan(_) | Screen::Certificate(_) => {
            Screen::People
        }
        Screen::Reports => Screen::Reports,
        Screen::Me => Screen::Me,
        _ => Screen::Approvals,
    };
    let items = vec![
        (
            Screen::Approvals,
            Icon::Done,
            "staff-nav-approvals",
            "approvals",
        ),
        (
            Screen::UnitTasks,
            Icon::Tasks,
            "staff-nav-tasks",
            "unit-tasks",
        ),
        (Screen::People, Icon::Me, "staff-nav-people", "people"),
        (Screen::Reports, Icon::Money, "staff-nav-reports", "reports"),
        (Screen::Me, Icon::Mine, "staff-nav-settings", "settings"),
    ];
    rsx! { Tabs { items, here } }
}

/// A card's sync state, only when it needs the supervisor's eye: waiting on this device or
/// refused. "Sent" on every card of a list is noise; the status line says when all is sent.
#[component]
pub fn PendingBadge(state: crate::store::SyncState) -> Element {
    if state == crate::store::SyncState::OnServer {
        return rsx! {};
    }
    rsx! { SyncBadge { state } }
}

/// Language and text size for the supervisor (no benefit profile: that is the participant's).
#[component]
fn StaffMe() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let me = ui.read(|s| s.me()).ok().flatten();
    let organisation = ui.read(|s| s.organisation()).ok().flatten();
    rsx! {
        section { class: "me",
            ScreenTitle { text: tr.t("staff-settings-title") }
            if let Some(me) = me {
                p { class: "lead", "{me.name}" }
            }
            if let Some(org) = organisation {
                p { "{org.name}" }
            }
            pay_calendar::PayCalendarForm {}
            LanguageChoice {}
            TextSizeChoice {}
        }
    }
}

/// The pay date an approval records: the unit's pay calendar's day for work approved today;
/// without a calendar today, or the day of the work when that is later (pay cannot be paid
/// before the work is done).
pub fn proposed_paid_on(
    calendar: Option<&keikka_core::PayCalendar>,
    worked_on: NaiveDate,
    today: NaiveDate,
) -> NaiveDate {
    calendar.map_or(worked_on.max(today), |c| {
        c.pay_day(worked_on, Some(today)).max(worked_on)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_calendar_pay_is_recorded_today_or_on_the_day_of_later_work() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
        assert_eq!(proposed_paid_on(None, day(3), day(10)), day(10));
        assert_eq!(proposed_paid_on(None, day(12), day(10)), day(12));
    }

    #[test]
    fn an_approval_proposes_the_pay_calendar_s_day() {
        let day = |m: u32, d: u32| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        let next_month = keikka_core::PayCalendar::NextMonthOnDay { day: 15 };
        assert_eq!(
            proposed_paid_on(Some(&next_month), day(3, 28), day(4, 2)),
            day(4, 15)
        );
        let after = keikka_core::PayCalendar::DaysAfterApproval { days: 14 };
        assert_eq!(
            proposed_paid_on(Some(&after), day(3, 28), day(4, 2)),
            day(4, 16)
        );
    }
}
