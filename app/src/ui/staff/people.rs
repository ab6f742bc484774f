//! People: add a participant and show their one-time code large and as a QR code; readiness for
//! paid work as a dated decision; where someone moved on to; their devices; their certificate.

use super::{PendingBadge, TextField};
use crate::money::{MoneyInputs, month_money};
use crate::ui::money::MonthCard;
use crate::ui::pairing::pairing_address;
use crate::ui::{Back, Screen, ScreenTitle, StorageProblem, SyncBadge, Ui};
use crate::{DeviceInfo, SyncError};
use chrono::Datelike;
use dioxus::prelude::*;
use keikka_core::benefit::Month;
use keikka_core::protocol::{CreateGroup, CreateParticipant, Op, PairingCode, Subject};
use keikka_core::{Destination, GroupId, MovedOn, Person, PersonId, Readiness, Role};

/// The server and token this device talks with, or why there are none.
fn connection(ui: &Ui) -> Result<(crate::SyncClient, String, String), &'static str> {
    let device = ui.device();
    let client = device.client.clone().ok_or("needs-network")?;
    let pairing = ui
        .read(|s| s.pairing())
        .ok()
        .flatten()
        .ok_or("error-storage")?;
    Ok((client, pairing.server_url, pairing.token))
}

/// Says what went wrong with a call that needs the network.
fn report(ui: Ui, error: &SyncError) {
    if matches!(error, SyncError::Unauthorized) {
        let mut repair = ui.repair;
        repair.set(true);
    }
    ui.say(error.message_id_unsaved(), true);
}

#[component]
pub fn People() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut name = use_signal(String::new);
    let mut chosen = use_signal(Vec::<GroupId>::new);
    let mut missing = use_signal(|| false);
    let mut busy = use_signal(|| false);
    let mut code = use_signal(|| None::<PairingCode>);
    let (Ok(people), Ok(groups)) = (ui.read(|s| s.unit_people()), ui.read(|s| s.groups())) else {
        return rsx! { StorageProblem {} };
    };
    let participants: Vec<Person> = people
        .into_iter()
        .filter(|p| p.role == Role::Participant && p.removed_at.is_none())
        .collect();
    let add = move |e: FormEvent| {
        e.prevent_default();
        if busy() {
            return;
        }
        let entered = name().trim().to_owned();
        if entered.is_empty() {
            missing.set(true);
            return;
        }
        let (client, url, token) = match connection(&ui) {
            Ok(c) => c,
            Err(message) => {
                ui.say(message, true);
                return;
            }
        };
        busy.set(true);
        let request = CreateParticipant {
            name: entered,
            groups: chosen(),
        };
        spawn(async move {
            let answer = client.create_participant(&url, &token, &request).await;
            busy.set(false);
            match answer {
                Ok(made) => {
                    code.set(Some(made));
                    name.set(String::new());
                    chosen.set(Vec::new());
                    ui.say("staff-person-added", false);
                    ui.sync_now();
                }
                Err(e) => report(ui, &e),
            }
        });
    };
    rsx! {
        section { class: "people",
            ScreenTitle { text: tr.t("staff-people-title") }
            ul { class: "cards",
                for p in participants {
                    PersonCard { key: "{p.id}", person: p }
                }
            }
            form { class: "form-block", onsubmit: add,
                h2 { {tr.t("staff-person-new")} }
                p { class: "help", {tr.t("staff-person-new-help")} }
                TextField { id: "person-name", label: tr.t("staff-person-name"), value: name(),
                    error: missing().then(|| tr.t("staff-error-name")),
                    on_change: move |v| { name.set(v); missing.set(false); } }
                if !groups.is_empty() {
                    fieldset {
                        legend { {tr.t("staff-person-groups")} }
                        for g in groups {
                            label { key: "{g.id}", class: "switch",
                                input { r#type: "checkbox",
                                    checked: chosen().contains(&g.id),
                                    onchange: move |e: FormEvent| {
                                        let mut w = chosen.write();
                                        w.retain(|x| *x != g.id);
                                        if e.checked() { w.push(g.id); }
                                    },
                                }
                                span { "{g.name}" }
                            }
                        }
                    }
                }
                button { class: "primary", r#type: "submit", "data-test": "person-add",
                    "aria-disabled": if busy() { "true" } else { "false" },
                    {tr.t("staff-person-add")}
                }
            }
            // Right below the button that made it, where the supervisor is looking.
            if let Some(made) = code() {
                CodeCard { code: made }
            }
            Groups {}
        }
    }
}

/// The unit's groups, and a new one (made by the server, so it needs the network).
#[component]
fn Groups() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut name = use_signal(String::new);
    let mut missing = use_signal(|| false);
    let mut busy = use_signal(|| false);
    let groups = ui.read(|s| s.groups()).unwrap_or_default();
    let add = move |e: FormEvent| {
        e.prevent_default();
        if busy() {
            return;
        }
        let entered = name().trim().to_owned();
        if entered.is_empty() {
            missing.set(true);
            return;
        }
        let (client, url, token) = match connection(&ui) {
            Ok(c) => c,
            Err(message) => return ui.say(message, true),
        };
        busy.set(true);
        spawn(async move {
            let answer = client
                .create_group(&url, &token, &CreateGroup { name: entered })
                .await;
            busy.set(false);
            match answer {
                Ok(_) => {
                    name.set(String::new());
                    ui.say("staff-group-added", false);
                    ui.sync_now();
                }
                Err(e) => report(ui, &e),
            }
        });
    };
    rsx! {
        form { class: "form-block", onsubmit: add,
            h2 { {tr.t("staff-groups-title")} }
            if groups.is_empty() {
                p { class: "empty", {tr.t("staff-groups-none")} }
            }
            ul { class: "plain-list", "data-test": "groups",
                for g in groups {
                    li { key: "{g.id}", "{g.name}" }
                }
            }
            TextField { id: "group-name", label: tr.t("staff-group-name"), value: name(),
                error: missing().then(|| tr.t("staff-error-name")),
                on_change: move |v| { name.set(v); missing.set(false); } }
            button { class: "secondary", r#type: "submit", "data-test": "group-add",
                "aria-disabled": if busy() { "true" } else { "false" },
                {tr.t("staff-group-add")}
            }
        }
    }
}

/// One participant in the list: only what sets them apart (readiness, a move onward, a change
/// still waiting on this device); "not recorded" and "sent" on every card said nothing.
#[component]
fn PersonCard(person: Person) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let id = person.id;
    let sync = ui.read(|s| s.sync_state(Subject::Person(id))).ok();
    rsx! {
        li { class: "card", "data-test": "person-card",
            h3 { class: "card-title", "{person.name}" }
            if let Some(date) = person.gigs_since {
                p { {tr.ta("staff-gigs-since", &[("date", tr.plain_date(date).into())])} }
            }
            if let Some(date) = person.ready_since {
                p { {tr.ta("staff-ready-since", &[("date", tr.plain_date(date).into())])} }
            }
            if let Some(moved) = person.moved_on {
                p { {destination_text(&tr, moved.to)} }
            }
            if let Some(state) = sync { PendingBadge { state } }
            button { class: "secondary", "data-test": "open-person", onclick: move |_| ui.go(Screen::Person(id)),
                {tr.ta("staff-person-open", &[("name", person.name.clone().into())])}
            }
        }
    }
}

/// One readiness on the person page: since when, agreed with the participant, or the box
/// that says so and the button that records it from today.
#[component]
fn ReadinessPart(
    person: PersonId,
    readiness: Readiness,
    since: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut agreed = use_signal(|| false);
    let mut missing = use_signal(|| false);
    let (title, since_id, not_id, name) = match readiness {
        Readiness::Gigs => (
            "staff-gigs-title",
            "staff-gigs-since",
            "staff-gigs-not",
            "gigs",
        ),
        Readiness::OpenLabourMarket => (
            "staff-ready-title",
            "staff-ready-since",
            "staff-not-ready",
            "ready",
        ),
    };
    let set = move |ready_since: Option<chrono::NaiveDate>, agreed_with_participant: bool| {
        ui.act(Op::SetReadiness {
            person,
            ready_since,
            readiness,
            agreed_with_participant,
        })
    };
    rsx! {
        h2 { {tr.t(title)} }
        match since {
            Some(date) => rsx! {
                p { "data-test": "{name}-since", {tr.ta(since_id, &[("date", tr.plain_date(date).into())])} }
                button { class: "secondary", "data-test": "{name}-undo",
                    onclick: move |_| { set(None, false); },
                    {tr.t("staff-ready-undo")}
                }
            },
            None => rsx! {
                p { {tr.t(not_id)} }
                label { class: "switch",
                    input { r#type: "checkbox", "data-test": "{name}-agreed",
                        checked: agreed(),
                        "aria-describedby": if missing() { "{name}-agree-first" } else { "" },
                        onchange: move |e: FormEvent| { agreed.set(e.checked()); missing.set(false); },
                    }
                    span { {tr.t("staff-ready-agreed")} }
                }
                if missing() {
                    p { class: "problem", id: "{name}-agree-first", role: "alert", {tr.t("staff-ready-agree-first")} }
                }
                button { class: "secondary", "data-test": "{name}-today",
                    onclick: move |_| {
                        if !agreed() {
                            // An earlier "saved" would contradict the refusal below it.
                            ui.unsay();
                            missing.set(true);
                        } else if set(Some(today), true).is_some() {
                            ui.say("staff-ready-saved", false);
                        }
                    },
                    {tr.t("staff-ready-today")}
                }
            },
        }
    }
}

/// Where someone moved on to, in words.
pub(super) fn destination_text(tr: &crate::ui::Tr, to: Destination) -> String {
    tr.t(match to {
        Destination::PaidWork => "staff-moved-paid-work",
        Destination::Education => "staff-moved-education",
        Destination::Coaching => "staff-moved-coaching",
        Destination::Pension => "staff-moved-pension",
    })
}

/// The one-time code, large enough to read across a table, and as a QR code to scan.
#[component]
fn CodeCard(code: PairingCode) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let server = ui
        .read(|s| s.pairing())
        .ok()
        .flatten()
        .map(|p| p.server_url)
        .unwrap_or_default();
    let address = pairing_address(&server, &code.code);
    let expires = ui.local(code.expires_at);
    let until = tr.ta(
        "staff-code-until",
        &[
            (
                "date",
                tr.date_on(expires.date_naive(), ui.now().year()).into(),
            ),
            ("time", tr.clock(expires).into()),
        ],
    );
    rsx! {
        div { class: "card code-card", "data-test": "code-card", role: "group",
            onmounted: move |e: MountedEvent| async move {
                let _ = e.scroll_to(ScrollBehavior::Instant).await;
            },
            "aria-label": tr.ta("staff-code-for", &[("name", code.person.name.clone().into())]),
            p { {tr.ta("staff-code-for", &[("name", code.person.name.clone().into())])} }
            p { class: "big-code", "data-test": "big-code", "{code.code}" }
            QrCode { text: address, label: tr.t("staff-code-qr") }
            p { class: "help", "{until}" }
        }
    }
}

/// `text` as a QR code drawn in SVG, one path of dark modules with the quiet zone around it.
#[component]
pub fn QrCode(text: String, label: String) -> Element {
    let Ok(qr) = qrcode::QrCode::new(text.as_bytes()) else {
        return rsx! {};
    };
    let width = qr.width();
    let quiet = 4;
    let size = width + 2 * quiet;
    let mut path = String::new();
    for (i, color) in qr.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + quiet, i / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    rsx! {
        svg {
            class: "qr",
            role: "img",
            "aria-label": "{label}",
            view_box: "0 0 {size} {size}",
            width: "240",
            height: "240",
            rect { width: "{size}", height: "{size}", fill: "#fff" }
            path { d: "{path}", fill: "#000" }
        }
    }
}

#[component]
pub fn PersonPage(id: PersonId) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let today = ui.local(ui.now()).date_naive();
    let mut code = use_signal(|| None::<PairingCode>);
    let mut asking = use_signal(|| false);
    let mut devices = use_signal(|| None::<Vec<DeviceInfo>>);
    // Nothing chosen until the supervisor chooses: a preselected answer gets saved unread.
    let mut destination = use_signal(|| None::<Destination>);
    let mut choose_first = use_signal(|| false);
    let mut confirm_remove = use_signal(|| false);
    let Ok(Some(person)) = ui
        .read(|s| s.unit_people())
        .map(|p| p.into_iter().find(|p| p.id == id))
    else {
        return rsx! { StorageProblem {} };
    };
    let consents = ui
        .read(|s| s.consent_of(id))
        .ok()
        .flatten()
        .is_some_and(|c| c.share_benefit_profile);
    let groups = ui.read(|s| s.groups()).unwrap_or_default();
    let shared_months = ui
        .read(|s| MoneyInputs::of_participant(s, id, today))
        .ok()
        .and_then(|inputs| {
            let profile = inputs.profile.as_ref()?;
            let rules = ui.device().rules();
            let this = Month::of(today);
            Some(
                [this, this.plus(1)]
                    .into_iter()
                    .map(|m| {
                        (
                            m,
                            month_money(&rules, Some(profile), &inputs.counted, m).ok(),
                        )
                    })
                    .collect::<Vec<_>>(),
            )
        });
    let sync = ui.read(|s| s.sync_state(Subject::Person(id))).ok();
    let new_code = move |_| {
        // Each new code voids the one before: one request at a time, or an answer arriving
        // late could show a code that no longer works.
        if asking() {
            return;
        }
        let (client, url, token) = match connection(&ui) {
            Ok(c) => c,
            Err(message) => return ui.say(message, true),
        };
        asking.set(true);
        spawn(async move {
            let answer = client.new_pairing_code(&url, &token, id).await;
            asking.set(false);
            match answer {
                Ok(made) => code.set(Some(made)),
                Err(e) => report(ui, &e),
            }
        });
    };
    let load_devices = move |_| {
        let (client, url, token) = match connection(&ui) {
            Ok(c) => c,
            Err(message) => return ui.say(message, true),
        };
        spawn(async move {
            match client.devices(&url, &token).await {
                Ok(all) => devices.set(Some(all.into_iter().filter(|d| d.person == id).collect())),
                Err(e) => report(ui, &e),
            }
        });
    };
    let revoke = move |device: keikka_core::DeviceId| {
        let (client, url, token) = match connection(&ui) {
            Ok(c) => c,
            Err(message) => return ui.say(message, true),
        };
        spawn(async move {
            match client.revoke_device(&url, &token, device).await {
                Ok(()) => {
                    ui.say("staff-device-revoked", false);
                    if let Ok(all) = client.devices(&url, &token).await {
                        devices.set(Some(all.into_iter().filter(|d| d.person == id).collect()));
                    }
                }
                Err(e) => report(ui, &e),
            }
        });
    };
    let this_year = today.year();
    rsx! {
        section { class: "person",
            Back { to: Screen::People }
            ScreenTitle { text: person.name.clone() }
            if let Some(state) = sync { SyncBadge { state } }
            if !groups.is_empty() {
                fieldset {
                    legend { {tr.t("staff-person-groups")} }
                    for g in groups {
                        label { key: "{g.id}", class: "switch",
                            input { r#type: "checkbox",
                                "data-test": "person-group",
                                checked: person.groups.contains(&g.id),
                                onchange: {
                                    let current = person.groups.clone();
                                    move |e: FormEvent| {
                                        let mut groups: Vec<GroupId> =
                                            current.iter().copied().filter(|x| *x != g.id).collect();
                                        if e.checked() {
                                            groups.push(g.id);
                                        }
                                        if ui.act(Op::SetGroups { person: id, groups }).is_some() {
                                            ui.say("staff-groups-saved", false);
                                        }
                                    }
                                },
                            }
                            span { "{g.name}" }
                        }
                    }
                }
            }
            // Two steps apart, each agreed with the participant: trying gigs, then the open
            // labour market (THL's Jobcenter practice; never decided over the person's head).
            p { class: "help", {tr.t("staff-ready-help")} }
            ReadinessPart { person: id, readiness: Readiness::Gigs, since: person.gigs_since, today }
            ReadinessPart { person: id, readiness: Readiness::OpenLabourMarket, since: person.ready_since, today }
            h2 { {tr.t("staff-moved-title")} }
            match person.moved_on {
                Some(moved) => rsx! {
                    p { "data-test": "moved-on", {destination_text(&tr, moved.to)} " · " {tr.date(moved.on, this_year)} }
                    button { class: "secondary", "data-test": "moved-undo",
                        onclick: move |_| { ui.act(Op::RecordMovedOn { person: id, moved_on: None }); },
                        {tr.t("staff-moved-undo")}
                    }
                },
                None => rsx! {
                    fieldset { class: "choice",
                        legend { {tr.t("staff-moved-where")} }
                        div { class: "choice-row",
                            for to in Destination::ALL {
                                button { key: "{to.as_str()}", class: "choice-button", "data-test": "moved-{to.as_str()}",
                                    "aria-pressed": if destination() == Some(to) { "true" } else { "false" },
                                    onclick: move |_| { destination.set(Some(to)); choose_first.set(false); },
                                    {destination_text(&tr, to)}
                                }
                            }
                        }
                    }
                    if choose_first() {
                        p { class: "problem", role: "alert", "data-test": "moved-choose", {tr.t("staff-moved-choose")} }
                    }
                    button { class: "secondary", "data-test": "moved-save",
                        onclick: move |_| {
                            let Some(to) = destination() else {
                                ui.unsay();
                                choose_first.set(true);
                                return;
                            };
                            let moved_on = Some(MovedOn { to, on: today });
                            if ui.act(Op::RecordMovedOn { person: id, moved_on }).is_some() {
                                ui.say("staff-moved-saved", false);
                            }
                        },
                        {tr.t("staff-moved-save")}
                    }
                },
            }
            h2 { {tr.t("staff-benefits-title")} }
            p { "data-test": "consent",
                {if consents {
                    tr.t("staff-consent-given")
                } else {
                    tr.t("staff-consent-not-given")
                }}
            }
            // Only with the participant's permission, from the profile they chose to share.
            if let Some(months) = shared_months {
                p { class: "help", {tr.ta("staff-benefits-as-they-see", &[("name", person.name.clone().into())])} }
                for (month, money) in months {
                    if let Some(money) = money {
                        MonthCard { key: "{month}", money, staff: true }
                    } else {
                        p { key: "{month}", {tr.t("money-cannot-say")} }
                    }
                }
            } else if consents {
                p { {tr.t("staff-benefits-not-filled")} }
            }
            button { class: "secondary", "data-test": "open-person-plan",
                onclick: move |_| ui.go(Screen::PersonPlan(id)),
                {tr.t("plan-open-staff")}
            }
            h2 { {tr.t("staff-devices-title")} }
            if let Some(made) = code() {
                CodeCard { code: made }
            }
            div { class: "actions",
                button { class: "secondary", "data-test": "new-code", onclick: new_code,
                    "aria-disabled": if asking() { "true" } else { "false" },
                    {tr.t("staff-new-code")}
                }
                button { class: "secondary", "data-test": "show-devices", onclick: load_devices,
                    {tr.t("staff-show-devices")}
                }
            }
            if let Some(list) = devices() {
                if list.is_empty() {
                    p { class: "empty", {tr.t("staff-no-devices")} }
                }
                ul { class: "cards",
                    for d in list {
                        li { key: "{d.id}", class: "card", "data-test": "device-card",
                            h3 { class: "card-title", "{d.name}" }
                            // Phones paired in the app share a name: the time tells them apart,
                            // on the card and in the button's name.
                            p { {tr.ta("staff-device-paired", &[("date", tr.date_on(ui.local(d.paired_at).date_naive(), this_year).into()), ("time", tr.clock(ui.local(d.paired_at)).into())])} }
                            // Work done on this device that waits unsent on another phone:
                            // the supervisor is the one who can get it sent.
                            for waiting in d.waiting_on.iter() {
                                p { class: "problem", "data-test": "device-waiting",
                                    {tr.ta("staff-device-waiting", &[("count", i64::from(waiting.mutations).into()), ("person", waiting.person_name.clone().into())])}
                                }
                            }
                            if d.revoked_at.is_some() {
                                p { class: "problem", {tr.t("staff-device-is-revoked")} }
                            } else {
                                button { class: "secondary", "data-test": "revoke-device",
                                    onclick: move |_| revoke(d.id),
                                    {tr.ta("staff-device-revoke", &[("name", d.name.clone().into()), ("date", tr.date_on(ui.local(d.paired_at).date_naive(), this_year).into()), ("time", tr.clock(ui.local(d.paired_at)).into())])}
                                }
                            }
                        }
                    }
                }
            }
            h2 { {tr.t("staff-certificate-title")} }
            button { class: "secondary", "data-test": "open-certificate", onclick: move |_| ui.go(Screen::Certificate(id)),
                {tr.t("staff-certificate-open")}
            }
            h2 { {tr.t("staff-remove-title")} }
            p { class: "help", {tr.t("staff-remove-help")} }
            if !confirm_remove() {
                button { class: "secondary", "data-test": "remove-person",
                    onclick: move |_| confirm_remove.set(true),
                    {tr.ta("staff-remove", &[("name", person.name.clone().into())])}
                }
            } else {
                div { class: "sub", role: "group",
                    p { {tr.ta("staff-remove-confirm", &[("name", person.name.clone().into())])} }
                    div { class: "actions",
                        button { class: "primary", "data-test": "remove-person-yes",
                            onclick: move |_| {
                                let (client, url, token) = match connection(&ui) {
                                    Ok(c) => c,
                                    Err(message) => return ui.say(message, true),
                                };
                                spawn(async move {
                                    match client.remove_participant(&url, &token, id).await {
                                        Ok(()) => {
                                            ui.go(Screen::People);
                                            ui.say("staff-removed", false);
                                            ui.sync_now();
                                        }
                                        Err(e) => report(ui, &e),
                                    }
                                });
                            },
                            {tr.t("staff-remove-yes")}
                        }
                        button { class: "secondary", onclick: move |_| confirm_remove.set(false),
                            {tr.t("staff-cancel-no")}
                        }
                    }
                }
            }
        }
    }
}
