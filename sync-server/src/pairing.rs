//! Pairing codes and device tokens: how they are made, typed, hashed, and how guessing is slowed.

use base64::Engine;
use keikka_core::{DeviceId, Timestamp};
use rand::Rng;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
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
/// Failed pairing attempts from every address together per [`ATTEMPT_WINDOW`] before the brake
/// goes on. With 31⁸ (8.5 × 10¹¹) codes, a day of guessing at this rate (96,000 guesses) finds
/// one given live code with odds of about one in nine million, so a unit with 50 codes out at
/// once runs about one chance in 180,000 a day; the brake and the ceiling below cut the rate
/// further for everyone but a guesser with very many addresses.
pub const MAX_FAILED_ATTEMPTS_OVERALL: usize = 1_000;
/// Attempts one address may make per [`ATTEMPT_WINDOW`] while the brake is on. Not zero: a
/// brake that closed pairing for everyone would let 100 addresses × 10 wrong codes lock every
/// unit out, while two tries each still lets a person type their code (and mistype it once)
/// and cuts a guesser to two guesses per address.
pub const ATTEMPTS_UNDER_BRAKE: usize = 2;
/// Failed attempts from every address together per [`ATTEMPT_WINDOW`] at which the brake
/// tightens to one try per address. Never to none: a stop for everyone let a flood from many
/// addresses lock out a person typing their right code, while one try per address still
/// lets them pair and holds a guesser to one guess per address they control.
pub const MAX_FAILED_ATTEMPTS_CEILING: usize = 20_000;
/// Attempts one address may make per [`ATTEMPT_WINDOW`] past the ceiling.
pub const ATTEMPTS_UNDER_FULL_BRAKE: usize = 1;
/// Unknown device tokens one address may present per [`REQUEST_WINDOW`]: a real device has a
/// working token or one that was revoked, and stops after a 401.
pub const MAX_UNKNOWN_TOKENS: usize = 30;
/// Requests one device may make per [`REQUEST_WINDOW`]: an app syncs once a minute and after each
/// tap, so this is only reached by a broken or hostile client.
pub const MAX_REQUESTS_PER_DEVICE: usize = 240;
pub const REQUEST_WINDOW: chrono::Duration = chrono::Duration::minutes(1);
/// Groups, participants and pairing codes one supervisor's device may make per
/// [`CREATION_WINDOW`]: a whole unit's people in a day, and not the audit log's rows without end.
pub const MAX_CREATIONS_PER_DEVICE: usize = 500;
pub const CREATION_WINDOW: chrono::Duration = chrono::Duration::days(1);
/// Keys remembered at most; beyond it, the keys with no recent event are forgotten.
const MAX_TRACKED_KEYS: usize = 10_000;

/// Attempts one address may make in [`ATTEMPT_WINDOW`] when everyone together has made
/// `overall_failures` wrong codes in it: the brake goes on past [`MAX_FAILED_ATTEMPTS_OVERALL`]
/// and tightens past [`MAX_FAILED_ATTEMPTS_CEILING`], never to none.
pub fn attempts_allowed(overall_failures: u64) -> usize {
    let reached = |limit: usize| usize::try_from(overall_failures).map_or(true, |n| n >= limit);
    if reached(MAX_FAILED_ATTEMPTS_CEILING) {
        ATTEMPTS_UNDER_FULL_BRAKE
    } else if reached(MAX_FAILED_ATTEMPTS_OVERALL) {
        ATTEMPTS_UNDER_BRAKE
    } else {
        MAX_FAILED_ATTEMPTS
    }
}

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

/// Counts events per key in a sliding window, in memory: failed pairing attempts per address and
/// overall, requests per device. (Behind a reverse proxy every client shares its address; then
/// the proxy should limit too.)
#[derive(Debug)]
pub struct WindowLimiter<K> {
    limit: usize,
    window: chrono::Duration,
    events: Mutex<HashMap<K, VecDeque<Timestamp>>>,
}

impl<K: Hash + Eq> WindowLimiter<K> {
    pub fn new(limit: usize, window: chrono::Duration) -> WindowLimiter<K> {
        WindowLimiter {
            limit,
            window,
            events: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(seconds to wait)` when `times` (already without the old ones) hold the limit's events:
    /// the wait is until the oldest of the last `limit` leaves the window.
    fn room(&self, times: &VecDeque<Timestamp>, now: Timestamp) -> Result<(), u64> {
        let Some(first) = times.len().checked_sub(self.limit) else {
            return Ok(());
        };
        let wait = times
            .get(first)
            .map(|t| (*t + self.window - now).num_seconds())
            .unwrap_or(0);
        Err(u64::try_from(wait).unwrap_or(0).max(1))
    }

    /// Forgets keys with nothing in the window once there are too many to keep.
    fn prune(&self, events: &mut HashMap<K, VecDeque<Timestamp>>, now: Timestamp) {
        if events.len() >= MAX_TRACKED_KEYS {
            let window = self.window;
            events.retain(|_, times| {
                forget_old(times, now, window);
                !times.is_empty()
            });
        }
    }

    /// Checks and counts one event of `key` under one lock, so that many requests at once
    /// cannot all pass the check before any is counted (80 wrong codes at once were all tried
    /// when the limit was 10). `Err(seconds to wait)` when the window is full.
    pub fn admit(&self, key: K, now: Timestamp) -> Result<(), u64> {
        let mut events = self.events.lock().unwrap_or_else(PoisonError::into_inner);
        self.prune(&mut events, now);
        let times = events.entry(key).or_default();
        forget_old(times, now, self.window);
        self.room(times, now)?;
        times.push_back(now);
        Ok(())
    }

    /// Takes back one event of `key` counted at `at` by [`WindowLimiter::admit`]: an attempt
    /// that turned out right is not a failure.
    pub fn give_back(&self, key: &K, at: Timestamp) {
        let mut events = self.events.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(times) = events.get_mut(key)
            && let Some(i) = times.iter().rposition(|t| *t == at)
        {
            times.remove(i);
        }
    }
}

/// Failed pairing attempts per client address.
pub fn address_limiter() -> WindowLimiter<IpAddr> {
    WindowLimiter::new(MAX_FAILED_ATTEMPTS, ATTEMPT_WINDOW)
}

/// Unknown device tokens per client address.
pub fn unknown_token_limiter() -> WindowLimiter<IpAddr> {
    WindowLimiter::new(MAX_UNKNOWN_TOKENS, REQUEST_WINDOW)
}

/// Groups, participants and pairing codes made per supervisor's device.
pub fn creation_limiter() -> WindowLimiter<DeviceId> {
    WindowLimiter::new(MAX_CREATIONS_PER_DEVICE, CREATION_WINDOW)
}

/// Requests per device token.
pub fn device_limiter<K: Hash + Eq>() -> WindowLimiter<K> {
    WindowLimiter::new(MAX_REQUESTS_PER_DEVICE, REQUEST_WINDOW)
}

fn forget_old(times: &mut VecDeque<Timestamp>, now: Timestamp, window: chrono::Duration) {
    while times.front().is_some_and(|t| *t + window <= now) {
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
        let limiter = address_limiter();
        let ip: IpAddr = [10, 0, 0, 1].into();
        let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00+02:00").unwrap();
        for _ in 0..MAX_FAILED_ATTEMPTS {
            assert!(limiter.admit(ip, now).is_ok());
        }
        assert_eq!(limiter.admit(ip, now), Err(15 * 60));
        assert!(limiter.admit([10, 0, 0, 2].into(), now).is_ok());
        assert!(limiter.admit(ip, now + ATTEMPT_WINDOW).is_ok());
    }

    #[test]
    fn the_brake_narrows_each_address_as_everyones_wrong_codes_grow_but_never_to_none() {
        assert_eq!(attempts_allowed(0), MAX_FAILED_ATTEMPTS);
        let below = u64::try_from(MAX_FAILED_ATTEMPTS_OVERALL - 1).unwrap();
        assert_eq!(attempts_allowed(below), MAX_FAILED_ATTEMPTS);
        assert_eq!(attempts_allowed(below + 1), ATTEMPTS_UNDER_BRAKE);
        let ceiling = u64::try_from(MAX_FAILED_ATTEMPTS_CEILING).unwrap();
        assert_eq!(attempts_allowed(ceiling - 1), ATTEMPTS_UNDER_BRAKE);
        assert_eq!(attempts_allowed(ceiling), ATTEMPTS_UNDER_FULL_BRAKE);
        assert_eq!(attempts_allowed(u64::MAX), ATTEMPTS_UNDER_FULL_BRAKE);
    }

    #[test]
    fn a_device_is_admitted_up_to_its_limit_per_minute() {
        let limiter = device_limiter::<u8>();
        let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00+02:00").unwrap();
        for _ in 0..MAX_REQUESTS_PER_DEVICE {
            assert!(limiter.admit(1, now).is_ok());
        }
        assert_eq!(limiter.admit(1, now), Err(60));
        assert!(limiter.admit(2, now).is_ok());
        assert!(limiter.admit(1, now + REQUEST_WINDOW).is_ok());
    }
}
