//! Fake server.
