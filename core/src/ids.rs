//! Typed UUID identifiers, made on the device that creates the thing they name.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// Wraps an existing UUID (the caller made it, e.g. with `Uuid::new_v4`).
            pub const fn from_uuid(id: Uuid) -> Self { Self(id) }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { self.0.fmt(f) }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> { Uuid::parse_str(s).map(Self) }
        }
    )*};
}

id_type!(
    /// A work-activity unit or other organisation that runs the Jobcenter model (*yksikkö*).
    OrganisationId,
    /// A group of participants inside an organisation (*ryhmä*).
    GroupId,
    /// A participant or a supervisor.
    PersonId,
    /// A company, association or department that orders work (*tilaaja*).
    CommissionerId,
    /// One order from a commissioner, which tasks are published from (*tilaus*).
    OrderId,
    /// A published task.
    TaskId,
    /// One participant's hold on one seat of a task, and what became of it.
    ClaimId,
    /// A paired phone, tablet or browser.
    DeviceId,
    /// One change made on a device, applied by the server at most once.
    MutationId,
);
