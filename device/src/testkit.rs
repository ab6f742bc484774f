//! Shared test fixtures: one unit with a group, a supervisor and participants, and helpers
//! that make tasks and claims through keikka-core's own `apply` so they are realistic.

use keikka_core::apply::MemoryWorld;
use keikka_core::protocol::{Change, Cursor, Mutation, Op, PairResponse, SyncResponse};
use keikka_core::{
    Actor, Cents, ClaimId, ContractType, DeviceId, Group, GroupId, Minutes, MutationId,
    Organisation, OrganisationId, Pay, Person, PersonId, Role, TaskDraft, TaskId, Timestamp, apply,
};
use uuid::Uuid;

pub fn at(text: &str) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(text).expect("test timestamp")
}

/// "Now" in the tests: a Monday morning in March 2026, Finnish winter time.
pub fn now() -> Timestamp {
    at("2026-03-23T08:00:00+02:00")
}

pub fn organisation() -> Organisation {
    Organisation {
        id: OrganisationId(Uuid::from_u128(1)),
        name: "Työkeskus Kallio".into(),
        employer_of_record: "Väylä ry".into(),
        pay_calendar: None,
    }
}

pub fn group() -> Group {
    Group {
        id: GroupId(Uuid::from_u128(2)),
        organisation: organisation().id,
        name: "Aamuryhmä".into(),
    }
}

pub fn supervisor() -> Person {
    Person {
        id: PersonId(Uuid::from_u128(10)),
        organisation: organisation().id,
        name: "Sanna Ohjaaja".into(),
        role: Role::Supervisor,
        groups: vec![],
        ready_since: None,
        gigs_since: None,
        moved_on: None,
        removed_at: None,
        devices: Vec::new(),
    }
}

pub fn participant(n: u128) -> Person {
    Person {
        id: PersonId(Uuid::from_u128(100 + n)),
        organisation: organisation().id,
        name: format!("Osallistuja {n}"),
        role: Role::Participant,
        groups: vec![group().id],
        ready_since: None,
        gigs_since: None,
        moved_on: None,
        removed_at: None,
        devices: Vec::new(),
    }
}

pub fn actor(p: &Person) -> Actor {
    Actor {
        person: p.id,
        organisation: p.organisation,
        role: p.role,
        groups: p.groups.clone(),
    }
}

pub fn pair_response(person: &Person, device: u128) -> PairResponse {
    PairResponse {
        device: DeviceId(Uuid::from_u128(1000 + device)),
        token: format!("token-{device}"),
        person: person.clone(),
        organisation: organisation(),
    }
}

/// A draft for a task on Saturday 28 March 2026, 9–12, 10 €/h.
pub fn draft(n: u128, seats: u16) -> TaskDraft {
    TaskDraft {
        id: TaskId(Uuid::from_u128(500 + n)),
        title: format!("Imurointi {n}"),
        steps: vec!["Tule ovelle 2.".into()],
        place: "Kallion kirkko".into(),
        starts_at: at("2026-03-28T09:00:00+02:00"),
        ends_at: at("2026-03-28T12:00:00+02:00"),
        estimated_minutes: Minutes(120),
        pay: Pay::Hourly(Cents(1000)),
        seats,
        instructor: None,
        contract: ContractType::Employment,
        commissioner: None,
        order: None,
        groups: vec![],
        employer_of_record: None,
        swedish: None,
    }
}

/// The server side of a test: a world that changes only through `apply`, and the changes it
/// made, in order, as a server would send them.
#[derive(Default)]
pub struct ServerSim {
    pub world: MemoryWorld,
}

impl ServerSim {
    pub fn new() -> ServerSim {
        let mut world = MemoryWorld::default();
        world
            .organisations
            .insert(organisation().id, organisation());
        world.groups.insert(group().id, group());
        for person in [supervisor(), participant(1), participant(2), participant(3)] {
            world.persons.insert(person.id, person);
        }
        ServerSim { world }
    }

    /// The unit, its group and people, as a first sync would bring them.
    pub fn basics(&self, people: &[Person]) -> Vec<Change> {
        let mut changes = vec![Change::Organisation(organisation()), Change::Group(group())];
        changes.extend(people.iter().cloned().map(Change::Person));
        changes
    }

    /// Applies `op` as `by` at `when`; panics if the domain refuses (a broken fixture). Work
    /// on a task (started, reported, decided) is history the fixture wrote: it happened on the
    /// task's day at the earliest, as the domain requires, even where `when` is earlier.
    pub fn run(&mut self, by: &Person, op: Op, when: Timestamp) -> Vec<Change> {
        let when = self.on_the_day(&op).map_or(when, |day| when.max(day));
        let m = Mutation {
            id: MutationId(Uuid::new_v4()),
            at: when,
            op,
        };
        self.run_mutation(by, &m).expect("fixture op applies")
    }

    /// The start of the day of the task `op` works on, for ops that need that day to have come.
    fn on_the_day(&self, op: &Op) -> Option<Timestamp> {
        use keikka_core::apply::World;
        let claim = match op {
            Op::StartTask { claim }
            | Op::CompleteTask { claim, .. }
            | Op::ApproveCompletion { claim, .. } => *claim,
            _ => return None,
        };
        let task = self.world.claim(claim).ok()??.task;
        let starts = self.world.task(task).ok()??.starts_at;
        let midnight = starts.date_naive().and_hms_opt(0, 0, 0)?;
        midnight.and_local_timezone(*starts.offset()).single()
    }

    pub fn run_mutation(
        &mut self,
        by: &Person,
        m: &Mutation,
    ) -> Result<Vec<Change>, keikka_core::DomainError> {
        match apply(
            &self.world,
            &actor(by),
            m,
            keikka_core::apply::Received::as_recorded(m.at),
        ) {
            Ok(effects) => {
                let changes = effects
                    .iter()
                    .map(|e| match e {
                        keikka_core::Effect::PutTask(t) => Change::Task(t.clone()),
                        keikka_core::Effect::PutClaim(c) => Change::Claim(c.clone()),
                        keikka_core::Effect::PutConsent(c) => Change::Consent(c.clone()),
                        keikka_core::Effect::PutPerson(p) => Change::Person(p.clone()),
                        keikka_core::Effect::PutCommissioner(c) => Change::Commissioner(c.clone()),
                        keikka_core::Effect::PutOrder(o) => Change::Order(o.clone()),
                        keikka_core::Effect::PutOrganisation(o) => Change::Organisation(o.clone()),
                        keikka_core::Effect::PutSharedProfile(p) => {
                            Change::SharedProfile(p.clone())
                        }
                    })
                    .collect();
                self.world.store(effects);
                Ok(changes)
            }
            Err(keikka_core::apply::ApplyError::Rejected(e)) => Err(e),
            Err(e) => panic!("{e}"),
        }
    }

    pub fn publish(&mut self, draft: TaskDraft) -> Vec<Change> {
        self.run(
            &supervisor(),
            Op::PublishTask { task: draft },
            at("2026-03-20T10:00:00+02:00"),
        )
    }

    pub fn claim(&mut self, who: &Person, task: TaskId) -> (ClaimId, Vec<Change>) {
        let claim = ClaimId(Uuid::new_v4());
        let changes = self.run(
            who,
            Op::ClaimTask { claim, task },
            at("2026-03-21T10:00:00+02:00"),
        );
        (claim, changes)
    }
}

/// `person`'s device, paired and fed by a first sync with the unit, the supervisor, `person`
/// and `changes`.
pub fn device_of(person: &Person, changes: Vec<Change>) -> crate::Store {
    let mut store = crate::Store::open_in_memory().expect("in-memory store");
    store
        .save_pairing("http://keikka.test", &pair_response(person, 1))
        .expect("pairing saved");
    let mut all = ServerSim::new().basics(&[supervisor(), person.clone()]);
    all.extend(changes);
    store
        .apply_sync_response(
            &SyncResponse {
                results: vec![],
                changes: all,
                cursor: Cursor(1),
                more: false,
                rules: None,
            },
            now(),
        )
        .expect("first answer applied");
    store
}
