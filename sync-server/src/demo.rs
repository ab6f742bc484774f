//! The demo unit: a work-activity centre in Kallio with groups, people and two weeks of tasks,
//! made through the same domain code as real data, plus fresh pairing codes on every run.

use crate::error::StoreError;
use crate::store::{Store, actor_of};
use chrono::{Duration, FixedOffset, NaiveTime};
use keikka_core::protocol::{Mutation, Op, Outcome, PairingCode};
use keikka_core::{
    Cents, ClaimId, CommissionerDraft, CommissionerId, ContractType, DomainError, GroupId, Minutes,
    MutationId, OrderDraft, OrderId, Organisation, OrganisationId, Pay, TaskDraft, TaskId,
    Timestamp, VatRate,
};
use uuid::Uuid;

/// The demo organisation's fixed id: seeding again finds it instead of making a second one.
pub const DEMO_ORGANISATION: OrganisationId =
    OrganisationId(Uuid::from_u128(0x6b65_696b_6b61_4000_8000_0000_0000_0001));

/// What a demo run hands out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSeed {
    pub organisation: Organisation,
    /// A fresh code for each person, the supervisor first.
    pub codes: Vec<PairingCode>,
    /// Whether this run created the organisation (false when it was there already).
    pub created: bool,
}

impl DemoSeed {
    /// The lines the `demo` command prints, one per person: `<role> <name> <CODE>`.
    pub fn code_lines(&self) -> Vec<String> {
        self.codes
            .iter()
            .map(|c| format!("{} {} {}", c.person.role.as_str(), c.person.name, c.code))
            .collect()
    }
}

/// Seeds the demo organisation unless it exists, then issues a fresh pairing code for each of
/// its people (their earlier unused codes stop working).
pub fn seed(store: &Store, now: Timestamp) -> Result<DemoSeed, StoreError> {
    let created = store.organisation(DEMO_ORGANISATION)?.is_none();
    if created {
        create(store, now)?;
    }
    let organisation = store
        .organisation(DEMO_ORGANISATION)?
        .ok_or_else(|| StoreError::Corrupt("the demo organisation vanished".into()))?;
    let codes = store
        .people(DEMO_ORGANISATION)?
        .into_iter()
        .map(|person| store.issue_pairing_code(Some(DEMO_ORGANISATION), person.id, None, now))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DemoSeed {
        organisation,
        codes,
        created,
    })
}

/// Väylä ry pays a month's work on the 15th of the next month.
const DEMO_PAY_CALENDAR: keikka_core::PayCalendar =
    keikka_core::PayCalendar::NextMonthOnDay { day: 15 };

fn create(store: &Store, now: Timestamp) -> Result<(), StoreError> {
    let new = store.create_organisation_with_id(
        DEMO_ORGANISATION,
        "Kallion työtoimintakeskus",
        "Väylä ry",
        "Sanna Laine",
        now,
    )?;
    let supervisor = actor_of(&new.supervisor.person);
    apply(
        store,
        &supervisor,
        now,
        Op::SetPayCalendar {
            calendar: DEMO_PAY_CALENDAR,
        },
        now,
    )?;
    let morning = store.create_group(&supervisor, "Aamuryhmä")?.id;
    let afternoon = store.create_group(&supervisor, "Iltapäiväryhmä")?.id;
    for (name, group) in [("Aino", morning), ("Mikko", morning), ("Leena", afternoon)] {
        store.create_participant(DEMO_ORGANISATION, name, &[group], now)?;
    }
    for draft in drafts(now, morning, afternoon)? {
        apply(
            store,
            &supervisor,
            now,
            Op::PublishTask { task: draft },
            now,
        )?;
    }
    let juha = store.create_participant(DEMO_ORGANISATION, "Juha", &[morning], now)?;
    history(store, &supervisor, &actor_of(&juha.person), now)
}

/// Applies one op as `actor`, done at `at`, as a device would have sent it.
fn apply(
    store: &Store,
    actor: &keikka_core::Actor,
    at: Timestamp,
    op: Op,
    now: Timestamp,
) -> Result<(), StoreError> {
    let mutation = Mutation {
        id: MutationId(Uuid::new_v4()),
        at,
        op,
    };
    match store.apply_mutation(actor, None, &mutation, now)? {
        Outcome::Applied => Ok(()),
        Outcome::Rejected { reason } => Err(StoreError::Invalid(reason)),
    }
}

/// The supervisor's side of the demo: two commissioners with an order each, and Juha's last
/// days: work approved with the commissioner's feedback, work waiting for approval, and a task
/// he did not report.
fn history(
    store: &Store,
    supervisor: &keikka_core::Actor,
    juha: &keikka_core::Actor,
    now: Timestamp,
) -> Result<(), StoreError> {
    let parish = CommissionerId(Uuid::new_v4());
    let city = CommissionerId(Uuid::new_v4());
    for (id, name, contact, price, vat) in [
        (
            parish,
            "Kallion seurakunta",
            "Suntio Pekka Virtanen, 040 123 4567",
            1450,
            VatRate::GENERAL,
        ),
        (
            city,
            "Helsingin kaupunki, asukaspalvelut",
            "Riikka Laine, 09 310 1234",
            3500,
            VatRate(0),
        ),
    ] {
        let commissioner = CommissionerDraft {
            id,
            name: name.into(),
            contact: contact.into(),
            price_per_hour: Cents(price),
            vat,
        };
        apply(
            store,
            supervisor,
            now,
            Op::SaveCommissioner { commissioner },
            now,
        )?;
    }
    let (parish_order, city_order) = (OrderId(Uuid::new_v4()), OrderId(Uuid::new_v4()));
    for (id, commissioner, title, notes) in [
        (
            parish_order,
            parish,
            "Seurakuntasalin siivous syksyllä",
            "Kerran viikossa. Avain suntiolta.",
        ),
        (
            city_order,
            city,
            "Kauppa-apu ikäihmisille",
            "Asiakkaat soittavat palveluun; kaupassa käydään yhdessä.",
        ),
    ] {
        let order = OrderDraft {
            id,
            commissioner,
            title: title.into(),
            notes: notes.into(),
        };
        apply(store, supervisor, now, Op::SaveOrder { order }, now)?;
    }
    let past = |title: &str, place: &str, day: i64, hours: (u32, u32), order: Option<OrderId>| {
        Ok::<_, StoreError>(TaskDraft {
            id: TaskId(Uuid::new_v4()),
            title: title.into(),
            steps: vec![],
            place: place.into(),
            starts_at: day_at(now, day, hours.0, 0)?,
            ends_at: day_at(now, day, hours.1, 0)?,
            estimated_minutes: Minutes((hours.1 - hours.0) * 60 - 30),
            pay: Pay::Hourly(Cents(1050)),
            seats: 1,
            instructor: None,
            contract: ContractType::Employment,
            commissioner: None,
            order,
            groups: vec![],
            employer_of_record: None,
            swedish: None,
        })
    };
    let shopping = past(
        "Kauppa-apu Vallilassa",
        "Vallila, Helsinki",
        -4,
        (13, 15),
        Some(city_order),
    )?;
    let hall = past(
        "Seurakuntasalin imurointi",
        "Kallion seurakuntatalo",
        -1,
        (9, 12),
        Some(parish_order),
    )?;
    let raking = past(
        "Pihan haravointi",
        "Kallion työtoimintakeskus",
        -1,
        (13, 15),
        None,
    )?;
    // Published a week ago, before the work.
    let week_ago = now - Duration::days(7);
    for task in [&shopping, &hall, &raking] {
        apply(
            store,
            supervisor,
            week_ago,
            Op::PublishTask { task: task.clone() },
            now,
        )?;
    }
    let claims: Vec<ClaimId> = (0..3).map(|_| ClaimId(Uuid::new_v4())).collect();
    for (claim, task) in claims.iter().zip([&shopping, &hall, &raking]) {
        let op = Op::ClaimTask {
            claim: *claim,
            task: task.id,
        };
        apply(store, juha, week_ago, op, now)?;
    }
    let done = |claim: ClaimId, minutes: u32, note: Option<&str>| Op::CompleteTask {
        claim,
        minutes: Minutes(minutes),
        note: note.map(str::to_owned),
    };
    apply(
        store,
        juha,
        shopping.ends_at,
        done(claims[0], 120, None),
        now,
    )?;
    let note = Some("Imuroin myös eteisen.");
    apply(store, juha, hall.ends_at, done(claims[1], 170, note), now)?;
    let approved_at = shopping.ends_at + Duration::days(1);
    let paid_on = DEMO_PAY_CALENDAR.pay_day(
        shopping.starts_at.date_naive(),
        Some(approved_at.date_naive()),
    );
    let op = Op::ApproveCompletion {
        claim: claims[0],
        paid_on,
        minutes: None,
        adjust_reason: None,
    };
    apply(store, supervisor, approved_at, op, now)?;
    let op = Op::AddFeedback {
        claim: claims[0],
        text: "Asiakas kiitti: kauppareissu sujui rauhallisesti ja iloisesti.".into(),
    };
    apply(store, supervisor, approved_at, op, now)
}

/// Helsinki in winter; the demo does not need daylight saving to be right.
fn helsinki() -> Result<FixedOffset, StoreError> {
    FixedOffset::east_opt(2 * 3600).ok_or_else(|| StoreError::Corrupt("offset".into()))
}

/// `days` after today, at `hour:minute` Helsinki time.
fn day_at(now: Timestamp, days: i64, hour: u32, minute: u32) -> Result<Timestamp, StoreError> {
    let tz = helsinki()?;
    let date = now.with_timezone(&tz).date_naive() + Duration::days(days);
    let time = NaiveTime::from_hms_opt(hour, minute, 0)
        .ok_or_else(|| StoreError::Invalid(DomainError::invalid("starts_at", "bad_time")))?;
    date.and_time(time)
        .and_local_timezone(tz)
        .single()
        .ok_or_else(|| StoreError::Invalid(DomainError::invalid("starts_at", "bad_time")))
}

/// When a plan's `at` falls: on its day at that hour; for today's plan (day 0), counted from
/// the start of the current hour, so the demo has a task going on whenever it starts (work is
/// started only on its day) that a participant can still take and finish.
fn plan_time(now: Timestamp, plan: &Plan, at: (u32, u32)) -> Result<Timestamp, StoreError> {
    if plan.day != 0 {
        return day_at(now, plan.day, at.0, at.1);
    }
    use chrono::Timelike;
    let hour = now
        .with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .ok_or_else(|| StoreError::Invalid(DomainError::invalid("starts_at", "bad_time")))?;
    let after = i64::from(at.0 * 60 + at.1) - i64::from(plan.start.0 * 60 + plan.start.1);
    Ok(hour + Duration::minutes(after))
}

struct Plan {
    title: &'static str,
    place: &'static str,
    steps: &'static [&'static str],
    day: i64,
    start: (u32, u32),
    end: (u32, u32),
    minutes: u32,
    pay: Pay,
    seats: u16,
    instructor: Option<&'static str>,
    contract: ContractType,
    groups: &'static [usize],
}

const HOURLY: Pay = Pay::Hourly(Cents::euros(10));

const PLANS: &[Plan] = &[
    Plan {
        title: "Imurointi seurakuntatalon salissa",
        place: "Kallion seurakuntatalo, Siltasaarenkatu 28, Helsinki",
        steps: &[
            "Tule seurakuntatalon pääovelle.",
            "Suntio Pekka tulee ovelle vastaan.",
            "Imuri ja siivousvälineet ovat talossa.",
            "Ota mukaan sisäkengät.",
            "Imuroi salin lattia ja matot.",
        ],
        // Today, from the start of this hour (see `plan_time`): a task someone can take and
        // start now, with its two hours of work still fitting in its three.
        day: 0,
        start: (9, 0),
        end: (12, 0),
        minutes: 120,
        pay: HOURLY,
        seats: 6,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[],
    },
    Plan {
        title: "Keittiöapu palvelutalon lounaalla",
        place: "Palvelutalo Kotikallio, Helsinginkatu 15, Helsinki",
        steps: &[
            "Tule keittiön takaovelle kello 10.",
            "Kokki Marja neuvoo sinua.",
            "Saat esiliinan ja hiussuojan talosta.",
            "Autat lounaan tarjoilussa ja tiskaat astiat.",
        ],
        day: 2,
        start: (10, 0),
        end: (14, 0),
        minutes: 180,
        pay: HOURLY,
        seats: 2,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[],
    },
    Plan {
        title: "Korjaamon taukotilan siivous",
        place: "Autokorjaamo Vauhti, Sörnäisten rantatie 5, Helsinki",
        steps: &[
            "Tule korjaamon toimistoon kello 14.",
            "Työnjohtaja Timo näyttää taukotilan.",
            "Pyyhi pöydät ja pese jääkaappi.",
            "Moppaa lattia lopuksi.",
            "Tästä työstä maksetaan kiinteä summa.",
        ],
        day: 3,
        start: (14, 0),
        end: (17, 0),
        minutes: 150,
        pay: Pay::Fixed(Cents::euros(30)),
        seats: 1,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[],
    },
    Plan {
        title: "Pyykkiapu palvelutalossa",
        place: "Palvelutalo Kotikallio, Helsinginkatu 15, Helsinki",
        steps: &[
            "Tule palvelutalon pääovelle kello 13.",
            "Laitoshuoltaja Eeva tulee vastaan.",
            "Viikkaat puhtaat pyyhkeet ja lakanat.",
            "Viet pyykit kerroksiin kärryllä.",
        ],
        day: 4,
        start: (13, 0),
        end: (16, 0),
        minutes: 120,
        pay: HOURLY,
        seats: 1,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[1],
    },
    Plan {
        title: "Muuttoapu: yhdistyksen toimisto muuttaa",
        place: "Kallion työtoimintakeskus, Vaasankatu 9, Helsinki",
        steps: &[
            "Tapaamme työtoimintakeskuksen ovella kello 8.45.",
            "Ohjaaja Jari johtaa ryhmää koko päivän.",
            "Kannamme laatikoita ja tuoleja pakettiautoon.",
            "Pue mukavat vaatteet. Ota turvakengät, jos sinulla on.",
            "Lounas tarjotaan.",
        ],
        day: 5,
        start: (9, 0),
        end: (15, 0),
        minutes: 300,
        pay: HOURLY,
        seats: 4,
        instructor: Some("Jari Nieminen"),
        contract: ContractType::Employment,
        groups: &[],
    },
    Plan {
        title: "Pihatyöt: lehtien haravointi",
        place: "Taloyhtiö Kalliorinne, Fleminginkatu 20, Helsinki",
        steps: &[
            "Tule taloyhtiön pihalle kello 9.",
            "Huoltomies Antti tuo haravat ja säkit.",
            "Pue lämpimästi ja ota omat työhanskat, jos sinulla on.",
            "Haravoi lehdet ja vie säkit jätekatokseen.",
        ],
        day: 6,
        start: (9, 0),
        end: (13, 0),
        minutes: 180,
        pay: HOURLY,
        seats: 2,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[0],
    },
    Plan {
        title: "Kauppa-apu ikäihmisille",
        place: "Kalliolan seniorikeskus, Sturenkatu 11, Helsinki",
        steps: &[
            "Tule seniorikeskuksen aulaan kello 10.",
            "Koordinaattori Helena kertoo, kenen kanssa lähdet.",
            "Kuljet asiakkaan kanssa kauppaan ja kannat ostokset kotiin.",
            "Tämä työ tehdään toimeksiantosopimuksella. Kysy ohjaajalta, mitä se tarkoittaa sinulle.",
        ],
        day: 7,
        start: (10, 0),
        end: (13, 0),
        minutes: 120,
        pay: HOURLY,
        seats: 2,
        instructor: None,
        contract: ContractType::Commission,
        groups: &[],
    },
    Plan {
        title: "Tuolien asettelu tapahtumaan",
        place: "Kallion kirjasto, Viides linja 11, Helsinki",
        steps: &[
            "Tule kirjaston takaovelle kello 16.",
            "Kirjastonhoitaja Sari näyttää salin.",
            "Asetat 80 tuolia riveihin.",
        ],
        day: 8,
        start: (16, 0),
        end: (18, 0),
        minutes: 90,
        pay: HOURLY,
        seats: 3,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[],
    },
    Plan {
        title: "Lahjoitusten lajittelu",
        place: "Kierrätyskeskus, Hämeentie 32, Helsinki",
        steps: &[
            "Tule kierrätyskeskuksen lastauslaiturille kello 9.",
            "Vuoroesimies Kalle tulee vastaan.",
            "Lajittelet vaatteet ja astiat laatikoihin.",
            "Saat työkäsineet paikan päältä.",
        ],
        day: 9,
        start: (9, 0),
        end: (12, 0),
        minutes: 150,
        pay: HOURLY,
        seats: 3,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[],
    },
    Plan {
        title: "Porraskäytävän siivous",
        place: "Taloyhtiö Kalliolinna, Castréninkatu 4, Helsinki",
        steps: &[
            "Tule talon pääovelle kello 8.",
            "Isännöitsijä Mari antaa avaimen ja siivousvälineet.",
            "Pyyhi kaiteet ja moppaa portaat ylhäältä alas.",
        ],
        day: 10,
        start: (8, 0),
        end: (11, 0),
        minutes: 120,
        pay: HOURLY,
        seats: 1,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[0],
    },
    Plan {
        title: "Kahvioapu seurakunnan kirpputorilla",
        place: "Kallion seurakuntatalo, Siltasaarenkatu 28, Helsinki",
        steps: &[
            "Tule seurakuntatalon kahvioon kello 10.",
            "Diakoni Liisa neuvoo sinua.",
            "Keität kahvia ja myyt pullaa.",
            "Ota mukaan sisäkengät.",
        ],
        day: 11,
        start: (10, 0),
        end: (14, 0),
        minutes: 180,
        pay: HOURLY,
        seats: 2,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[1],
    },
    Plan {
        title: "Kirjeiden pakkaus yhdistykselle",
        place: "Väylä ry, Vaasankatu 9, Helsinki",
        steps: &[
            "Tule Väylän toimistoon kello 12.",
            "Toimistosihteeri Päivi näyttää työn.",
            "Taitat kirjeet ja laitat ne kirjekuoriin.",
            "Työ tehdään istuen.",
        ],
        day: 12,
        start: (12, 0),
        end: (15, 0),
        minutes: 120,
        pay: HOURLY,
        seats: 2,
        instructor: None,
        contract: ContractType::Employment,
        groups: &[],
    },
];

fn drafts(
    now: Timestamp,
    morning: GroupId,
    afternoon: GroupId,
) -> Result<Vec<TaskDraft>, StoreError> {
    let groups = [morning, afternoon];
    PLANS
        .iter()
        .map(|plan| {
            Ok(TaskDraft {
                id: TaskId(Uuid::new_v4()),
                title: plan.title.to_owned(),
                steps: plan.steps.iter().map(|s| (*s).to_owned()).collect(),
                place: plan.place.to_owned(),
                starts_at: plan_time(now, plan, plan.start)?,
                ends_at: plan_time(now, plan, plan.end)?,
                estimated_minutes: Minutes(plan.minutes),
                pay: plan.pay,
                seats: plan.seats,
                instructor: plan.instructor.map(str::to_owned),
                contract: plan.contract,
                commissioner: None,
                order: None,
                groups: plan
                    .groups
                    .iter()
                    .filter_map(|i| groups.get(*i).copied())
                    .collect(),
                employer_of_record: None,
                swedish: None,
            })
        })
        .collect()
}
