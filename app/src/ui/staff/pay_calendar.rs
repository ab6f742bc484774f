//! How the unit pays: the supervisor sets the pay calendar once, offline like every decision,
//! and every participant's money figures name the day their pay comes and the month it counts in.

use super::TextField;
use crate::ui::{SyncBadge, Tr, Ui};
use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;
use keikka_core::protocol::{Op, Subject};
use keikka_core::{DomainError, PayCalendar};

/// The unit's pay calendar in one sentence, or that it is not set.
pub fn calendar_sentence(tr: &Tr, calendar: Option<&PayCalendar>) -> String {
    match calendar {
        None => tr.t("staff-pay-none"),
        Some(PayCalendar::NextMonthOnDay { day }) => {
            tr.ta("staff-pay-current-next-month", &[("day", (*day).into())])
        }
        Some(PayCalendar::EverySecondWeek { first, after_days }) => tr.ta(
            "staff-pay-current-every-second-week",
            &[
                (
                    "weekday",
                    tr.t(&format!("weekday-{}", first.weekday().number_from_monday()))
                        .into(),
                ),
                ("date", tr.plain_date(*first).into()),
                ("days", (*after_days).into()),
            ],
        ),
        Some(PayCalendar::DaysAfterApproval { days }) => tr.ta(
            "staff-pay-current-after-approval",
            &[("days", (*days).into())],
        ),
    }
}

/// Which kind of calendar the form is filling in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    NextMonth,
    EverySecondWeek,
    AfterApproval,
}

/// The form as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Draft {
    kind: Kind,
    day: String,
    first: String,
    after_days: String,
    days: String,
}

impl Draft {
    fn of(calendar: Option<&PayCalendar>) -> Draft {
        let mut d = Draft {
            kind: Kind::NextMonth,
            day: "15".into(),
            first: String::new(),
            after_days: "7".into(),
            days: "14".into(),
        };
        match calendar {
            Some(PayCalendar::NextMonthOnDay { day }) => d.day = day.to_string(),
            Some(PayCalendar::EverySecondWeek { first, after_days }) => {
                d.kind = Kind::EverySecondWeek;
                d.first = first.to_string();
                d.after_days = after_days.to_string();
            }
            Some(PayCalendar::DaysAfterApproval { days }) => {
                d.kind = Kind::AfterApproval;
                d.days = days.to_string();
            }
            None => {}
        }
        d
    }

    /// The calendar, or the field to fix. `today`: the day it is set.
    fn calendar(&self, today: NaiveDate) -> Result<PayCalendar, &'static str> {
        let number = |field: &'static str, text: &str| text.trim().parse::<u8>().map_err(|_| field);
        let calendar = match self.kind {
            Kind::NextMonth => PayCalendar::NextMonthOnDay {
                day: number("day", &self.day)?,
            },
            Kind::EverySecondWeek => PayCalendar::EverySecondWeek {
                first: self
                    .first
                    .trim()
                    .parse::<NaiveDate>()
                    .map_err(|_| "first")?,
                after_days: number("after_days", &self.after_days)?,
            },
            Kind::AfterApproval => PayCalendar::DaysAfterApproval {
                days: number("days", &self.days)?,
            },
        };
        calendar.validate(today).map_err(|e| match self.kind {
            Kind::NextMonth => "day",
            Kind::EverySecondWeek
                if matches!(e, DomainError::InvalidInput { ref problem, .. } if problem == "date_out_of_range") =>
            {
                "first"
            }
            Kind::EverySecondWeek => "after_days",
            Kind::AfterApproval => "days",
        })?;
        Ok(calendar)
    }
}

/// The pay calendar section of the supervisor's settings.
#[component]
pub fn PayCalendarForm() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let current = ui
        .read(|s| s.organisation())
        .ok()
        .flatten()
        .and_then(|o| o.pay_calendar);
    let sync = ui.read(|s| s.sync_state(Subject::Organisation)).ok();
    let mut draft = use_signal(|| Draft::of(current.as_ref()));
    let mut problem = use_signal(|| None::<&'static str>);
    let save = move |e: FormEvent| {
        e.prevent_default();
        match draft().calendar(ui.now().date_naive()) {
            Ok(calendar) => {
                problem.set(None);
                if ui.act(Op::SetPayCalendar { calendar }).is_some() {
                    ui.say("staff-pay-saved", false);
                }
            }
            Err(field) => problem.set(Some(field)),
        }
    };
    let d = draft();
    let error =
        move |field: &'static str| (problem() == Some(field)).then(|| ui.tr().t("staff-pay-error"));
    let choice = move |kind: Kind, id: &'static str, label: &'static str| {
        rsx! {
            label { class: "switch",
                input {
                    r#type: "radio",
                    name: "pay-kind",
                    "data-test": "{id}",
                    checked: draft().kind == kind,
                    onchange: move |_| draft.write().kind = kind,
                }
                span { {ui.tr().t(label)} }
            }
        }
    };
    rsx! {
        section { class: "pay-calendar", "aria-labelledby": "pay-title",
            h2 { id: "pay-title", {tr.t("staff-pay-title")} }
            p { "data-test": "pay-calendar-now", {calendar_sentence(&tr, current.as_ref())} }
            if let Some(state) = sync {
                SyncBadge { state }
            }
            p { class: "help", {tr.t("staff-pay-intro")} }
            form { onsubmit: save, novalidate: true,
                fieldset {
                    legend { {tr.t("staff-pay-kind")} }
                    {choice(Kind::NextMonth, "pay-kind-next-month", "staff-pay-kind-next-month")}
                    {choice(Kind::EverySecondWeek, "pay-kind-every-second-week", "staff-pay-kind-every-second-week")}
                    {choice(Kind::AfterApproval, "pay-kind-after-approval", "staff-pay-kind-after-approval")}
                }
                match d.kind {
                    Kind::NextMonth => rsx! {
                        TextField { id: "pay-day", label: tr.t("staff-pay-day"), value: d.day.clone(),
                            inputmode: "numeric", error: error("day"),
                            on_change: move |v: String| draft.write().day = v }
                    },
                    Kind::EverySecondWeek => rsx! {
                        TextField { id: "pay-first", label: tr.t("staff-pay-first"), value: d.first.clone(),
                            input_type: "date", error: error("first"),
                            on_change: move |v: String| draft.write().first = v }
                        TextField { id: "pay-after-days", label: tr.t("staff-pay-after-days"), value: d.after_days.clone(),
                            inputmode: "numeric", error: error("after_days"),
                            on_change: move |v: String| draft.write().after_days = v }
                    },
                    Kind::AfterApproval => rsx! {
                        TextField { id: "pay-days", label: tr.t("staff-pay-days"), value: d.days.clone(),
                            inputmode: "numeric", error: error("days"),
                            on_change: move |v: String| draft.write().days = v }
                    },
                }
                button { class: "primary", r#type: "submit", "data-test": "pay-save", {tr.t("staff-pay-save")} }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_reads_back_what_it_was_given_and_names_a_wrong_field() {
        let today: NaiveDate = "2026-12-01".parse().unwrap();
        for calendar in [
            PayCalendar::NextMonthOnDay { day: 15 },
            PayCalendar::EverySecondWeek {
                first: "2026-01-02".parse().unwrap(),
                after_days: 7,
            },
            PayCalendar::DaysAfterApproval { days: 14 },
        ] {
            assert_eq!(Draft::of(Some(&calendar)).calendar(today), Ok(calendar));
        }
        let mut d = Draft::of(None);
        d.day = "32".into();
        assert_eq!(d.calendar(today), Err("day"));
        d.day = "viidestoista".into();
        assert_eq!(d.calendar(today), Err("day"));
        d.kind = Kind::EverySecondWeek;
        assert_eq!(d.calendar(today), Err("first"));
        // A first pay day years ahead is a typing error in that field, not in the days after.
        d.first = "2062-01-02".into();
        assert_eq!(d.calendar(today), Err("first"));
        d.first = "2026-12-04".into();
        d.after_days = "90".into();
        assert_eq!(d.calendar(today), Err("after_days"));
    }
}
