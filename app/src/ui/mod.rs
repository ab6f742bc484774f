//! The screens: a participant's and a supervisor's, as Dioxus components over the local store,
//! the sync client, the benefit engine and the fluent text. Every screen reads the store; every
//! action goes to the outbox first and to the server when a network is there.

mod fields;
mod fmt;
mod icons;
mod me;
mod mine;
mod money;
mod pairing;
mod plan;
mod profile;
mod speech;
// The supervisor's screens: left out of the participant's web build (`--no-default-features`),
// which sends a supervisor to the full build at `staff/` instead.
#[cfg(feature = "staff")]
mod staff;
mod tasks;
mod work_file;

#[cfg(test)]
mod tests;

pub use fmt::{Texts, Tr};

use crate::platform;
use crate::settings::Settings;
use crate::store::{Store, StoreError};
use crate::sync::{SyncClient, SyncError};
use chrono::Datelike;
use dioxus::prelude::*;
use icons::{Icon, IconSvg};
use keikka_core::benefit::RuleSet;
use keikka_core::protocol::Op;
use keikka_core::{ClaimId, MutationId, TaskId, Timestamp};
use std::cell::RefCell;
use std::rc::Rc;

/// How often the app syncs on its own while it is open, besides after every action.
const SYNC_EVERY_MS: u32 = 60_000;

/// The room the browser must still have for this site after a write, in bytes: more than a
/// tap's commit writes, so the next one never meets a full disk halfway (the browser's
/// database would then keep some of its pages and not others).
const ROOM_NEEDED: u32 = 256 * 1024;

/// How often a full storage is looked at again, so the app goes on soon after room is made.
const ROOM_RECHECK_MS: u32 = 5_000;

/// How often an app left open asks whether a newer build is there (page loads ask too).
const UPDATE_CHECK_EVERY_MS: u32 = 30 * 60_000;

/// Everything the app holds for the life of the page or process.
pub struct Device {
    pub store: RefCell<Store>,
    /// `None` when the platform could not make an HTTP client; the app then works offline only.
    pub client: Option<SyncClient>,
    /// The benefit figures in use: the newest of the shipped set and the server's.
    rules: RefCell<Rc<RuleSet>>,
    /// Where time comes from: the device's clock, or a fixed one in tests.
    pub clock: Box<dyn Fn() -> Timestamp>,
    /// An instant in the device's time zone, as people read it (a fixed offset in tests).
    pub zone: Box<dyn Fn(Timestamp) -> Timestamp>,
    /// The server this app was loaded from, offered when pairing.
    pub server_url: Option<String>,
    pub texts: Rc<Texts>,
    /// This page only shows the store another tab of the browser owns: it writes and syncs
    /// nothing, and says so.
    pub read_only: bool,
}

impl Device {
    /// A device over `store` with the platform's clock and HTTP client and the newest rules it
    /// has.
    pub fn new(store: Store, server_url: Option<String>) -> Result<Device, StoreError> {
        let rules = store.rules()?;
        Ok(Device {
            store: RefCell::new(store),
            client: SyncClient::new().ok(),
            rules: RefCell::new(Rc::new(rules)),
            clock: Box::new(platform::now),
            zone: Box::new(platform::local),
            server_url,
            texts: Rc::new(Texts::load()),
            read_only: false,
        })
    }
}

impl Device {
    /// The benefit figures the screens compute with.
    pub fn rules(&self) -> Rc<RuleSet> {
        self.rules.borrow().clone()
    }

    /// Takes up the rule set the store now holds (after a sync brought a newer one).
    fn reload_rules(&self) {
        if let Ok(store) = self.store.try_borrow()
            && let Ok(rules) = store.rules()
        {
            *self.rules.borrow_mut() = Rc::new(rules);
        }
    }
}

/// The device as a component property (compared by identity).
#[derive(Clone)]
pub struct DeviceHandle(pub Rc<Device>);

impl PartialEq for DeviceHandle {
    fn eq(&self, other: &DeviceHandle) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the person is in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Open tasks of my groups (home).
    Tasks,
    Task(TaskId),
    MyTasks,
    /// "I'm done": hours and a note for one claim.
    Finish(ClaimId),
    Money,
    /// "My coming months": this month and the next two, with "what if".
    Plan,
    Me,
    Profile,
    History,
    // The supervisor's screens (`staff/`).
    /// Completions waiting, claims nobody reported, feedback on approved work (home).
    Approvals,
    /// The unit's tasks, to publish, change, copy or cancel.
    UnitTasks,
    TaskForm(TaskFormMode),
    /// Commissioners and their orders.
    Orders,
    People,
    Person(keikka_core::PersonId),
    /// A participant's coming months, shared with their consent.
    PersonPlan(keikka_core::PersonId),
    Reports,
    Certificate(keikka_core::PersonId),
}

/// What the supervisor's task form starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskFormMode {
    New,
    FromOrder(keikka_core::OrderId),
    Copy(TaskId),
    Edit(TaskId),
}

impl Screen {
    /// The screen's address, the part after `#`: `/tasks`, `/task/<id>`. Every screen has
    /// one, so the phone's Back and Forward move between screens and a reload stays put.
    pub fn path(self) -> String {
        match self {
            Screen::Tasks => "/tasks".into(),
            Screen::Task(id) => format!("/task/{id}"),
            Screen::MyTasks => "/my-tasks".into(),
            Screen::Finish(id) => format!("/finish/{id}"),
            Screen::Money => "/money".into(),
            Screen::Plan => "/plan".into(),
            Screen::Me => "/me".into(),
            Screen::Profile => "/profile".into(),
            Screen::History => "/history".into(),
            Screen::Approvals => "/approvals".into(),
            Screen::UnitTasks => "/unit-tasks".into(),
            Screen::TaskForm(TaskFormMode::New) => "/task-form/new".into(),
            Screen::TaskForm(TaskFormMode::FromOrder(id)) => format!("/task-form/order/{id}"),
            Screen::TaskForm(TaskFormMode::Copy(id)) => format!("/task-form/copy/{id}"),
            Screen::TaskForm(TaskFormMode::Edit(id)) => format!("/task-form/edit/{id}"),
            Screen::Orders => "/orders".into(),
            Screen::People => "/people".into(),
            Screen::Person(id) => format!("/person/{id}"),
            Screen::PersonPlan(id) => format!("/person/{id}/plan"),
            Screen::Reports => "/reports".into(),
            Screen::Certificate(id) => format!("/certificate/{id}"),
        }
    }

    /// The screen at an address made by [`Screen::path`] (with or without its `#`); `None`
    /// for anything else, such as the QR code's `#pair=CODE`.
    pub fn from_path(path: &str) -> Option<Screen> {
        let path = path.strip_prefix('#').unwrap_or(path);
        let parts: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
        let screen = match parts.as_slice() {
            ["tasks"] => Screen::Tasks,
            ["task", id] => Screen::Task(id.parse().ok()?),
            ["my-tasks"] => Screen::MyTasks,
            ["finish", id] => Screen::Finish(id.parse().ok()?),
            ["money"] => Screen::Money,
            ["plan"] => Screen::Plan,
            ["me"] => Screen::Me,
            ["profile"] => Screen::Profile,
            ["history"] => Screen::History,
            ["approvals"] => Screen::Approvals,
            ["unit-tasks"] => Screen::UnitTasks,
            ["task-form", "new"] => Screen::TaskForm(TaskFormMode::New),
            ["task-form", "order", id] => {
                Screen::TaskForm(TaskFormMode::FromOrder(id.parse().ok()?))
            }
            ["task-form", "copy", id] => Screen::TaskForm(TaskFormMode::Copy(id.parse().ok()?)),
            ["task-form", "edit", id] => Screen::TaskForm(TaskFormMode::Edit(id.parse().ok()?)),
            ["orders"] => Screen::Orders,
            ["people"] => Screen::People,
            ["person", id] => Screen::Person(id.parse().ok()?),
            ["person", id, "plan"] => Screen::PersonPlan(id.parse().ok()?),
            ["reports"] => Screen::Reports,
            ["certificate", id] => Screen::Certificate(id.parse().ok()?),
            _ => return None,
        };
        Some(screen)
    }

    /// Whether the screen has fields a person types into and saves with a button, so that
    /// loading the page again (to take an update) could lose what they typed.
    pub fn keeps_typed_input(self) -> bool {
        matches!(
            self,
            Screen::Finish(_)
                | Screen::Profile
                | Screen::Approvals
                | Screen::TaskForm(_)
                | Screen::Orders
                | Screen::People
                | Screen::Person(_)
        )
    }

    /// Whether the screen belongs to the supervisor's side of the app.
    pub fn is_staff(self) -> bool {
        matches!(
            self,
            Screen::Approvals
                | Screen::UnitTasks
                | Screen::TaskForm(_)
                | Screen::Orders
                | Screen::People
                | Screen::Person(_)
                | Screen::PersonPlan(_)
                | Screen::Reports
                | Screen::Certificate(_)
        )
    }
}

/// Notices that stay on screen until the person closes them: that a device they may not know
/// can act in their name.
const STAYING_NOTICES: [&str; 1] = ["me-devices-new"];

/// What every screen shares: the device and the app's signals. Copy, so handlers take it freely.
#[derive(Clone, Copy)]
pub struct Ui {
    device: CopyValue<Rc<Device>>,
    /// Bumped after every write to the store, so every read re-runs.
    revision: Signal<u64>,
    pub settings: Signal<Settings>,
    pub screen: Signal<Screen>,
    /// The last notice, as message id and whether it is a problem.
    notice: Signal<Option<(String, bool)>>,
    syncing: Signal<bool>,
    /// The server no longer accepts this device's token: it must pair again with a new code.
    pub repair: Signal<bool>,
    /// A newer build of the app is on the device, complete, waiting to be taken.
    pub update_ready: Signal<bool>,
    /// Store writes not yet known to be in IndexedDB (the browser build writes each commit
    /// there just after it).
    unkept: Signal<u32>,
    /// A notice held until those writes are kept: "saved on this phone" is said only once it
    /// is true, so closing the tab after reading it loses nothing.
    held: Signal<Option<(String, bool)>>,
    /// The browser had no room for [`ROOM_NEEDED`] more of this site's data: writes are refused
    /// (nothing half-saved) and the person is told how to make room.
    storage_full: Signal<bool>,
}

impl Ui {
    /// The app's state over `device`, with the settings saved on it (first start: the
    /// platform's language).
    fn new(device: Rc<Device>, start: Screen) -> Ui {
        let settings = device
            .store
            .try_borrow()
            .ok()
            .and_then(|s| s.settings().ok().flatten())
            .unwrap_or_else(|| Settings::for_language(platform::preferred_language().as_deref()));
        Ui {
            device: CopyValue::new(device),
            revision: Signal::new(0),
            settings: Signal::new(settings),
            screen: Signal::new(start),
            notice: Signal::new(None),
            syncing: Signal::new(false),
            repair: Signal::new(false),
            update_ready: Signal::new(platform::update_ready()),
            unkept: Signal::new(0),
            held: Signal::new(None),
            storage_full: Signal::new(false),
        }
    }

    pub fn device(&self) -> Rc<Device> {
        self.device.read().clone()
    }

    pub fn now(&self) -> Timestamp {
        (self.device().clock)()
    }

    /// `at` as people here read it: in the device's time zone.
    pub fn local(&self, at: Timestamp) -> Timestamp {
        (self.device().zone)(at)
    }

    /// When a task is, in the device's time zone: "lauantai 28.3. klo 9.00–12.00".
    pub fn when(&self, tr: &Tr, starts: Timestamp, ends: Timestamp) -> String {
        tr.when(self.local(starts), self.local(ends), self.now().year())
    }

    /// Whether this device is paired to a supervisor.
    pub fn is_staff(&self) -> bool {
        self.read(|s| s.actor())
            .ok()
            .flatten()
            .is_some_and(|a| a.role == keikka_core::Role::Supervisor)
    }

    /// The instant a wall-clock date and time in the device's zone stands for, with the offset
    /// that holds then (summer time included). In the hour a clock skips, the later offset wins.
    pub fn at_local(&self, date: chrono::NaiveDate, time: chrono::NaiveTime) -> Timestamp {
        let naive = date.and_time(time);
        let guess = |offset: chrono::FixedOffset| {
            let utc = naive - chrono::Duration::seconds(i64::from(offset.local_minus_utc()));
            self.local(utc.and_utc().fixed_offset())
        };
        let first = guess(*self.local(naive.and_utc().fixed_offset()).offset());
        let second = guess(*first.offset());
        if second.naive_local() == naive {
            second
        } else {
            first
        }
    }

    /// The text of the person's current language.
    pub fn tr(&self) -> Tr {
        Tr::new(self.device().texts.clone(), (self.settings)().locale)
    }

    /// Reads the store; the calling component re-renders after the next write.
    pub fn read<R>(
        &self,
        f: impl FnOnce(&Store) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let _ = (self.revision)();
        let device = self.device();
        let store = device.store.try_borrow().map_err(|_| StoreError::Busy)?;
        f(&store)
    }

    /// Writes to the store and refreshes every screen.
    pub fn write<R>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.write_and(f, true)
    }

    /// Writes what no screen shows from the store as it changes (the plan's ticks, which the
    /// screen holds itself and reads only when it opens): the screens are not drawn again,
    /// so a tick is not computed twice.
    pub fn keep<R>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.write_and(f, false)
    }

    fn write_and<R>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<R, StoreError>,
        refresh: bool,
    ) -> Result<R, StoreError> {
        if self.device().read_only {
            self.say("read-only-elsewhere", true);
            return Err(StoreError::Busy);
        }
        if (self.storage_full)() {
            // Maybe the person has made room since: the next try knows.
            self.check_room();
            self.say("error-storage-full", true);
            return Err(StoreError::NoRoom);
        }
        let device = self.device();
        let result = {
            let mut store = device
                .store
                .try_borrow_mut()
                .map_err(|_| StoreError::Busy)?;
            f(&mut store)
        };
        if refresh {
            self.refresh();
        }
        #[cfg(target_arch = "wasm32")]
        if result.is_ok() {
            self.wait_until_kept();
        }
        result
    }

    /// Counts the last write as unkept until IndexedDB has it, then says a held notice. A
    /// write IndexedDB refused is said as a problem: the person must not trust it is saved.
    #[cfg(target_arch = "wasm32")]
    fn wait_until_kept(&self) {
        let mut unkept = self.unkept;
        unkept += 1;
        let ui = *self;
        dioxus::core::spawn_forever(async move {
            let kept = Store::browser_writes_done().await;
            let mut unkept = ui.unkept;
            let left = unkept().saturating_sub(1);
            unkept.set(left);
            let mut held = ui.held;
            if let Err(e) = kept {
                tracing_error(&e);
                held.set(None);
                ui.say("error-storage", true);
            } else if left == 0
                && let Some(notice) = held.take()
            {
                let mut shown = ui.notice;
                shown.set(Some(notice));
            }
            ui.check_room();
        });
    }

    /// Asks the browser whether it has room for [`ROOM_NEEDED`] more of this site's data, and
    /// refuses writes while it has not.
    ///
    /// While it is full, it asks every few seconds, so a person back from making room can
    /// go on at once.
    fn check_room(&self) {
        let ui = *self;
        dioxus::core::spawn_forever(async move {
            let mut watching = false;
            loop {
                let Some(room) = platform::room_for(ROOM_NEEDED).await else {
                    return;
                };
                let full = !room;
                let mut storage_full = ui.storage_full;
                let was_full = storage_full();
                if was_full != full {
                    storage_full.set(full);
                }
                // One watcher: the check that found it full looks until there is room.
                if !full || (was_full && !watching) {
                    return;
                }
                watching = true;
                platform::sleep_ms(ROOM_RECHECK_MS).await;
            }
        });
    }

    fn refresh(&self) {
        let mut revision = self.revision;
        revision += 1;
    }

    /// Opens `to` as a new step in the browser's history.
    pub fn go(&self, to: Screen) {
        let from = (self.screen)();
        if from != to {
            platform::push_address(&to.path(), &from.path());
        }
        self.show(to);
    }

    fn show(&self, to: Screen) {
        let mut screen = self.screen;
        screen.set(to);
        // A notice is about the screen it came on, except one the person must not miss by
        // moving on: it stays until they close it.
        let mut notice = self.notice;
        if !notice().is_some_and(|(id, _)| STAYING_NOTICES.contains(&id.as_str())) {
            notice.set(None);
        }
    }

    /// The app's Back to `to`: a step back in the browser's history when that is where it
    /// leads (so the phone's Forward works after it), otherwise a new step to `to`. The
    /// history step itself says where it came from, so this holds after a reload too.
    pub fn back_to(&self, to: Screen) {
        if platform::came_from() == Some(to.path()) && platform::history_back() {
            return;
        }
        self.go(to);
    }

    /// The browser moved to `path` (Back or Forward): the app shows that screen, or the home
    /// screen where the address names none.
    fn moved_to(&self, path: &str) {
        self.show(Screen::from_path(path).unwrap_or(Screen::Tasks));
    }

    /// Changes the settings at once and keeps them on the device.
    pub fn change_settings(&self, change: impl FnOnce(&mut Settings)) {
        // A page that only reads changes nothing, not even how it looks: it would be lost.
        if self.device().read_only {
            self.say("read-only-elsewhere", true);
            return;
        }
        let mut settings = self.settings;
        let mut next = settings();
        change(&mut next);
        settings.set(next);
        if self.write(|store| store.save_settings(&next)).is_err() {
            self.say("error-storage", true);
        }
    }

    /// Whether the notice showing, or the one held until the last write is kept, is
    /// `message_id`.
    fn says(&self, message_id: &str) -> bool {
        let is = |n: Option<(String, bool)>| n.is_some_and(|(id, _)| id == message_id);
        is((self.notice)()) || is((self.held)())
    }

    /// Takes the last notice away (a "saved" that a later failed try would contradict).
    pub fn unsay(&self) {
        let mut notice = self.notice;
        notice.set(None);
        let mut held = self.held;
        held.set(None);
    }

    /// Says `message_id` in the status line (and to screen readers). A notice closes when the
    /// screen changes, except the [`STAYING_NOTICES`].
    ///
    /// News said while a write is not yet kept (in the browser) waits until it is: it is
    /// usually that the write was saved.
    pub fn say(&self, message_id: &str, problem: bool) {
        // The general "could not save" never covers the full storage just said, which tells
        // what to do.
        if message_id == "error-storage"
            && (self.notice)()
                .is_some_and(|(id, _)| id == "error-storage-full" || id == "read-only-elsewhere")
        {
            return;
        }
        let said = Some((message_id.to_owned(), problem));
        if !problem && (self.unkept)() > 0 {
            let mut held = self.held;
            held.set(said);
            return;
        }
        let mut notice = self.notice;
        notice.set(said);
    }

    /// Switches to the newer build waiting on the device, once every write is in IndexedDB;
    /// the page then loads again on the screen it shows (its address names it).
    pub fn take_update(&self) {
        if !(self.update_ready)() {
            return;
        }
        // In the root scope: the screen that asked may be gone by the time the writes are in.
        dioxus::core::spawn_forever(async {
            #[cfg(target_arch = "wasm32")]
            if let Err(e) = Store::browser_writes_done().await {
                // Not sure the last write is kept: the update waits for the next chance.
                tracing_error(&e);
                return;
            }
            platform::take_update();
        });
    }

    /// The page went out of sight: the moment to take a waiting update, unless the screen
    /// holds something typed and not yet saved, or the person is pairing.
    fn went_out_of_sight(&self) {
        // The owning tab takes updates; this one reloads after it (boot.js).
        if self.device().read_only {
            return;
        }
        let paired = self.read(|s| s.pairing()).ok().flatten().is_some() && !(self.repair)();
        if paired && !(self.screen)().keeps_typed_input() {
            self.take_update();
        }
    }

    /// Records what the person did and sends it when it can. A refusal is said kindly and
    /// nothing is stored.
    pub fn act(&self, op: Op) -> Option<MutationId> {
        let now = self.now();
        match self.write(|s| s.record(op, now)) {
            Ok(id) => {
                self.sync_now();
                Some(id)
            }
            Err(StoreError::Rejected(reason)) => {
                self.say(&crate::text::reason_message(&reason), true);
                None
            }
            Err(e) => {
                tracing_error(&e);
                self.say("error-storage", true);
                None
            }
        }
    }

    /// Starts a sync unless one is running. The outcome is said in the status line only when
    /// it is news (a refusal, a problem), so the periodic sync stays quiet.
    pub fn sync_now(&self) {
        self.sync(false);
    }

    /// A sync the person asked for: its outcome is always said.
    pub fn sync_by_hand(&self) {
        self.sync(true);
    }

    fn sync(&self, by_hand: bool) {
        if (self.syncing)() {
            return;
        }
        // A build without the supervisor's screens leaves a supervisor's data to the full build
        // it opens (`StaffShell`).
        #[cfg(not(feature = "staff"))]
        if self.is_staff() {
            return;
        }
        // The tab that owns the store syncs it.
        if self.device().read_only {
            // "Update" by hand reads IndexedDB's copy again: the page loads again, still waiting
            // for the store, with what the owner has written since.
            if by_hand {
                platform::reload();
            }
            return;
        }
        // An answer from the server is written to the store too.
        if (self.storage_full)() {
            self.check_room();
            if by_hand {
                self.say("error-storage-full", true);
            }
            return;
        }
        let device = self.device();
        let Some(client) = device.client.clone() else {
            if by_hand {
                self.say("sync-offline", true);
            }
            return;
        };
        if device
            .store
            .try_borrow()
            .map(|s| s.pairing().ok().flatten().is_none())
            .unwrap_or(true)
        {
            return;
        }
        let mut syncing = self.syncing;
        syncing.set(true);
        let ui = *self;
        // In the root scope: the screen that started the sync may close before the answer
        // comes (taking a task opens My tasks), and the sync must not die with it.
        dioxus::core::spawn_forever(async move {
            let now = ui.now();
            let later_devices = || {
                device
                    .store
                    .try_borrow()
                    .ok()
                    .and_then(|s| s.later_devices().ok())
                    .unwrap_or(0)
            };
            let devices_before = later_devices();
            let result = client.sync_shared(&device.store, now).await;
            if result.as_ref().is_ok_and(|r| r.rules_updated.is_some()) {
                device.reload_rules();
            }
            let mut syncing = ui.syncing;
            syncing.set(false);
            ui.refresh();
            // A device newer than this one can act in the person's name: they hear of it
            // above anything else this sync has to say, whoever paired it.
            let new_device = later_devices() > devices_before;
            match result {
                Ok(_) if new_device => ui.say("me-devices-new", true),
                Ok(report) if !report.rejected.is_empty() => ui.say("sync-refused", true),
                // "Taken, sure once sent" becomes the server's word: the seat is the person's.
                // (Held or shown: an answer can come before IndexedDB has the take.)
                Ok(_) if ui.says("task-taken") => ui.say("task-confirmed", false),
                Ok(_) if by_hand => ui.say("sync-done", false),
                Ok(_) => {}
                Err(e) => {
                    if matches!(e, SyncError::Unauthorized) {
                        // The token was revoked (a lost phone, or a new code): pairing again
                        // as the same person keeps everything waiting in the outbox.
                        let mut repair = ui.repair;
                        repair.set(true);
                    }
                    let offline = matches!(e, SyncError::Offline(_));
                    // Offline with nothing waiting, "everything is safe on this device" says
                    // nothing true: say that what shows is as it was at the last update.
                    let waiting = device
                        .store
                        .try_borrow()
                        .ok()
                        .and_then(|s| s.outbox_len().ok())
                        .unwrap_or(1);
                    if offline && by_hand && waiting == 0 {
                        ui.say("sync-offline-nothing-waiting", true);
                    } else if by_hand || !offline {
                        ui.say(e.message_id(), true);
                    }
                    // A refused send still brought what changed (the daily limit).
                    if new_device {
                        ui.say("me-devices-new", true);
                    }
                }
            }
        });
    }
}

fn tracing_error(e: &StoreError) {
    // The web console (or stderr) is where a developer looks; the person sees a kind sentence.
    #[cfg(target_arch = "wasm32")]
    web_sys::console::error_1(&format!("keikka: {e}").into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("keikka: {e}");
}

/// The app for the browser: once this page owns the store (one tab at a time), opens it in
/// IndexedDB and shows the screens; while another tab owns it, says so and waits.
#[cfg(target_arch = "wasm32")]
#[component]
pub fn WebApp() -> Element {
    let mut elsewhere = use_signal(|| false);
    let device = use_resource(move || async move {
        platform::own_store(move || elsewhere.set(true)).await;
        if *elsewhere.peek() {
            // This page's copy of the store is the one it read while waiting: the page loads
            // again and opens the store afresh as its owner.
            platform::reload();
            std::future::pending::<()>().await;
        }
        let store = Store::open_browser("keikka.sqlite3").await?;
        Device::new(store, platform::origin()).map(Rc::new)
    });
    // While another tab owns the store: the same data, to read only.
    let reader = use_resource(move || async move {
        if !elsewhere() {
            return None;
        }
        let store = Store::open_browser_to_read("keikka.sqlite3").await.ok()?;
        let mut device = Device::new(store, platform::origin()).ok()?;
        device.read_only = true;
        Some(Rc::new(device))
    });
    let value = device.read();
    match &*value {
        None if elsewhere() => match &*reader.read() {
            Some(Some(device)) => rsx! { App { device: DeviceHandle(device.clone()) } },
            _ => rsx! { OpenElsewhere {} },
        },
        None => rsx! { p { class: "loading", "Keikka…" } },
        Some(Err(StoreError::NewerSchema { .. })) => rsx! { NewerBuildHere {} },
        Some(Err(e)) => rsx! { CannotOpen { detail: e.to_string() } },
        Some(Ok(device)) => rsx! { App { device: DeviceHandle(device.clone()) } },
    }
}

/// The app for desktop and mobile: opens the store in the platform's data directory. The server
/// address comes from `KEIKKA_SERVER`, or the person types it when pairing.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn NativeApp() -> Element {
    let device = use_hook(|| {
        let open = || -> Result<Device, String> {
            let dir = platform::data_dir();
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let store = Store::open(dir.join("keikka.sqlite3")).map_err(|e| e.to_string())?;
            Device::new(store, platform::origin()).map_err(|e| e.to_string())
        };
        open().map(Rc::new)
    });
    rsx! {
        style { {include_str!("../../web/style.css")} }
        match device {
            Ok(device) => rsx! { App { device: DeviceHandle(device) } },
            Err(detail) => rsx! { CannotOpen { detail } },
        }
    }
}

/// Another tab or window of this browser has Keikka open: this one waits and takes over when
/// that one closes.
#[cfg(target_arch = "wasm32")]
#[component]
fn OpenElsewhere() -> Element {
    rsx! { BeforeTheStore { message: "open-elsewhere", role: "status", test: "open-elsewhere" } }
}

/// The store could not be opened.
#[component]
fn CannotOpen(detail: String) -> Element {
    rsx! {
        BeforeTheStore { message: "error-cannot-open", role: "alert", test: "cannot-open",
            p { class: "detail", "{detail}" }
        }
    }
}

/// A screen shown before the store is open, so before any language is chosen (the settings
/// are in the store): the app's name, `message` in Finnish and in Swedish as a `role` live
/// region, and `children` below.
#[component]
fn BeforeTheStore(
    message: &'static str,
    role: &'static str,
    test: &'static str,
    children: Element,
) -> Element {
    let texts = Rc::new(Texts::load());
    rsx! {
        main { class: "fatal", "data-test": test,
            h1 { {Tr::new(texts.clone(), crate::text::Locale::Fi).t("app-name")} }
            div { role: role,
                for locale in [crate::text::Locale::Fi, crate::text::Locale::Sv] {
                    p { key: "{locale.id()}", lang: locale.language(),
                        {Tr::new(texts.clone(), locale).t(message)}
                    }
                }
            }
            {children}
        }
    }
}

/// This page shows what another tab of the browser owns: to read only, until that one closes.
#[component]
fn ReadOnlyHere() -> Element {
    let ui = use_context::<Ui>();
    if !ui.device().read_only {
        return rsx! {};
    }
    let tr = ui.tr();
    rsx! {
        section { class: "update-ready", role: "status", "data-test": "read-only-here",
            p { {tr.t("read-only-here")} }
        }
    }
}

/// A newer build is on the device: it comes by itself when the person next leaves the app
/// (not from a screen with typed fields), or at once with the button. On such a screen it is
/// not offered at all: the reload would lose what is typed, and "when you leave" would not be
/// true there.
#[component]
fn UpdateReady() -> Element {
    let ui = use_context::<Ui>();
    if !(ui.update_ready)() || (ui.screen)().keeps_typed_input() || ui.device().read_only {
        return rsx! {};
    }
    let tr = ui.tr();
    rsx! {
        section { class: "update-ready", role: "status", "data-test": "update-ready",
            p { {tr.t("update-ready")} }
            button { class: "secondary", "data-test": "update-take",
                onclick: move |_| ui.take_update(),
                {tr.t("update-take")}
            }
        }
    }
}

/// The store was made by a newer build than this page's (opened in another tab, or this one
/// loaded from an older cache): this page writes nothing, and loads the newer build, by itself
/// once the device has it, or with the button. No language is chosen yet, so both say it.
#[component]
fn NewerBuildHere() -> Element {
    let texts = Rc::new(Texts::load());
    use_hook(|| {
        // Nothing of this page can be lost: take the newer build the moment it is there.
        platform::on_update_ready(platform::take_update);
        if platform::update_ready() {
            platform::take_update();
        } else {
            platform::check_for_update();
        }
    });
    rsx! {
        BeforeTheStore { message: "open-newer", role: "alert", test: "open-newer",
            button { class: "primary", "data-test": "open-newer-reload",
                onclick: move |_| {
                    if platform::update_ready() {
                        platform::take_update();
                    } else {
                        platform::reload();
                    }
                },
                span { lang: "fi", {Tr::new(texts.clone(), crate::text::Locale::Fi).t("open-newer-reload")} }
                " / "
                span { lang: "sv", {Tr::new(texts.clone(), crate::text::Locale::Sv).t("open-newer-reload")} }
            }
        }
    }
}

/// `f` as a handler of the page's own events (online, hidden, an update ready): they come from
/// outside Dioxus's runtime, which starting a task needs, so the handler carries the runtime it
/// was made in.
fn in_runtime(mut f: impl FnMut() + 'static) -> impl FnMut() + 'static {
    let runtime = dioxus::core::Runtime::current();
    move || {
        let _guard = dioxus::core::RuntimeGuard::new(runtime.clone());
        f();
    }
}

/// The whole app over an open device.
#[component]
pub fn App(device: DeviceHandle) -> Element {
    // The address names the screen: a reload opens the same one.
    let ui = use_context_provider(|| {
        let address = platform::address();
        let start = address
            .as_deref()
            .and_then(Screen::from_path)
            .unwrap_or(Screen::Tasks);
        // A QR code's `#pair=CODE` is the pairing screen's to read (and take off).
        if !address.as_deref().is_some_and(|a| a.starts_with("pair=")) {
            platform::replace_address(&start.path());
        }
        Ui::new(device.0.clone(), start)
    });
    // Sync at start, whenever the network comes back, and every minute while open.
    use_hook(move || {
        if !ui.device().read_only {
            ui.check_room();
        }
        ui.sync_now();
        platform::on_online(in_runtime(move || ui.sync_now()));
        platform::on_address_change(move |path| ui.moved_to(&path));
        platform::on_update_ready(in_runtime(move || {
            let mut ready = ui.update_ready;
            ready.set(true);
        }));
        platform::on_hidden(in_runtime(move || ui.went_out_of_sight()));
        spawn(async move {
            loop {
                platform::sleep_ms(SYNC_EVERY_MS).await;
                ui.sync_now();
            }
        });
        spawn(async move {
            loop {
                platform::sleep_ms(UPDATE_CHECK_EVERY_MS).await;
                platform::check_for_update();
            }
        });
    });
    use_effect(move || {
        let tr = ui.tr();
        platform::set_document_language(tr.locale.language());
    });
    rsx! { Shell {} }
}

/// The layout around the current screen; before pairing, only the pairing screen.
#[component]
fn Shell() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let settings = (ui.settings)();
    let paired = ui.read(|s| s.pairing()).ok().flatten().is_some() && !(ui.repair)();
    let staff = ui.is_staff();
    let class = format!(
        "app text-{}{}{}",
        settings.text_size.percent(),
        if tr.easy() { " easy" } else { "" },
        if staff { " staff" } else { "" }
    );
    rsx! {
        div { class: "{class}", lang: tr.locale.language(),
            if paired && staff {
                StaffShell {}
            } else if paired {
                Header {}
                ReadOnlyHere {}
                UpdateReady {}
                if tr.easy() || settings.read_aloud {
                    // Keyed by the screen: a new screen starts quiet.
                    speech::ReadAloud { key: "{(ui.screen)().path()}" }
                }
                main { id: "main", class: "screen", CurrentScreen {} }
                Nav {}
            } else {
                main { id: "main", class: "screen", pairing::Pairing {} }
            }
            NoticeLine {}
        }
    }
}

/// The supervisor's side: their screens and menu.
#[cfg(feature = "staff")]
#[component]
fn StaffShell() -> Element {
    rsx! {
        Header {}
        ReadOnlyHere {}
        UpdateReady {}
        main { id: "main", class: "screen", staff::StaffScreen {} }
        staff::StaffNav {}
    }
}

/// A build without the supervisor's screens, paired to a supervisor: it opens the full build
/// at `staff/`, which shares this page's origin and so its database (the pairing is there).
/// It goes once the pairing is in IndexedDB, not only in this page's memory (this build does
/// not sync a supervisor's data, so the pairing is the last write); offline, where `staff/` may
/// not be kept yet, the button waits for the person instead.
#[cfg(not(feature = "staff"))]
#[component]
fn StaffShell() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    use_future(|| async {
        #[cfg(target_arch = "wasm32")]
        if let Err(e) = Store::browser_writes_done().await {
            // The pairing may not be kept: the person opens the supervisor's screens with the
            // button, and pairs again there if they must.
            tracing_error(&e);
            return;
        }
        if platform::online() {
            platform::open_staff_app();
        }
    });
    rsx! {
        main { id: "main", class: "screen",
            ScreenTitle { text: tr.t("staff-app-title") }
            p { {tr.t("staff-app-text")} }
            a { class: "primary button-link", href: "staff/", "data-test": "open-staff-app",
                {tr.t("staff-app-open")}
            }
        }
    }
}

#[component]
fn CurrentScreen() -> Element {
    let ui = use_context::<Ui>();
    match (ui.screen)() {
        Screen::Tasks => rsx! { tasks::TaskList {} },
        Screen::Task(id) => rsx! { tasks::TaskDetail { id } },
        Screen::MyTasks => rsx! { mine::MyTasks {} },
        Screen::Finish(claim) => rsx! { mine::Finish { claim } },
        Screen::Money => rsx! { money::MyMoney {} },
        Screen::Plan => rsx! { plan::MyComingMonths {} },
        Screen::Me => rsx! { me::Me {} },
        Screen::Profile => rsx! { profile::ProfileForm {} },
        Screen::History => rsx! { me::History {} },
        // A participant has none of the supervisor's screens.
        _ => rsx! { tasks::TaskList {} },
    }
}

/// The app's name, when it last synced, and the "Update" button.
#[component]
fn Header() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let last = ui
        .read(|s| s.last_synced_at())
        .ok()
        .flatten()
        .map(|t| ui.local(t));
    let pending = ui.read(|s| s.outbox_len()).unwrap_or(0);
    let synced_line = match last {
        Some(at) if at.date_naive() == now.date_naive() => {
            tr.ta("sync-last", &[("time", tr.clock(at).into())])
        }
        Some(at) => tr.ta(
            "sync-last-day",
            &[
                ("date", tr.date_on(at.date_naive(), now.year()).into()),
                ("time", tr.clock(at).into()),
            ],
        ),
        None => tr.t("sync-never"),
    };
    let syncing = (ui.syncing)();
    rsx! {
        header { class: "top",
            div { class: "top-text",
                p { class: "app-name", {tr.t("app-name")} }
                p { class: "synced", "data-test": "last-synced", {synced_line} }
                if pending > 0 {
                    p { class: "pending", "data-test": "pending",
                        IconSvg { icon: Icon::Phone }
                        {tr.ta("sync-pending", &[("count", pending.into())])}
                    }
                }
            }
            button {
                class: "update",
                "data-test": "update",
                // Not `disabled`: a disabled button would drop the keyboard focus mid-sync.
                "aria-disabled": if syncing { "true" } else { "false" },
                "aria-busy": if syncing { "true" } else { "false" },
                onclick: move |_| ui.sync_by_hand(),
                IconSvg { icon: Icon::Update }
                span { {if syncing { tr.t("sync-updating") } else { tr.t("sync-update") }} }
            }
        }
    }
}

/// The four places of the app, as big buttons at the bottom of the screen.
#[component]
fn Nav() -> Element {
    let ui = use_context::<Ui>();
    let current = (ui.screen)();
    let place = |s: Screen| match s {
        Screen::Tasks | Screen::Task(_) => Screen::Tasks,
        Screen::MyTasks | Screen::Finish(_) => Screen::MyTasks,
        Screen::Money | Screen::Plan => Screen::Money,
        Screen::Me | Screen::Profile | Screen::History => Screen::Me,
        _ => Screen::Tasks,
    };
    let here = place(current);
    let items = vec![
        (Screen::Tasks, Icon::Tasks, "nav-tasks", "tasks"),
        (Screen::MyTasks, Icon::Mine, "nav-my-tasks", "my-tasks"),
        (Screen::Money, Icon::Money, "nav-money", "money"),
        (Screen::Me, Icon::Me, "nav-me", "me"),
    ];
    rsx! { Tabs { items, here } }
}

/// One place of the bottom menu: where it goes, its icon, its label, its test name.
pub type Tab = (Screen, Icon, &'static str, &'static str);

/// The bottom menu: a big button per place, the current one marked for screen readers.
#[component]
pub fn Tabs(items: Vec<Tab>, here: Screen) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    rsx! {
        nav { class: "tabs", "aria-label": tr.t("nav-label"),
            for (screen, icon, label, test) in items {
                button {
                    key: "{test}",
                    class: "tab",
                    "data-test": "nav-{test}",
                    "aria-current": if here == screen { "page" } else { "false" },
                    onclick: move |_| ui.go(screen),
                    IconSvg { icon }
                    span { {tr.t(label)} }
                }
            }
        }
    }
}

/// The status line: what just happened, announced politely to screen readers.
#[component]
fn NoticeLine() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let notice = (ui.notice)();
    let class = match &notice {
        // Not `problem`: that class is red text, which on the red notice is no text at all.
        Some((_, true)) => "notice notice-problem",
        Some(_) => "notice",
        None => "notice empty",
    };
    rsx! {
        div { class: "{class}", role: "status", "aria-live": "polite", "data-test": "notice",
            if let Some((id, _)) = notice {
                p { {tr.t(&id)} }
                button {
                    class: "notice-close",
                    onclick: move |_| { let mut n = ui.notice; n.set(None); },
                    {tr.t("notice-close")}
                }
            }
        }
    }
}

/// A screen's main heading. It takes the focus when the screen opens, so a screen reader starts
/// reading the new screen from its title.
#[component]
pub fn ScreenTitle(text: String) -> Element {
    let ui = use_context::<Ui>();
    platform::set_document_title(
        &ui.tr()
            .ta("document-title", &[("screen", text.clone().into())]),
    );
    rsx! {
        h1 {
            tabindex: "-1",
            class: "screen-title",
            onmounted: move |e: MountedEvent| async move {
                let _ = e.set_focus(true).await;
            },
            "{text}"
        }
    }
}

/// A back button to `to`.
#[component]
pub fn Back(to: Screen) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    rsx! {
        button { class: "back", "data-test": "back", onclick: move |_| ui.back_to(to),
            IconSvg { icon: Icon::Back }
            span { {tr.t("back")} }
        }
    }
}

/// Where an item is: on this phone only, or also on the server.
#[component]
pub fn SyncBadge(state: crate::store::SyncState) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let (icon, class) = match state {
        crate::store::SyncState::OnServer => (Icon::Cloud, "sync-badge sent"),
        crate::store::SyncState::OnPhoneOnly => (Icon::Phone, "sync-badge phone"),
        crate::store::SyncState::InConflict(_) => (Icon::Warning, "sync-badge conflict"),
    };
    rsx! {
        p { class: "{class}", "data-test": "sync-state",
            IconSvg { icon }
            span { {tr.t(state.message_id())} }
        }
    }
}

/// A store read failed: say so kindly instead of a blank screen.
#[component]
pub fn StorageProblem() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    rsx! { p { class: "problem", role: "alert", {tr.t("error-storage")} } }
}
