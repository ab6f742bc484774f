//! Sync tests.
