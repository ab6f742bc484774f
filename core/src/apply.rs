//! The one place that decides what a mutation does: the server runs it as the authority, the
//! device runs the same code over its local copy to show the result before the server answers.

use crate::Timestamp;
use crate::claim::{Billing, Claim};
use crate::error::DomainError;
use crate::ids::{ClaimId, CommissionerId, GroupId, OrderId, OrganisationId, PersonId, TaskId};
use crate::org::{Commissioner, Consent, Group, Order, Organisation, Person, Role, SharedProfile};
use crate::protocol::{Mutation, Op};
use crate::task::{Task, TaskDraft};

/// Who is acting: resolved by the server from the device token, by the app from its pairing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub person: PersonId,
    pub organisation: OrganisationId,
    pub role: Role,
    pub groups: Vec<GroupId>,
}

/// A storage failure while reading the world (not the user's fault; nothing is recorded).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("storage failure: {0}")]
pub struct WorldError(pub String);

/// Read access to the current state, implemented by the server store and the device store.
pub trait World {
    fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>, WorldError>;
    fn group(&self, id: GroupId) -> Result<Option<Group>, WorldError>;
    fn person(&self, id: PersonId) -> Result<Option<Person>, WorldError>;
    /// A participant's current answer on sharing their benefit profile.
    fn consent(&self, participant: PersonId) -> Result<Option<Consent>, WorldError>;
    fn commissioner(&self, id: CommissionerId) -> Result<Option<Commissioner>, WorldError>;
    fn order(&self, id: OrderId) -> Result<Option<Order>, WorldError>;
    fn task(&self, id: TaskId) -> Result<Option<Task>, WorldError>;
    fn claim(&self, id: ClaimId) -> Result<Option<Claim>, WorldError>;
    /// The participant's claim on the task that still holds a seat, if any.
    fn seat_holder(
        &self,
        task: TaskId,
        participant: PersonId,
    ) -> Result<Option<ClaimId>, WorldError>;
}

/// What applying a mutation writes. The caller stores all of them in one transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    PutOrganisation(Organisation),
    PutTask(Task),
    PutClaim(Claim),
    PutConsent(Consent),
    PutPerson(Person),
    PutCommissioner(Commissioner),
    PutOrder(Order),
    PutSharedProfile(SharedProfile),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    #[error(transparent)]
    Rejected(#[from] DomainError),
    #[error(transparent)]
    Storage(#[from] WorldError),
}

/// The clock a mutation is decided by. A device sends the time it recorded the action
/// (`Mutation::at`), which may be hours old after a day offline or simply false; the decider
/// holds it between the last time it knew the device to be in touch and its own `now`, so a
/// device can neither date an action into a time it was already past (a task over, an undo
/// window closed) nor into the future (a no-show before the task began).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Received {
    /// The decider's clock: the server's when it receives the mutation.
    pub now: Timestamp,
    /// The earliest the device's action can have been: its last exchange with the server
    /// before this one (it would have sent the action then), or its pairing.
    pub not_before: Timestamp,
}

impl Received {
    /// The device deciding its own mutation for its preview: its clock is all it has.
    pub fn as_recorded(at: Timestamp) -> Received {
        Received {
            now: at,
            not_before: at,
        }
    }

    /// The time the action counts at: the device's, held within what the decider knows.
    pub fn time_of(&self, at: Timestamp) -> Timestamp {
        at.clamp(self.not_before.min(self.now), self.now)
    }
}

/// Decides `mutation` for `actor` against `world` by the clock of `received`: the effects to
/// store, or why not. Anything the actor may not see is `not_found`, never `forbidden`, so ids
/// do not leak.
pub fn apply<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
    mutation: &Mutation,
    received: Received,
) -> Result<Vec<Effect>, ApplyError> {
    let at = received.time_of(mutation.at);
    // A step on a claim is never recorded before the steps it follows.
    let after = |claim: &Claim| at.max(claim.last_step_at());
    let effects = match &mutation.op {
        Op::ClaimTask { claim, task } => {
            require(actor, Role::Participant)?;
            let task = visible_task(world, actor, *task)?;
            if world.claim(*claim)?.is_some() {
                return Err(DomainError::IdInUse.into());
            }
            if world.seat_holder(task.id, actor.person)?.is_some() {
                return Err(DomainError::AlreadyClaimed.into());
            }
            let (claim, task) = Claim::new(*claim, &task, actor.person, at)?;
            vec![Effect::PutTask(task), Effect::PutClaim(claim)]
        }
        Op::StartTask { claim } => {
            let claim = own_claim(world, actor, *claim)?;
            let task = work_task(world, &claim)?;
            let at = after(&claim);
            day_has_come(&task, at)?;
            vec![Effect::PutClaim(claim.start(at)?)]
        }
        Op::UndoStart { claim } => {
            let claim = own_claim(world, actor, *claim)?;
            vec![Effect::PutClaim(claim.undo_start()?)]
        }
        Op::CompleteTask {
            claim,
            minutes,
            note,
        } => {
            let claim = own_claim(world, actor, *claim)?;
            let task = work_task(world, &claim)?;
            let at = after(&claim);
            day_has_come(&task, at)?;
            within_task(&task, *minutes)?;
            vec![Effect::PutClaim(claim.complete(
                *minutes,
                note.clone(),
                at,
            )?)]
        }
        Op::WithdrawClaim { claim } => {
            let claim = own_claim(world, actor, *claim)?;
            let task = task_of(world, &claim)?;
            let (claim, task) = claim.withdraw(&task, after(&claim))?;
            vec![Effect::PutTask(task), Effect::PutClaim(claim)]
        }
        Op::UndoApproval { claim } => {
            let claim = supervised_claim(world, actor, *claim)?;
            vec![Effect::PutClaim(
                claim.undo_approval(after(&claim), received.now)?,
            )]
        }
        Op::ApproveCompletion {
            claim,
            paid_on,
            minutes,
            adjust_reason,
        } => {
            let claim = supervised_claim(world, actor, *claim)?;
            let task = work_task(world, &claim)?;
            let at = after(&claim);
            day_has_come(&task, at)?;
            if let Some(minutes) = minutes {
                within_task(&task, *minutes)?;
            }
            let approved = claim.approve(
                &task,
                actor.person,
                at,
                *minutes,
                adjust_reason.clone(),
                *paid_on,
            )?;
            let billing = match task.commissioner {
                Some(id) => world.commissioner(id)?.map(|c| Billing {
                    commissioner: c.id,
                    price_per_hour: c.price_per_hour,
                    vat: c.vat,
                }),
                None => None,
            };
            vec![Effect::PutClaim(
                approved.billed(billing).approval_received(received.now),
            )]
        }
        Op::RejectCompletion { claim, reason } => {
            let claim = supervised_claim(world, actor, *claim)?;
            vec![Effect::PutClaim(claim.reject(
                actor.person,
                after(&claim),
                reason.clone(),
            )?)]
        }
        Op::PublishTask { task: draft } => {
            require(actor, Role::Supervisor)?;
            if world.task(draft.id)?.is_some() {
                return Err(DomainError::IdInUse.into());
            }
            let draft = checked_draft(world, actor, draft)?;
            let organisation = own_organisation(world, actor)?;
            let task = draft.publish(
                actor.organisation,
                &organisation.employer_of_record,
                actor.person,
                at,
            )?;
            vec![Effect::PutTask(task)]
        }
        Op::EditTask { task: draft } => {
            require(actor, Role::Supervisor)?;
            let task = unit_task(world, actor, draft.id)?;
            let draft = checked_draft(world, actor, draft)?;
            let organisation = own_organisation(world, actor)?;
            vec![Effect::PutTask(task.edit(
                draft,
                &organisation.employer_of_record,
                at,
            )?)]
        }
        Op::CancelTask { task } => {
            require(actor, Role::Supervisor)?;
            let task = unit_task(world, actor, *task)?;
            vec![Effect::PutTask(task.cancel()?)]
        }
        Op::MarkNoShow { claim } => {
            let claim = supervised_claim(world, actor, *claim)?;
            let task = task_of(world, &claim)?;
            let (claim, task) = claim.mark_no_show(&task, actor.person, after(&claim))?;
            vec![Effect::PutTask(task), Effect::PutClaim(claim)]
        }
        Op::AddFeedback { claim, text } => {
            let claim = supervised_claim(world, actor, *claim)?;
            vec![Effect::PutClaim(claim.with_feedback(
                text.clone(),
                actor.person,
                after(&claim),
            )?)]
        }
        Op::SaveCommissioner { commissioner } => {
            require(actor, Role::Supervisor)?;
            // A world of one unit (the server's) never holds another's; one that holds every
            // unit under one key (`MemoryWorld` in tests) cannot store both.
            if world
                .commissioner(commissioner.id)?
                .is_some_and(|existing| existing.organisation != actor.organisation)
            {
                return Err(DomainError::IdInUse.into());
            }
            vec![Effect::PutCommissioner(
                commissioner.clone().into_commissioner(actor.organisation)?,
            )]
        }
        Op::SaveOrder { order } => {
            require(actor, Role::Supervisor)?;
            unit_commissioner(world, actor, order.commissioner)?;
            let (by, created) = match world.order(order.id)? {
                Some(existing) if existing.organisation == actor.organisation => {
                    (existing.created_by, existing.created_at)
                }
                Some(_) => return Err(DomainError::IdInUse.into()),
                None => (actor.person, at),
            };
            vec![Effect::PutOrder(order.clone().into_order(
                actor.organisation,
                by,
                created,
            )?)]
        }
        Op::SetPayCalendar { calendar } => {
            require(actor, Role::Supervisor)?;
            calendar.validate(at.date_naive())?;
            let organisation = world
                .organisation(actor.organisation)?
                .ok_or(DomainError::not_found("organisation"))?;
            vec![Effect::PutOrganisation(Organisation {
                pay_calendar: Some(*calendar),
                ..organisation
            })]
        }
        Op::SetReadiness {
            person,
            ready_since,
            readiness,
            agreed_with_participant,
        } => {
            let person = unit_participant(world, actor, *person)?;
            if let Some(date) = ready_since {
                check_decision_date(*date, at)?;
                if !agreed_with_participant {
                    return Err(DomainError::invalid("agreed_with_participant", "required").into());
                }
            }
            vec![Effect::PutPerson(match readiness {
                crate::org::Readiness::Gigs => Person {
                    gigs_since: *ready_since,
                    ..person
                },
                crate::org::Readiness::OpenLabourMarket => Person {
                    ready_since: *ready_since,
                    ..person
                },
            })]
        }
        Op::SetGroups { person, groups } => {
            let person = unit_participant(world, actor, *person)?;
            if groups.len() > crate::task::MAX_GROUPS {
                return Err(DomainError::invalid("groups", "too_many").into());
            }
            for group in groups {
                match world.group(*group)? {
                    Some(g) if g.organisation == actor.organisation => {}
                    _ => return Err(DomainError::not_found("group").into()),
                }
            }
            let mut groups = groups.clone();
            groups.sort();
            groups.dedup();
            vec![Effect::PutPerson(Person { groups, ..person })]
        }
        Op::RecordMovedOn { person, moved_on } => {
            let person = unit_participant(world, actor, *person)?;
            if let Some(moved) = moved_on {
                check_decision_date(moved.on, at)?;
            }
            vec![Effect::PutPerson(Person {
                moved_on: *moved_on,
                ..person
            })]
        }
        Op::SetConsent {
            share_benefit_profile,
        } => {
            require(actor, Role::Participant)?;
            let mut effects = vec![Effect::PutConsent(Consent {
                participant: actor.person,
                share_benefit_profile: *share_benefit_profile,
                decided_at: at,
                device: None,
            })];
            if !share_benefit_profile {
                // Taking the permission back takes the shared profile off the server too.
                effects.push(Effect::PutSharedProfile(SharedProfile {
                    participant: actor.person,
                    organisation: actor.organisation,
                    profile: None,
                    updated_at: at,
                }));
            }
            effects
        }
        Op::ShareBenefitProfile { profile } => {
            require(actor, Role::Participant)?;
            if let Some(profile) = profile {
                let consents = world
                    .consent(actor.person)?
                    .is_some_and(|c| c.share_benefit_profile);
                if !consents {
                    return Err(DomainError::Forbidden.into());
                }
                profile
                    .validate()
                    .map_err(|_| DomainError::invalid("profile", "impossible"))?;
            }
            vec![Effect::PutSharedProfile(SharedProfile {
                participant: actor.person,
                organisation: actor.organisation,
                profile: profile.clone(),
                updated_at: at,
            })]
        }
    };
    Ok(effects)
}

/// Refuses a time that is clearly wrong (before Keikka existed or more than a day ahead of
/// `now`) for records whose time is taken as given: the server's own tools. A device's time is
/// never taken as given; [`Received`] holds it instead, so a phone with a bad clock keeps its
/// work.
pub fn check_mutation_time(at: Timestamp, now: Timestamp) -> Result<(), DomainError> {
    let earliest = chrono::NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc());
    let too_early = earliest.is_some_and(|e| at < e);
    if too_early || at > now + chrono::Duration::days(1) {
        return Err(DomainError::invalid("at", "out_of_range"));
    }
    Ok(())
}

fn require(actor: &Actor, role: Role) -> Result<(), DomainError> {
    if actor.role == role {
        Ok(())
    } else {
        Err(DomainError::Forbidden)
    }
}

/// A date a supervisor records for a decision: not before 2000 and at most a year ahead of when
/// it was recorded, so a typing error does not become a record.
fn check_decision_date(date: chrono::NaiveDate, at: Timestamp) -> Result<(), DomainError> {
    let earliest = chrono::NaiveDate::from_ymd_opt(2000, 1, 1);
    let latest = at.date_naive() + chrono::Duration::days(366);
    if earliest.is_some_and(|e| date < e) || date > latest {
        return Err(DomainError::invalid("date", "out_of_range"));
    }
    Ok(())
}

fn own_organisation<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
) -> Result<Organisation, ApplyError> {
    world
        .organisation(actor.organisation)?
        .ok_or_else(|| DomainError::not_found("organisation").into())
}

/// A task of the supervisor's unit.
fn unit_task<W: World + ?Sized>(world: &W, actor: &Actor, id: TaskId) -> Result<Task, ApplyError> {
    world
        .task(id)?
        .filter(|t| t.organisation == actor.organisation)
        .ok_or_else(|| DomainError::not_found("task").into())
}

fn unit_commissioner<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
    id: CommissionerId,
) -> Result<Commissioner, ApplyError> {
    world
        .commissioner(id)?
        .filter(|c| c.organisation == actor.organisation)
        .ok_or_else(|| DomainError::not_found("commissioner").into())
}

/// A participant of the supervisor's unit (supervisors only).
fn unit_participant<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
    id: PersonId,
) -> Result<Person, ApplyError> {
    require(actor, Role::Supervisor)?;
    // A removed person is gone for every decision, as if there never was one.
    world
        .person(id)?
        .filter(|p| {
            p.organisation == actor.organisation
                && p.role == Role::Participant
                && p.removed_at.is_none()
        })
        .ok_or_else(|| DomainError::not_found("person").into())
}

/// The draft with its groups, commissioner and order checked to be the unit's; an order names
/// its commissioner, so a task from an order is billed to the one who ordered it.
fn checked_draft<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
    draft: &TaskDraft,
) -> Result<TaskDraft, ApplyError> {
    for group in &draft.groups {
        match world.group(*group)? {
            Some(g) if g.organisation == actor.organisation => {}
            _ => return Err(DomainError::not_found("group").into()),
        }
    }
    let mut draft = draft.clone();
    if let Some(order) = draft.order {
        let order = world
            .order(order)?
            .filter(|o| o.organisation == actor.organisation)
            .ok_or(DomainError::not_found("order"))?;
        match draft.commissioner {
            Some(c) if c != order.commissioner => {
                return Err(DomainError::invalid("commissioner", "not_of_order").into());
            }
            _ => draft.commissioner = Some(order.commissioner),
        }
    }
    if let Some(commissioner) = draft.commissioner {
        unit_commissioner(world, actor, commissioner)?;
    }
    Ok(draft)
}

fn visible_task<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
    id: TaskId,
) -> Result<Task, ApplyError> {
    world
        .task(id)?
        .filter(|t| t.organisation == actor.organisation && t.visible_to_groups(&actor.groups))
        .ok_or_else(|| DomainError::not_found("task").into())
}

fn own_claim<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
    id: ClaimId,
) -> Result<Claim, ApplyError> {
    require(actor, Role::Participant)?;
    world
        .claim(id)?
        .filter(|c| c.participant == actor.person)
        .ok_or_else(|| DomainError::not_found("claim").into())
}

fn supervised_claim<W: World + ?Sized>(
    world: &W,
    actor: &Actor,
    id: ClaimId,
) -> Result<Claim, ApplyError> {
    require(actor, Role::Supervisor)?;
    let claim = world
        .claim(id)?
        .filter(|c| c.organisation == actor.organisation)
        .ok_or(DomainError::not_found("claim"))?;
    // The claims of a removed person are anonymous records of hours and pay: nothing more is
    // decided on them.
    if world
        .person(claim.participant)?
        .is_some_and(|p| p.removed_at.is_some())
    {
        return Err(DomainError::not_found("claim").into());
    }
    Ok(claim)
}

/// The task of `claim` when work on it can still be started, reported or approved: a cancelled
/// task's claims earn nothing (the participant's screen says so), so none of that is taken.
fn work_task<W: World + ?Sized>(world: &W, claim: &Claim) -> Result<Task, ApplyError> {
    let task = task_of(world, claim)?;
    if task.status == crate::task::TaskStatus::Cancelled {
        return Err(DomainError::TaskNotOpen.into());
    }
    Ok(task)
}

/// Minutes of work fit in the task's own time: a three-hour task is not paid for a day.
fn within_task(task: &Task, minutes: crate::money::Minutes) -> Result<(), ApplyError> {
    if i64::from(minutes.0) > (task.ends_at - task.starts_at).num_minutes() {
        return Err(DomainError::invalid("minutes", "longer_than_task").into());
    }
    Ok(())
}

/// Work is started, reported and approved from the task's own day on (its date where it
/// happens, by the offset its start was written in), never on the days before it.
fn day_has_come(task: &Task, at: Timestamp) -> Result<(), ApplyError> {
    let day = task.starts_at.date_naive();
    if at.with_timezone(task.starts_at.offset()).date_naive() < day {
        return Err(DomainError::NotYet.into());
    }
    Ok(())
}

fn task_of<W: World + ?Sized>(world: &W, claim: &Claim) -> Result<Task, ApplyError> {
    // A claim without its task means broken storage, not bad input.
    world
        .task(claim.task)?
        .ok_or_else(|| WorldError(format!("claim {} has no task {}", claim.id, claim.task)).into())
}

/// An in-memory world: the reference implementation the property tests and the app's overlay use.
#[derive(Debug, Clone, Default)]
pub struct MemoryWorld {
    pub organisations: std::collections::BTreeMap<OrganisationId, Organisation>,
    pub groups: std::collections::BTreeMap<GroupId, Group>,
    pub tasks: std::collections::BTreeMap<TaskId, Task>,
    pub claims: std::collections::BTreeMap<ClaimId, Claim>,
    pub consents: std::collections::BTreeMap<PersonId, Consent>,
    pub persons: std::collections::BTreeMap<PersonId, Person>,
    pub commissioners: std::collections::BTreeMap<CommissionerId, Commissioner>,
    pub orders: std::collections::BTreeMap<OrderId, Order>,
    pub shared_profiles: std::collections::BTreeMap<PersonId, SharedProfile>,
}

impl MemoryWorld {
    pub fn store(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::PutOrganisation(o) => {
                    self.organisations.insert(o.id, o);
                }
                Effect::PutTask(t) => {
                    self.tasks.insert(t.id, t);
                }
                Effect::PutClaim(c) => {
                    self.claims.insert(c.id, c);
                }
                Effect::PutConsent(c) => {
                    self.consents.insert(c.participant, c);
                }
                Effect::PutPerson(p) => {
                    self.persons.insert(p.id, p);
                }
                Effect::PutCommissioner(c) => {
                    self.commissioners.insert(c.id, c);
                }
                Effect::PutOrder(o) => {
                    self.orders.insert(o.id, o);
                }
                Effect::PutSharedProfile(p) => {
                    self.shared_profiles.insert(p.participant, p);
                }
            }
        }
    }
}

impl World for MemoryWorld {
    fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>, WorldError> {
        Ok(self.organisations.get(&id).cloned())
    }
    fn group(&self, id: GroupId) -> Result<Option<Group>, WorldError> {
        Ok(self.groups.get(&id).cloned())
    }
    fn person(&self, id: PersonId) -> Result<Option<Person>, WorldError> {
        Ok(self.persons.get(&id).cloned())
    }
    fn consent(&self, participant: PersonId) -> Result<Option<Consent>, WorldError> {
        Ok(self.consents.get(&participant).cloned())
    }
    fn commissioner(&self, id: CommissionerId) -> Result<Option<Commissioner>, WorldError> {
        Ok(self.commissioners.get(&id).cloned())
    }
    fn order(&self, id: OrderId) -> Result<Option<Order>, WorldError> {
        Ok(self.orders.get(&id).cloned())
    }
    fn task(&self, id: TaskId) -> Result<Option<Task>, WorldError> {
        Ok(self.tasks.get(&id).cloned())
    }
    fn claim(&self, id: ClaimId) -> Result<Option<Claim>, WorldError> {
        Ok(self.claims.get(&id).cloned())
    }
    fn seat_holder(
        &self,
        task: TaskId,
        participant: PersonId,
    ) -> Result<Option<ClaimId>, WorldError> {
        Ok(self
            .claims
            .values()
            .find(|c| c.task == task && c.participant == participant && c.status().holds_seat())
            .map(|c| c.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::MutationId;
    use crate::money::Minutes;
    use crate::task::tests::{at, draft};
    use crate::{ClaimState, ClaimStatus, DomainError};
    use proptest::prelude::*;
    use uuid::Uuid;

    fn org() -> OrganisationId {
        OrganisationId(Uuid::from_u128(9))
    }

    fn participant(n: u128) -> Actor {
        Actor {
            person: PersonId(Uuid::from_u128(100 + n)),
            organisation: org(),
            role: Role::Participant,
            groups: vec![GroupId(Uuid::from_u128(50))],
        }
    }

    fn supervisor(organisation: OrganisationId) -> Actor {
        Actor {
            person: PersonId(Uuid::from_u128(8)),
            organisation,
            role: Role::Supervisor,
            groups: vec![],
        }
    }

    fn world() -> MemoryWorld {
        let mut w = MemoryWorld::default();
        w.organisations.insert(
            org(),
            Organisation {
                id: org(),
                name: "Työkeskus".into(),
                employer_of_record: "Väylä ry".into(),
                pay_calendar: None,
            },
        );
        w.groups.insert(
            GroupId(Uuid::from_u128(50)),
            Group {
                id: GroupId(Uuid::from_u128(50)),
                organisation: org(),
                name: "Aamuryhmä".into(),
            },
        );
        w
    }

    fn run(w: &mut MemoryWorld, actor: &Actor, op: Op) -> Result<(), DomainError> {
        run_at(w, actor, op, "2026-03-28T08:00:00+02:00")
    }

    fn run_at(w: &mut MemoryWorld, actor: &Actor, op: Op, when: &str) -> Result<(), DomainError> {
        // The device deciding its own mutation: its clock is the decider's.
        run_received(w, actor, op, when, when, when)
    }

    #[test]
    fn a_benefit_profile_is_shared_only_while_its_owner_consents() {
        let mut w = world();
        let aino = participant(1);
        let profile: crate::benefit::BenefitProfile =
            serde_json::from_str(r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"}]}"#)
                .unwrap();
        let share = || Op::ShareBenefitProfile {
            profile: Some(profile.clone()),
        };
        assert_eq!(run(&mut w, &aino, share()), Err(DomainError::Forbidden));
        assert_eq!(
            run(&mut w, &supervisor(org()), share()),
            Err(DomainError::Forbidden)
        );
        let yes = Op::SetConsent {
            share_benefit_profile: true,
        };
        run(&mut w, &aino, yes).unwrap();
        run(&mut w, &aino, share()).unwrap();
        assert_eq!(
            w.shared_profiles[&aino.person].profile.as_ref(),
            Some(&profile)
        );
        run(&mut w, &aino, Op::ShareBenefitProfile { profile: None }).unwrap();
        assert_eq!(w.shared_profiles[&aino.person].profile, None);
        run(&mut w, &aino, share()).unwrap();
        let no = Op::SetConsent {
            share_benefit_profile: false,
        };
        run(&mut w, &aino, no).unwrap();
        assert_eq!(w.shared_profiles[&aino.person].profile, None);
        assert_eq!(run(&mut w, &aino, share()), Err(DomainError::Forbidden));
    }

    /// A supervisor's one-tap approval of `claim`, paid on 5.4.2026.
    fn approve_as_reported(claim: ClaimId) -> Op {
        Op::ApproveCompletion {
            claim,
            paid_on: chrono::NaiveDate::from_ymd_opt(2026, 4, 5).unwrap(),
            minutes: None,
            adjust_reason: None,
        }
    }

    fn published(seats: u16) -> MemoryWorld {
        let mut w = world();
        run(
            &mut w,
            &supervisor(org()),
            Op::PublishTask { task: draft(seats) },
        )
        .unwrap();
        w
    }

    /// Readiness is agreed with the participant: a date without that is refused and changes
    /// nothing; trying gigs and the open labour market are recorded apart.
    #[test]
    fn readiness_needs_the_participants_agreement_and_keeps_its_two_steps_apart() {
        let mut w = world();
        let person = participant(1).person;
        w.persons
            .insert(person, Person::participant(person, org(), "Aino"));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2);
        let set = |readiness, agreed_with_participant| Op::SetReadiness {
            person,
            ready_since: day,
            readiness,
            agreed_with_participant,
        };
        let before = w.persons[&person].clone();
        assert!(matches!(
            run(
                &mut w,
                &supervisor(org()),
                set(crate::org::Readiness::Gigs, false)
            ),
            Err(DomainError::InvalidInput { .. })
        ));
        assert_eq!(w.persons[&person], before);
        run(
            &mut w,
            &supervisor(org()),
            set(crate::org::Readiness::Gigs, true),
        )
        .unwrap();
        assert_eq!(w.persons[&person].gigs_since, day);
        assert_eq!(w.persons[&person].ready_since, None);
        // A readiness sent before the two were told apart is the open labour market's.
        let old: Op = serde_json::from_value(serde_json::json!({
            "type": "set_readiness", "person": person, "ready_since": "2026-03-02",
            "agreed_with_participant": true
        }))
        .unwrap();
        run(&mut w, &supervisor(org()), old).unwrap();
        assert_eq!(w.persons[&person].ready_since, day);
        assert_eq!(w.persons[&person].gigs_since, day);
    }

    /// A cancelled task's claims are neither worked nor paid, and no more minutes are reported
    /// or approved than the task's own time (issue 15, item 3: a 1,440-minute completion of a
    /// cancelled task reached the pay file).
    #[test]
    fn a_cancelled_tasks_claims_earn_nothing_and_minutes_fit_the_task() {
        let mut w = published(2);
        let task = draft(2).id;
        let (early, late) = (ClaimId(Uuid::new_v4()), ClaimId(Uuid::new_v4()));
        run(
            &mut w,
            &participant(1),
            Op::ClaimTask { claim: early, task },
        )
        .unwrap();
        run(&mut w, &participant(2), Op::ClaimTask { claim: late, task }).unwrap();
        let done = |claim, minutes| Op::CompleteTask {
            claim,
            minutes: Minutes(minutes),
            note: None,
        };
        // The draft's time is three hours.
        assert!(matches!(
            run(&mut w, &participant(1), done(early, 181)),
            Err(DomainError::InvalidInput { .. })
        ));
        run(&mut w, &participant(1), done(early, 180)).unwrap();
        let approve = |claim, minutes: Option<u32>| Op::ApproveCompletion {
            claim,
            paid_on: chrono::NaiveDate::from_ymd_opt(2026, 4, 5).unwrap(),
            minutes: minutes.map(Minutes),
            adjust_reason: minutes.map(|_| "Pidempi päivä".to_owned()),
        };
        assert!(matches!(
            run(&mut w, &supervisor(org()), approve(early, Some(1440))),
            Err(DomainError::InvalidInput { .. })
        ));
        run(&mut w, &supervisor(org()), Op::CancelTask { task }).unwrap();
        assert_eq!(
            run(&mut w, &participant(2), done(late, 60)),
            Err(DomainError::TaskNotOpen)
        );
        assert_eq!(
            run(&mut w, &participant(2), Op::StartTask { claim: late }),
            Err(DomainError::TaskNotOpen)
        );
        assert_eq!(
            run(&mut w, &supervisor(org()), approve(early, None)),
            Err(DomainError::TaskNotOpen)
        );
    }

    fn run_received(
        w: &mut MemoryWorld,
        actor: &Actor,
        op: Op,
        sent: &str,
        now: &str,
        not_before: &str,
    ) -> Result<(), DomainError> {
        let m = Mutation {
            id: MutationId(Uuid::new_v4()),
            at: at(sent),
            op,
        };
        let received = Received {
            now: at(now),
            not_before: at(not_before),
        };
        match apply(w, actor, &m, received) {
            Ok(effects) => {
                w.store(effects);
                Ok(())
            }
            Err(ApplyError::Rejected(e)) => Err(e),
            Err(ApplyError::Storage(e)) => panic!("{e}"),
        }
    }

    /// The decider's clock sets what a device's time can be: an action dated into a time the
    /// device was already past (a task over on Sunday, claimed on Monday with Sunday's time),
    /// or into the future (a no-show an hour before the task), counts at the nearest time it
    /// can have happened, and the rules judge it there. A day offline keeps its own times.
    #[test]
    fn a_device_cannot_date_an_action_outside_what_the_server_knows_of_it() {
        let (saturday_eight, task_day_noon) =
            ("2026-03-28T08:00:00+02:00", "2026-03-28T12:00:00+02:00");
        let sunday = "2026-03-29T10:00:00+02:00";
        // Claiming an ended task with a time from before its end, after being in touch since:
        let mut w = published(3);
        let task = draft(3).id;
        let claim = ClaimId(Uuid::new_v4());
        let take = Op::ClaimTask { claim, task };
        assert_eq!(
            run_received(
                &mut w,
                &participant(1),
                take.clone(),
                saturday_eight,
                sunday,
                sunday
            ),
            Err(DomainError::TaskNotOpen)
        );
        // ...while a phone offline since Saturday morning, that took it then, keeps its claim
        // and its time.
        run_received(
            &mut w,
            &participant(1),
            take,
            saturday_eight,
            sunday,
            "2026-03-28T07:00:00+02:00",
        )
        .unwrap();
        assert_eq!(w.claims[&claim].claimed_at, at(saturday_eight));
        // A no-show cannot be dated after now: an hour before the task it is refused.
        let an_hour_before = "2026-03-28T08:00:00+02:00";
        assert_eq!(
            run_received(
                &mut w,
                &supervisor(org()),
                Op::MarkNoShow { claim },
                task_day_noon,
                an_hour_before,
                an_hour_before,
            ),
            Err(DomainError::invalid("at", "before_start"))
        );
        // A completion dated before its claim is recorded after it.
        run_received(
            &mut w,
            &participant(1),
            Op::CompleteTask {
                claim,
                minutes: Minutes(60),
                note: None,
            },
            "2026-03-27T12:00:00+02:00",
            task_day_noon,
            "2026-03-27T12:00:00+02:00",
        )
        .unwrap();
        let ClaimState::Completed { completion, .. } = &w.claims[&claim].state else {
            panic!("not completed");
        };
        assert_eq!(completion.completed_at, at(saturday_eight));
        // The undo window runs on the server's clock too: an undo the device dates five
        // minutes after the approval but sends two hours later is too late.
        run_received(
            &mut w,
            &supervisor(org()),
            approve_as_reported(claim),
            "2026-03-28T13:00:00+02:00",
            "2026-03-28T13:00:00+02:00",
            "2026-03-28T12:59:00+02:00",
        )
        .unwrap();
        assert_eq!(
            run_received(
                &mut w,
                &supervisor(org()),
                Op::UndoApproval { claim },
                "2026-03-28T13:05:00+02:00",
                "2026-03-28T15:00:00+02:00",
                "2026-03-28T13:00:00+02:00",
            ),
            Err(DomainError::AlreadyDecided)
        );
        assert_eq!(w.claims[&claim].status(), ClaimStatus::Approved);
    }

    /// An approval tapped on the wrong card is taken back within ten minutes, by a supervisor
    /// of the unit only; then the work waits again as reported, and later the approval stands.
    #[test]
    fn a_supervisor_takes_an_approval_back_within_minutes_and_not_later() {
        let mut w = published(1);
        let claim = ClaimId(Uuid::new_v4());
        let task = draft(1).id;
        run(&mut w, &participant(1), Op::ClaimTask { claim, task }).unwrap();
        let done = Op::CompleteTask {
            claim,
            minutes: Minutes(60),
            note: None,
        };
        run_at(&mut w, &participant(1), done, "2026-03-28T12:00:00+02:00").unwrap();
        let approve = approve_as_reported(claim);
        run_at(
            &mut w,
            &supervisor(org()),
            approve.clone(),
            "2026-03-28T13:00:00+02:00",
        )
        .unwrap();
        let undo = Op::UndoApproval { claim };
        assert!(
            run_at(
                &mut w,
                &participant(1),
                undo.clone(),
                "2026-03-28T13:05:00+02:00"
            )
            .is_err()
        );
        run_at(
            &mut w,
            &supervisor(org()),
            undo.clone(),
            "2026-03-28T13:05:00+02:00",
        )
        .unwrap();
        assert_eq!(w.claims[&claim].status(), ClaimStatus::Completed);
        assert_eq!(w.claims[&claim].earning(), None);
        // An undo dated before the approval it follows (a clock that jumped back) is recorded
        // as just after it: a step is never dated before the one it follows.
        run_at(
            &mut w,
            &supervisor(org()),
            approve.clone(),
            "2026-03-28T13:30:00+02:00",
        )
        .unwrap();
        run_at(
            &mut w,
            &supervisor(org()),
            undo.clone(),
            "2026-03-28T13:20:00+02:00",
        )
        .unwrap();
        assert_eq!(w.claims[&claim].status(), ClaimStatus::Completed);
        // Approved again, and this time the undo comes too late.
        run_at(
            &mut w,
            &supervisor(org()),
            approve,
            "2026-03-28T14:00:00+02:00",
        )
        .unwrap();
        assert_eq!(
            run_at(
                &mut w,
                &supervisor(org()),
                undo,
                "2026-03-28T14:11:00+02:00"
            ),
            Err(DomainError::AlreadyDecided)
        );
        assert_eq!(w.claims[&claim].status(), ClaimStatus::Approved);
    }

    /// A start tapped by mistake (or put off) is undone by the participant, and then "I can't
    /// come" works again; nobody else can undo it, and once the work is reported it stays.
    #[test]
    fn a_participant_undoes_their_start_and_can_then_withdraw() {
        let mut w = published(1);
        let claim = ClaimId(Uuid::new_v4());
        let task = draft(1).id;
        run(&mut w, &participant(1), Op::ClaimTask { claim, task }).unwrap();
        run(&mut w, &participant(1), Op::StartTask { claim }).unwrap();
        assert!(run(&mut w, &participant(1), Op::WithdrawClaim { claim }).is_err());
        assert!(run(&mut w, &participant(2), Op::UndoStart { claim }).is_err());
        run(&mut w, &participant(1), Op::UndoStart { claim }).unwrap();
        assert_eq!(w.claims[&claim].status(), ClaimStatus::Claimed);
        assert!(run(&mut w, &participant(1), Op::UndoStart { claim }).is_err());
        run(&mut w, &participant(1), Op::WithdrawClaim { claim }).unwrap();
        assert_eq!(w.claims[&claim].status(), ClaimStatus::Withdrawn);

        let reported = ClaimId(Uuid::new_v4());
        let mut w = published(1);
        run(
            &mut w,
            &participant(1),
            Op::ClaimTask {
                claim: reported,
                task,
            },
        )
        .unwrap();
        run(&mut w, &participant(1), Op::StartTask { claim: reported }).unwrap();
        let done = Op::CompleteTask {
            claim: reported,
            minutes: Minutes(60),
            note: None,
        };
        run(&mut w, &participant(1), done).unwrap();
        assert!(run(&mut w, &participant(1), Op::UndoStart { claim: reported }).is_err());
    }

    /// On Thursday a participant cannot mark Saturday's task started or done, nor can the
    /// supervisor approve it: a certificate would attest work on a day that has not come.
    #[test]
    fn work_is_started_reported_and_approved_from_the_tasks_day_on_never_before() {
        let mut w = published(1);
        let claim = ClaimId(Uuid::new_v4());
        let task = draft(1).id;
        let thursday = "2026-03-26T12:00:00+02:00";
        run_at(
            &mut w,
            &participant(1),
            Op::ClaimTask { claim, task },
            thursday,
        )
        .unwrap();
        let start = Op::StartTask { claim };
        assert_eq!(
            run_at(&mut w, &participant(1), start.clone(), thursday),
            Err(DomainError::NotYet)
        );
        // Late on the evening before, in the task's own time zone, is still before its day.
        assert_eq!(
            run_at(
                &mut w,
                &participant(1),
                start.clone(),
                "2026-03-27T23:30:00+02:00"
            ),
            Err(DomainError::NotYet)
        );
        let complete = Op::CompleteTask {
            claim,
            minutes: Minutes(60),
            note: None,
        };
        assert_eq!(
            run_at(&mut w, &participant(1), complete.clone(), thursday),
            Err(DomainError::NotYet)
        );
        // On the day (early morning counts: the day has come) it goes through.
        run_at(&mut w, &participant(1), start, "2026-03-28T06:00:00+02:00").unwrap();
        run_at(
            &mut w,
            &participant(1),
            complete,
            "2026-03-28T12:00:00+02:00",
        )
        .unwrap();
        // An approval dated before the work it approves is recorded as made after it.
        run_at(
            &mut w,
            &supervisor(org()),
            approve_as_reported(claim),
            thursday,
        )
        .unwrap();
        let ClaimState::Approved { approval, .. } = &w.claims[&claim].state else {
            panic!("not approved");
        };
        assert_eq!(approval.at, at("2026-03-28T12:00:00+02:00"));
    }

    #[test]
    fn only_supervisors_publish_and_only_participants_claim() {
        let mut w = world();
        assert_eq!(
            run(&mut w, &participant(1), Op::PublishTask { task: draft(1) }),
            Err(DomainError::Forbidden)
        );
        let mut w = published(1);
        let task = draft(1).id;
        let claim = ClaimId(Uuid::new_v4());
        assert_eq!(
            run(&mut w, &supervisor(org()), Op::ClaimTask { claim, task }),
            Err(DomainError::Forbidden)
        );
    }

    #[test]
    fn another_organisations_supervisor_cannot_see_the_claim() {
        let mut w = published(1);
        let claim = ClaimId(Uuid::new_v4());
        run(
            &mut w,
            &participant(1),
            Op::ClaimTask {
                claim,
                task: draft(1).id,
            },
        )
        .unwrap();
        run(
            &mut w,
            &participant(1),
            Op::CompleteTask {
                claim,
                minutes: Minutes(60),
                note: None,
            },
        )
        .unwrap();
        let other = supervisor(OrganisationId(Uuid::from_u128(77)));
        let approve = approve_as_reported(claim);
        assert_eq!(
            run(&mut w, &other, approve.clone()),
            Err(DomainError::not_found("claim"))
        );
        run(&mut w, &supervisor(org()), approve.clone()).unwrap();
        assert_eq!(
            run(&mut w, &supervisor(org()), approve),
            Err(DomainError::AlreadyDecided)
        );
    }

    #[test]
    fn a_participant_outside_the_tasks_groups_cannot_see_it() {
        let mut w = world();
        let mut d = draft(1);
        d.groups = vec![GroupId(Uuid::from_u128(50))];
        run(
            &mut w,
            &supervisor(org()),
            Op::PublishTask { task: d.clone() },
        )
        .unwrap();
        let mut outsider = participant(2);
        outsider.groups = vec![];
        let claim = ClaimId(Uuid::new_v4());
        assert_eq!(
            run(&mut w, &outsider, Op::ClaimTask { claim, task: d.id }),
            Err(DomainError::not_found("task"))
        );
    }

    #[test]
    fn the_same_participant_cannot_hold_two_seats_of_one_task() {
        let mut w = published(3);
        let task = draft(3).id;
        run(
            &mut w,
            &participant(1),
            Op::ClaimTask {
                claim: ClaimId(Uuid::new_v4()),
                task,
            },
        )
        .unwrap();
        assert_eq!(
            run(
                &mut w,
                &participant(1),
                Op::ClaimTask {
                    claim: ClaimId(Uuid::new_v4()),
                    task
                }
            ),
            Err(DomainError::AlreadyClaimed)
        );
    }

    #[test]
    fn someone_elses_claim_is_not_found_for_a_participant() {
        let mut w = published(2);
        let claim = ClaimId(Uuid::new_v4());
        run(
            &mut w,
            &participant(1),
            Op::ClaimTask {
                claim,
                task: draft(2).id,
            },
        )
        .unwrap();
        assert_eq!(
            run(&mut w, &participant(2), Op::StartTask { claim }),
            Err(DomainError::not_found("claim"))
        );
    }

    #[test]
    fn only_a_supervisor_of_the_unit_sets_its_pay_calendar_and_only_a_real_one() {
        let mut w = world();
        let calendar = crate::pay::PayCalendar::NextMonthOnDay { day: 15 };
        assert_eq!(
            run(&mut w, &participant(1), Op::SetPayCalendar { calendar }),
            Err(DomainError::Forbidden)
        );
        assert_eq!(
            run(
                &mut w,
                &supervisor(org()),
                Op::SetPayCalendar {
                    calendar: crate::pay::PayCalendar::NextMonthOnDay { day: 40 }
                }
            ),
            Err(DomainError::invalid("pay_calendar", "day_out_of_range"))
        );
        assert_eq!(
            w.organisations[&org()].pay_calendar,
            None,
            "nothing changed"
        );
        run(&mut w, &supervisor(org()), Op::SetPayCalendar { calendar }).unwrap();
        assert_eq!(w.organisations[&org()].pay_calendar, Some(calendar));
        let stranger = supervisor(OrganisationId(Uuid::from_u128(999)));
        assert_eq!(
            run(&mut w, &stranger, Op::SetPayCalendar { calendar }),
            Err(DomainError::not_found("organisation"))
        );
    }

    #[test]
    fn device_clocks_far_off_are_refused() {
        let now = at("2026-03-28T08:00:00+02:00");
        assert!(check_mutation_time(now, now).is_ok());
        assert!(check_mutation_time(at("2026-03-30T08:00:00+02:00"), now).is_err());
        assert!(check_mutation_time(at("1999-01-01T00:00:00+00:00"), now).is_err());
    }

    proptest! {
        /// However many participants try, in whatever order, seats taken never exceed seats and
        /// equal the number of seat-holding claims.
        #[test]
        fn seats_are_never_oversold(seats in 1u16..6, attempts in proptest::collection::vec((0u128..8, any::<bool>()), 0..40)) {
            let mut w = published(seats);
            let task = draft(seats).id;
            let mut claims: Vec<(u128, ClaimId)> = vec![];
            for (who, withdraw) in attempts {
                let actor = participant(who);
                match claims.iter().position(|(p, _)| *p == who) {
                    Some(i) if withdraw => {
                        let (_, claim) = claims.remove(i);
                        run(&mut w, &actor, Op::WithdrawClaim { claim }).unwrap();
                    }
                    _ => {
                        let claim = ClaimId(Uuid::new_v4());
                        if run(&mut w, &actor, Op::ClaimTask { claim, task }).is_ok() {
                            claims.push((who, claim));
                        }
                    }
                }
                let t = &w.tasks[&task];
                let holding = w.claims.values().filter(|c| c.status() != ClaimStatus::Withdrawn).count();
                prop_assert!(t.seats_taken <= t.seats);
                prop_assert_eq!(usize::from(t.seats_taken), holding);
            }
        }
    }
}
