//! What the person sees: the server's state with the still-pending outbox re-applied on top, in
//! order, by the same `keikka_core::apply` the server runs.

use super::StoreError;
use super::rows::ServerTables;
use keikka_core::apply::{ApplyError, MemoryWorld, Received};
use keikka_core::protocol::{Mutation, Subject};
use keikka_core::{
    Actor, Claim, ClaimId, Commissioner, CommissionerId, DomainError, Group, GroupId, Order,
    OrderId, Organisation, OrganisationId, Person, PersonId, Task, TaskId, World, WorldError,
    apply,
};
use std::collections::BTreeMap;

/// Whether the server already has an item as shown, per item on every screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncState {
    /// The server has it as shown.
    OnServer,
    /// Saved on this device; a change to it waits in the outbox.
    OnPhoneOnly,
    /// A change to it waits in the outbox but no longer applies over what the server last
    /// said, so the server will most likely refuse it for this reason. It is still sent: the
    /// server decides.
    InConflict(DomainError),
}

impl SyncState {
    /// The fluent message id that tells the person where the item is.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncState::OnServer => "sync-sent",
            SyncState::OnPhoneOnly => "sync-saved-on-phone",
            SyncState::InConflict(_) => "sync-conflict",
        }
    }
}

/// An item with its sync state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced<T> {
    pub item: T,
    pub sync: SyncState,
}

/// One outbox entry as the view sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingMutation {
    pub mutation: Mutation,
    /// Why it no longer applies locally, if it does not.
    pub conflict: Option<DomainError>,
}

/// The server tables with an in-memory overlay of the pending mutations' effects.
pub(crate) struct View<'c> {
    pub(crate) server: ServerTables<'c>,
    pub(crate) overlay: MemoryWorld,
    pub(crate) pending: Vec<PendingMutation>,
}

/// A replay kept for the next read: what [`View::build`] made, for whom, and the connection's
/// change count when it was made.
pub(crate) struct Replayed {
    pub(crate) changes: u64,
    pub(crate) actor: Actor,
    overlay: MemoryWorld,
    pending: Vec<PendingMutation>,
}

impl Replayed {
    /// The kept replay over `server`, as [`View::build`] would make it again.
    pub(crate) fn view<'c>(&self, server: ServerTables<'c>) -> View<'c> {
        View {
            server,
            overlay: self.overlay.clone(),
            pending: self.pending.clone(),
        }
    }
}

impl<'c> View<'c> {
    /// This view's replay, kept for reads until `changes` moves.
    pub(crate) fn keep(&self, actor: Actor, changes: u64) -> Replayed {
        Replayed {
            changes,
            actor,
            overlay: self.overlay.clone(),
            pending: self.pending.clone(),
        }
    }

    /// Replays `outbox` (oldest first) for `actor` over the server tables of `conn`.
    pub(crate) fn build(
        server: ServerTables<'c>,
        actor: &Actor,
        outbox: Vec<Mutation>,
    ) -> Result<View<'c>, StoreError> {
        let mut view = View {
            server,
            overlay: MemoryWorld::default(),
            pending: Vec::with_capacity(outbox.len()),
        };
        for mutation in outbox {
            let conflict = match apply(&view, actor, &mutation, Received::as_recorded(mutation.at))
            {
                Ok(effects) => {
                    view.overlay.store(effects);
                    None
                }
                Err(ApplyError::Rejected(reason)) => Some(reason),
                Err(ApplyError::Storage(e)) => return Err(StoreError::World(e)),
            };
            view.pending.push(PendingMutation { mutation, conflict });
        }
        Ok(view)
    }

    pub(crate) fn sync_state(&self, subject: Subject) -> SyncState {
        let mut state = SyncState::OnServer;
        for p in self
            .pending
            .iter()
            .filter(|p| p.mutation.op.subject() == subject)
        {
            match &p.conflict {
                Some(reason) => return SyncState::InConflict(reason.clone()),
                None => state = SyncState::OnPhoneOnly,
            }
        }
        state
    }

    pub(crate) fn synced<T>(&self, item: T, subject: Subject) -> Synced<T> {
        Synced {
            sync: self.sync_state(subject),
            item,
        }
    }

    pub(crate) fn get_task(&self, id: TaskId) -> Result<Option<Task>, StoreError> {
        match self.overlay.tasks.get(&id) {
            Some(t) => Ok(Some(t.clone())),
            None => self.server.task(id),
        }
    }

    pub(crate) fn get_claim(&self, id: ClaimId) -> Result<Option<Claim>, StoreError> {
        match self.overlay.claims.get(&id) {
            Some(c) => Ok(Some(c.clone())),
            None => self.server.claim(id),
        }
    }

    /// The organisation's open tasks as the view has them (a task cancelled on this phone is
    /// left out, one published on this phone is in).
    pub(crate) fn open_tasks(&self, organisation: OrganisationId) -> Result<Vec<Task>, StoreError> {
        let tasks = merge(
            self.server.open_tasks_of(organisation)?,
            &self.overlay.tasks,
            |t| t.id,
        );
        Ok(tasks
            .into_iter()
            .filter(|t| t.organisation == organisation && t.status == keikka_core::TaskStatus::Open)
            .collect())
    }

    pub(crate) fn claims_of_participant(
        &self,
        participant: PersonId,
    ) -> Result<Vec<Claim>, StoreError> {
        let claims = merge(
            self.server.claims_of_participant(participant)?,
            &self.overlay.claims,
            |c| c.id,
        );
        Ok(claims
            .into_iter()
            .filter(|c| c.participant == participant)
            .collect())
    }

    pub(crate) fn claims_with_status(
        &self,
        organisation: OrganisationId,
        status: keikka_core::ClaimStatus,
    ) -> Result<Vec<Claim>, StoreError> {
        let claims = merge(
            self.server
                .claims_with_status(organisation, status.as_str())?,
            &self.overlay.claims,
            |c| c.id,
        );
        Ok(claims
            .into_iter()
            .filter(|c| c.organisation == organisation && c.status() == status)
            .collect())
    }

    /// The organisation's people, with readiness and moves recorded on this device.
    pub(crate) fn people(&self, organisation: OrganisationId) -> Result<Vec<Person>, StoreError> {
        Ok(merge(
            self.server.persons_of(organisation)?,
            &self.overlay.persons,
            |p| p.id,
        ))
    }

    /// Every task of the organisation, cancelled and past ones too.
    pub(crate) fn all_tasks(&self, organisation: OrganisationId) -> Result<Vec<Task>, StoreError> {
        let tasks = merge(
            self.server.tasks_of(organisation)?,
            &self.overlay.tasks,
            |t| t.id,
        );
        Ok(tasks
            .into_iter()
            .filter(|t| t.organisation == organisation)
            .collect())
    }

    /// Every claim of the organisation.
    pub(crate) fn all_claims(
        &self,
        organisation: OrganisationId,
    ) -> Result<Vec<Claim>, StoreError> {
        let claims = merge(
            self.server.claims_of_organisation(organisation)?,
            &self.overlay.claims,
            |c| c.id,
        );
        Ok(claims
            .into_iter()
            .filter(|c| c.organisation == organisation)
            .collect())
    }

    pub(crate) fn consent(
        &self,
        participant: PersonId,
    ) -> Result<Option<keikka_core::Consent>, StoreError> {
        match self.overlay.consents.get(&participant) {
            Some(c) => Ok(Some(c.clone())),
            None => self.server.consent(participant),
        }
    }
}

/// Server rows, each replaced by its overlay version where the overlay has one, plus the
/// overlay's new items. The caller filters again: an overlay version may no longer match.
fn merge<K: Ord, V: Clone>(
    server: Vec<V>,
    overlay: &BTreeMap<K, V>,
    key: impl Fn(&V) -> K,
) -> Vec<V> {
    let mut out: Vec<V> = server
        .into_iter()
        .filter(|v| !overlay.contains_key(&key(v)))
        .collect();
    out.extend(overlay.values().cloned());
    out
}

fn world_error(e: StoreError) -> WorldError {
    WorldError(e.to_string())
}

impl World for View<'_> {
    fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>, WorldError> {
        if let Some(o) = self.overlay.organisations.get(&id) {
            return Ok(Some(o.clone()));
        }
        self.server.organisation(id).map_err(world_error)
    }

    fn group(&self, id: GroupId) -> Result<Option<Group>, WorldError> {
        self.server.group(id).map_err(world_error)
    }

    fn person(&self, id: PersonId) -> Result<Option<Person>, WorldError> {
        match self.overlay.persons.get(&id) {
            Some(p) => Ok(Some(p.clone())),
            None => self.server.person(id).map_err(world_error),
        }
    }

    fn consent(&self, participant: PersonId) -> Result<Option<keikka_core::Consent>, WorldError> {
        View::consent(self, participant).map_err(world_error)
    }

    fn commissioner(&self, id: CommissionerId) -> Result<Option<Commissioner>, WorldError> {
        match self.overlay.commissioners.get(&id) {
            Some(c) => Ok(Some(c.clone())),
            None => self.server.commissioner(id).map_err(world_error),
        }
    }

    fn order(&self, id: OrderId) -> Result<Option<Order>, WorldError> {
        match self.overlay.orders.get(&id) {
            Some(o) => Ok(Some(o.clone())),
            None => self.server.order(id).map_err(world_error),
        }
    }

    fn task(&self, id: TaskId) -> Result<Option<Task>, WorldError> {
        self.get_task(id).map_err(world_error)
    }

    fn claim(&self, id: ClaimId) -> Result<Option<Claim>, WorldError> {
        self.get_claim(id).map_err(world_error)
    }

    fn seat_holder(
        &self,
        task: TaskId,
        participant: PersonId,
    ) -> Result<Option<ClaimId>, WorldError> {
        if let Some(id) = self.overlay.seat_holder(task, participant)? {
            return Ok(Some(id));
        }
        // A server claim counts only if the overlay has not changed it (e.g. withdrawn here).
        let server = self
            .server
            .seat_claims(task, participant)
            .map_err(world_error)?;
        Ok(server
            .into_iter()
            .find(|c| !self.overlay.claims.contains_key(&c.id))
            .map(|c| c.id))
    }
}
