//! Keikka's device side with no UI: the local store, the sync client, the money answers and the
//! text people read. The screens (keikka-app), the end-to-end tests and the load generator share it.

pub mod money;
pub mod plan;
pub mod platform;
pub mod settings;
pub mod speech;
pub mod store;
pub mod sync;
pub mod text;

/// Shared fixtures for this crate's tests and the screens' tests in keikka-app.
#[cfg(any(test, feature = "testkit"))]
#[doc(hidden)]
pub mod testkit;

pub use settings::{Settings, TextSize};
pub use store::{
    AnswerApplied, ClaimItem, MonthEarnings, Pairing, PendingMutation, RejectionNote, SavedProfile,
    Store, StoreError, SyncState, Synced,
};
pub use sync::{DeviceInfo, SyncClient, SyncError, SyncReport};
pub use text::{Locale, Text, reason_message};
