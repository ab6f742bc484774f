//! Rule sets (benefit figures) the server hands to devices: the build's own, and newer ones an
//! operator imported (`keikka-sync-server rules import`), so a new year's figures need no app
//! release.

use crate::db::{Tx, vals};
use crate::error::StoreError;
use crate::store::Store;
use axum::body::Bytes;
use keikka_core::Timestamp;
use keikka_core::benefit::{RuleSet, RuleVersion};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Reads a rule-set file for import, refusing one larger than a rule set may be before reading
/// all of it (a wrong path to a disk image must not fill the memory).
pub fn read_rules_file(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    let limit = keikka_core::benefit::MAX_RULE_SET_BYTES;
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(limit as u64 + 1)
        .read_to_string(&mut text)?;
    if text.len() > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("the file is larger than the {limit} bytes a rule set may have"),
        ));
    }
    Ok(text)
}

/// A rule set as it is served: its version and the exact text that was checked, shared by
/// every answer without a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedRules {
    pub version: RuleVersion,
    pub body: Bytes,
}

impl ServedRules {
    fn builtin() -> Result<ServedRules, StoreError> {
        let set = RuleSet::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok(ServedRules {
            version: set.version(),
            body: Bytes::from_static(RuleSet::builtin_text().as_bytes()),
        })
    }
}

impl Store {
    /// Imports a rule set after checking it completely (every figure, source and month, see
    /// [`RuleSet::parse`]), that it is newer than the one in use and that its version is not
    /// dated ahead of `now` (so no set can claim a far day and stop every later one). A set
    /// that fails is refused with the reason, and nothing changes.
    pub fn import_rules(&self, text: &str, now: Timestamp) -> Result<RuleVersion, StoreError> {
        let refused = |e: keikka_core::benefit::RuleError| {
            StoreError::RulesRefused(format!("the rule set is not valid: {e}"))
        };
        let set = RuleSet::parse(text).map_err(refused)?;
        set.check_published_by(now.date_naive()).map_err(refused)?;
        let version = set.version();
        self.write(|tx| {
            // Read inside the write, so two imports at once cannot both pass as newest.
            let current = newest(tx, None)?;
            if version <= current.version {
                return Err(StoreError::RulesRefused(format!(
                    "the rule set {version} is not newer than {} already in use",
                    current.version
                )));
            }
            tx.execute(
                "INSERT INTO rule_sets (version, body, imported_at) VALUES ($1, $2, $3)",
                &vals![version.to_string(), text, now.to_rfc3339()],
            )?;
            Ok(version)
        })
    }

    /// The rule set in use: the newest of the build's own and those imported.
    pub fn current_rules(&self) -> Result<ServedRules, StoreError> {
        self.read(|conn| newest(conn, None))
    }
}

/// The newest rule set of the build's and the imported ones. Only versions are read; the
/// newest one's text is read and checked only when it is not `known` already. An imported set
/// this build cannot read any more (an older engine's) is passed over.
fn newest(tx: &Tx<'_>, known: Option<&ServedRules>) -> Result<ServedRules, StoreError> {
    let builtin = ServedRules::builtin()?;
    let mut versions = Vec::new();
    for row in tx.query("SELECT version FROM rule_sets", &[])? {
        let text = row.into_text(0)?;
        if let Ok(version) = text.parse::<RuleVersion>() {
            versions.push((version, text));
        }
    }
    versions.retain(|(v, _)| *v > builtin.version);
    versions.sort_unstable_by_key(|(v, _)| std::cmp::Reverse(*v));
    for (version, text) in versions {
        if let Some(known) = known.filter(|k| k.version == version) {
            return Ok(known.clone());
        }
        let text = tx
            .query_one(
                "SELECT body FROM rule_sets WHERE version = $1",
                &vals![text],
            )?
            .into_text(0)?;
        if RuleSet::parse(&text).is_ok() {
            return Ok(ServedRules {
                version,
                body: Bytes::from(text),
            });
        }
    }
    Ok(builtin)
}

/// The rule set in use, remembered for a while so a sync does not read it from the database:
/// an import by another process is picked up within [`Self::recheck`].
pub struct RulesCache {
    recheck: Duration,
    current: Mutex<Option<(Instant, ServedRules)>>,
}

/// How long a server instance keeps using the rule set it last read before looking again.
pub const RULES_RECHECK: Duration = Duration::from_secs(10);

impl RulesCache {
    pub fn new(recheck: Duration) -> RulesCache {
        RulesCache {
            recheck,
            current: Mutex::new(None),
        }
    }

    /// The rule set in use, looked up again in `store` when the remembered one is older than
    /// the recheck interval. The lock is held while looking, so a thousand syncs arriving as
    /// the interval ends cause one lookup, not a thousand; a lookup reads versions only, and
    /// the text only when a newer set has come.
    pub fn get(&self, store: &Store) -> Result<ServedRules, StoreError> {
        let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((at, rules)) = current.as_ref()
            && at.elapsed() < self.recheck
        {
            return Ok(rules.clone());
        }
        let known = current.as_ref().map(|(_, rules)| rules);
        let rules = store.read(|conn| newest(conn, known))?;
        *current = Some((Instant::now(), rules.clone()));
        Ok(rules)
    }
}
