//! Pairing codes and device tokens: how they are made, typed, hashed, and how guessing is slowed.

use base64::Engine;
use keikka_core::Timestamp;
use rand::Rng;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};

/// Letters and digits nobody confuses when reading a code aloud or off paper: no I/L/1, O/0.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Characters in a code (shown as two groups of four).
pub const CODE_LEN: usize = 8;
/// How long a code works after it is made.
pub const CODE_LIFETIME: chrono::Duration = chrono::Duration::hours(24);
/// Failed pairing attempts one client address may make per [`ATTEMPT_WINDOW`].
pub const MAX_FAILED_ATTEMPTS: usize = 10;
/// The window failed attempts are counted in.
pub const ATTEMPT_WINDOW: chrono::Duration = chrono::Duration::minutes(15);
/// Addresses remembered at most; beyond it, the addresses with no recent failure are forgotten.
const MAX_TRACKED_ADDRESSES: usize = 10_000;

/// A new random code, normalised (8 characters, no dash).
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LEN)
        .map(|_| char::from(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())]))
        .collect()
}

/// How a code is shown to people: `ABCD-EFGH`.
pub fn display_code(normalised: &str) -> String {
    let (a, b) = normalised.split_at(normalised.len().min(CODE_LEN / 2));
    format!("{a}-{b}")
}

/// The code as typed, made canonical (uppercase, spaces and dashes removed); `None` if it cannot
/// be a code at all.
pub fn normalise_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    valid.then_some(code)
}

/// A new device token: 32 random bytes as unpadded base64url (43 characters).
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether `token` has the shape of one of ours, so junk is refused without a database lookup.
pub fn looks_like_token(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What the database keeps instead of a code or token: a leaked database pairs no device.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Counts failed pairing attempts per client address in memory, so codes cannot be guessed fast.
/// (Behind a reverse proxy every client shares its address; then the proxy should limit too.)
#[derive(Debug, Default)]
pub struct AttemptLimiter {
    failures: Mutex<HashMap<IpAddr, VecDeque<Timestamp>>>,
}

impl AttemptLimiter {
    /// `Err(seconds to wait)` when `client` has used up its failed attempts.
    pub fn check(&self, client: IpAddr, now: Timestamp) -> Result<(), u64> {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(times) = failures.get_mut(&client) else {
            return Ok(());
        };
        forget_old(times, now);
        if times.len() < MAX_FAILED_ATTEMPTS {
            return Ok(());
        }
        let wait = times
            .front()
            .map(|oldest| (*oldest + ATTEMPT_WINDOW - now).num_seconds())
            .unwrap_or(0);
        Err(u64::try_from(wait).unwrap_or(0).max(1))
    }

    /// Counts one failed attempt by `client`.
    pub fn record_failure(&self, client: IpAddr, now: Timestamp) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        if failures.len() >= MAX_TRACKED_ADDRESSES {
            failures.retain(|_, times| {
                forget_old(times, now);
                !times.is_empty()
            });
        }
        failures.entry(client).or_default().push_back(now);
    }
}

fn forget_old(times: &mut VecDeque<Timestamp>, now: Timestamp) {
    while times.front().is_some_and(|t| *t + ATTEMPT_WINDOW <= now) {
        times.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_codes_are_normalised_and_junk_is_refused() {
        assert_eq!(normalise_code(" abcd-efgh ").as_deref(), Some("ABCDEFGH"));
        assert_eq!(normalise_code("AB CD EF GH").as_deref(), Some("ABCDEFGH"));
        assert_eq!(normalise_code("ABCD-EFG"), None);
        assert_eq!(
            normalise_code("ABCD-EFG0"),
            None,
            "0 is not in the alphabet"
        );
        assert_eq!(normalise_code("ÄBCD-EFGH"), None);
    }

    #[test]
    fn new_codes_use_only_the_unambiguous_alphabet_and_display_in_two_groups() {
        for _ in 0..100 {
            let code = new_code();
            assert_eq!(normalise_code(&code).as_deref(), Some(code.as_str()));
            let shown = display_code(&code);
            assert_eq!(shown.len(), 9);
            assert_eq!(&shown[4..5], "-");
            assert_eq!(normalise_code(&shown), Some(code));
        }
    }

    #[test]
    fn tokens_are_43_url_safe_characters_and_differ() {
        let (a, b) = (new_token(), new_token());
        assert!(looks_like_token(&a) && looks_like_token(&b));
        assert_ne!(a, b);
    }

    #[test]
    fn the_limiter_blocks_after_ten_failures_and_forgets_after_the_window() {
        let limiter = AttemptLimiter::default();
        let ip: IpAddr = [10, 0, 0, 1].into();
        let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00+02:00").unwrap();
        for _ in 0..MAX_FAILED_ATTEMPTS {
            assert!(limiter.check(ip, now).is_ok());
            limiter.record_failure(ip, now);
        }
        assert_eq!(limiter.check(ip, now), Err(15 * 60));
        assert!(limiter.check([10, 0, 0, 2].into(), now).is_ok());
        assert!(limiter.check(ip, now + ATTEMPT_WINDOW).is_ok());
    }
}
