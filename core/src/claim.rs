//! A claim: one participant's seat on one task, from "I'll take it" to approved pay or a kind "no".

use crate::Timestamp;
use crate::error::DomainError;
use crate::ids::{ClaimId, CommissionerId, OrganisationId, PersonId, TaskId};
use crate::money::{Cents, Minutes, VatRate};
use crate::task::{ContractType, MAX_TEXT_CHARS, Task, check_text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the participant reports when done (*suoritus*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completion {
    pub minutes: Minutes,
    pub note: Option<String>,
    pub completed_at: Timestamp,
}

/// A supervisor's yes (*hyväksyntä*), with the hours that count and when the pay is paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    pub by: PersonId,
    pub at: Timestamp,
    pub minutes: Minutes,
    /// Why the supervisor changed the reported minutes, when they did.
    pub adjust_reason: Option<String>,
    pub earning: Earning,
    /// When the server took the approval in (`at` is the supervisor's device's time, which an
    /// offline device may send hours later); the undo window runs on this clock. `None` on
    /// approvals stored before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_at: Option<Timestamp>,
}

/// A supervisor's no, with a reason the participant will read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    pub by: PersonId,
    pub at: Timestamp,
    pub reason: String,
}

/// Money earned for an approved task (*ansio*). It counts for benefits in the month of `paid_on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earning {
    pub claim: ClaimId,
    pub task: TaskId,
    pub participant: PersonId,
    pub organisation: OrganisationId,
    /// Gross pay.
    pub amount: Cents,
    pub minutes: Minutes,
    pub worked_on: NaiveDate,
    pub paid_on: NaiveDate,
    pub employer_of_record: String,
    pub contract: ContractType,
    /// Whom the work is billed to and at what price, as they stood when it was approved, so a
    /// later change of price, VAT or order never rewrites a month already invoiced.
    #[serde(default)]
    pub billing: Option<Billing>,
}

/// A commissioner's price for approved work, fixed at approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Billing {
    pub commissioner: CommissionerId,
    pub price_per_hour: Cents,
    pub vat: VatRate,
}

/// Where a claim is in its life, with the data each step brought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ClaimState {
    Claimed,
    Started {
        started_at: Timestamp,
    },
    Completed {
        started_at: Option<Timestamp>,
        completion: Completion,
    },
    Approved {
        started_at: Option<Timestamp>,
        completion: Completion,
        approval: Approval,
    },
    Rejected {
        started_at: Option<Timestamp>,
        completion: Completion,
        rejection: Rejection,
    },
    Withdrawn {
        withdrawn_at: Timestamp,
    },
    /// The supervisor marked that the participant did not come (*ei saapunut*); the seat is free.
    NoShow {
        marked_by: PersonId,
        marked_at: Timestamp,
    },
}

/// The commissioner's feedback on approved work, written down by the supervisor; the participant
/// reads it in their work history and it goes on their work certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub text: String,
    pub by: PersonId,
    pub at: Timestamp,
}

/// The name of a claim's state, for storage indexes and the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    Claimed,
    Started,
    Completed,
    Approved,
    Rejected,
    Withdrawn,
    NoShow,
}

impl ClaimStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::Claimed => "claimed",
            ClaimStatus::Started => "started",
            ClaimStatus::Completed => "completed",
            ClaimStatus::Approved => "approved",
            ClaimStatus::Rejected => "rejected",
            ClaimStatus::Withdrawn => "withdrawn",
            ClaimStatus::NoShow => "no_show",
        }
    }

    /// Whether the claim still holds a seat on its task.
    pub const fn holds_seat(self) -> bool {
        !matches!(self, ClaimStatus::Withdrawn | ClaimStatus::NoShow)
    }
}

/// One participant's seat on one task (*varaus*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    pub task: TaskId,
    pub participant: PersonId,
    pub organisation: OrganisationId,
    pub claimed_at: Timestamp,
    #[serde(flatten)]
    pub state: ClaimState,
    #[serde(default)]
    pub feedback: Option<Feedback>,
}

pub const MAX_REASON_CHARS: usize = 500;

impl Claim {
    /// Takes a seat on `task` for `participant`; the task comes back with the seat counted.
    /// The caller has checked that the participant may see the task and holds no other seat on it.
    pub fn new(
        id: ClaimId,
        task: &Task,
        participant: PersonId,
        at: Timestamp,
    ) -> Result<(Claim, Task), DomainError> {
        let task = task.take_seat(at)?;
        let claim = Claim {
            id,
            task: task.id,
            participant,
            organisation: task.organisation,
            claimed_at: at,
            state: ClaimState::Claimed,
            feedback: None,
        };
        Ok((claim, task))
    }

    pub fn status(&self) -> ClaimStatus {
        match self.state {
            ClaimState::Claimed => ClaimStatus::Claimed,
            ClaimState::Started { .. } => ClaimStatus::Started,
            ClaimState::Completed { .. } => ClaimStatus::Completed,
            ClaimState::Approved { .. } => ClaimStatus::Approved,
            ClaimState::Rejected { .. } => ClaimStatus::Rejected,
            ClaimState::Withdrawn { .. } => ClaimStatus::Withdrawn,
            ClaimState::NoShow { .. } => ClaimStatus::NoShow,
        }
    }

    fn with_state(&self, state: ClaimState) -> Claim {
        Claim {
            state,
            ..self.clone()
        }
    }

    fn refuse(&self, action: &'static str) -> DomainError {
        match self.status() {
            ClaimStatus::Approved | ClaimStatus::Rejected
                if matches!(action, "approve" | "reject") =>
            {
                DomainError::AlreadyDecided
            }
            status => DomainError::transition(status.as_str(), action),
        }
    }

    /// "I started".
    pub fn start(&self, at: Timestamp) -> Result<Claim, DomainError> {
        match self.state {
            ClaimState::Claimed => Ok(self.with_state(ClaimState::Started { started_at: at })),
            _ => Err(self.refuse("start")),
        }
    }

    /// "I haven't started after all": back to taken, for a tap made by mistake or a start put
    /// off (nothing is reported yet), so "I can't come" is there again.
    pub fn undo_start(&self) -> Result<Claim, DomainError> {
        match self.state {
            ClaimState::Started { .. } => Ok(self.with_state(ClaimState::Claimed)),
            _ => Err(self.refuse("undo_start")),
        }
    }

    /// "I'm done": from started, or straight from claimed for someone who forgot to press start.
    pub fn complete(
        &self,
        minutes: Minutes,
        note: Option<String>,
        at: Timestamp,
    ) -> Result<Claim, DomainError> {
        let started_at = match self.state {
            ClaimState::Claimed => None,
            ClaimState::Started { started_at } => Some(started_at),
            _ => return Err(self.refuse("complete")),
        };
        check_minutes(minutes)?;
        let note = clean_optional("note", note, MAX_TEXT_CHARS)?;
        Ok(self.with_state(ClaimState::Completed {
            started_at,
            completion: Completion {
                minutes,
                note,
                completed_at: at,
            },
        }))
    }

    /// Gives the seat back before any work is reported; the task comes back with the seat freed.
    pub fn withdraw(&self, task: &Task, at: Timestamp) -> Result<(Claim, Task), DomainError> {
        match self.state {
            ClaimState::Claimed => Ok((
                self.with_state(ClaimState::Withdrawn { withdrawn_at: at }),
                task.release_seat(),
            )),
            _ => Err(self.refuse("withdraw")),
        }
    }

    /// Approves the reported work, or `minutes` instead when the supervisor adjusts them
    /// (then `adjust_reason` is required). The earning is computed here, to the cent.
    pub fn approve(
        &self,
        task: &Task,
        by: PersonId,
        at: Timestamp,
        minutes: Option<Minutes>,
        adjust_reason: Option<String>,
        paid_on: NaiveDate,
    ) -> Result<Claim, DomainError> {
        let ClaimState::Completed {
            started_at,
            completion,
        } = &self.state
        else {
            return Err(self.refuse("approve"));
        };
        let adjust_reason = clean_optional("adjust_reason", adjust_reason, MAX_REASON_CHARS)?;
        let minutes = match minutes {
            Some(m) if m != completion.minutes => {
                check_minutes(m)?;
                if adjust_reason.is_none() {
                    return Err(DomainError::invalid("adjust_reason", "empty"));
                }
                m
            }
            _ => completion.minutes,
        };
        let worked_on = task.worked_on();
        if paid_on < worked_on {
            return Err(DomainError::invalid("paid_on", "before_work"));
        }
        if paid_on > worked_on + chrono::Duration::days(366) {
            return Err(DomainError::invalid("paid_on", "too_late"));
        }
        let earning = Earning {
            claim: self.id,
            task: task.id,
            participant: self.participant,
            organisation: self.organisation,
            amount: task.pay.for_minutes(minutes),
            minutes,
            worked_on,
            paid_on,
            employer_of_record: task.employer_of_record.clone(),
            contract: task.contract,
            billing: None,
        };
        Ok(self.with_state(ClaimState::Approved {
            started_at: *started_at,
            completion: completion.clone(),
            approval: Approval {
                by,
                at,
                minutes,
                adjust_reason,
                earning,
                received_at: None,
            },
        }))
    }

    /// The approved claim marked as taken in at `received` by whoever decides (the server).
    pub fn approval_received(mut self, received: Timestamp) -> Claim {
        if let ClaimState::Approved { approval, .. } = &mut self.state {
            approval.received_at = Some(received);
        }
        self
    }

    /// The latest time recorded on the claim: a next step cannot be recorded before it.
    pub fn last_step_at(&self) -> Timestamp {
        let state = match &self.state {
            ClaimState::Claimed => None,
            ClaimState::Started { started_at } => Some(*started_at),
            ClaimState::Completed {
                started_at,
                completion,
            } => {
                Some(started_at.map_or(completion.completed_at, |s| s.max(completion.completed_at)))
            }
            ClaimState::Approved {
                completion,
                approval,
                ..
            } => Some(completion.completed_at.max(approval.at)),
            ClaimState::Rejected {
                completion,
                rejection,
                ..
            } => Some(completion.completed_at.max(rejection.at)),
            ClaimState::Withdrawn { withdrawn_at } => Some(*withdrawn_at),
            ClaimState::NoShow { marked_at, .. } => Some(*marked_at),
        };
        let feedback = self.feedback.as_ref().map(|f| f.at);
        [Some(self.claimed_at), state, feedback]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(self.claimed_at)
    }

    /// How long after an approval the supervisor can still take it back: long enough for a
    /// tap on the wrong card, short enough that no payroll run has used it yet.
    pub const UNDO_APPROVAL_WITHIN: chrono::Duration = chrono::Duration::minutes(10);

    /// Takes an approval back (a tap on the wrong card): the work waits for approval again, as
    /// reported. Only within [`Claim::UNDO_APPROVAL_WITHIN`] and before any feedback is added;
    /// after that the approval stands. The window holds on both clocks: the device's (`at`
    /// after the approval's `at`) and the decider's (`now` after the approval was received),
    /// so an undo held back on a silent device cannot stretch it.
    pub fn undo_approval(&self, at: Timestamp, now: Timestamp) -> Result<Claim, DomainError> {
        let ClaimState::Approved {
            started_at,
            completion,
            approval,
        } = &self.state
        else {
            return Err(self.refuse("undo_approval"));
        };
        // Within the minutes after the approval, never before it (a time before the approval
        // is no undo of it).
        let since = at - approval.at;
        let since_received = approval.received_at.map(|received| now - received);
        if self.feedback.is_some()
            || since > Claim::UNDO_APPROVAL_WITHIN
            || since < chrono::Duration::zero()
            || since_received.is_some_and(|s| s > Claim::UNDO_APPROVAL_WITHIN)
        {
            return Err(DomainError::AlreadyDecided);
        }
        Ok(self.with_state(ClaimState::Completed {
            started_at: *started_at,
            completion: completion.clone(),
        }))
    }

    /// Rejects the reported work with a reason the participant reads.
    pub fn reject(
        &self,
        by: PersonId,
        at: Timestamp,
        reason: String,
    ) -> Result<Claim, DomainError> {
        let ClaimState::Completed {
            started_at,
            completion,
        } = &self.state
        else {
            return Err(self.refuse("reject"));
        };
        check_text("reason", &reason, MAX_REASON_CHARS, true)?;
        Ok(self.with_state(ClaimState::Rejected {
            started_at: *started_at,
            completion: completion.clone(),
            rejection: Rejection {
                by,
                at,
                reason: reason.trim().to_owned(),
            },
        }))
    }

    /// The supervisor's "did not come" on a claim nobody reported work for, once the task has
    /// begun; the task comes back with the seat freed.
    pub fn mark_no_show(
        &self,
        task: &Task,
        by: PersonId,
        at: Timestamp,
    ) -> Result<(Claim, Task), DomainError> {
        match self.state {
            ClaimState::Claimed | ClaimState::Started { .. } => {}
            _ => return Err(self.refuse("mark_no_show")),
        }
        if at < task.starts_at {
            return Err(DomainError::invalid("at", "before_start"));
        }
        Ok((
            self.with_state(ClaimState::NoShow {
                marked_by: by,
                marked_at: at,
            }),
            task.release_seat(),
        ))
    }

    /// Writes (or rewrites) the commissioner's feedback on approved work.
    pub fn with_feedback(
        &self,
        text: String,
        by: PersonId,
        at: Timestamp,
    ) -> Result<Claim, DomainError> {
        if self.status() != ClaimStatus::Approved {
            return Err(self.refuse("add_feedback"));
        }
        check_text("feedback", &text, MAX_TEXT_CHARS, true)?;
        Ok(Claim {
            feedback: Some(Feedback {
                text: text.trim().to_owned(),
                by,
                at,
            }),
            ..self.clone()
        })
    }

    /// The claim with every free text written about the person taken out (their note, the
    /// reason for a rejection or an adjustment, the commissioner's feedback); the times,
    /// minutes and pay stay for the unit's figures.
    pub fn anonymised(&self) -> Claim {
        let mut claim = self.clone();
        claim.feedback = None;
        match &mut claim.state {
            ClaimState::Completed { completion, .. } => completion.note = None,
            ClaimState::Approved {
                completion,
                approval,
                ..
            } => {
                completion.note = None;
                approval.adjust_reason = None;
            }
            ClaimState::Rejected {
                completion,
                rejection,
                ..
            } => {
                completion.note = None;
                rejection.reason = String::new();
            }
            _ => {}
        }
        claim
    }

    /// The approved claim with its earning billed as `billing` says.
    pub fn billed(mut self, billing: Option<Billing>) -> Claim {
        if let ClaimState::Approved { approval, .. } = &mut self.state {
            approval.earning.billing = billing;
        }
        self
    }

    /// The earning, once approved.
    pub fn earning(&self) -> Option<&Earning> {
        match &self.state {
            ClaimState::Approved { approval, .. } => Some(&approval.earning),
            _ => None,
        }
    }
}

fn check_minutes(minutes: Minutes) -> Result<(), DomainError> {
    if minutes.0 == 0 || minutes > Minutes::MAX_PER_COMPLETION {
        return Err(DomainError::invalid("minutes", "out_of_range"));
    }
    Ok(())
}

/// Trims optional free text; blank becomes `None`.
fn clean_optional(
    field: &'static str,
    text: Option<String>,
    max: usize,
) -> Result<Option<String>, DomainError> {
    match text {
        None => Ok(None),
        Some(t) => {
            check_text(field, &t, max, false)?;
            let t = t.trim();
            Ok((!t.is_empty()).then(|| t.to_owned()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::tests::{at, draft};
    use uuid::Uuid;

    fn task(seats: u16) -> Task {
        draft(seats)
            .publish(
                OrganisationId(Uuid::from_u128(9)),
                "Väylä ry",
                PersonId(Uuid::from_u128(8)),
                at("2026-03-01T10:00:00+02:00"),
            )
            .unwrap()
    }

    fn claimed(task: &Task) -> (Claim, Task) {
        Claim::new(
            ClaimId(Uuid::new_v4()),
            task,
            PersonId(Uuid::from_u128(100)),
            at("2026-03-20T10:00:00+02:00"),
        )
        .unwrap()
    }

    fn paid_on() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 4, 5).unwrap()
    }

    fn supervisor() -> PersonId {
        PersonId(Uuid::from_u128(8))
    }

    #[test]
    fn a_no_show_frees_the_seat_only_once_the_task_has_begun() {
        let (claim, task) = claimed(&task(2));
        assert_eq!(task.seats_taken, 1);
        assert_eq!(
            claim
                .mark_no_show(&task, supervisor(), at("2026-03-28T08:00:00+02:00"))
                .err(),
            Some(DomainError::invalid("at", "before_start"))
        );
        let (marked, task) = claim
            .mark_no_show(&task, supervisor(), at("2026-03-28T10:00:00+02:00"))
            .unwrap();
        assert_eq!(marked.status(), ClaimStatus::NoShow);
        assert!(!marked.status().holds_seat());
        assert_eq!(task.seats_taken, 0);
        assert!(
            marked
                .mark_no_show(&task, supervisor(), at("2026-03-28T11:00:00+02:00"))
                .is_err()
        );
    }

    #[test]
    fn feedback_is_kept_only_on_approved_work() {
        let (claim, task) = claimed(&task(1));
        let done = claim
            .complete(Minutes(120), None, at("2026-03-28T12:00:00+02:00"))
            .unwrap();
        assert!(
            done.with_feedback(
                "Hyvä!".into(),
                supervisor(),
                at("2026-03-29T09:00:00+02:00")
            )
            .is_err()
        );
        let approved = done
            .approve(
                &task,
                supervisor(),
                at("2026-03-29T09:00:00+02:00"),
                None,
                None,
                paid_on(),
            )
            .unwrap();
        assert_eq!(
            approved.with_feedback("  ".into(), supervisor(), at("2026-03-29T09:00:00+02:00")),
            Err(DomainError::invalid("feedback", "empty"))
        );
        let with = approved
            .with_feedback(
                " Tilaaja kiitti siististä työstä. ".into(),
                supervisor(),
                at("2026-03-29T10:00:00+02:00"),
            )
            .unwrap();
        assert_eq!(
            with.feedback.as_ref().map(|f| f.text.as_str()),
            Some("Tilaaja kiitti siististä työstä.")
        );
        assert_eq!(with.earning(), approved.earning());
    }

    #[test]
    fn the_last_seat_can_be_taken_once_then_the_task_is_full() {
        let (_, task) = claimed(&task(1));
        assert_eq!(task.seats_taken, 1);
        let second = Claim::new(
            ClaimId(Uuid::new_v4()),
            &task,
            PersonId(Uuid::from_u128(101)),
            at("2026-03-20T11:00:00+02:00"),
        );
        assert_eq!(second.unwrap_err(), DomainError::TaskFull);
    }

    #[test]
    fn a_cancelled_or_finished_task_cannot_be_claimed() {
        let cancelled = task(2).cancel().unwrap();
        let r = Claim::new(
            ClaimId(Uuid::new_v4()),
            &cancelled,
            supervisor(),
            at("2026-03-20T10:00:00+02:00"),
        );
        assert_eq!(r.unwrap_err(), DomainError::TaskNotOpen);
        let late = Claim::new(
            ClaimId(Uuid::new_v4()),
            &task(2),
            supervisor(),
            at("2026-03-28T12:00:01+02:00"),
        );
        assert_eq!(late.unwrap_err(), DomainError::TaskNotOpen);
    }

    #[test]
    fn a_claim_goes_claimed_started_completed_approved_and_earns_to_the_cent() {
        let (claim, task) = claimed(&task(1));
        let claim = claim.start(at("2026-03-28T09:05:00+02:00")).unwrap();
        let claim = claim
            .complete(
                Minutes(150),
                Some("  Sali imuroitu. ".into()),
                at("2026-03-28T11:40:00+02:00"),
            )
            .unwrap();
        let claim = claim
            .approve(
                &task,
                supervisor(),
                at("2026-03-29T08:00:00+02:00"),
                None,
                None,
                paid_on(),
            )
            .unwrap();
        assert_eq!(claim.status(), ClaimStatus::Approved);
        let earning = claim.earning().unwrap();
        assert_eq!(earning.amount, Cents(2500));
        assert_eq!(earning.worked_on.to_string(), "2026-03-28");
        assert_eq!(earning.paid_on, paid_on());
        let ClaimState::Approved { completion, .. } = &claim.state else {
            unreachable!()
        };
        assert_eq!(completion.note.as_deref(), Some("Sali imuroitu."));
    }

    #[test]
    fn completing_before_claiming_or_twice_is_an_error_not_a_panic() {
        let (claim, _) = claimed(&task(1));
        let done = claim
            .complete(Minutes(60), None, at("2026-03-28T10:00:00+02:00"))
            .unwrap();
        assert_eq!(
            done.complete(Minutes(60), None, at("2026-03-28T10:00:00+02:00"))
                .unwrap_err(),
            DomainError::transition("completed", "complete")
        );
        assert_eq!(
            done.start(at("2026-03-28T10:00:00+02:00")).unwrap_err(),
            DomainError::transition("completed", "start")
        );
    }

    #[test]
    fn approving_before_completion_or_twice_is_refused() {
        let (claim, task) = claimed(&task(1));
        let now = at("2026-03-29T08:00:00+02:00");
        assert_eq!(
            claim
                .approve(&task, supervisor(), now, None, None, paid_on())
                .unwrap_err(),
            DomainError::transition("claimed", "approve")
        );
        let done = claim.complete(Minutes(60), None, now).unwrap();
        let approved = done
            .approve(&task, supervisor(), now, None, None, paid_on())
            .unwrap();
        assert_eq!(
            approved
                .approve(&task, supervisor(), now, None, None, paid_on())
                .unwrap_err(),
            DomainError::AlreadyDecided
        );
        assert_eq!(
            approved.reject(supervisor(), now, "no".into()).unwrap_err(),
            DomainError::AlreadyDecided
        );
    }

    #[test]
    fn adjusting_hours_needs_a_reason_and_pays_the_adjusted_hours() {
        let (claim, task) = claimed(&task(1));
        let now = at("2026-03-29T08:00:00+02:00");
        let done = claim.complete(Minutes(180), None, now).unwrap();
        assert_eq!(
            done.approve(
                &task,
                supervisor(),
                now,
                Some(Minutes(120)),
                None,
                paid_on()
            )
            .unwrap_err(),
            DomainError::invalid("adjust_reason", "empty")
        );
        let approved = done
            .approve(
                &task,
                supervisor(),
                now,
                Some(Minutes(120)),
                Some("Tauko".into()),
                paid_on(),
            )
            .unwrap();
        assert_eq!(approved.earning().unwrap().amount, Cents(2000));
    }

    #[test]
    fn bad_hours_and_pay_dates_are_refused() {
        let (claim, task) = claimed(&task(1));
        let now = at("2026-03-29T08:00:00+02:00");
        assert!(claim.complete(Minutes(0), None, now).is_err());
        assert!(claim.complete(Minutes(24 * 60 + 1), None, now).is_err());
        let done = claim.complete(Minutes(60), None, now).unwrap();
        let before_work = NaiveDate::from_ymd_opt(2026, 3, 27).unwrap();
        assert_eq!(
            done.approve(&task, supervisor(), now, None, None, before_work)
                .unwrap_err(),
            DomainError::invalid("paid_on", "before_work")
        );
        assert!(done.reject(supervisor(), now, "   ".into()).is_err());
    }

    #[test]
    fn a_withdrawn_claim_frees_its_seat_and_cannot_be_withdrawn_after_work() {
        let (claim, task) = claimed(&task(1));
        let (withdrawn, task) = claim
            .withdraw(&task, at("2026-03-21T10:00:00+02:00"))
            .unwrap();
        assert_eq!(withdrawn.status(), ClaimStatus::Withdrawn);
        assert_eq!(task.seats_taken, 0);
        let (claim, task) = claimed(&task);
        let done = claim
            .complete(Minutes(60), None, at("2026-03-28T10:00:00+02:00"))
            .unwrap();
        assert!(
            done.withdraw(&task, at("2026-03-28T10:00:00+02:00"))
                .is_err()
        );
    }

    #[test]
    fn a_claim_round_trips_through_json() {
        let (claim, _) = claimed(&task(1));
        let done = claim
            .complete(
                Minutes(60),
                Some("ok".into()),
                at("2026-03-28T10:00:00+02:00"),
            )
            .unwrap();
        let json = serde_json::to_string(&done).unwrap();
        assert!(json.contains(r#""status":"completed""#), "{json}");
        let back: Claim = serde_json::from_str(&json).unwrap();
        assert_eq!(back, done);
    }
}
