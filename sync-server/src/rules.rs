//! Rule sets (benefit figures) the server hands to devices: the build's own, and newer ones an
//! operator imported (`keikka-sync-server rules import`), so a new year's figures need no app
//! release.

use crate::error::StoreError;
use crate::store::Store;
use keikka_core::Timestamp;
use keikka_core::benefit::{RuleSet, RuleVersion};
use rusqlite::params;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A rule set as it is served: its version and the exact text that was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedRules {
    pub version: RuleVersion,
    pub body: Arc<str>,
}

impl ServedRules {
    fn builtin() -> Result<ServedRules, StoreError> {
        let set = RuleSet::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok(ServedRules {
            version: set.version(),
            body: Arc::from(RuleSet::builtin_text()),
        })
    }
}

impl Store {
    /// Imports a rule set after checking it completely (every figure, source and month, see
    /// [`RuleSet::parse`]) and that it is newer than the one in use. A set that fails is refused
    /// with the reason, and nothing changes.
    pub fn import_rules(&self, text: &str, now: Timestamp) -> Result<RuleVersion, StoreError> {
        let set = RuleSet::parse(text)
            .map_err(|e| StoreError::RulesRefused(format!("the rule set is not valid: {e}")))?;
        let version = set.version();
        self.write(|tx| {
            // Read inside the write, so two imports at once cannot both pass as newest.
            let current = newest(tx)?;
            if version <= current.version {
                return Err(StoreError::RulesRefused(format!(
                    "the rule set {version} is not newer than {} already in use",
                    current.version
                )));
            }
            tx.execute(
                "INSERT INTO rule_sets (version, body, imported_at) VALUES (?1, ?2, ?3)",
                params![version.to_string(), text, now.to_rfc3339()],
            )?;
            Ok(version)
        })
    }

    /// The rule set in use: the newest of the build's own and those imported.
    pub fn current_rules(&self) -> Result<ServedRules, StoreError> {
        self.read(|conn| newest(conn))
    }
}

/// The newest rule set of the build's and the imported ones. An imported set this build cannot
/// read any more (an older engine's) is passed over.
fn newest(conn: &rusqlite::Connection) -> Result<ServedRules, StoreError> {
    let mut best = ServedRules::builtin()?;
    let mut statement = conn.prepare_cached("SELECT version, body FROM rule_sets")?;
    let rows = statement.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (version, body) = row?;
        let Ok(version) = version.parse::<RuleVersion>() else {
            continue;
        };
        if version > best.version && RuleSet::parse(&body).is_ok() {
            best = ServedRules {
                version,
                body: Arc::from(body),
            };
        }
    }
    Ok(best)
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

    /// The rule set in use, read again from `store` when the remembered one is older than the
    /// recheck interval.
    pub fn get(&self, store: &Store) -> Result<ServedRules, StoreError> {
        {
            let current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some((at, rules)) = current.as_ref()
                && at.elapsed() < self.recheck
            {
                return Ok(rules.clone());
            }
        }
        let rules = store.current_rules()?;
        *self.current.lock().unwrap_or_else(PoisonError::into_inner) =
            Some((Instant::now(), rules.clone()));
        Ok(rules)
    }
}
