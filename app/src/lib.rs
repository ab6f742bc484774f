//! Keikka's client library: the device's local store, the sync client and the text people read,
//! the money answers and the screens, shared by the web, desktop and mobile builds.

pub mod money;
pub mod platform;
pub mod settings;
pub mod store;
pub mod sync;
pub mod text;
pub mod ui;

#[cfg(test)]
pub(crate) mod testkit;

pub use settings::{Settings, TextSize};
pub use store::{
    AnswerApplied, ClaimItem, MonthEarnings, Pairing, PendingMutation, RejectionNote, SavedProfile,
    Store, StoreError, SyncState, Synced,
};
pub use sync::{DeviceInfo, SyncClient, SyncError, SyncReport};
pub use text::{Locale, Text, reason_message};
