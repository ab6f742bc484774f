//! What the end-to-end tests share: the organisation made by the real CLI, and devices with the
//! app's own store and sync client.
#![allow(dead_code)]

use chrono::Duration;
use chrono::{FixedOffset, Utc};
use keikka_core::protocol::{CreateParticipant, Op};
use keikka_core::{Cents, ContractType, Minutes, MutationId, Pay, TaskDraft, TaskId, Timestamp};
use keikka_device::{Store, SyncClient, SyncError};
use keikka_tests::server_binary;
use uuid::Uuid;

/// Now, in Finnish winter time, as a device would stamp it.
pub fn now() -> Timestamp {
    Utc::now().with_timezone(&FixedOffset::east_opt(2 * 3600).expect("valid offset"))
}

/// Runs `keikka-sync-server create-organisation` and returns the supervisor's pairing code.
pub fn create_organisation(db: impl AsRef<std::ffi::OsStr>) -> String {
    let out = std::process::Command::new(server_binary().expect("server binary"))
        .args(["create-organisation", "--db"])
        .arg(db)
        .args([
            "--name",
            "Kallion työtoimintakeskus",
            "--employer",
            "Väylä ry",
        ])
        .args(["--supervisor", "Sanna Ohjaaja"])
        .output()
        .expect("run create-organisation");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("supervisor "))
        .unwrap_or_else(|| panic!("no supervisor line in {stdout}"));
    line.rsplit(' ').next().expect("code at the end").to_owned()
}

/// A paired device: the app's own store (in memory) and sync client.
pub struct Device {
    pub store: Store,
    pub client: SyncClient,
}

impl Device {
    pub async fn pair(url: &str, code: &str, name: &str) -> Device {
        let mut store = Store::open_in_memory().expect("store");
        let client = SyncClient::new().expect("client");
        client
            .pair_and_save(&mut store, url, code, name)
            .await
            .expect("pairing");
        Device { store, client }
    }

    pub async fn sync(&mut self) -> Result<keikka_device::SyncReport, SyncError> {
        self.client.sync(&mut self.store, now()).await
    }

    pub fn record(&mut self, op: Op) -> MutationId {
        self.store.record(op, now()).expect("the device accepts it")
    }

    /// The device's bearer token, for calls the sync client does not make.
    pub fn token(&self) -> String {
        self.store.pairing().expect("read").expect("paired").token
    }
}

/// The supervisor adds a participant through the API and gets their one-time code.
pub async fn add_participant(url: &str, supervisor: &Device, name: &str) -> String {
    let token = supervisor.token();
    supervisor
        .client
        .create_participant(
            url,
            &token,
            &CreateParticipant {
                name: name.into(),
                groups: vec![],
            },
        )
        .await
        .expect("create participant")
        .code
}

/// A one-seat task of three hours from `starts_at`, 10 €/h for an estimated 2.5 h.
pub fn one_seat_task(starts_at: Timestamp) -> TaskDraft {
    TaskDraft {
        id: TaskId::from_uuid(Uuid::new_v4()),
        title: "Seurakuntasalin imurointi".into(),
        steps: vec![
            "Tule Kallion kirkon sivuovelle.".into(),
            "Suntio Pekka avaa oven ja näyttää imurin.".into(),
        ],
        place: "Kallion kirkko, Itäinen papinkatu 2".into(),
        starts_at,
        ends_at: starts_at + Duration::hours(3),
        estimated_minutes: Minutes(150),
        pay: Pay::Hourly(Cents(1000)),
        seats: 1,
        instructor: None,
        contract: ContractType::Employment,
        commissioner: None,
        order: None,
        groups: vec![],
        employer_of_record: None,
        swedish: None,
    }
}
