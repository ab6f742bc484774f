//! The store and the text work the same in the browser build: run natively with
//! `cargo test -p keikka-device --test wasm_store`, and in Node (SQLite in memory through
//! sqlite-wasm-rs) with `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test -p keikka-device --test wasm_store --target wasm32-unknown-unknown`.

use keikka_core::protocol::{
    Change, Cursor, MutationResult, Op, Outcome, PairResponse, SyncResponse,
};
use keikka_core::{
    Cents, ClaimId, ContractType, DeviceId, GroupId, Minutes, Organisation, OrganisationId, Pay,
    Person, PersonId, Role, TaskDraft, TaskId, Timestamp,
};
use keikka_device::{Locale, Store, SyncState, Text};
use uuid::Uuid;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn at(text: &str) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(text).expect("test timestamp")
}

fn organisation() -> Organisation {
    Organisation {
        id: OrganisationId(Uuid::from_u128(1)),
        name: "Työkeskus".into(),
        employer_of_record: "Väylä ry".into(),
        pay_calendar: None,
    }
}

fn participant() -> Person {
    Person {
        id: PersonId(Uuid::from_u128(101)),
        organisation: organisation().id,
        name: "Osallistuja".into(),
        role: Role::Participant,
        groups: vec![GroupId(Uuid::from_u128(2))],
        ready_since: None,
        gigs_since: None,
        moved_on: None,
        removed_at: None,
        devices: Vec::new(),
    }
}

fn task() -> keikka_core::Task {
    TaskDraft {
        id: TaskId(Uuid::from_u128(500)),
        title: "Imurointi".into(),
        steps: vec![],
        place: "Kallion kirkko".into(),
        starts_at: at("2026-03-28T09:00:00+02:00"),
        ends_at: at("2026-03-28T12:00:00+02:00"),
        estimated_minutes: Minutes(120),
        pay: Pay::Hourly(Cents(1000)),
        seats: 2,
        instructor: None,
        contract: ContractType::Employment,
        commissioner: None,
        order: None,
        groups: vec![],
        employer_of_record: None,
        swedish: None,
    }
    .publish(
        organisation().id,
        "Väylä ry",
        PersonId(Uuid::from_u128(10)),
        at("2026-03-20T10:00:00+02:00"),
    )
    .expect("valid draft")
}

#[test]
fn a_claim_is_recorded_shown_and_acknowledged_in_memory() {
    let now = at("2026-03-23T08:00:00+02:00");
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_pairing(
            "http://keikka.test",
            &PairResponse {
                device: DeviceId(Uuid::from_u128(1001)),
                token: "token".into(),
                person: participant(),
                organisation: organisation(),
            },
        )
        .unwrap();
    store
        .apply_sync_response(
            &SyncResponse {
                results: vec![],
                changes: vec![Change::Task(task())],
                cursor: Cursor(3),
                more: false,
                rules: None,
            },
            now,
        )
        .unwrap();
    assert_eq!(store.open_tasks(now).unwrap().len(), 1);

    // A v4 id needs the platform's randomness: crypto.getRandomValues in the browser.
    let claim = ClaimId(Uuid::new_v4());
    let id = store
        .record(
            Op::ClaimTask {
                claim,
                task: task().id,
            },
            now,
        )
        .unwrap();
    assert_eq!(
        store.claim(claim).unwrap().unwrap().sync,
        SyncState::OnPhoneOnly
    );

    let mut claimed = task();
    claimed.seats_taken = 1;
    let sent = store.outbox_batch(10).unwrap();
    assert_eq!(sent.len(), 1);
    store
        .apply_sync_response(
            &SyncResponse {
                results: vec![MutationResult {
                    id,
                    outcome: Outcome::Applied,
                }],
                changes: vec![Change::Task(claimed)],
                cursor: Cursor(5),
                more: false,
                rules: None,
            },
            now,
        )
        .unwrap();
    assert_eq!(store.outbox_len().unwrap(), 0);
    assert_eq!(store.cursor().unwrap(), Cursor(5));
}

#[test]
fn every_locale_loads() {
    for locale in Locale::ALL {
        let text = Text::new(locale);
        assert_ne!(text.get("sync-sent"), "sync-sent");
    }
}
