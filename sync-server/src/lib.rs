//! Keikka's sync server: the authoritative store, pairing, the `/api/v1` HTTP API and the demo seed.
//!
//! The domain rules live in `keikka-core`; this crate only stores, authenticates and transports.
//! End-to-end tests use [`Store::open`], [`AppState::new`], [`router`] / [`serve`],
//! [`Store::create_organisation`] and [`demo::seed`].

pub mod audit;
pub mod clock;
pub mod db;
pub mod demo;
pub mod error;
pub mod http;
pub mod impact_cmd;
pub mod migrations;
pub mod pairing;
pub mod privacy;
pub mod reports;
pub mod rules;
pub mod store;
pub mod sync;
pub mod web;

pub use clock::Clock;
pub use error::{ApiFailure, StoreError};
pub use http::{AppState, ROUTES, router, serve, shutdown_signal};
pub use store::{DeviceInfo, NewOrganisation, PairAttempt, Store};
pub use sync::{Pull, StoredChange, StoredPull, SyncAnswer};
