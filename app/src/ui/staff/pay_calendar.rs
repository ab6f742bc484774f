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

/// What to say under a field the supervisor must fix: the values it takes. `today`: the day
/// the calendar is set, which decides how far ahead a first pay day may be.
fn field_error(tr: &Tr, field: &str, today: NaiveDate) -> String {
    let days = |min: u8| {
        tr.ta(
            "staff-pay-error-days",
            &[("min", min.into()), ("max", PayCalendar::MAX_DAYS.into())],
        )
    };
    match field {
        "first" => tr.ta(
            "staff-pay-error-first",
            &[
                (
                    "earliest",
                    tr.plain_date(PayCalendar::earliest_first_pay_day()).into(),
                ),
                (
                    "latest",
                    tr.plain_date(PayCalendar::latest_first_pay_day(today))
                        .into(),
                ),
            ],
        ),
        "after_days" => days(0),
        "days" => days(PayCalendar::MIN_DAYS_AFTER_APPROVAL),
        _ => tr.t("staff-pay-error-day"),
    }
}

/// The range a field of days takes, said under it before anything is typed.
fn days_help(tr: &Tr, id: &str, min: u8) -> String {
    tr.ta(
        id,
        &[("min", min.into()), ("max", PayCalendar::MAX_DAYS.into())],
    )
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
            Err(field) => {
                // The last "saved" no longer holds for what is on screen.
                ui.unsay();
                problem.set(Some(field));
            }
        }
    };
    let d = draft();
    let error = move |field: &'static str| {
        (problem() == Some(field)).then(|| field_error(&ui.tr(), field, ui.now().date_naive()))
    };
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
                            inputmode: "numeric", help: tr.t("staff-pay-day-help"), error: error("day"),
                            on_change: move |v: String| draft.write().day = v }
                    },
                    Kind::EverySecondWeek => rsx! {
                        TextField { id: "pay-first", label: tr.t("staff-pay-first"), value: d.first.clone(),
                            input_type: "date", help: tr.t("staff-pay-first-help"), error: error("first"),
                            on_change: move |v: String| draft.write().first = v }
                        TextField { id: "pay-after-days", label: tr.t("staff-pay-after-days"), value: d.after_days.clone(),
                            inputmode: "numeric", help: days_help(&tr, "staff-pay-after-days-help", 0),
                            error: error("after_days"),
                            on_change: move |v: String| draft.write().after_days = v }
                    },
                    Kind::AfterApproval => rsx! {
                        TextField { id: "pay-days", label: tr.t("staff-pay-days"), value: d.days.clone(),
                            inputmode: "numeric",
                            help: days_help(&tr, "staff-pay-days-help", PayCalendar::MIN_DAYS_AFTER_APPROVAL),
                            error: error("days"),
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
        d.after_days = "0".into();
        assert!(
            d.calendar(today).is_ok(),
            "work on a pay day can be paid on it"
        );
        // "0 days after approval" would read "paid 0 days after approval": refused.
        d.kind = Kind::AfterApproval;
        for wrong in ["0", "", "abc", "-3", "400", "61"] {
            d.days = wrong.into();
            assert_eq!(d.calendar(today), Err("days"), "{wrong:?}");
        }
        d.days = "1".into();
        assert_eq!(
            d.calendar(today),
            Ok(PayCalendar::DaysAfterApproval { days: 1 })
        );
    }

    #[test]
    fn each_field_s_error_says_the_values_it_takes_in_every_language() {
        use crate::text::Locale;
        use crate::ui::fmt::Texts;
        let texts = std::rc::Rc::new(Texts::load());
        let today: NaiveDate = "2026-12-01".parse().unwrap();
        for locale in Locale::ALL {
            let tr = Tr::new(texts.clone(), locale);
            let day = field_error(&tr, "day", today);
            assert!(day.contains("1–31"), "{day}");
            let first = field_error(&tr, "first", today);
            assert!(
                first.contains("1.1.2000") && first.contains("2.12.2027"),
                "{first}"
            );
            let after = field_error(&tr, "after_days", today);
            assert!(after.contains("0–60"), "{after}");
            let days = field_error(&tr, "days", today);
            assert!(days.contains("1–60"), "{days}");
            // Not one sentence for every mistake any more.
            let distinct: std::collections::BTreeSet<_> = [&day, &first, &after, &days].into();
            assert_eq!(distinct.len(), 4, "{distinct:?}");
            assert!(days_help(&tr, "staff-pay-days-help", 1).contains("1–60"));
            assert!(days_help(&tr, "staff-pay-after-days-help", 0).contains("0–60"));
            // The sentence says what is computed: exactly so many days after the approval.
            let after_approval = PayCalendar::DaysAfterApproval { days: 14 };
            let sentence = calendar_sentence(&tr, Some(&after_approval));
            assert!(sentence.contains("14"), "{sentence}");
            assert!(
                !sentence.contains("kuluessa")
                    && !sentence.contains("sisällä")
                    && !sentence.contains("inom"),
                "{sentence}"
            );
        }
    }
}
