//! The screens' reads, each over the view (the server's state with the outbox re-applied).

use super::*;

impl Store {
    // ----- Reads for the screens -----

    /// The view for the paired person, or `None` before pairing. The replay is kept until a row
    /// of the database changes (SQLite's change count says when), so a render's many reads
    /// replay the outbox once.
    pub(super) fn view(&self) -> Result<Option<View<'_>>, StoreError> {
        let changes = self.conn.total_changes();
        if let Some(kept) = self.replayed.borrow().as_ref()
            && kept.changes == changes
        {
            return Ok(Some(kept.view(ServerTables::new(&self.conn))));
        }
        let Some(actor) = self.actor()? else {
            return Ok(None);
        };
        #[cfg(test)]
        self.replays.set(self.replays.get() + 1);
        let view = View::build(
            ServerTables::new(&self.conn),
            &actor,
            outbox_all(&self.conn)?,
        )?;
        *self.replayed.borrow_mut() = Some(view.keep(actor, changes));
        Ok(Some(view))
    }

    pub(super) fn paired_view(&self) -> Result<(Actor, View<'_>), StoreError> {
        let view = self.view()?.ok_or(StoreError::NotPaired)?;
        let actor = self
            .replayed
            .borrow()
            .as_ref()
            .map(|kept| kept.actor.clone())
            .ok_or(StoreError::NotPaired)?;
        Ok((actor, view))
    }

    /// The paired person as the server last described them.
    pub fn me(&self) -> Result<Option<Person>, StoreError> {
        let Some(pairing) = self.pairing()? else {
            return Ok(None);
        };
        let server = ServerTables::new(&self.conn).person(pairing.person.id)?;
        Ok(Some(server.unwrap_or(pairing.person)))
    }

    /// The devices in the paired person's name, this one first, each with whether it is this
    /// one.
    pub fn my_devices(&self) -> Result<Vec<(keikka_core::PairedDevice, bool)>, StoreError> {
        let (Some(pairing), Some(me)) = (self.pairing()?, self.me()?) else {
            return Ok(Vec::new());
        };
        let mut devices: Vec<_> = me
            .devices
            .into_iter()
            .map(|d| {
                let this = d.id == pairing.device;
                (d, this)
            })
            .collect();
        devices.sort_by_key(|(d, this)| (!this, std::cmp::Reverse(d.paired_at)));
        Ok(devices)
    }

    /// How many devices were paired in the person's name after this one, in use or already
    /// taken out of it: each could act as them, even for a moment, which they should hear of.
    pub fn later_devices(&self) -> Result<usize, StoreError> {
        let devices = self.my_devices()?;
        let Some(mine) = devices
            .iter()
            .find(|(_, this)| *this)
            .map(|(d, _)| d.paired_at)
        else {
            return Ok(0);
        };
        Ok(devices
            .iter()
            .filter(|(d, this)| !this && d.paired_at > mine)
            .count())
    }

    /// The unit as the server last described it, with a pay calendar set on this device.
    pub fn organisation(&self) -> Result<Option<Organisation>, StoreError> {
        let Some(pairing) = self.pairing()? else {
            return Ok(None);
        };
        let id = pairing.organisation.id;
        if let Some(view) = self.view()?
            && let Some(pending) = view.overlay.organisations.get(&id)
        {
            return Ok(Some(pending.clone()));
        }
        let server = ServerTables::new(&self.conn).organisation(id)?;
        Ok(Some(server.unwrap_or(pairing.organisation)))
    }

    /// A participant's own groups; all of the unit's groups for a supervisor. By name.
    pub fn groups(&self) -> Result<Vec<Group>, StoreError> {
        let Some(actor) = self.actor()? else {
            return Ok(Vec::new());
        };
        let mut groups: Vec<Group> = ServerTables::new(&self.conn)
            .groups_of(actor.organisation)?
            .into_iter()
            .filter(|g| actor.role == Role::Supervisor || actor.groups.contains(&g.id))
            .collect();
        groups.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        Ok(groups)
    }

    /// The unit's people this device knows (a supervisor's list; a participant knows only
    /// themselves), participants first, then by name.
    pub fn unit_people(&self) -> Result<Vec<Person>, StoreError> {
        let Some(actor) = self.actor()? else {
            return Ok(Vec::new());
        };
        let (_, view) = self.paired_view()?;
        let mut people = view.people(actor.organisation)?;
        people.sort_by(|a, b| {
            (a.role != Role::Participant, &a.name, a.id).cmp(&(
                b.role != Role::Participant,
                &b.name,
                b.id,
            ))
        });
        Ok(people)
    }

    /// Someone in the unit, e.g. the participant on a completion.
    pub fn person(&self, id: keikka_core::PersonId) -> Result<Option<Person>, StoreError> {
        ServerTables::new(&self.conn).person(id)
    }

    /// Tasks the participant can take now: open, a seat free, not ended at `now`, shown to one
    /// of their groups, and not already theirs. Soonest first.
    pub fn open_tasks(&self, now: Timestamp) -> Result<Vec<Synced<Task>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mine: std::collections::HashSet<TaskId> = view
            .claims_of_participant(actor.person)?
            .into_iter()
            .filter(|c| c.status().holds_seat())
            .map(|c| c.task)
            .collect();
        let mut tasks: Vec<Task> = view
            .open_tasks(actor.organisation)?
            .into_iter()
            .filter(|t| {
                // A task under way is offered while its work still fits in its time.
                !t.is_full()
                    && t.still_doable_from(now)
                    && t.visible_to_groups(&actor.groups)
                    && !mine.contains(&t.id)
            })
            .collect();
        tasks.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
        Ok(tasks
            .into_iter()
            .map(|t| {
                let id = t.id;
                view.synced(t, Subject::Task(id))
            })
            .collect())
    }

    /// Every open task of the unit, for a supervisor's list. Soonest first.
    pub fn unit_tasks(&self) -> Result<Vec<Synced<Task>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let tasks = view.open_tasks(actor.organisation)?;
        Ok(soonest_first(&view, tasks))
    }

    pub fn task(&self, id: TaskId) -> Result<Option<Synced<Task>>, StoreError> {
        let (_, view) = self.paired_view()?;
        Ok(view
            .get_task(id)?
            .map(|t| view.synced(t, Subject::Task(id))))
    }

    fn claim_item(&self, view: &View<'_>, claim: Claim) -> Result<ClaimItem, StoreError> {
        Ok(ClaimItem {
            task: view.get_task(claim.task)?,
            participant: view.server.person(claim.participant)?,
            sync: view.sync_state(Subject::Claim(claim.id)),
            claim,
        })
    }

    /// The participant's claims in every state, soonest task first (claims whose task this
    /// device lacks last).
    pub fn my_claims(&self) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = view
            .claims_of_participant(actor.person)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect::<Result<Vec<_>, _>>()?;
        items.sort_by_key(|i| {
            (
                i.task.as_ref().map(|t| t.starts_at).is_none(),
                i.task.as_ref().map(|t| t.starts_at),
                i.claim.claimed_at,
            )
        });
        Ok(items)
    }

    pub fn claim(&self, id: ClaimId) -> Result<Option<ClaimItem>, StoreError> {
        let (_, view) = self.paired_view()?;
        view.get_claim(id)?
            .map(|c| self.claim_item(&view, c))
            .transpose()
    }

    /// The participant's earnings from approved claims, by payment date.
    pub fn my_earnings(&self) -> Result<Vec<Synced<Earning>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut earnings: Vec<Synced<Earning>> = view
            .claims_of_participant(actor.person)?
            .into_iter()
            .filter_map(|c| {
                let id = c.id;
                c.earning()
                    .cloned()
                    .map(|e| view.synced(e, Subject::Claim(id)))
            })
            .collect();
        earnings.sort_by_key(|e| (e.item.paid_on, e.item.worked_on, e.item.claim));
        Ok(earnings)
    }

    /// The participant's approved earnings summed by the month they are paid in (the month
    /// Kela counts them in), oldest month first.
    pub fn my_earnings_by_month(&self) -> Result<Vec<MonthEarnings>, StoreError> {
        use chrono::Datelike;
        let mut months: Vec<MonthEarnings> = Vec::new();
        for e in self.my_earnings()? {
            let (year, month) = (e.item.paid_on.year(), e.item.paid_on.month());
            match months.last_mut() {
                Some(m) if m.year == year && m.month == month => {
                    m.total += e.item.amount;
                    m.earnings.push(e.item);
                }
                _ => months.push(MonthEarnings {
                    year,
                    month,
                    total: e.item.amount,
                    earnings: vec![e.item],
                }),
            }
        }
        Ok(months)
    }

    /// The unit's claims in `status` that are still people's: a removed person's claims are
    /// anonymous hours and pay, with nothing left to decide on them (the server refuses it).
    fn decidable_claims(
        view: &View<'_>,
        organisation: keikka_core::OrganisationId,
        status: ClaimStatus,
    ) -> Result<Vec<Claim>, StoreError> {
        let removed: std::collections::HashSet<keikka_core::PersonId> = view
            .people(organisation)?
            .into_iter()
            .filter(|p| p.removed_at.is_some())
            .map(|p| p.id)
            .collect();
        let mut claims = view.claims_with_status(organisation, status)?;
        claims.retain(|c| !removed.contains(&c.participant));
        Ok(claims)
    }

    /// Completions of the supervisor's unit waiting for approval, oldest completion first.
    pub fn completions_waiting(&self) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = Self::decidable_claims(&view, actor.organisation, ClaimStatus::Completed)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect::<Result<Vec<_>, _>>()?;
        items.sort_by_key(|i| {
            let done = match &i.claim.state {
                keikka_core::ClaimState::Completed { completion, .. } => {
                    Some(completion.completed_at)
                }
                _ => None,
            };
            (done, i.claim.id)
        });
        Ok(items)
    }

    /// A participant's answer on sharing their benefit profile, as their supervisor's device has it.
    pub fn consent_of(
        &self,
        participant: keikka_core::PersonId,
    ) -> Result<Option<Consent>, StoreError> {
        let (_, view) = self.paired_view()?;
        view.consent(participant)
    }

    /// The benefit profile `participant` shares with their supervisor, while they consent.
    pub fn shared_profile_of(
        &self,
        participant: keikka_core::PersonId,
    ) -> Result<Option<BenefitProfile>, StoreError> {
        let consents = self
            .consent_of(participant)?
            .is_some_and(|c| c.share_benefit_profile);
        if !consents {
            return Ok(None);
        }
        Ok(ServerTables::new(&self.conn)
            .shared_profile(participant)?
            .and_then(|p| p.profile))
    }

    /// A participant's claims as their supervisor's device has them.
    pub fn claims_of(
        &self,
        participant: keikka_core::PersonId,
    ) -> Result<Vec<ClaimItem>, StoreError> {
        let (_, view) = self.paired_view()?;
        view.claims_of_participant(participant)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect()
    }

    /// Whether the server already has `subject` as this device shows it.
    pub fn sync_state(&self, subject: Subject) -> Result<SyncState, StoreError> {
        let (_, view) = self.paired_view()?;
        Ok(view.sync_state(subject))
    }

    /// Every task of the unit, past and cancelled ones too, soonest start first.
    pub fn all_unit_tasks(&self) -> Result<Vec<Synced<Task>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let tasks = view.all_tasks(actor.organisation)?;
        Ok(soonest_first(&view, tasks))
    }

    /// The unit's commissioners and orders (a supervisor's device), by name and title.
    pub fn commissioners_and_orders(
        &self,
    ) -> Result<(Vec<keikka_core::Commissioner>, Vec<keikka_core::Order>), StoreError> {
        let (actor, view) = self.paired_view()?;
        let tables = ServerTables::new(&self.conn);
        let mut commissioners = tables.commissioners_of(actor.organisation)?;
        commissioners.retain(|c| !view.overlay.commissioners.contains_key(&c.id));
        commissioners.extend(view.overlay.commissioners.values().cloned());
        commissioners.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        let mut orders = tables.orders_of(actor.organisation)?;
        orders.retain(|o| !view.overlay.orders.contains_key(&o.id));
        orders.extend(view.overlay.orders.values().cloned());
        orders.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
        Ok((commissioners, orders))
    }

    /// Claims of the unit nobody reported work for although their task ended before `now`:
    /// candidates for "did not come". Oldest task first.
    pub fn unreported(&self, now: Timestamp) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = Vec::new();
        for status in [ClaimStatus::Claimed, ClaimStatus::Started] {
            for claim in Self::decidable_claims(&view, actor.organisation, status)? {
                let item = self.claim_item(&view, claim)?;
                if item
                    .task
                    .as_ref()
                    .is_some_and(|t| t.ends_at < now && t.status == keikka_core::TaskStatus::Open)
                {
                    items.push(item);
                }
            }
        }
        items.sort_by_key(|i| (i.task.as_ref().map(|t| t.starts_at), i.claim.id));
        Ok(items)
    }

    /// The unit's approved work, newest approval first, at most `limit`: where the supervisor
    /// writes down the commissioner's feedback.
    pub fn recently_approved(&self, limit: usize) -> Result<Vec<ClaimItem>, StoreError> {
        let (actor, view) = self.paired_view()?;
        let mut items = Self::decidable_claims(&view, actor.organisation, ClaimStatus::Approved)?
            .into_iter()
            .map(|c| self.claim_item(&view, c))
            .collect::<Result<Vec<_>, _>>()?;
        let approved_at = |i: &ClaimItem| match &i.claim.state {
            keikka_core::ClaimState::Approved { approval, .. } => Some(approval.at),
            _ => None,
        };
        items.sort_by_key(|i| std::cmp::Reverse((approved_at(i), i.claim.id)));
        items.truncate(limit);
        Ok(items)
    }

    /// Everything of the unit a report reads, as this device sees it (what waits in the outbox
    /// included), for the supervisor's month figures offline.
    pub fn unit_records(&self) -> Result<keikka_core::report::UnitRecords, StoreError> {
        let (actor, view) = self.paired_view()?;
        let people = view.people(actor.organisation)?;
        let tasks = view.all_tasks(actor.organisation)?;
        let claims = view.all_claims(actor.organisation)?;
        drop(view);
        let (commissioners, _) = self.commissioners_and_orders()?;
        Ok(keikka_core::report::UnitRecords {
            people,
            tasks,
            claims,
            commissioners,
        })
    }

    /// The participant's answer on sharing their benefit profile, if they have given one.
    pub fn my_consent(&self) -> Result<Option<Synced<Consent>>, StoreError> {
        let (actor, view) = self.paired_view()?;
        Ok(view
            .consent(actor.person)?
            .map(|c| view.synced(c, Subject::Consent)))
    }
}

/// `tasks` soonest start first, each with its sync state.
fn soonest_first(view: &View<'_>, mut tasks: Vec<Task>) -> Vec<Synced<Task>> {
    tasks.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
    tasks
        .into_iter()
        .map(|t| {
            let id = t.id;
            view.synced(t, Subject::Task(id))
        })
        .collect()
}
