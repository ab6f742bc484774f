//! What stays on this device only: settings, the benefit profile and the newest rule set.

use super::*;

impl Store {
    // ----- What stays on this device -----

    /// The settings chosen on this device, or `None` before anyone chose (first start).
    pub fn settings(&self) -> Result<Option<Settings>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM device_settings", [], |r| r.get(0))
            .optional()?;
        json.map(|j| serde_json::from_str(&j).map_err(StoreError::from))
            .transpose()
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO device_settings (only_row, json) VALUES (1, ?1)",
            [serde_json::to_string(settings)?],
        )?;
        Ok(())
    }

    /// The open tasks ticked as "what if" on the plan of `person`'s coming months (`None`: this
    /// device's own participant), in the order they were ticked.
    pub fn plan_ticks(&self, person: Option<PersonId>) -> Result<Vec<TaskId>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT task FROM plan_ticks WHERE person = ?1 ORDER BY position")?;
        let rows = stmt.query_map([tick_owner(person)], |r| r.get::<_, String>(0))?;
        rows.map(|r| {
            let id = r?;
            uuid::Uuid::parse_str(&id)
                .map(TaskId)
                .map_err(|_| StoreError::Corrupt(format!("plan tick {id:?}")))
        })
        .collect()
    }

    /// Replaces `person`'s ticks with `ticks`, all at once.
    pub fn save_plan_ticks(
        &mut self,
        person: Option<PersonId>,
        ticks: &[TaskId],
    ) -> Result<(), StoreError> {
        let owner = tick_owner(person);
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM plan_ticks WHERE person = ?1", [&owner])?;
        for (order, task) in ticks.iter().enumerate() {
            tx.execute(
                "INSERT OR IGNORE INTO plan_ticks (person, task, position) VALUES (?1, ?2, ?3)",
                params![owner, task.0.to_string(), order as i64],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The participant's benefit profile, if they have filled it in on this device.
    pub fn benefit_profile(&self) -> Result<Option<SavedProfile>, StoreError> {
        let row: Option<(String, String)> = self
            .conn
            .query_row("SELECT json, updated_at FROM benefit_profile", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let Some((json, updated_at)) = row else {
            return Ok(None);
        };
        Ok(Some(SavedProfile {
            profile: serde_json::from_str(&json)?,
            updated_at: parse_time(&updated_at)?,
        }))
    }

    /// Saves the benefit profile after checking it could be a real household; an impossible
    /// one is refused and the saved one stays as it was. It stays on this device.
    pub fn save_benefit_profile(
        &mut self,
        profile: &BenefitProfile,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        profile.validate()?;
        self.conn.execute(
            "INSERT OR REPLACE INTO benefit_profile (only_row, json, updated_at) \
             VALUES (1, ?1, ?2)",
            params![serde_json::to_string(profile)?, at.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Removes the benefit profile from this device.
    pub fn forget_benefit_profile(&mut self) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM benefit_profile", [])?;
        Ok(())
    }

    /// The rule set this device uses: the newest of the one shipped in the app and the one the
    /// server last handed out. A stored set this app cannot read (its engine changed) is passed
    /// over for the shipped one, never guessed at.
    pub fn rules(&self) -> Result<RuleSet, StoreError> {
        let builtin = RuleSet::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let stored: Option<String> = self
            .conn
            .query_row("SELECT body FROM rule_set", [], |r| r.get(0))
            .optional()?;
        Ok(stored
            .and_then(|body| RuleSet::parse(&body).ok())
            .filter(|set| set.version() > builtin.version())
            .unwrap_or(builtin))
    }

    /// The version of the rule set this device uses (what [`Store::rules`] gives).
    pub fn rules_version(&self) -> Result<RuleVersion, StoreError> {
        Ok(self.rules()?.version())
    }

    /// Keeps a rule set the server handed out, if it is complete and newer than every set this
    /// device has (stored or shipped); an older, equal or broken one changes nothing. Returns
    /// whether it was kept.
    pub fn save_rules(&mut self, body: &str) -> Result<bool, StoreError> {
        let Ok(set) = RuleSet::parse(body) else {
            return Ok(false);
        };
        if set.version() <= self.rules_version()? {
            return Ok(false);
        }
        self.conn.execute(
            "INSERT OR REPLACE INTO rule_set (only_row, version, body) VALUES (1, ?1, ?2)",
            params![set.version().to_string(), body],
        )?;
        Ok(true)
    }
}

/// The `person` column of `plan_ticks`: '' for the device's own participant.
fn tick_owner(person: Option<PersonId>) -> String {
    person.map(|p| p.0.to_string()).unwrap_or_default()
}
