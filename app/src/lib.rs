//! Keikka's screens (Dioxus) for the web, desktop and mobile builds, over keikka-device's store,
//! sync client, money answers and text.

pub mod ui;

// The screens name these as `crate::store`, `crate::text`, …: one path whichever crate holds them.
#[cfg(test)]
pub(crate) use keikka_device::testkit;
pub use keikka_device::{
    AnswerApplied, ClaimItem, DeviceInfo, Locale, MonthEarnings, Pairing, PendingMutation,
    RejectionNote, SavedProfile, Settings, Store, StoreError, SyncClient, SyncError, SyncReport,
    SyncState, Synced, Text, TextSize, money, plan, platform, reason_message, settings, speech,
    store, sync, text,
};
