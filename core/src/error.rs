//! Why the domain refuses something: typed, serialisable, and stable as machine-readable codes.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Detail text inside an error: static when made here, owned when read back from JSON.
pub type Detail = Cow<'static, str>;

/// A refused action. Serialised as `{"code": "task_full"}` and so on; the app turns each code
/// into a kind sentence through `locales/` (message id `reason-<code>` with `_` as `-`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum DomainError {
    /// Every seat was taken before this claim reached the server.
    #[error("every seat of the task is taken")]
    TaskFull,
    /// The task was cancelled or its time window is over.
    #[error("the task is not open")]
    TaskNotOpen,
    /// This participant already holds a seat on the task.
    #[error("already claimed by this participant")]
    AlreadyClaimed,
    /// No such thing, or not one this user may see: the two are not told apart.
    #[error("{entity} not found")]
    NotFound { entity: Detail },
    /// The user's role may not do this.
    #[error("not allowed for this user")]
    Forbidden,
    /// The claim is not in a state where this action makes sense (e.g. complete before claim).
    #[error("cannot {action} a claim that is {from}")]
    InvalidTransition { from: Detail, action: Detail },
    /// The completion was already approved or rejected.
    #[error("already decided")]
    AlreadyDecided,
    /// The id is already used by something else.
    #[error("id already in use")]
    IdInUse,
    /// The task's day has not come: work cannot be started, reported done or approved before
    /// it (a certificate would attest work on a day that has not been).
    #[error("the task's day has not come")]
    NotYet,
    /// A field a person filled in is out of range or malformed.
    #[error("invalid {field}: {problem}")]
    InvalidInput { field: Detail, problem: Detail },
}

impl DomainError {
    pub const fn invalid(field: &'static str, problem: &'static str) -> Self {
        DomainError::InvalidInput {
            field: Cow::Borrowed(field),
            problem: Cow::Borrowed(problem),
        }
    }

    pub const fn not_found(entity: &'static str) -> Self {
        DomainError::NotFound {
            entity: Cow::Borrowed(entity),
        }
    }

    pub const fn transition(from: &'static str, action: &'static str) -> Self {
        DomainError::InvalidTransition {
            from: Cow::Borrowed(from),
            action: Cow::Borrowed(action),
        }
    }

    /// The stable machine-readable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::TaskFull => "task_full",
            DomainError::TaskNotOpen => "task_not_open",
            DomainError::AlreadyClaimed => "already_claimed",
            DomainError::NotFound { .. } => "not_found",
            DomainError::Forbidden => "forbidden",
            DomainError::InvalidTransition { .. } => "invalid_transition",
            DomainError::AlreadyDecided => "already_decided",
            DomainError::IdInUse => "id_in_use",
            DomainError::NotYet => "not_yet",
            DomainError::InvalidInput { .. } => "invalid_input",
        }
    }

    /// Every code, for tests that check each has a sentence in every locale.
    pub const ALL_CODES: [&'static str; 10] = [
        "task_full",
        "task_not_open",
        "already_claimed",
        "not_found",
        "forbidden",
        "invalid_transition",
        "already_decided",
        "id_in_use",
        "not_yet",
        "invalid_input",
    ];
}
