//! The server's one source of "now": the system clock in production, a hand-moved clock in tests.

use keikka_core::Timestamp;
use std::sync::{Arc, Mutex, PoisonError};

/// Where handlers get the time; tests use [`Clock::manual`] to move it (e.g. past a code's expiry).
#[derive(Debug, Clone)]
pub enum Clock {
    /// The machine's clock, in UTC.
    System,
    /// A clock that stands still until a test sets or advances it.
    Manual(Arc<Mutex<Timestamp>>),
}

impl Clock {
    /// A manual clock starting at `start`.
    pub fn manual(start: Timestamp) -> Clock {
        Clock::Manual(Arc::new(Mutex::new(start)))
    }

    /// The current instant.
    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => chrono::Utc::now().fixed_offset(),
            // A panic elsewhere cannot leave a timestamp half-written, so a poisoned lock is fine.
            Clock::Manual(t) => *t.lock().unwrap_or_else(PoisonError::into_inner),
        }
    }

    /// Moves a manual clock forward by `by`; the system clock ignores it.
    pub fn advance(&self, by: chrono::Duration) {
        if let Clock::Manual(t) = self {
            let mut t = t.lock().unwrap_or_else(PoisonError::into_inner);
            *t += by;
        }
    }

    /// Sets a manual clock to `to`; the system clock ignores it.
    pub fn set(&self, to: Timestamp) {
        if let Clock::Manual(t) = self {
            *t.lock().unwrap_or_else(PoisonError::into_inner) = to;
        }
    }
}
