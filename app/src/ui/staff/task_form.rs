//! The task form: publish a task (from an order, optionally every week for some weeks), change a
//! published one, or start from a copy of an earlier one. Checked field by field before anything
//! is recorded; keikka-core checks again.

use super::{TextArea, TextField};
use crate::ui::{Back, Screen, ScreenTitle, StorageProblem, Ui};
use chrono::{NaiveDate, NaiveTime};
use dioxus::prelude::*;
use keikka_core::protocol::Op;
use keikka_core::{
    Cents, ContractType, DomainError, GroupId, Minutes, OrderId, Pay, Task, TaskDraft, TaskId,
    TaskText, Timestamp,
};
use uuid::Uuid;

pub use super::TaskFormMode;

/// The most weeks a weekly task is published ahead in one go.
pub const MAX_REPEAT_WEEKS: u8 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayKind {
    Hourly,
    Fixed,
}

/// The form as typed: text until it is checked.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskFormDraft {
    pub order: Option<OrderId>,
    pub title: String,
    /// One step per line.
    pub steps: String,
    /// The title and steps in Swedish, for Swedish readers; both empty: Finnish only.
    pub title_sv: String,
    pub steps_sv: String,
    pub place: String,
    pub date: String,
    pub start: String,
    pub end: String,
    /// Estimated hours, e.g. "2,5".
    pub hours: String,
    pub pay_kind: PayKind,
    /// Euros, e.g. "10,50".
    pub pay: String,
    pub seats: u16,
    pub instructor: String,
    pub contract: ContractType,
    pub groups: Vec<GroupId>,
    /// Further weeks after the first (0: once).
    pub repeat_weeks: u8,
    /// Kept from the task being changed or copied.
    pub employer_of_record: Option<String>,
    pub commissioner: Option<keikka_core::CommissionerId>,
}

/// A field that is wrong, with the message that says how.
pub type FieldError = (&'static str, &'static str);

/// Hours as the form shows them: "3", "2,5"; hundredths of an hour, rounded to the nearest,
/// so that read back they give the same minutes.
fn hours_text(minutes: u32) -> String {
    if minutes.is_multiple_of(60) {
        (minutes / 60).to_string()
    } else {
        euros(Cents((i64::from(minutes) * 100 + 30) / 60))
    }
}

/// The minutes from `start` to `end` ("09:00", "12:00"), when both are times and end is later.
fn window_minutes(start: &str, end: &str) -> Option<u32> {
    let time = |text: &str| NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
    let minutes = (time(end)? - time(start)?).num_minutes();
    u32::try_from(minutes).ok().filter(|m| *m > 0)
}

/// An amount as the form shows it for editing: "10,50", no thousands separator.
fn euros(amount: Cents) -> String {
    keikka_core::report::euros_text(amount)
}

impl TaskFormDraft {
    /// An empty form for a task tomorrow.
    pub fn new(tomorrow: NaiveDate) -> TaskFormDraft {
        TaskFormDraft {
            order: None,
            title: String::new(),
            steps: String::new(),
            title_sv: String::new(),
            steps_sv: String::new(),
            place: String::new(),
            date: tomorrow.format("%Y-%m-%d").to_string(),
            start: "09:00".into(),
            end: "12:00".into(),
            hours: "3".into(),
            pay_kind: PayKind::Hourly,
            pay: "10,00".into(),
            seats: 1,
            instructor: String::new(),
            contract: ContractType::Employment,
            groups: Vec::new(),
            repeat_weeks: 0,
            employer_of_record: None,
            commissioner: None,
        }
    }

    /// Sets the start and end times. The hours follow the time while they still equal it, so
    /// a new time never leaves "3 h" on a task of four hours; hours a supervisor wrote shorter
    /// (a break) stay as written.
    pub fn set_times(&mut self, start: String, end: String) {
        let follows = window_minutes(&self.start, &self.end)
            .is_some_and(|m| hours_text(m) == self.hours.trim());
        self.start = start;
        self.end = end;
        if follows && let Some(m) = window_minutes(&self.start, &self.end) {
            self.hours = hours_text(m);
        }
    }

    /// The form filled from `task`, its times as read in the device's zone (`local`).
    pub fn from_task(task: &Task, local: impl Fn(Timestamp) -> Timestamp) -> TaskFormDraft {
        let (starts, ends) = (local(task.starts_at), local(task.ends_at));
        let (pay_kind, amount) = match task.pay {
            Pay::Hourly(c) => (PayKind::Hourly, c),
            Pay::Fixed(c) => (PayKind::Fixed, c),
        };
        let hours = hours_text(task.estimated_minutes.0);
        TaskFormDraft {
            order: task.order,
            title: task.title.clone(),
            steps: task.steps.join("\n"),
            title_sv: task
                .swedish
                .as_ref()
                .map(|t| t.title.clone())
                .unwrap_or_default(),
            steps_sv: task
                .swedish
                .as_ref()
                .map(|t| t.steps.join("\n"))
                .unwrap_or_default(),
            place: task.place.clone(),
            date: starts.format("%Y-%m-%d").to_string(),
            start: starts.format("%H:%M").to_string(),
            end: ends.format("%H:%M").to_string(),
            hours,
            pay_kind,
            pay: euros(amount),
            seats: task.seats,
            instructor: task.instructor.clone().unwrap_or_default(),
            contract: task.contract,
            groups: task.groups.clone(),
            repeat_weeks: 0,
            employer_of_record: Some(task.employer_of_record.clone()),
            commissioner: task.commissioner,
        }
    }

    /// The drafts to record, one per week, with ids from `ids` (one per week) and times made
    /// by `at_local` in the device's zone; or every field that is wrong.
    pub fn to_drafts(
        &self,
        ids: &[TaskId],
        at_local: impl Fn(NaiveDate, NaiveTime) -> Timestamp,
    ) -> Result<Vec<TaskDraft>, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d")
            .map_err(|_| errors.push(("date", "staff-error-date")))
            .ok();
        let time = |text: &str| NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
        let start = time(&self.start);
        if start.is_none() {
            errors.push(("start", "staff-error-time"));
        }
        let end = time(&self.end);
        if end.is_none() {
            errors.push(("end", "staff-error-time"));
        }
        if let (Some(s), Some(e)) = (start, end)
            && e <= s
        {
            errors.push(("end", "staff-error-end"));
        }
        // Hours are read like euros (two decimals at most), then turned into whole minutes.
        let minutes = Cents::parse_euros(&self.hours)
            .ok()
            .and_then(|h| h.0.checked_mul(60))
            .and_then(|m| u32::try_from((m + 50) / 100).ok())
            .filter(|m| *m > 0 && *m <= Minutes::MAX_PER_COMPLETION.0);
        if minutes.is_none() {
            errors.push(("hours", "staff-error-hours"));
        }
        let pay = Cents::parse_euros(&self.pay)
            .ok()
            .filter(|c| *c > Cents::ZERO && *c <= keikka_core::task::MAX_PAY);
        if pay.is_none() {
            errors.push(("pay", "staff-error-pay-task"));
        }
        if self.title.trim().is_empty() {
            errors.push(("title", "staff-error-title"));
        }
        if self.place.trim().is_empty() {
            errors.push(("place", "staff-error-place"));
        }
        // Swedish steps under a Finnish title would leave a Swedish reader a mixed task.
        let swedish = match (self.title_sv.trim(), lines(&self.steps_sv)) {
            ("", steps) if steps.is_empty() => None,
            ("", _) => {
                errors.push(("title_sv", "staff-error-title-sv"));
                None
            }
            (title, steps) => Some(TaskText {
                title: title.to_owned(),
                steps,
            }),
        };
        let (Some(date), Some(start), Some(end), Some(minutes), Some(pay)) =
            (date, start, end, minutes, pay)
        else {
            return Err(errors);
        };
        // The work fits in the task's time; what is left over is breaks (the participant's
        // screen says so).
        if window_minutes(&self.start, &self.end).is_some_and(|w| minutes > w) {
            errors.push(("hours", "staff-error-hours-window"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let weeks = usize::from(self.repeat_weeks.min(MAX_REPEAT_WEEKS)) + 1;
        let mut drafts = Vec::with_capacity(weeks);
        for (week, id) in ids.iter().take(weeks).enumerate() {
            let day = date + chrono::Duration::weeks(i64::try_from(week).unwrap_or(0));
            let draft = TaskDraft {
                id: *id,
                title: self.title.trim().to_owned(),
                steps: lines(&self.steps),
                place: self.place.trim().to_owned(),
                starts_at: at_local(day, start),
                ends_at: at_local(day, end),
                estimated_minutes: Minutes(minutes),
                pay: match self.pay_kind {
                    PayKind::Hourly => Pay::Hourly(pay),
                    PayKind::Fixed => Pay::Fixed(pay),
                },
                seats: self.seats,
                instructor: Some(self.instructor.trim().to_owned()).filter(|i| !i.is_empty()),
                contract: self.contract,
                commissioner: if self.order.is_some() {
                    None
                } else {
                    self.commissioner
                },
                order: self.order,
                groups: self.groups.clone(),
                employer_of_record: self.employer_of_record.clone(),
                swedish: swedish.clone(),
            };
            draft.validate().map_err(|e| vec![field_error(&e)])?;
            drafts.push(draft);
        }
        Ok(drafts)
    }
}

/// The steps typed one per line, without blank lines and the spaces around them.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What keikka-core refused, as a field of this form.
fn field_error(error: &DomainError) -> FieldError {
    match error {
        DomainError::InvalidInput { field, .. } => match field.as_ref() {
            "title" => ("title", "staff-error-title"),
            "place" => ("place", "staff-error-place"),
            "steps" => ("steps", "staff-error-steps"),
            "title_sv" => ("title_sv", "staff-error-title-sv"),
            "steps_sv" => ("steps_sv", "staff-error-steps"),
            "instructor" => ("instructor", "staff-error-instructor"),
            "estimated_minutes" => match error {
                DomainError::InvalidInput { problem, .. } if problem == "longer_than_window" => {
                    ("hours", "staff-error-hours-window")
                }
                _ => ("hours", "staff-error-hours"),
            },
            "pay" => ("pay", "staff-error-pay-task"),
            "seats" => ("seats", "staff-error-seats"),
            _ => ("end", "staff-error-end"),
        },
        _ => ("title", "staff-error-title"),
    }
}

#[component]
pub fn TaskForm(mode: TaskFormMode) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let today = ui.local(ui.now()).date_naive();
    let mut form = use_signal(|| {
        let source = match mode {
            TaskFormMode::Copy(id) | TaskFormMode::Edit(id) => {
                ui.read(|s| s.task(id)).ok().flatten().map(|t| t.item)
            }
            _ => None,
        };
        let mut draft = match &source {
            Some(task) => TaskFormDraft::from_task(task, |t| ui.local(t)),
            None => TaskFormDraft::new(today + chrono::Duration::days(1)),
        };
        if let (TaskFormMode::Copy(_), Ok(date)) =
            (mode, NaiveDate::parse_from_str(&draft.date, "%Y-%m-%d"))
        {
            // A copy of past work lands on the same weekday of the coming week.
            let mut next = date;
            while next <= today {
                next += chrono::Duration::weeks(1);
            }
            draft.date = next.format("%Y-%m-%d").to_string();
        }
        if let TaskFormMode::FromOrder(order) = mode {
            draft.order = Some(order);
            let orders = ui.read(|s| s.commissioners_and_orders()).map(|(_, o)| o);
            if let Some(o) = orders
                .ok()
                .and_then(|o| o.into_iter().find(|o| o.id == order))
            {
                draft.title = o.title;
            }
        }
        draft
    });
    let mut errors = use_signal(Vec::<FieldError>::new);
    // One id per week for the life of the form, made on this device.
    let ids = use_signal(|| {
        (0..=MAX_REPEAT_WEEKS)
            .map(|_| TaskId(Uuid::new_v4()))
            .collect::<Vec<_>>()
    });
    let new_ids = move || ids.read().clone();
    let (Ok(groups), Ok((_, orders))) = (
        ui.read(|s| s.groups()),
        ui.read(|s| s.commissioners_and_orders()),
    ) else {
        return rsx! { StorageProblem {} };
    };
    let f = form();
    let error = |field: &str| {
        errors()
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, message)| tr.t(message))
    };
    let editing = matches!(mode, TaskFormMode::Edit(_));
    let title = match mode {
        TaskFormMode::Edit(_) => tr.t("staff-form-edit-title"),
        TaskFormMode::Copy(_) => tr.t("staff-form-copy-title"),
        _ => tr.t("staff-form-new-title"),
    };
    let save = move |_| {
        let f = form();
        let ids: Vec<TaskId> = match mode {
            TaskFormMode::Edit(id) => vec![id],
            _ => new_ids(),
        };
        match f.to_drafts(&ids, |d, t| ui.at_local(d, t)) {
            Err(found) => {
                errors.set(found);
                ui.say("staff-form-check", true);
            }
            Ok(drafts) => {
                errors.set(Vec::new());
                for draft in drafts {
                    let op = if editing {
                        Op::EditTask { task: draft }
                    } else if ui.read(|s| s.task(draft.id)).ok().flatten().is_some() {
                        // Published by an earlier press of this form: a second press or a
                        // retry after a refusal never publishes a week twice.
                        continue;
                    } else {
                        Op::PublishTask { task: draft }
                    };
                    if ui.act(op).is_none() {
                        return;
                    }
                }
                ui.go(Screen::UnitTasks);
                ui.say("staff-task-saved", false);
            }
        }
    };
    rsx! {
        section { class: "task-form",
            Back { to: Screen::UnitTasks }
            ScreenTitle { text: title }
            div { class: "field",
                label { r#for: "task-order", class: "field-label", {tr.t("staff-form-order")} }
                select {
                    id: "task-order",
                    "data-test": "task-order",
                    onchange: move |e| {
                        let value = e.value();
                        form.write().order = value.parse().ok().map(OrderId);
                    },
                    option { value: "", selected: f.order.is_none(), {tr.t("staff-form-no-order")} }
                    for o in orders {
                        option { key: "{o.id}", value: "{o.id}", selected: f.order == Some(o.id), "{o.title}" }
                    }
                }
            }
            TextField { id: "task-title", label: tr.t("staff-form-title"), value: f.title.clone(),
                error: error("title"), on_change: move |v| form.write().title = v }
            TextArea { id: "task-steps", label: tr.t("staff-form-steps"), help: tr.t("staff-form-steps-help"),
                value: f.steps.clone(), error: error("steps"), on_change: move |v| form.write().steps = v }
            // Optional: a task written in Finnish only is shown in Finnish to Swedish readers.
            TextField { id: "task-title-sv", label: tr.t("staff-form-title-sv"), help: tr.t("staff-form-sv-help"),
                value: f.title_sv.clone(), error: error("title_sv"), on_change: move |v| form.write().title_sv = v }
            TextArea { id: "task-steps-sv", label: tr.t("staff-form-steps-sv"),
                value: f.steps_sv.clone(), error: error("steps_sv"), on_change: move |v| form.write().steps_sv = v }
            TextField { id: "task-place", label: tr.t("staff-form-place"), value: f.place.clone(),
                error: error("place"), on_change: move |v| form.write().place = v }
            TextField { id: "task-date", label: tr.t("staff-form-date"), input_type: "date", value: f.date.clone(),
                error: error("date"), on_change: move |v| form.write().date = v }
            div { class: "field-row",
                TextField { id: "task-start", label: tr.t("staff-form-start"), input_type: "time", value: f.start.clone(),
                    error: error("start"), on_change: move |v| { let end = form().end; form.write().set_times(v, end) } }
                TextField { id: "task-end", label: tr.t("staff-form-end"), input_type: "time", value: f.end.clone(),
                    error: error("end"), on_change: move |v| { let start = form().start; form.write().set_times(start, v) } }
            }
            TextField { id: "task-hours", label: tr.t("staff-form-hours"), help: tr.t("staff-form-hours-help"),
                value: f.hours.clone(), error: error("hours"), on_change: move |v| form.write().hours = v }
            fieldset { class: "choice",
                legend { {tr.t("staff-form-pay-kind")} }
                div { class: "choice-row",
                    for (kind, label, test) in [(PayKind::Hourly, "staff-form-hourly", "hourly"), (PayKind::Fixed, "staff-form-fixed", "fixed")] {
                        button { key: "{test}", class: "choice-button", "data-test": "pay-{test}",
                            "aria-pressed": if f.pay_kind == kind { "true" } else { "false" },
                            onclick: move |_| form.write().pay_kind = kind,
                            {tr.t(label)}
                        }
                    }
                }
            }
            TextField { id: "task-pay", label: tr.t("staff-form-pay"), value: f.pay.clone(),
                error: error("pay"), on_change: move |v| form.write().pay = v }
            fieldset { class: "choice",
                legend { {tr.t("staff-form-seats")} }
                div { class: "stepper",
                    button { class: "step", "data-test": "seats-less", "aria-label": tr.t("staff-form-seats-less"),
                        disabled: f.seats <= 1,
                        onclick: move |_| { let s = form().seats; form.write().seats = s.saturating_sub(1).max(1); },
                        "−"
                    }
                    p { class: "step-value", "aria-live": "polite", "data-test": "seats", "{f.seats}" }
                    button { class: "step", "data-test": "seats-more", "aria-label": tr.t("staff-form-seats-more"),
                        disabled: f.seats >= keikka_core::task::MAX_SEATS,
                        onclick: move |_| { let s = form().seats; form.write().seats = (s + 1).min(keikka_core::task::MAX_SEATS); },
                        "+"
                    }
                }
            }
            if f.seats > 1 {
                TextField { id: "task-instructor", label: tr.t("staff-form-instructor"), value: f.instructor.clone(),
                    error: error("instructor"), on_change: move |v| form.write().instructor = v }
            }
            fieldset { class: "choice",
                legend { {tr.t("staff-form-contract")} }
                div { class: "choice-row",
                    for (contract, label, test) in [(ContractType::Employment, "staff-form-employment", "employment"), (ContractType::Commission, "staff-form-commission", "commission")] {
                        button { key: "{test}", class: "choice-button", "data-test": "contract-{test}",
                            "aria-pressed": if f.contract == contract { "true" } else { "false" },
                            onclick: move |_| form.write().contract = contract,
                            {tr.t(label)}
                        }
                    }
                }
            }
            if !groups.is_empty() {
                fieldset {
                    legend { {tr.t("staff-form-groups")} }
                    p { class: "help", {tr.t("staff-form-groups-help")} }
                    for g in groups {
                        label { key: "{g.id}", class: "switch",
                            input { r#type: "checkbox",
                                checked: f.groups.contains(&g.id),
                                onchange: move |e: FormEvent| {
                                    let mut w = form.write();
                                    w.groups.retain(|x| *x != g.id);
                                    if e.checked() { w.groups.push(g.id); }
                                },
                            }
                            span { "{g.name}" }
                        }
                    }
                }
            }
            if !editing {
                fieldset { class: "choice",
                    legend { {tr.t("staff-form-repeat")} }
                    p { class: "help", {tr.t("staff-form-repeat-help")} }
                    div { class: "stepper",
                        button { class: "step", "data-test": "repeat-less", "aria-label": tr.t("staff-form-repeat-less"),
                            disabled: f.repeat_weeks == 0,
                            onclick: move |_| { let r = form().repeat_weeks; form.write().repeat_weeks = r.saturating_sub(1); },
                            "−"
                        }
                        p { class: "step-value", "aria-live": "polite", "data-test": "repeat-weeks",
                            {tr.ta("staff-form-repeat-value", &[("count", f.repeat_weeks.into())])}
                        }
                        button { class: "step", "data-test": "repeat-more", "aria-label": tr.t("staff-form-repeat-more"),
                            disabled: f.repeat_weeks >= MAX_REPEAT_WEEKS,
                            onclick: move |_| { let r = form().repeat_weeks; form.write().repeat_weeks = (r + 1).min(MAX_REPEAT_WEEKS); },
                            "+"
                        }
                    }
                }
            }
            if editing {
                p { class: "help", {tr.t("staff-form-edit-help")} }
            }
            button { class: "primary", "data-test": "task-save", onclick: save,
                {if editing { tr.t("staff-form-save-changes") } else { tr.t("staff-form-publish") }}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn winter(d: NaiveDate, t: NaiveTime) -> Timestamp {
        d.and_time(t)
            .and_local_timezone(FixedOffset::east_opt(7200).unwrap())
            .single()
            .unwrap()
    }

    /// `draft` as the unit publishes it on 1 March.
    fn published(draft: TaskDraft) -> Task {
        draft
            .publish(
                keikka_core::OrganisationId(Uuid::from_u128(1)),
                "Väylä ry",
                keikka_core::PersonId(Uuid::from_u128(2)),
                winter(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), NaiveTime::MIN),
            )
            .expect("publish")
    }

    fn filled() -> TaskFormDraft {
        let mut f = TaskFormDraft::new(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap());
        f.title = "Salin imurointi".into();
        f.place = "Kallion kirkko".into();
        f.steps = "Tule sivuovelle.\n\n  Suntio avaa oven. ".into();
        f.hours = "2,5".into();
        f.pay = "10,50".into();
        f
    }

    #[test]
    fn a_swedish_title_and_steps_are_optional_and_come_back_when_the_task_is_edited() {
        let ids = [TaskId(Uuid::from_u128(1))];
        let finnish = filled().to_drafts(&ids, winter).unwrap();
        assert_eq!(finnish[0].swedish, None);
        let mut f = filled();
        f.title_sv = " Dammsugning av salen ".into();
        f.steps_sv = "Kom till sidodörren.\n\n Kyrkvaktmästaren öppnar. ".into();
        let drafts = f.to_drafts(&ids, winter).unwrap();
        let swedish = drafts[0].swedish.clone().unwrap();
        assert_eq!(swedish.title, "Dammsugning av salen");
        assert_eq!(
            swedish.steps,
            ["Kom till sidodörren.", "Kyrkvaktmästaren öppnar."]
        );
        let task = published(drafts[0].clone());
        let again = TaskFormDraft::from_task(&task, |t| t);
        assert_eq!(again.title_sv, "Dammsugning av salen");
        assert_eq!(
            again.steps_sv,
            "Kom till sidodörren.\nKyrkvaktmästaren öppnar."
        );
        // Swedish steps need a Swedish title: a reader would otherwise get a mixed task.
        f.title_sv = " ".into();
        let fields: Vec<&str> = f
            .to_drafts(&ids, winter)
            .unwrap_err()
            .iter()
            .map(|(field, _)| *field)
            .collect();
        assert_eq!(fields, ["title_sv"]);
    }

    #[test]
    fn pay_over_the_cap_is_refused_with_a_sentence_that_names_the_cap() {
        let mut f = filled();
        f.pay = "1200".into();
        let errors = f
            .to_drafts(&[TaskId(Uuid::from_u128(1))], winter)
            .unwrap_err();
        assert!(
            errors.contains(&("pay", "staff-error-pay-task")),
            "{errors:?}"
        );
        // The sentence says the same cap the rule has.
        let cap = format!("{} €", keikka_core::task::MAX_PAY.0 / 100).replacen("1000", "1 000", 1);
        for locale in crate::text::Locale::ALL {
            let text = crate::text::Text::new(locale).get("staff-error-pay-task");
            assert!(
                text.replace('\u{a0}', " ").contains(&cap),
                "{}: {text}",
                locale.id()
            );
        }
        f.pay = "1000".into();
        assert!(f.to_drafts(&[TaskId(Uuid::from_u128(1))], winter).is_ok());
    }

    #[test]
    fn a_filled_form_becomes_one_draft_per_week_at_the_same_local_time() {
        let mut f = filled();
        f.repeat_weeks = 2;
        let ids: Vec<TaskId> = (1..=3).map(|n| TaskId(Uuid::from_u128(n))).collect();
        let drafts = f.to_drafts(&ids, winter).expect("valid");
        assert_eq!(drafts.len(), 3);
        assert_eq!(drafts[0].steps, ["Tule sivuovelle.", "Suntio avaa oven."]);
        assert_eq!(drafts[0].estimated_minutes, Minutes(150));
        assert_eq!(drafts[0].pay, Pay::Hourly(Cents(1050)));
        assert_eq!(
            drafts[2].starts_at.to_rfc3339(),
            "2026-03-17T09:00:00+02:00"
        );
        assert_eq!(drafts[2].id, ids[2]);
    }

    #[test]
    fn the_hours_follow_the_time_until_written_shorter_and_never_exceed_it() {
        let mut f = TaskFormDraft::new(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap());
        assert_eq!(window_minutes(&f.start, &f.end), Some(180));
        assert_eq!(f.hours, "3");
        f.set_times("10:00".into(), "14:00".into());
        assert_eq!(f.hours, "4");
        // A break: the supervisor writes the hours shorter, and a later time keeps them.
        f.hours = "3".into();
        f.set_times("10:00".into(), "14:30".into());
        assert_eq!(f.hours, "3");
        f.title = "Salin imurointi".into();
        f.place = "Kallion kirkko".into();
        assert!(f.to_drafts(&[TaskId(Uuid::from_u128(1))], winter).is_ok());
        // More hours than the time: refused, with the hours named.
        f.hours = "5".into();
        let errors = f
            .to_drafts(&[TaskId(Uuid::from_u128(1))], winter)
            .unwrap_err();
        assert_eq!(errors, [("hours", "staff-error-hours-window")]);
    }

    #[test]
    fn every_estimate_survives_being_shown_and_read_back() {
        let mut f = filled();
        f.start = "00:00".into();
        f.end = "23:59".into();
        for minutes in (5..=23 * 60 + 55).step_by(5) {
            let mut d = f
                .to_drafts(&[TaskId(Uuid::from_u128(1))], winter)
                .expect("valid")
                .remove(0);
            d.estimated_minutes = Minutes(minutes);
            let task = d
                .publish(
                    keikka_core::OrganisationId(Uuid::from_u128(1)),
                    "Väylä ry",
                    keikka_core::PersonId(Uuid::from_u128(2)),
                    winter(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), NaiveTime::MIN),
                )
                .expect("publish");
            f = TaskFormDraft::from_task(&task, |t| t);
            let back = f
                .to_drafts(&[TaskId(Uuid::from_u128(1))], winter)
                .expect("valid");
            assert_eq!(back[0].estimated_minutes, Minutes(minutes), "{}", f.hours);
        }
        f.hours = "99999999999999999".into();
        assert!(f.to_drafts(&[TaskId(Uuid::from_u128(1))], winter).is_err());
    }

    #[test]
    fn every_wrong_field_is_named_and_nothing_is_made() {
        let mut f = filled();
        f.title = " ".into();
        f.end = "08:00".into();
        f.hours = "kaksi".into();
        f.pay = "0".into();
        let errors = f
            .to_drafts(&[TaskId(Uuid::from_u128(1))], winter)
            .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["end", "hours", "pay", "title"]);
    }

    #[test]
    fn a_task_fills_the_form_and_comes_back_the_same() {
        let f = filled();
        let id = TaskId(Uuid::from_u128(7));
        let draft = f.to_drafts(&[id], winter).expect("valid").remove(0);
        let task = published(draft.clone());
        let again = TaskFormDraft::from_task(&task, |t| t)
            .to_drafts(&[id], winter)
            .expect("valid")
            .remove(0);
        assert_eq!(again.starts_at, draft.starts_at);
        assert_eq!(again.estimated_minutes, draft.estimated_minutes);
        assert_eq!(again.pay, draft.pay);
        assert_eq!(again.steps, draft.steps);
    }
}
