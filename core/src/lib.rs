//! Keikka's pure domain: who works on what, for how much, and the sync protocol between devices and the server.
//!
//! Nothing here does I/O or reads a clock: every time comes in as an argument, so the same rules
//! run on the server (as the authority) and on the device (optimistically, offline).

pub mod apply;
pub mod bank_days;
pub mod benefit;
pub mod claim;
pub mod error;
pub mod ids;
pub mod money;
pub mod org;
pub mod pay;
pub mod protocol;
pub mod report;
pub mod task;

pub use apply::{Actor, Effect, World, WorldError, apply};
pub use claim::{
    Approval, Billing, Claim, ClaimState, ClaimStatus, Completion, Earning, Feedback, Rejection,
};
pub use error::DomainError;
pub use ids::*;
pub use money::{Cents, Minutes, VatRate};
pub use org::{
    Commissioner, CommissionerDraft, Consent, Destination, Group, MovedOn, Order, OrderDraft,
    Organisation, PairedDevice, Person, Readiness, Role, SharedProfile,
};
pub use pay::PayCalendar;
pub use task::{ContractType, Pay, Task, TaskDraft, TaskStatus, TaskText};

/// An instant, kept with the UTC offset of the device or person that made it, so the local
/// wall-clock date (which decides the day worked) survives a round trip.
pub type Timestamp = chrono::DateTime<chrono::FixedOffset>;
