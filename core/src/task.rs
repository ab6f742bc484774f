//! Tasks: a piece of paid work a unit offers to its participants, with seats for group work.

use crate::Timestamp;
use crate::error::DomainError;
use crate::ids::{CommissionerId, GroupId, OrderId, OrganisationId, PersonId, TaskId};
use crate::money::{Cents, Minutes};
use serde::{Deserialize, Serialize};

/// How a task is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "cents", rename_all = "snake_case")]
pub enum Pay {
    /// Cents per hour worked (*tuntipalkka*).
    Hourly(Cents),
    /// A fixed sum for the whole task (*urakka*).
    Fixed(Cents),
}

impl Pay {
    /// What the worker earns for `minutes` of approved work.
    pub fn for_minutes(self, minutes: Minutes) -> Cents {
        match self {
            Pay::Hourly(rate) => rate.per_hour_for(minutes),
            Pay::Fixed(amount) => amount,
        }
    }

    fn amount(self) -> Cents {
        match self {
            Pay::Hourly(c) | Pay::Fixed(c) => c,
        }
    }
}

/// The legal form of the work; it decides what the pay does to unemployment benefit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractType {
    /// *Työsopimus*: an employment relationship.
    Employment,
    /// *Toimeksiantosopimus*: counts as entrepreneurship for unemployment benefit.
    Commission,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Open,
    Cancelled,
}

/// A task's words in a second language: its title and steps. The place, instructor and
/// employer are names and stay as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskText {
    pub title: String,
    #[serde(default)]
    pub steps: Vec<String>,
}

/// What a supervisor fills in to publish a task. The id is made on the supervisor's device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskDraft {
    pub id: TaskId,
    pub title: String,
    /// Plain-language steps: what to bring, where to go, who meets you.
    #[serde(default)]
    pub steps: Vec<String>,
    pub place: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub estimated_minutes: Minutes,
    pub pay: Pay,
    /// 1 for a task done alone; 2–10 (at most 50) for a group task.
    pub seats: u16,
    /// The named instructor who leads a group task.
    #[serde(default)]
    pub instructor: Option<String>,
    pub contract: ContractType,
    #[serde(default)]
    pub commissioner: Option<CommissionerId>,
    /// The commissioner's order this task does part of.
    #[serde(default)]
    pub order: Option<OrderId>,
    /// Groups that see the task; empty means every participant of the unit.
    #[serde(default)]
    pub groups: Vec<GroupId>,
    /// Overrides the organisation's employer of record for this task.
    #[serde(default)]
    pub employer_of_record: Option<String>,
    /// The title and steps in Swedish, for Swedish readers; `None` when the task is written in
    /// Finnish only (every task before this field, which is why it defaults).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swedish: Option<TaskText>,
}

/// A published task as everyone sees it. `seats_taken` is kept by the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub id: TaskId,
    pub organisation: OrganisationId,
    pub title: String,
    pub steps: Vec<String>,
    pub place: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub estimated_minutes: Minutes,
    pub pay: Pay,
    pub seats: u16,
    pub seats_taken: u16,
    pub instructor: Option<String>,
    pub contract: ContractType,
    pub commissioner: Option<CommissionerId>,
    #[serde(default)]
    pub order: Option<OrderId>,
    pub groups: Vec<GroupId>,
    pub employer_of_record: String,
    pub status: TaskStatus,
    pub published_by: PersonId,
    pub published_at: Timestamp,
    /// How many times the task was changed after publishing; a participant holding a seat is
    /// told when it grows.
    #[serde(default)]
    pub revision: u32,
    #[serde(default)]
    pub changed_at: Option<Timestamp>,
    /// As [`TaskDraft::swedish`]; stored rows without it still read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swedish: Option<TaskText>,
}

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 2000;
pub const MAX_STEPS: usize = 30;
pub const MAX_SEATS: u16 = 50;
/// More groups than any unit has: a longer list is a broken client, not a choice.
pub const MAX_GROUPS: usize = 50;
/// 1,000 € an hour or a task: anything above is a typing error, not a gig.
pub const MAX_PAY: Cents = Cents(100_000);

pub(crate) fn check_text(
    field: &'static str,
    text: &str,
    max: usize,
    required: bool,
) -> Result<(), DomainError> {
    let invalid = |problem| DomainError::invalid(field, problem);
    if required && text.trim().is_empty() {
        return Err(invalid("empty"));
    }
    if text.chars().count() > max {
        return Err(invalid("too_long"));
    }
    if text
        .chars()
        .any(|c| c != '\n' && c != '\t' && is_hidden_control(c))
    {
        return Err(invalid("control_characters"));
    }
    Ok(())
}

/// Control characters, and the bidirectional overrides and isolates that can make a text read
/// backwards ("exe.gnp" shown as "png.exe") on everyone's screen: refused in anything people
/// type for others to read.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            // Direction overrides and isolates, and the marks that steer direction unseen.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
            // Line and paragraph separators: a line break by another name.
            | '\u{2028}' | '\u{2029}'
            // Characters that show as nothing: zero-width space and joiners' neighbours, word
            // joiner and invisible operators, the byte-order mark, the Hangul fillers.
            | '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{115f}' | '\u{1160}'
            | '\u{3164}' | '\u{ffa0}'
        )
}

/// [`check_text`] for a one-line field (a title, a place, a name): no line breaks either.
pub(crate) fn check_line(
    field: &'static str,
    text: &str,
    max: usize,
    required: bool,
) -> Result<(), DomainError> {
    check_text(field, text, max, required)?;
    if text.contains(['\n', '\r']) {
        return Err(DomainError::invalid(field, "control_characters"));
    }
    Ok(())
}

impl TaskDraft {
    /// Checks everything a person could type wrong, before anything is stored.
    pub fn validate(&self) -> Result<(), DomainError> {
        let invalid = DomainError::invalid;
        check_line("title", &self.title, MAX_TITLE_CHARS, true)?;
        check_line("place", &self.place, MAX_TITLE_CHARS, true)?;
        if self.steps.len() > MAX_STEPS {
            return Err(invalid("steps", "too_many"));
        }
        for step in &self.steps {
            check_text("steps", step, MAX_TEXT_CHARS, true)?;
        }
        if let Some(swedish) = &self.swedish {
            check_line("title_sv", &swedish.title, MAX_TITLE_CHARS, true)?;
            if swedish.steps.len() > MAX_STEPS {
                return Err(invalid("steps_sv", "too_many"));
            }
            for step in &swedish.steps {
                check_text("steps_sv", step, MAX_TEXT_CHARS, true)?;
            }
        }
        if let Some(instructor) = &self.instructor {
            check_line("instructor", instructor, MAX_TITLE_CHARS, true)?;
        }
        if let Some(employer) = &self.employer_of_record {
            check_line("employer_of_record", employer, MAX_TITLE_CHARS, true)?;
        }
        if self.ends_at <= self.starts_at {
            return Err(invalid("ends_at", "not_after_start"));
        }
        if self.ends_at - self.starts_at > chrono::Duration::days(31) {
            return Err(invalid("ends_at", "window_too_long"));
        }
        if self.estimated_minutes.0 == 0 || self.estimated_minutes > Minutes::MAX_PER_COMPLETION {
            return Err(invalid("estimated_minutes", "out_of_range"));
        }
        // The hours of work fit in the task's time: "3 h, 10–14" leaves an hour of breaks, said
        // as such on the participant's screen; "5 h, 10–14" cannot be true.
        if i64::from(self.estimated_minutes.0) > (self.ends_at - self.starts_at).num_minutes() {
            return Err(invalid("estimated_minutes", "longer_than_window"));
        }
        let pay = self.pay.amount();
        if pay <= Cents::ZERO || pay > MAX_PAY {
            return Err(invalid("pay", "out_of_range"));
        }
        if self.seats == 0 || self.seats > MAX_SEATS {
            return Err(invalid("seats", "out_of_range"));
        }
        if self.groups.len() > MAX_GROUPS {
            return Err(invalid("groups", "too_many"));
        }
        let mut groups = self.groups.clone();
        groups.sort();
        groups.dedup();
        if groups.len() != self.groups.len() {
            return Err(invalid("groups", "duplicate"));
        }
        Ok(())
    }

    /// Publishes the draft for `organisation`; validation first, so a bad draft changes nothing.
    pub fn publish(
        self,
        organisation: OrganisationId,
        default_employer: &str,
        by: PersonId,
        at: Timestamp,
    ) -> Result<Task, DomainError> {
        self.validate()?;
        Ok(Task {
            id: self.id,
            organisation,
            title: self.title.trim().to_owned(),
            steps: self.steps.iter().map(|s| s.trim().to_owned()).collect(),
            place: self.place.trim().to_owned(),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            estimated_minutes: self.estimated_minutes,
            pay: self.pay,
            seats: self.seats,
            seats_taken: 0,
            instructor: self.instructor,
            contract: self.contract,
            commissioner: self.commissioner,
            order: self.order,
            groups: self.groups,
            employer_of_record: self
                .employer_of_record
                .unwrap_or_else(|| default_employer.to_owned()),
            status: TaskStatus::Open,
            published_by: by,
            published_at: at,
            revision: 0,
            changed_at: None,
            swedish: self.swedish.map(|t| TaskText {
                title: t.title.trim().to_owned(),
                steps: t.steps.iter().map(|s| s.trim().to_owned()).collect(),
            }),
        })
    }

    /// A draft with everything of `task` but a new id, starting at `starts_at` and lasting as
    /// long: "copy an earlier task" and the next week of a weekly task. The caller picks the
    /// start in the unit's zone, so a copy across a summer-time change keeps its wall-clock hour.
    pub fn copy_of(task: &Task, id: TaskId, starts_at: Timestamp) -> TaskDraft {
        TaskDraft {
            id,
            title: task.title.clone(),
            steps: task.steps.clone(),
            place: task.place.clone(),
            starts_at,
            ends_at: starts_at + (task.ends_at - task.starts_at),
            estimated_minutes: task.estimated_minutes,
            pay: task.pay,
            seats: task.seats,
            instructor: task.instructor.clone(),
            contract: task.contract,
            commissioner: task.commissioner,
            order: task.order,
            groups: task.groups.clone(),
            employer_of_record: Some(task.employer_of_record.clone()),
            swedish: task.swedish.clone(),
        }
    }
}

impl Task {
    pub fn is_full(&self) -> bool {
        self.seats_taken >= self.seats
    }

    /// Whether a participant in `groups` may see (and so claim) this task.
    pub fn visible_to_groups(&self, groups: &[GroupId]) -> bool {
        self.groups.is_empty() || self.groups.iter().any(|g| groups.contains(g))
    }

    /// Whether a participant of `organisation` in `groups` sees the task: their unit's, and
    /// shown to everyone or one of their groups, or one they hold a claim on (an edit or a
    /// change of their groups must not hide work they have taken). The server's pull query
    /// (`VISIBLE_TASK`) is this rule in SQL; a property test holds the two together.
    pub fn visible_to(
        &self,
        organisation: OrganisationId,
        groups: &[GroupId],
        holds_claim: bool,
    ) -> bool {
        self.organisation == organisation && (holds_claim || self.visible_to_groups(groups))
    }

    /// The title a reader of `language` ("fi", "sv") reads: the Swedish one where the task has
    /// it and the reader is Swedish, else the title as written (Finnish).
    pub fn title_in(&self, language: &str) -> &str {
        match &self.swedish {
            Some(sv) if language == "sv" => &sv.title,
            _ => &self.title,
        }
    }

    /// The steps a reader of `language` reads, as [`Task::title_in`].
    pub fn steps_in(&self, language: &str) -> &[String] {
        match &self.swedish {
            Some(sv) if language == "sv" && !sv.steps.is_empty() => &sv.steps,
            _ => &self.steps,
        }
    }

    /// Whether one person could not do both this task and `other`: their times meet, and no
    /// order of the two fits each one's estimated work inside its own time (each started as
    /// early as it can, which is the best either order can do). A task never clashes with
    /// itself.
    pub fn clashes_with(&self, other: &Task) -> bool {
        if self.id == other.id || self.ends_at <= other.starts_at || other.ends_at <= self.starts_at
        {
            return false;
        }
        let fits_after = |first: &Task, second: &Task| {
            let first_done =
                first.starts_at + chrono::Duration::minutes(i64::from(first.estimated_minutes.0));
            let second_start = first_done.max(second.starts_at);
            first_done <= first.ends_at
                && second_start + chrono::Duration::minutes(i64::from(second.estimated_minutes.0))
                    <= second.ends_at
        };
        !fits_after(self, other) && !fits_after(other, self)
    }

    /// The day the work counts as done on: the local date of the task's start.
    pub fn worked_on(&self) -> chrono::NaiveDate {
        self.starts_at.date_naive()
    }

    /// The task with one more seat taken, or `task_full` / `task_not_open`.
    /// Whether someone taking the task at `at` still has its estimated hours of work before it
    /// ends: a task under way is offered only while a new taker can do the work.
    pub fn still_doable_from(&self, at: Timestamp) -> bool {
        at + chrono::Duration::minutes(i64::from(self.estimated_minutes.0)) <= self.ends_at
    }

    pub fn take_seat(&self, at: Timestamp) -> Result<Task, DomainError> {
        if self.status != TaskStatus::Open || at > self.ends_at {
            return Err(DomainError::TaskNotOpen);
        }
        if self.is_full() {
            return Err(DomainError::TaskFull);
        }
        Ok(Task {
            seats_taken: self.seats_taken + 1,
            ..self.clone()
        })
    }

    /// The task with one seat given back (a withdrawn claim).
    pub fn release_seat(&self) -> Task {
        Task {
            seats_taken: self.seats_taken.saturating_sub(1),
            ..self.clone()
        }
    }

    /// The task changed to `draft` by a supervisor: the seats already taken stay, so the draft
    /// may not offer fewer seats than are taken; the revision grows so holders are told.
    pub fn edit(
        &self,
        draft: TaskDraft,
        default_employer: &str,
        at: Timestamp,
    ) -> Result<Task, DomainError> {
        if self.status != TaskStatus::Open {
            return Err(DomainError::TaskNotOpen);
        }
        if draft.seats < self.seats_taken {
            return Err(DomainError::invalid("seats", "below_taken"));
        }
        let edited = draft.publish(self.organisation, default_employer, self.published_by, at)?;
        Ok(Task {
            seats_taken: self.seats_taken,
            published_at: self.published_at,
            revision: self.revision.saturating_add(1),
            changed_at: Some(at),
            ..edited
        })
    }

    pub fn cancel(&self) -> Result<Task, DomainError> {
        if self.status == TaskStatus::Cancelled {
            return Err(DomainError::TaskNotOpen);
        }
        Ok(Task {
            status: TaskStatus::Cancelled,
            ..self.clone()
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use uuid::Uuid;

    pub fn at(text: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(text).expect("test timestamp")
    }

    pub fn draft(seats: u16) -> TaskDraft {
        TaskDraft {
            id: TaskId(Uuid::from_u128(1)),
            title: "Imurointi seurakuntasalissa".into(),
            steps: vec!["Tule ovelle 2.".into(), "Imuroi sali.".into()],
            place: "Kallion kirkko".into(),
            starts_at: at("2026-03-28T09:00:00+02:00"),
            ends_at: at("2026-03-28T12:00:00+02:00"),
            estimated_minutes: Minutes(120),
            pay: Pay::Hourly(Cents(1000)),
            seats,
            instructor: None,
            contract: ContractType::Employment,
            commissioner: None,
            order: None,
            groups: vec![],
            employer_of_record: None,
            swedish: None,
        }
    }

    #[test]
    fn tasks_clash_only_when_their_work_cannot_both_fit_in_their_times() {
        let sup = PersonId(Uuid::from_u128(8));
        let org = OrganisationId(Uuid::from_u128(9));
        let task = |n: u128, from: &str, to: &str, minutes: u32| {
            let mut d = draft(1);
            d.id = TaskId(Uuid::from_u128(n));
            d.starts_at = at(from);
            d.ends_at = at(to);
            d.estimated_minutes = Minutes(minutes);
            d.publish(org, "Väylä ry", sup, at("2026-03-01T10:00:00+02:00"))
                .unwrap()
        };
        // 9–12, two hours of work.
        let morning = task(
            1,
            "2026-03-28T09:00:00+02:00",
            "2026-03-28T12:00:00+02:00",
            120,
        );
        let same_hours = task(
            2,
            "2026-03-28T09:00:00+02:00",
            "2026-03-28T12:00:00+02:00",
            120,
        );
        assert!(morning.clashes_with(&same_hours));
        assert!(same_hours.clashes_with(&morning));
        // 11–13 for one hour: 9–11 and then 11–12 do both.
        let late = task(
            3,
            "2026-03-28T11:00:00+02:00",
            "2026-03-28T13:00:00+02:00",
            60,
        );
        assert!(!morning.clashes_with(&late));
        assert!(!late.clashes_with(&morning));
        // 10–11 for the whole hour: before it 9–10 is too short, after it 11–12 too.
        let middle = task(
            4,
            "2026-03-28T10:00:00+02:00",
            "2026-03-28T11:00:00+02:00",
            60,
        );
        assert!(morning.clashes_with(&middle));
        // Back to back, and another day: no clash; nor with itself.
        let after = task(
            5,
            "2026-03-28T12:00:00+02:00",
            "2026-03-28T14:00:00+02:00",
            120,
        );
        assert!(!morning.clashes_with(&after));
        let monday = task(
            6,
            "2026-03-30T09:00:00+03:00",
            "2026-03-30T12:00:00+03:00",
            120,
        );
        assert!(!morning.clashes_with(&monday));
        assert!(!morning.clashes_with(&morning));
    }

    /// A row stored before tasks had a Swedish text still reads, and a Swedish reader gets the
    /// Swedish words only where there are some.
    #[test]
    fn a_task_has_its_swedish_title_and_steps_for_swedish_readers_only() {
        let sup = PersonId(Uuid::from_u128(8));
        let org = OrganisationId(Uuid::from_u128(9));
        let publish =
            |d: TaskDraft| d.publish(org, "Väylä ry", sup, at("2026-03-01T10:00:00+02:00"));
        let finnish = publish(draft(1)).unwrap();
        let mut stored = serde_json::to_value(&finnish).unwrap();
        assert!(
            stored.get("swedish").is_none(),
            "old rows stay as they were"
        );
        stored.as_object_mut().unwrap().remove("swedish");
        let read: Task = serde_json::from_value(stored).unwrap();
        assert_eq!(read.title_in("sv"), "Imurointi seurakuntasalissa");
        assert_eq!(read.steps_in("sv"), finnish.steps.as_slice());
        let mut d = draft(1);
        d.swedish = Some(TaskText {
            title: " Dammsugning i församlingssalen ".into(),
            steps: vec!["Kom till dörr 2.".into()],
        });
        let both = publish(d.clone()).unwrap();
        assert_eq!(both.title_in("sv"), "Dammsugning i församlingssalen");
        assert_eq!(both.steps_in("sv"), ["Kom till dörr 2."]);
        assert_eq!(both.title_in("fi"), "Imurointi seurakuntasalissa");
        d.swedish = Some(TaskText {
            title: " ".into(),
            steps: vec![],
        });
        assert_eq!(
            publish(d).unwrap_err(),
            DomainError::invalid("title_sv", "empty")
        );
    }

    #[test]
    fn a_group_named_twice_is_refused_before_anything_is_stored() {
        let mut d = draft(1);
        let g = GroupId(Uuid::from_u128(3));
        d.groups = vec![g, g];
        assert_eq!(
            d.validate(),
            Err(DomainError::invalid("groups", "duplicate"))
        );
    }

    #[test]
    fn an_edit_keeps_the_seats_taken_and_counts_a_revision() {
        let org = OrganisationId(Uuid::from_u128(9));
        let by = PersonId(Uuid::from_u128(8));
        let task = draft(3)
            .publish(org, "Väylä ry", by, at("2026-03-01T10:00:00+02:00"))
            .unwrap()
            .take_seat(at("2026-03-02T10:00:00+02:00"))
            .unwrap()
            .take_seat(at("2026-03-02T11:00:00+02:00"))
            .unwrap();
        let mut changed = draft(2);
        changed.place = "Kallion kirkko, sivuovi".into();
        let edited = task
            .edit(changed, "Väylä ry", at("2026-03-03T10:00:00+02:00"))
            .unwrap();
        assert_eq!(edited.seats_taken, 2);
        assert_eq!(edited.revision, 1);
        assert_eq!(edited.place, "Kallion kirkko, sivuovi");
        assert_eq!(edited.published_at, task.published_at);
        assert_eq!(edited.changed_at, Some(at("2026-03-03T10:00:00+02:00")));
        assert_eq!(
            task.edit(draft(1), "Väylä ry", at("2026-03-03T10:00:00+02:00")),
            Err(DomainError::invalid("seats", "below_taken"))
        );
    }

    #[test]
    fn a_copy_moves_the_times_and_keeps_the_rest() {
        let task = draft(2)
            .publish(
                OrganisationId(Uuid::from_u128(9)),
                "Väylä ry",
                PersonId(Uuid::from_u128(8)),
                at("2026-03-01T10:00:00+02:00"),
            )
            .unwrap();
        let next = at("2026-04-04T09:00:00+03:00");
        let copy = TaskDraft::copy_of(&task, TaskId(Uuid::from_u128(2)), next);
        assert_eq!(copy.starts_at, next);
        assert_eq!(copy.ends_at, at("2026-04-04T12:00:00+03:00"));
        assert_eq!(copy.title, task.title);
        assert_eq!(copy.employer_of_record.as_deref(), Some("Väylä ry"));
    }

    #[test]
    fn a_valid_draft_publishes_with_no_seats_taken_and_the_default_employer() {
        let task = draft(3)
            .publish(
                OrganisationId(Uuid::from_u128(9)),
                "Väylä ry",
                PersonId(Uuid::from_u128(8)),
                at("2026-03-01T10:00:00+02:00"),
            )
            .unwrap();
        assert_eq!(task.seats_taken, 0);
        assert_eq!(task.employer_of_record, "Väylä ry");
        assert_eq!(task.status, TaskStatus::Open);
        assert_eq!(task.worked_on().to_string(), "2026-03-28");
    }

    /// A task under way is offered while a new taker still has its hours of work before it
    /// ends (the draft: 9–12 with two hours of work).
    #[test]
    fn a_task_under_way_can_be_taken_while_its_work_still_fits() {
        let task = draft(1)
            .publish(
                crate::ids::OrganisationId(Uuid::from_u128(1)),
                "Väylä ry",
                crate::ids::PersonId(Uuid::from_u128(2)),
                at("2026-03-01T09:00:00+02:00"),
            )
            .unwrap();
        assert!(task.still_doable_from(at("2026-03-28T08:00:00+02:00")));
        assert!(task.still_doable_from(at("2026-03-28T10:00:00+02:00")));
        assert!(!task.still_doable_from(at("2026-03-28T10:01:00+02:00")));
    }

    #[test]
    fn drafts_with_bad_fields_are_refused_with_the_field_named() {
        type Edit = Box<dyn Fn(&mut TaskDraft)>;
        let cases: Vec<(Edit, &str)> = vec![
            (Box::new(|d| d.title = "  ".into()), "title"),
            (Box::new(|d| d.title = "x".repeat(201)), "title"),
            (Box::new(|d| d.place = "a\u{0}b".into()), "place"),
            (Box::new(|d| d.ends_at = d.starts_at), "ends_at"),
            (Box::new(|d| d.seats = 0), "seats"),
            (Box::new(|d| d.seats = 51), "seats"),
            (Box::new(|d| d.pay = Pay::Hourly(Cents(-1))), "pay"),
            (Box::new(|d| d.pay = Pay::Fixed(Cents(100_001))), "pay"),
            (
                Box::new(|d| d.estimated_minutes = Minutes(0)),
                "estimated_minutes",
            ),
            // Longer work than the task's time (the draft's window is 3 h).
            (
                Box::new(|d| d.estimated_minutes = Minutes(181)),
                "estimated_minutes",
            ),
            (Box::new(|d| d.steps = vec!["s".into(); 31]), "steps"),
            // A title cannot read backwards or run over two lines (issue 15).
            (Box::new(|d| d.title = "Abc\u{202e}gnp.exe".into()), "title"),
            (Box::new(|d| d.title = "Kaksi\nriviä".into()), "title"),
            (Box::new(|d| d.steps = vec!["a\u{2067}b".into()]), "steps"),
        ];
        for (change, field) in cases {
            let mut d = draft(1);
            change(&mut d);
            match d.validate() {
                Err(DomainError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
                other => panic!("expected invalid {field}, got {other:?}"),
            }
        }
    }

    #[test]
    fn fixed_pay_ignores_minutes_and_hourly_pay_counts_them() {
        assert_eq!(
            Pay::Fixed(Cents(3000)).for_minutes(Minutes(10)),
            Cents(3000)
        );
        assert_eq!(
            Pay::Hourly(Cents(1000)).for_minutes(Minutes(90)),
            Cents(1500)
        );
    }
}
