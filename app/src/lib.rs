//! Keikka's client library: the device's local store, the sync client and the text people read,
//! shared by the web, desktop and mobile builds.

pub mod store;
pub mod sync;
pub mod text;

#[cfg(test)]
pub(crate) mod testkit;

pub use store::{
    AnswerApplied, ClaimItem, MonthEarnings, Pairing, PendingMutation, RejectionNote, Store,
    StoreError, SyncState, Synced,
};
pub use sync::{SyncClient, SyncError, SyncReport};
pub use text::{Locale, Text, reason_message};
