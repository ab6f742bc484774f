//! Me: language, easy-read and text size, my benefit profile, my consent to share it, and my
//! work history to show an employer.

use super::icons::{Icon, IconSvg};
use super::pairing::LanguageChoice;
use super::work_file::{DoneTask, data_address, work_history_page};
use super::{Back, Screen, ScreenTitle, StorageProblem, SyncBadge, Tr, Ui};
use crate::settings::TextSize;
use chrono::Datelike;
use dioxus::prelude::*;
use keikka_core::protocol::Op;
use keikka_core::{ClaimState, Minutes};

/// Sends the profile saved on this device to the supervisor, if the person has given their
/// permission (the server refuses it otherwise); `None` takes a shared one back.
pub fn share_profile(ui: Ui) {
    let consents = ui
        .read(|s| s.my_consent())
        .ok()
        .flatten()
        .is_some_and(|c| c.item.share_benefit_profile);
    if !consents {
        return;
    }
    let profile = ui
        .read(|s| s.benefit_profile())
        .ok()
        .flatten()
        .map(|p| p.profile);
    ui.act(Op::ShareBenefitProfile { profile });
}

/// Text size, as four big choices.
#[component]
pub fn TextSizeChoice() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let settings = (ui.settings)();
    let set_size = move |size: TextSize| ui.change_settings(|s| s.text_size = size);
    rsx! {
        fieldset { class: "choice",
            legend { {tr.t("me-text-size")} }
            div { class: "choice-row",
                for size in TextSize::ALL {
                    button {
                        key: "{size.percent()}",
                        class: "choice-button",
                        "data-test": "text-size-{size.percent()}",
                        "aria-pressed": if settings.text_size == size { "true" } else { "false" },
                        onclick: move |_| set_size(size),
                        {tr.t(size.message_id())}
                    }
                }
            }
        }
    }
}

#[component]
pub fn Me() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let me = ui.read(|s| s.me()).ok().flatten();
    let organisation = ui.read(|s| s.organisation()).ok().flatten();
    let profile = ui.read(|s| s.benefit_profile()).ok().flatten();
    let consent = ui.read(|s| s.my_consent()).ok().flatten();
    let shared = consent
        .as_ref()
        .is_some_and(|c| c.item.share_benefit_profile);
    let devices = ui.read(|s| s.my_devices()).unwrap_or_default();
    let set_aside = ui.read(|s| s.set_aside_len()).unwrap_or(0);
    // Whether the browser keeps the data when space runs short (files on a desktop or phone
    // app always stay).
    #[cfg(target_arch = "wasm32")]
    let kept = use_resource(crate::platform::storage_kept)
        .read()
        .as_ref()
        .copied()
        .flatten();
    #[cfg(not(target_arch = "wasm32"))]
    let kept = Some(true);
    // An answer given on another device in the person's name is said with that device's
    // name: if it was not them, they can tell.
    let consent_elsewhere = consent
        .as_ref()
        .and_then(|c| c.item.device)
        .and_then(|id| devices.iter().find(|(d, this)| d.id == id && !this))
        .map(|(d, _)| (d.name.clone(), ui.local(d.paired_at)));
    rsx! {
        section { class: "me",
            ScreenTitle { text: tr.t("me-title") }
            if let Some(me) = me {
                p { class: "lead", "{me.name}" }
            }
            if let Some(org) = organisation {
                p { "{org.name}" }
            }
            LanguageChoice {}
            TextSizeChoice {}
            h2 { {tr.t("me-profile-title")} }
            p {
                {match &profile {
                    Some(p) => tr.ta("me-profile-saved", &[("date", tr.date_on(p.updated_at.date_naive(), now.year()).into())]),
                    None => tr.t("me-profile-missing"),
                }}
            }
            p { class: "help", {tr.t("me-profile-stays")} }
            if let Some(kept) = kept {
                p { class: "help", "data-test": "storage-kept",
                    {tr.t(if kept { "me-storage-kept" } else { "me-storage-not-kept" })}
                }
            }
            button { class: "secondary", "data-test": "open-profile", onclick: move |_| ui.go(Screen::Profile),
                {tr.t("me-profile-open")}
            }
            h2 { {tr.t("me-consent-title")} }
            p { {tr.t("me-consent-explain")} }
            p { "data-test": "consent-state",
                {match &consent {
                    Some(c) if c.item.share_benefit_profile => tr.ta("me-consent-yes", &[("date", tr.date_on(c.item.decided_at.date_naive(), now.year()).into())]),
                    Some(c) => tr.ta("me-consent-no", &[("date", tr.date_on(c.item.decided_at.date_naive(), now.year()).into())]),
                    None => tr.t("me-consent-none"),
                }}
            }
            if let Some((name, paired)) = consent_elsewhere {
                p { "data-test": "consent-device",
                    {tr.ta("me-consent-device", &[("name", name.into()), ("date", tr.date_on(paired.date_naive(), now.year()).into()), ("time", tr.clock(paired).into())])}
                }
            }
            if let Some(c) = &consent {
                SyncBadge { state: c.sync.clone() }
            }
            button {
                class: "secondary",
                "data-test": "consent-toggle",
                onclick: move |_| {
                    if ui.act(Op::SetConsent { share_benefit_profile: !shared }).is_some() {
                        // With the permission, the profile saved here goes to the supervisor.
                        if !shared {
                            share_profile(ui);
                        }
                        ui.say(if shared { "me-consent-withdrawn" } else { "me-consent-given" }, false);
                    }
                },
                {tr.t(if shared { "me-consent-withdraw" } else { "me-consent-give" })}
            }
            if set_aside > 0 {
                p { class: "problem", "data-test": "set-aside",
                    {tr.ta("me-set-aside", &[("count", i64::try_from(set_aside).unwrap_or(i64::MAX).into())])}
                }
            }
            if !devices.is_empty() {
                h2 { {tr.t("me-devices-title")} }
                p { {tr.t("me-devices-explain")} }
                ul { class: "devices", "data-test": "my-devices",
                    for (device, this) in devices {
                        li { key: "{device.id}",
                            {
                                let paired = ui.local(device.paired_at);
                                let mut args = vec![
                                    ("name", device.name.clone().into()),
                                    ("date", tr.date_on(paired.date_naive(), now.year()).into()),
                                    ("time", tr.clock(paired).into()),
                                ];
                                let id = match (device.revoked_at, this) {
                                    (Some(revoked), _) => {
                                        let revoked = ui.local(revoked);
                                        args.push(("revoked", tr.date_on(revoked.date_naive(), now.year()).into()));
                                        args.push(("rtime", tr.clock(revoked).into()));
                                        "me-device-revoked"
                                    }
                                    (None, true) => "me-device-this",
                                    (None, false) => "me-device-active",
                                };
                                tr.ta(id, &args)
                            }
                        }
                    }
                }
            }
            h2 { {tr.t("history-title")} }
            button { class: "secondary", "data-test": "open-history", onclick: move |_| ui.go(Screen::History),
                {tr.t("me-history-open")}
            }
        }
    }
}

/// Every approved task with its date and hours: a record to show an employer, printable.
#[component]
pub fn History() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let Ok(claims) = ui.read(|s| s.my_claims()) else {
        return rsx! { StorageProblem {} };
    };
    let me = ui.read(|s| s.me()).ok().flatten();
    let organisation = ui.read(|s| s.organisation()).ok().flatten();
    let mut done: Vec<DoneTask> = claims
        .iter()
        .filter_map(|c| match &c.claim.state {
            ClaimState::Approved { approval, .. } => Some(DoneTask {
                worked_on: approval.earning.worked_on,
                title: c.task.as_ref().map_or_else(
                    || tr.t("mine-unknown-task"),
                    |t| t.title_in(tr.locale.language()).to_owned(),
                ),
                place: c.task.as_ref().map(|t| t.place.clone()).unwrap_or_default(),
                minutes: approval.minutes,
                employer: approval.earning.employer_of_record.clone(),
                feedback: c.claim.feedback.as_ref().map(|f| f.text.clone()),
            }),
            _ => None,
        })
        .collect();
    done.sort_by_key(|d| std::cmp::Reverse(d.worked_on));
    let total = Minutes(done.iter().map(|d| d.minutes.0).sum());
    let whose = me.as_ref().zip(organisation.as_ref()).map(|(me, org)| {
        tr.ta(
            "history-whose",
            &[
                ("name", me.name.clone().into()),
                ("unit", org.name.clone().into()),
            ],
        )
    });
    // The file is for others to read too (an employer): the standard words of the language.
    let file_tr = Tr::new(ui.device().texts.clone(), tr.locale.standard());
    let today = ui.local(now).date_naive();
    let file = data_address(
        "text/html",
        &work_history_page(&file_tr, whose.as_deref(), &done, today),
    );
    let file_name = format!("{}-{today}.html", tr.t("history-file-name"));
    rsx! {
        section { class: "history",
            Back { to: Screen::Me }
            ScreenTitle { text: tr.t("history-title") }
            if let Some(whose) = whose {
                p { class: "lead", "{whose}" }
            }
            if done.is_empty() {
                p { class: "empty", {tr.t("history-none")} }
            } else {
                p { {tr.ta("history-total", &[("count", done.len().into()), ("time", tr.duration(total).into())])} }
                table { class: "history-table",
                    thead {
                        tr {
                            th { scope: "col", {tr.t("history-date")} }
                            th { scope: "col", {tr.t("history-task")} }
                            th { scope: "col", {tr.t("history-hours")} }
                        }
                    }
                    tbody {
                        for (i, DoneTask { worked_on, title, place, minutes, feedback, .. }) in done.into_iter().enumerate() {
                            tr { key: "{i}",
                                td { "data-label": tr.t("history-date"), {tr.date(worked_on, now.year())} }
                                td { "data-label": tr.t("history-task"), "{title}" span { class: "place", " · {place}" }
                                    if let Some(feedback) = feedback {
                                        p { class: "feedback", "data-test": "feedback",
                                            {tr.ta("history-feedback", &[("text", feedback.into())])}
                                        }
                                    }
                                }
                                td { "data-label": tr.t("history-hours"), {tr.duration(minutes)} }
                            }
                        }
                    }
                }
                a { class: "primary button-link no-print", "data-test": "history-save",
                    download: "{file_name}", href: "{file}",
                    "aria-describedby": "history-save-help",
                    {tr.t("history-save")}
                }
                p { id: "history-save-help", class: "fine-print no-print", {tr.t("history-save-help")} }
                button { class: "secondary no-print", onclick: move |_| crate::platform::print(),
                    IconSvg { icon: Icon::Mine }
                    span { {tr.t("history-print")} }
                }
            }
        }
    }
}
