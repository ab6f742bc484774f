//! The wire format between devices and the server: sync, pairing and API errors (JSON, `/api/v1`).

use crate::Timestamp;
use crate::claim::Claim;
use crate::error::DomainError;
use crate::ids::{
    ClaimId, CommissionerId, DeviceId, GroupId, MutationId, OrderId, PersonId, TaskId,
};
use crate::money::Minutes;
use crate::org::{
    Commissioner, CommissionerDraft, Consent, Group, MovedOn, Order, OrderDraft, Organisation,
    Person, SharedProfile,
};
use crate::task::{Task, TaskDraft};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The largest request body the server reads, in bytes.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// The most mutations one sync request may carry; a longer outbox is sent in several rounds.
pub const MAX_MUTATIONS_PER_SYNC: usize = 100;
/// The most changes one sync answer carries; `more` says when another round is needed.
pub const MAX_CHANGES_PER_SYNC: usize = 500;

/// Position in the server's change stream: everything up to it has been seen by the device.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cursor(pub u64);

/// One thing a person did on a device, queued in its outbox until the server answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mutation {
    pub id: MutationId,
    /// When it was done, by the device's clock.
    pub at: Timestamp,
    pub op: Op,
}

/// What a mutation does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Op {
    /// "I'll take this task."
    ClaimTask {
        claim: ClaimId,
        task: TaskId,
    },
    /// "I started."
    StartTask {
        claim: ClaimId,
    },
    /// "I haven't started after all" (before any work is reported).
    UndoStart {
        claim: ClaimId,
    },
    /// "I'm done."
    CompleteTask {
        claim: ClaimId,
        minutes: Minutes,
        #[serde(default)]
        note: Option<String>,
    },
    /// "I can't come after all" (before any work is reported).
    WithdrawClaim {
        claim: ClaimId,
    },
    /// A supervisor takes their approval back within minutes of it (a tap on the wrong card).
    UndoApproval {
        claim: ClaimId,
    },
    /// A supervisor's one-tap approval, optionally with adjusted minutes and their reason.
    ApproveCompletion {
        claim: ClaimId,
        paid_on: NaiveDate,
        #[serde(default)]
        minutes: Option<Minutes>,
        #[serde(default)]
        adjust_reason: Option<String>,
    },
    RejectCompletion {
        claim: ClaimId,
        reason: String,
    },
    PublishTask {
        task: TaskDraft,
    },
    CancelTask {
        task: TaskId,
    },
    /// A supervisor changes a published task; whoever holds a seat is told at their next sync.
    EditTask {
        task: TaskDraft,
    },
    /// "Did not come": the supervisor closes a claim nobody reported work for.
    MarkNoShow {
        claim: ClaimId,
    },
    /// The commissioner's feedback on approved work, for the participant's work history.
    AddFeedback {
        claim: ClaimId,
        text: String,
    },
    /// Records a new commissioner or changes one.
    SaveCommissioner {
        commissioner: CommissionerDraft,
    },
    /// Records a new order or changes one.
    SaveOrder {
        order: OrderDraft,
    },
    /// How the unit pays: every expected payment date follows it.
    SetPayCalendar {
        calendar: crate::pay::PayCalendar,
    },
    /// A readiness agreed with the participant, from a date (or taken back with `None`). A
    /// date needs `agreed_with_participant`: readiness is worked out together, never decided
    /// over the person's head.
    SetReadiness {
        person: PersonId,
        #[serde(default)]
        ready_since: Option<NaiveDate>,
        #[serde(default)]
        readiness: crate::org::Readiness,
        #[serde(default)]
        agreed_with_participant: bool,
    },
    /// The groups a participant belongs to (all of them, replacing the earlier ones).
    SetGroups {
        person: PersonId,
        groups: Vec<GroupId>,
    },
    /// Where a participant moved on to (or clears a mistaken record).
    RecordMovedOn {
        person: PersonId,
        #[serde(default)]
        moved_on: Option<MovedOn>,
    },
    /// The participant's answer to sharing their benefit profile with the supervisor.
    SetConsent {
        share_benefit_profile: bool,
    },
    /// The participant's benefit profile, for their supervisor, only while they consent; `None`
    /// takes a shared one back (the participant forgot it on their device).
    ShareBenefitProfile {
        profile: Option<crate::benefit::BenefitProfile>,
    },
}

impl Op {
    /// The claim or task this op is about, so the UI can mark that item "saved on this phone".
    pub fn subject(&self) -> Subject {
        match self {
            Op::ClaimTask { claim, .. }
            | Op::StartTask { claim }
            | Op::UndoStart { claim }
            | Op::CompleteTask { claim, .. }
            | Op::WithdrawClaim { claim }
            | Op::ApproveCompletion { claim, .. }
            | Op::UndoApproval { claim }
            | Op::RejectCompletion { claim, .. }
            | Op::MarkNoShow { claim }
            | Op::AddFeedback { claim, .. } => Subject::Claim(*claim),
            Op::PublishTask { task } | Op::EditTask { task } => Subject::Task(task.id),
            Op::CancelTask { task } => Subject::Task(*task),
            Op::SetConsent { .. } | Op::ShareBenefitProfile { .. } => Subject::Consent,
            Op::SaveCommissioner { commissioner } => Subject::Commissioner(commissioner.id),
            Op::SaveOrder { order } => Subject::Order(order.id),
            Op::SetPayCalendar { .. } => Subject::Organisation,
            Op::SetReadiness { person, .. }
            | Op::RecordMovedOn { person, .. }
            | Op::SetGroups { person, .. } => Subject::Person(*person),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Claim(ClaimId),
    Task(TaskId),
    Consent,
    Person(PersonId),
    Commissioner(CommissionerId),
    Order(OrderId),
    Organisation,
}

/// `POST /api/v1/sync`: push the outbox and pull what changed, in one round trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncRequest {
    pub device: DeviceId,
    pub cursor: Cursor,
    #[serde(default)]
    pub mutations: Vec<Mutation>,
    /// These mutations are all the device has to send (its outbox holds nothing else and
    /// nothing is held back): nothing it sends later was done before this request, so the
    /// server may hold later times to after it. False for a batch of a longer outbox.
    #[serde(default)]
    pub sent_all: bool,
    /// Work of earlier pairings that waits on this device unsent (the phone was paired as
    /// someone else since): which pairing's device it was done on, and how much. The server
    /// shows it to the unit's supervisors on that person's devices; it changes nothing else.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waiting: Vec<WaitingWork>,
}

/// Mutations of one pairing that wait unsent on another device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingWork {
    /// The pairing (device id) they were done under.
    pub device: DeviceId,
    pub mutations: u32,
}

/// At most this many earlier pairings one sync reports as waiting (more is no real phone).
pub const MAX_WAITING_REPORTED: usize = 8;

/// The most mutations one report says wait (a day's limit of one device is 2,000).
pub const MAX_WAITING_MUTATIONS: u32 = 10_000;

/// A device's work that waits on another device, as the supervisor's device list says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingOn {
    /// The device (the phone's later pairing) it waits on, and whose that pairing is: the
    /// person now using the phone.
    pub device: DeviceId,
    pub person: PersonId,
    pub person_name: String,
    pub mutations: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncResponse {
    /// One per mutation sent, in the same order.
    pub results: Vec<MutationResult>,
    /// What this user may see that changed after the request's cursor, oldest first.
    pub changes: Vec<Change>,
    pub cursor: Cursor,
    /// More changes wait: sync again with the new cursor.
    pub more: bool,
    /// The newest rule set (benefit figures) the server has: a device with an older one
    /// fetches it from `GET /api/v1/rules`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<crate::benefit::RuleVersion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MutationResult {
    pub id: MutationId,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// The server's answer to one mutation. The same mutation sent again gets the same answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    Applied,
    Rejected { reason: DomainError },
}

/// A thing as it now is on the server. Changes replace the whole thing (last state wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Change {
    Organisation(Organisation),
    Group(Group),
    Person(Person),
    Task(Task),
    Claim(Claim),
    Consent(Consent),
    /// Only to supervisors: prices are the unit's business.
    Commissioner(Commissioner),
    Order(Order),
    /// Only to the participant's supervisors, and only while the participant consents.
    SharedProfile(SharedProfile),
}

/// `POST /api/v1/pair`: a one-time code from a supervisor becomes this device's token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairRequest {
    pub code: String,
    /// A name the supervisor sees in the device list, e.g. "Annan puhelin".
    pub device_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairResponse {
    pub device: DeviceId,
    /// Sent as `Authorization: Bearer <token>`; the server keeps only its hash.
    pub token: String,
    pub person: Person,
    pub organisation: Organisation,
}

/// `POST /api/v1/groups` (supervisor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateGroup {
    pub name: String,
}

/// `POST /api/v1/participants` (supervisor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateParticipant {
    pub name: String,
    #[serde(default)]
    pub groups: Vec<GroupId>,
}

/// A person with the one-time code that pairs their first device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairingCode {
    pub person: Person,
    pub code: String,
    pub expires_at: Timestamp,
}

/// Every 4xx and 5xx body: a stable machine-readable `error` code and a human `detail`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn a_rejected_result_carries_its_reason_code_on_the_wire() {
        let result = MutationResult {
            id: MutationId(Uuid::nil()),
            outcome: Outcome::Rejected {
                reason: DomainError::TaskFull,
            },
        };
        let json = serde_json::to_value(&result).unwrap();
        assert_eq!(json["outcome"], "rejected");
        assert_eq!(json["reason"]["code"], "task_full");
        let back: MutationResult = serde_json::from_value(json).unwrap();
        assert_eq!(back, result);
    }

    #[test]
    fn unknown_fields_in_a_sync_request_are_refused() {
        let json = r#"{"device":"00000000-0000-0000-0000-000000000000","cursor":0,"mutations":[],"admin":true}"#;
        assert!(serde_json::from_str::<SyncRequest>(json).is_err());
        let op = r#"{"id":"00000000-0000-0000-0000-000000000000","at":"2026-03-01T10:00:00+02:00","op":{"type":"start_task","claim":"00000000-0000-0000-0000-000000000000","x":1}}"#;
        assert!(serde_json::from_str::<Mutation>(op).is_err());
    }

    #[test]
    fn negative_minutes_do_not_parse() {
        let op = r#"{"type":"complete_task","claim":"00000000-0000-0000-0000-000000000000","minutes":-5}"#;
        assert!(serde_json::from_str::<Op>(op).is_err());
    }
}
