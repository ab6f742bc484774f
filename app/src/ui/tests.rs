//! Every screen rendered to HTML (dioxus-ssr) in all four locales, over a store fed like a
//! real device, asserting the key texts and attributes.

use super::*;
use crate::settings::TextSize;
use crate::testkit::*;
use crate::text::Locale;
use keikka_core::benefit::BenefitProfile;
use keikka_core::protocol::{Change, Cursor, Op, SyncResponse};
use keikka_core::{Cents, Minutes};

/// The screens with a fixed device: no sync starts, time stands at `testkit::now()`.
#[component]
fn Harness(device: DeviceHandle, screen: Screen) -> Element {
    use_context_provider(|| Ui::new(device.0.clone(), screen));
    rsx! { Shell {} }
}

/// A fixed device over `store` in `locale`: no sync starts, time stands at `testkit::now()`.
fn test_device(mut store: Store, locale: Locale) -> Device {
    store
        .save_settings(&Settings {
            locale,
            text_size: TextSize::Normal,
            read_aloud: false,
        })
        .unwrap();
    let mut device = Device::new(store, Some("http://keikka.test".into())).unwrap();
    device.clock = Box::new(now);
    // Finnish winter time, whatever zone the machine running the tests is in.
    let zone = *now().offset();
    device.zone = Box::new(move |t| t.with_timezone(&zone));
    device
}

fn render(store: Store, locale: Locale, screen: Screen) -> String {
    let device = test_device(store, locale);
    let mut dom = VirtualDom::new_with_props(
        Harness,
        HarnessProps {
            device: DeviceHandle(Rc::new(device)),
            screen,
        },
    );
    dom.rebuild_in_place();
    let page = dioxus_ssr::render(&dom);
    assert_no_missing_messages(&page, locale);
    page
}

/// [`render`] with every text from `locales/` marked (`text::MARK_TEXTS`).
fn render_marked(store: Store, locale: Locale, screen: Screen) -> String {
    crate::text::MARK_TEXTS.with(|m| m.set(true));
    let page = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        render(store, locale, screen)
    }));
    crate::text::MARK_TEXTS.with(|m| m.set(false));
    page.unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// What a person reads or hears on a page: its text and the attributes screen readers say.
fn readable_parts(page: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = page;
    while let Some(open) = rest.find('<') {
        parts.push(rest[..open].to_owned());
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open..open + close];
        for attribute in [
            "aria-label=\"",
            "title=\"",
            "alt=\"",
            "placeholder=\"",
            "aria-valuetext=\"",
        ] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                parts.push(value[..value.find('"').unwrap_or(value.len())].to_owned());
            }
        }
        rest = &rest[open + close + 1..];
    }
    parts.push(rest.to_owned());
    parts
}

/// Fails on any word on `page` that came neither from `locales/` nor from what people typed
/// (`typed`: the fixture's task titles, places, steps and names).
#[track_caller]
fn assert_only_locale_texts(page: &str, typed: &[&str], what: &str) {
    use crate::text::{MARK_END, MARK_START};
    let typed_words: std::collections::BTreeSet<&str> =
        typed.iter().flat_map(|t| t.split_whitespace()).collect();
    for part in readable_parts(page) {
        let mut depth = 0usize;
        let mut outside = String::new();
        for c in part.chars() {
            match c {
                MARK_START => depth += 1,
                MARK_END => depth = depth.saturating_sub(1),
                c if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        for word in outside.split_whitespace() {
            let word = word.replace("&amp;", "&").replace("&quot;", "");
            let letters = word.chars().any(|c| c.is_alphabetic());
            assert!(
                !letters || typed_words.contains(word.as_str()),
                "{what}: {word:?} in {outside:?} is on the screen but not from locales/"
            );
        }
    }
}

/// A message missing from a set shows as its id: no text or label may look like one.
#[track_caller]
fn assert_no_missing_messages(page: &str, locale: Locale) {
    let ids = crate::text::message_ids(Locale::Fi);
    for id in ids {
        for shape in [format!(">{id}<"), format!(r#"aria-label="{id}""#)] {
            assert!(!page.contains(&shape), "{}: {shape} shown raw", locale.id());
        }
    }
    let has_id_like_text = page
        .split('>')
        .filter_map(|t| t.split('<').next())
        .any(|t| {
            let t = t.trim();
            t.len() > 3
                && t.contains('-')
                && t.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        });
    assert!(
        !has_id_like_text,
        "{}: an id-like text in {page}",
        locale.id()
    );
}

/// Text as dioxus-ssr writes it into HTML.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

fn tr(locale: Locale) -> Tr {
    Tr::new(Rc::new(Texts::load()), locale)
}

#[track_caller]
fn assert_has(page: &str, text: &str) {
    let escaped = html(text);
    assert!(page.contains(&escaped), "missing {text:?} in\n{page}");
}

fn unemployed() -> BenefitProfile {
    serde_json::from_str(r#"{"adults": 1, "benefits": [{"kind": "unemployment_basic"}]}"#).unwrap()
}

/// Participant 1's phone: five open tasks, one taken, one started, one approved, one lost to
/// someone else, and (optionally) a benefit profile.
fn device_store(profile: bool) -> Store {
    let mut server = ServerSim::new();
    let me = participant(1);
    let sup = supervisor();
    let mut changes = server.basics(&[sup.clone(), me.clone()]);
    for n in 1..=10 {
        changes.extend(server.publish(draft(n, 1)));
    }
    let (_, c) = server.claim(&me, draft(4, 1).id);
    changes.extend(c);
    let (started, c) = server.claim(&me, draft(5, 1).id);
    changes.extend(c);
    changes.extend(server.run(
        &me,
        keikka_core::protocol::Op::StartTask { claim: started },
        now(),
    ));
    let (approved, c) = server.claim(&me, draft(6, 1).id);
    changes.extend(c);
    changes.extend(server.run(
        &me,
        keikka_core::protocol::Op::CompleteTask {
            claim: approved,
            minutes: Minutes(150),
            note: None,
        },
        now(),
    ));
    changes.extend(server.run(
        &sup,
        keikka_core::protocol::Op::ApproveCompletion {
            claim: approved,
            paid_on: "2026-03-31".parse().unwrap(),
            minutes: None,
            adjust_reason: None,
        },
        now(),
    ));
    // Task 7 went to someone else while this phone was offline.
    changes.extend(server.claim(&participant(2), draft(7, 1).id).1);
    let mut store = device_of(&me, changes.clone());
    store
        .record(
            keikka_core::protocol::Op::ClaimTask {
                claim: keikka_core::ClaimId::from_uuid(uuid::Uuid::new_v4()),
                task: draft(1, 1).id,
            },
            now(),
        )
        .unwrap();
    if profile {
        store.save_benefit_profile(&unemployed(), now()).unwrap();
    }
    store
}

fn paired_but_empty() -> Store {
    device_of(&participant(1), vec![])
}

#[test]
fn before_pairing_only_the_code_screen_shows_in_every_language() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(Store::open_in_memory().unwrap(), locale, Screen::Tasks);
        assert_has(&page, &t.t("pairing-title"));
        assert_has(&page, &t.t("pairing-code-label"));
        assert!(
            page.contains(&format!(r#"lang="{}""#, locale.language())),
            "{page}"
        );
        assert!(page.contains(r#"autocomplete="one-time-code""#));
        assert!(page.contains(r#"for="pairing-code""#) && page.contains(r#"id="pairing-code""#));
        assert!(
            !page.contains(r#"data-test="nav-tasks""#),
            "no menu before pairing"
        );
        // The web app knows its server: no address to type.
        assert!(!page.contains(r#"id="pairing-server""#));
    }
}

#[test]
fn the_task_list_shows_cards_with_pay_and_what_the_person_keeps_in_every_language() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::Tasks);
        assert_has(&page, &t.t("tasks-title"));
        assert_has(&page, &t.t("tasks-this-week"));
        assert_has(&page, "Imurointi 2");
        // 2 h at 10 €/h is 20 €; basic unemployment allowance falls by half: 10 € kept, said
        // to be before tax (the profile has no tax percentage).
        assert_has(
            &page,
            &t.ta("task-pay-line", &[("pay", t.money(Cents(2000)).into())]),
        );
        assert_has(
            &page,
            &t.ta(
                "badge-keep-before-tax",
                &[("amount", t.money(Cents(837)).into())],
            ),
        );
        assert!(
            page.contains(r#"data-test="nav-tasks" aria-current="page""#),
            "{page}"
        );
        assert!(page.contains(r#"data-test="nav-money" aria-current="false""#));
        assert_has(&page, &t.ta("sync-pending", &[("count", 1.into())]));
        // A one-seat task says its seat too, like every other card.
        assert_has(&page, &t.ta("task-seats-left", &[("count", 1.into())]));
        // A fixed fee is said as it is, not "about".
        let page = render(pension_store_with_two_big_months(), locale, Screen::Tasks);
        assert_has(
            &page,
            &t.ta(
                "task-pay-line-fixed",
                &[("pay", t.money(Cents(100_000)).into())],
            ),
        );
    }
}

#[test]
fn easy_read_shows_three_tasks_at_a_time_and_a_larger_layout() {
    let t = tr(Locale::FiEasy);
    let page = render(device_store(true), Locale::FiEasy, Screen::Tasks);
    assert_eq!(page.matches(r#"data-test="task-card""#).count(), 3);
    assert!(page.contains("app text-100 easy"));
    assert_has(&page, &t.ta("tasks-show-more", &[("count", 2.into())]));
    let standard = render(device_store(true), Locale::Fi, Screen::Tasks);
    // Tasks 2, 3 and 8–10 are open (1 waits in the outbox as mine; 4–7 are taken).
    assert_eq!(standard.matches(r#"data-test="task-card""#).count(), 5);
    assert!(!standard.contains("show-more"));
}

#[test]
fn a_task_in_full_says_in_one_sentence_what_it_does_to_the_money() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::Task(draft(2, 1).id));
        assert_has(&page, "Imurointi 2");
        assert_has(
            &page,
            &t.ta(
                "money-earn-about",
                &[("amount", t.money(Cents(2000)).into())],
            ),
        );
        // The benefit's name as the subject of its sentence (Swedish in its definite form,
        // easy-read as "your"); 20 € less 10 € and the contributions on the pay (1.63 €: the
        // month's other pay rounds with it), in March.
        let [falls, keep] = match locale {
            Locale::Fi => [
                "Työmarkkinatuki pienenee 10\u{a0}€.",
                "Palkasta perittävien maksujen jälkeen, mutta ennen veroja, sinulle jää 8,37\u{a0}€ enemmän maaliskuussa 2026.",
            ],
            Locale::Sv => [
                "Arbetsmarknadsstödet minskar med 10\u{a0}€.",
                "Efter avgifterna på lönen, men före skatt, har du 8,37\u{a0}€ mer pengar i mars 2026.",
            ],
            Locale::FiEasy => [
                "Työmarkkinatukesi pienenee 10\u{a0}euroa.",
                "Sinulle jää maaliskuussa 2026 8,37\u{a0}euroa enemmän rahaa.",
            ],
            Locale::SvEasy => [
                "Ditt arbetsmarknadsstöd blir 10\u{a0}euro mindre.",
                "Du får 8,37\u{a0}euro mer pengar i mars 2026.",
            ],
        };
        assert_has(&page, falls);
        assert_has(&page, keep);
        assert_has(&page, &t.t("task-take"));
        assert_has(&page, &t.t("why-button"));
        assert!(page.contains(r#"aria-expanded="false""#));
        assert_has(&page, &t.t("contract-employment"));
        // 9–12 with two hours of work: the hours and the time agree, the rest said as breaks.
        assert_has(
            &page,
            match locale {
                Locale::Fi => "2 h työtä ja 1 h taukoja",
                Locale::Sv => "2 h arbete och 1 h pauser",
                _ => "",
            },
        );
        assert_has(
            &page,
            &t.ta(
                "task-time-with-breaks",
                &[
                    ("work", t.duration(Minutes(120)).into()),
                    ("breaks", t.duration(Minutes(60)).into()),
                ],
            ),
        );
        assert_has(&page, "Tule ovelle 2.");
        assert!(
            !page.contains(r#"data-test="sync-state""#),
            "a task from the server needs no sync note"
        );
    }
}

#[test]
fn without_a_profile_a_task_says_only_the_pay_and_how_to_learn_more() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(false), locale, Screen::Task(draft(2, 1).id));
        assert_has(
            &page,
            &t.ta(
                "money-earn-about",
                &[("amount", t.money(Cents(2000)).into())],
            ),
        );
        assert_has(&page, &t.t("money-no-profile"));
        assert!(!page.contains(r#"data-test="keep-badge""#));
    }
}

#[test]
fn my_tasks_list_each_state_with_its_next_step_and_explain_a_lost_task_kindly() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::MyTasks);
        assert_has(&page, &t.t("mine-title"));
        assert_has(&page, &t.t("mine-coming"));
        // Saturday's task cannot be started on Monday: the card says from when it can.
        assert!(!page.contains(r#"data-test="start""#), "{page}");
        assert_has(
            &page,
            match locale {
                Locale::Fi => {
                    "Voit merkitä aloittaneesi lauantaina 28.3., kun keikan päivä on tullut."
                }
                Locale::Sv => {
                    "Du kan markera att du har börjat lördagen den 28.3., när uppdragets dag har kommit."
                }
                Locale::FiEasy => "Voit aloittaa keikan lauantaina 28.3.2026.",
                Locale::SvEasy => "Du kan börja uppdraget lördagen den 28.3.2026.",
            },
        );
        assert_has(&page, &t.t("mine-finish"));
        // A start is undone on its card; "I can't come" asks before it acts.
        assert_has(&page, &t.t("mine-undo-start"));
        assert_has(&page, &t.t("mine-withdraw"));
        assert!(!page.contains(r#"data-test="withdraw-ask""#), "{page}");
        assert_has(&page, &t.t("mine-approved"));
        assert_has(&page, &t.t("sync-saved-on-phone"));
        assert!(page.contains(r#"data-status="approved""#));
        // The pay day as the day it happens on: the Finnish essive.
        assert_has(
            &page,
            match locale {
                Locale::Fi => "Palkka 25\u{a0}€ maksetaan tiistaina 31.3.",
                Locale::Sv => "Lönen 25\u{a0}€ betalas tisdagen den 31.3.",
                Locale::FiEasy => "Saat palkkaa 25\u{a0}euroa. Saat palkan tiistaina 31.3.2026.",
                Locale::SvEasy => "Du får 25\u{a0}euro i lön. Lönen kommer tisdagen den 31.3.2026.",
            },
        );
    }
}

/// `device_store`, after the server refused the phone's claim of task 1: someone was first.
fn store_with_refusal() -> Store {
    let mut store = device_store(true);
    let mutation = store.outbox_batch(1).unwrap()[0].id;
    store
        .apply_sync_response(
            &SyncResponse {
                results: vec![keikka_core::protocol::MutationResult {
                    id: mutation,
                    outcome: keikka_core::protocol::Outcome::Rejected {
                        reason: keikka_core::DomainError::TaskFull,
                    },
                }],
                changes: vec![],
                cursor: Cursor(2),
                more: false,
                rules: None,
            },
            now(),
        )
        .unwrap();
    store
}

#[test]
fn a_refusal_from_the_server_is_explained_without_blame_with_similar_tasks() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(store_with_refusal(), locale, Screen::MyTasks);
        assert_has(&page, &t.t("reason-task-full"));
        assert_has(&page, &t.t("mine-similar"));
        assert!(page.contains(r#"data-test="similar-task""#));
        assert!(page.contains(r#"data-test="refusal""#));
        assert_has(&page, &t.t("mine-understood"));
    }
}

#[test]
fn the_done_form_prefills_the_estimated_time_with_big_buttons_to_change_it() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let store = device_store(true);
        let started = store
            .my_claims()
            .unwrap()
            .into_iter()
            .find(|c| c.claim.status() == keikka_core::ClaimStatus::Started)
            .unwrap()
            .claim
            .id;
        let page = render(store, locale, Screen::Finish(started));
        assert_has(&page, &t.t("finish-title"));
        assert_has(&page, &t.duration(Minutes(120)));
        assert!(page.contains(&format!(r#"aria-label="{}""#, html(&t.t("finish-less")))));
        assert!(page.contains(&format!(r#"aria-label="{}""#, html(&t.t("finish-more")))));
        assert!(page.contains(r#"for="finish-note""#));
    }
}

#[test]
fn my_money_shows_this_month_and_next_with_what_is_kept_and_the_year_so_far() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::Money);
        assert_has(&page, &t.t("money-title"));
        assert_has(&page, &t.month("2026-03".parse().unwrap()));
        assert_has(&page, &t.month("2026-04".parse().unwrap()));
        assert_eq!(page.matches(r#"data-test="month-card""#).count(), 2);
        // Nothing is paid or expected in April yet: said plainly, not as "you keep 0 €".
        assert_has(&page, &t.t("money-month-none"));
        // March: 25 € approved (paid 31.3.), 20 + 20 + 20 € expected from tasks 1, 4 and 5.
        let approved = format!(
            r#"data-test="money-approved">{}<"#,
            html(&t.money(Cents(2500)))
        );
        let expected = format!(
            r#"data-test="money-expected">{}<"#,
            html(&t.money(Cents(6000)))
        );
        assert!(
            page.contains(&approved) && page.contains(&expected),
            "{page}"
        );
        assert_has(
            &page,
            &t.ta(
                "money-month-keep",
                // 85 € − 42,50 € − 6,97 € contributions.
                &[("amount", t.money(Cents(3553)).into())],
            ),
        );
        assert_has(
            &page,
            &t.ta(
                "money-year-so-far",
                &[
                    ("year", "2026".into()),
                    ("amount", t.money(Cents(2500)).into()),
                ],
            ),
        );
    }
}

#[test]
fn me_offers_language_text_size_profile_consent_and_history() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::Me);
        assert_has(&page, &t.t("me-title"));
        assert_has(&page, "Osallistuja 1");
        assert!(
            page.contains(r#"data-test="text-size-100" aria-pressed="true""#),
            "{page}"
        );
        assert!(page.contains(r#"data-test="text-size-200" aria-pressed="false""#));
        assert_has(&page, &t.t("me-consent-none"));
        assert_has(&page, &t.t("me-consent-give"));
        assert_has(&page, &t.t("me-profile-stays"));
        // A phone or desktop app keeps its files: said so (the browser's answer is in
        // the browser test).
        assert_has(&page, &t.t("me-storage-kept"));
        assert_eq!(
            page.contains(r#"data-test="easy-read" checked=true"#),
            locale.is_easy_read(),
            "{page}"
        );
    }
}

/// Every device in the person's name is on their own screen, this one marked, one taken out
/// of use said so; a device paired after this one counts as news for the person.
#[test]
fn me_lists_every_device_in_the_persons_name_and_counts_one_paired_after_this_one() {
    use keikka_core::{DeviceId, PairedDevice};
    let mut me = participant(1);
    let this = pair_response(&me, 1).device;
    let at = |t: &str| chrono::DateTime::parse_from_rfc3339(t).unwrap();
    me.devices = vec![
        PairedDevice {
            id: DeviceId(uuid::Uuid::from_u128(7)),
            name: "Vanha puhelin".into(),
            paired_at: at("2026-02-02T10:00:00+02:00"),
            revoked_at: Some(at("2026-03-02T10:00:00+02:00")),
        },
        PairedDevice {
            id: this,
            name: "Oma puhelin".into(),
            paired_at: at("2026-03-02T10:00:00+02:00"),
            revoked_at: None,
        },
        PairedDevice {
            id: DeviceId(uuid::Uuid::from_u128(8)),
            name: "Toimiston tabletti".into(),
            paired_at: at("2026-03-20T10:00:00+02:00"),
            revoked_at: None,
        },
    ];
    // The tablet gave the consent: the person's own phone names it.
    let consent = keikka_core::Consent {
        participant: me.id,
        share_benefit_profile: true,
        decided_at: at("2026-03-20T10:05:00+02:00"),
        device: Some(DeviceId(uuid::Uuid::from_u128(8))),
    };
    let store = || {
        device_of(
            &me,
            vec![Change::Person(me.clone()), Change::Consent(consent.clone())],
        )
    };
    assert_eq!(store().later_devices().unwrap(), 1);
    // One paired and taken out of use again before this phone synced still counts: it could
    // act in the person's name for that while.
    let mut briefly = me.clone();
    briefly.devices.push(PairedDevice {
        id: DeviceId(uuid::Uuid::from_u128(9)),
        name: "Hetken laite".into(),
        paired_at: at("2026-03-21T10:00:00+02:00"),
        revoked_at: Some(at("2026-03-21T10:30:00+02:00")),
    });
    let both = device_of(&briefly, vec![Change::Person(briefly.clone())]);
    assert_eq!(both.later_devices().unwrap(), 2);
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(store(), locale, Screen::Me);
        let day = |d: &str| t.date_on(d.parse().unwrap(), 2026);
        let args = |name: &str, date: &str| {
            vec![
                ("name", crate::text::FluentValue::from(name.to_owned())),
                ("date", day(date).into()),
                ("time", "10.00".into()),
            ]
        };
        assert_has(&page, &t.t("me-devices-title"));
        assert_has(
            &page,
            &t.ta("me-device-this", &args("Oma puhelin", "2026-03-02")),
        );
        assert_has(
            &page,
            &t.ta(
                "me-device-active",
                &args("Toimiston tabletti", "2026-03-20"),
            ),
        );
        assert_has(
            &page,
            &t.ta(
                "me-consent-device",
                &args("Toimiston tabletti", "2026-03-20"),
            ),
        );
        let mut revoked = args("Vanha puhelin", "2026-02-02");
        revoked.push(("revoked", day("2026-03-02").into()));
        revoked.push(("rtime", "10.00".into()));
        assert_has(&page, &t.ta("me-device-revoked", &revoked));
    }
}

/// The unsent work of someone who had the phone before waits apart, and the new person's
/// Me screen says so in every set, with who to tell if it does not go.
#[test]
fn me_says_when_an_earlier_persons_unsent_work_waits_on_the_phone() {
    let store = || {
        let mut store = device_of(&participant(1), vec![]);
        store
            .record(
                keikka_core::protocol::Op::SetConsent {
                    share_benefit_profile: true,
                },
                now(),
            )
            .unwrap();
        store
            .save_pairing("http://keikka.test", &pair_response(&participant(2), 2))
            .unwrap();
        store
    };
    assert_eq!(store().set_aside_len().unwrap(), 1);
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(store(), locale, Screen::Me);
        assert_has(&page, &t.ta("me-set-aside", &[("count", 1.into())]));
    }
}

#[test]
fn the_profile_form_labels_every_field_and_the_history_lists_approved_work() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::Profile);
        assert_has(&page, &t.t("profile-title"));
        assert_has(&page, &t.t("profile-unemployment"));
        // No date of a benefit period is asked any more: the protected amount it was for is gone.
        assert!(!page.contains("period_started"));
        assert!(page.contains(r#"for="profile-tax_percent""#));
        let history = render(device_store(true), locale, Screen::History);
        assert_has(&history, &t.t("history-title"));
        assert_has(&history, "Imurointi 6");
        assert_has(&history, &t.duration(Minutes(150)));
        // Issue 16, item 6: a file of its own, in the standard words of the language (an
        // employer reads it), with the task in it.
        let link = tag_with(&history, r#"data-test="history-save""#);
        let file_name = format!("{}-2026-03-23.html", t.t("history-file-name"));
        assert!(
            link.contains(&format!(r#"download="{file_name}""#)),
            "{link}"
        );
        assert!(
            link.contains("href=\"data:text/html;charset=utf-8,"),
            "{link}"
        );
        assert!(link.contains("Imurointi%206"), "{link}");
        let note = tr(locale.standard()).t("history-file-note");
        assert!(
            link.contains(&work_file::data_address("", &note)[20..]),
            "{link}"
        );
        assert_has(&history, &t.t("history-save-help"));
    }
}

/// The opening tag of the element whose attributes include `attribute`.
#[track_caller]
fn tag_with<'a>(page: &'a str, attribute: &str) -> &'a str {
    let at = page
        .find(attribute)
        .unwrap_or_else(|| panic!("no {attribute} in\n{page}"));
    let start = page[..at].rfind('<').unwrap();
    let end = at + page[at..].find('>').unwrap();
    &page[start..=end]
}

#[test]
fn each_benefits_fields_are_a_group_named_by_its_checkbox_which_says_it_opened_them() {
    // Every benefit with fields of its own, its checkbox's label, and one of its fields.
    let benefits = [
        (
            "housing",
            "benefit-housing-general",
            r#"id="profile-housing_costs""#,
        ),
        (
            "social",
            "benefit-social-assistance",
            r#"id="profile-social_housing_costs""#,
        ),
        (
            "kela_pension",
            "benefit-kela-disability-pension",
            r#"id="profile-kela_amount""#,
        ),
        (
            "earnings_pension",
            "benefit-earnings-related-disability-pension",
            r#"id="profile-earnings_amount""#,
        ),
        (
            "work_activity",
            "benefit-work-activity-pay",
            r#"id="profile-per_day""#,
        ),
        (
            "rehabilitative",
            "profile-rehabilitative",
            r#"class="weekdays""#,
        ),
        (
            "pensioner_housing",
            "benefit-pensioner-housing",
            r#"id="profile-pensioner_costs""#,
        ),
    ];
    let mut all = profile::ProfileDraft::new();
    all.housing = true;
    all.housing_costs = "500".into();
    all.max_housing_costs = "450".into();
    all.social = true;
    all.social_housing_costs = "500".into();
    all.kela_pension = true;
    all.kela_amount = "775,70".into();
    all.earnings_pension = true;
    all.earnings_amount = "300".into();
    all.established_earnings = "2500".into();
    all.work_activity = true;
    all.per_day = "9".into();
    all.weekdays[0] = true;
    all.rehabilitative = true;
    all.rehabilitative_weekdays[1] = true;
    all.pensioner_housing = true;
    all.pensioner_costs = "400".into();
    all.pensioner_income = "1000".into();
    let all = all.to_profile(now().date_naive()).unwrap();
    for locale in Locale::ALL {
        let t = tr(locale);
        let mut store = device_store(false);
        store.save_benefit_profile(&all, now()).unwrap();
        let page = render(store, locale, Screen::Profile);
        let closed = render(device_store(true), locale, Screen::Profile);
        for (i, (name, label, field)) in benefits.iter().enumerate() {
            let checkbox = tag_with(&page, &format!(r#"data-test="profile-{name}""#));
            assert!(
                checkbox.contains(r#"aria-expanded="true""#)
                    && checkbox.contains(&format!(r#"aria-controls="profile-{name}-fields""#)),
                "{checkbox}"
            );
            let shut = tag_with(&closed, &format!(r#"data-test="profile-{name}""#));
            assert!(
                shut.contains(r#"aria-expanded="false""#)
                    && shut.contains(&format!(r#"aria-controls="profile-{name}-fields""#)),
                "{shut}"
            );
            assert!(!closed.contains(&format!(r#"id="profile-{name}-fields""#)));
            // The group's name is the checkbox's own label, the benefit's name.
            let named = format!(
                r#"<span id="profile-{name}-label">{}</span>"#,
                html(&t.t(label))
            );
            assert!(page.contains(&named), "no {named} in\n{page}");
            let group = tag_with(&page, &format!(r#"id="profile-{name}-fields""#));
            assert!(
                group.contains(r#"role="group""#)
                    && group.contains(&format!(r#"aria-labelledby="profile-{name}-label""#)),
                "{group}"
            );
            // The benefit's field is inside its group: after it opens, before the next benefit.
            let opens = page.find(group).unwrap();
            let inside = opens + page[opens..].find(field).unwrap();
            let next = benefits
                .get(i + 1)
                .map(|(next, ..)| page.find(&format!(r#"id="profile-{next}-label""#)).unwrap())
                .unwrap_or(page.len());
            assert!(opens < inside && inside < next, "{name}: {field}");
        }
        // Fields of the same name ("pension per month" for both pensions, "housing costs per
        // month" for two or three benefits) are told apart by the groups they are in.
        for label in ["profile-pension-amount", "profile-housing-costs"] {
            let shown = format!(">{}</label>", html(&t.t(label)));
            let groups: Vec<&str> = page
                .match_indices(&shown)
                .map(|(at, _)| {
                    let group = page[..at]
                        .rfind(r#"role="group" aria-labelledby=""#)
                        .unwrap();
                    page[group..].split('"').nth(3).unwrap()
                })
                .collect();
            let unique: std::collections::BTreeSet<&str> = groups.iter().copied().collect();
            assert!(
                groups.len() >= 2 && unique.len() == groups.len(),
                "{shown}: {groups:?}"
            );
        }
    }
}

#[test]
fn an_empty_unit_says_there_is_nothing_yet_instead_of_a_blank_screen() {
    for locale in Locale::ALL {
        let t = tr(locale);
        assert_has(
            &render(paired_but_empty(), locale, Screen::Tasks),
            &t.t("tasks-none"),
        );
        assert_has(
            &render(paired_but_empty(), locale, Screen::MyTasks),
            &t.t("mine-none"),
        );
        assert_has(
            &render(paired_but_empty(), locale, Screen::Me),
            &t.t("me-profile-missing"),
        );
    }
}

#[test]
fn every_screen_has_one_main_heading_and_the_menu_in_every_language() {
    let screens = [
        Screen::Tasks,
        Screen::Task(draft(2, 1).id),
        Screen::MyTasks,
        Screen::Money,
        Screen::Me,
        Screen::Profile,
        Screen::History,
    ];
    for locale in Locale::ALL {
        let t = tr(locale);
        for screen in screens {
            let page = render(device_store(true), locale, screen);
            assert_eq!(page.matches("<h1").count(), 1, "{screen:?} {page}");
            assert_has(&page, &t.t("nav-label"));
            assert!(page.contains(r#"role="status""#));
        }
    }
}

/// On the Kela disability pension (775,70 €), with 1,000 € tasks taken for April and May: a
/// third 1,000 € task in June (task 12) makes three months in a row over the earnings limit, so
/// the pension stops for July–September. It pays 1,000 € and costs 3 × 775,70 €.
fn pension_store_with_two_big_months() -> Store {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.basics(&[supervisor(), me.clone()]);
    for (n, month) in [(10u128, "04"), (11, "05"), (12, "06")] {
        let mut d = draft(n, 1);
        d.starts_at = at(&format!("2026-{month}-10T09:00:00+03:00"));
        d.ends_at = at(&format!("2026-{month}-10T12:00:00+03:00"));
        d.pay = keikka_core::Pay::Fixed(Cents(100_000));
        changes.extend(server.publish(d));
    }
    changes.extend(server.claim(&me, draft(10, 1).id).1);
    changes.extend(server.claim(&me, draft(11, 1).id).1);
    let mut store = device_of(&me, changes);
    let pension: BenefitProfile = serde_json::from_str(
        r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
    )
    .unwrap();
    store.save_benefit_profile(&pension, now()).unwrap();
    store
}

#[test]
fn a_task_that_stops_a_pension_later_is_a_loss_on_its_badge_and_says_from_when() {
    for locale in Locale::ALL {
        let t = tr(locale);
        // 1,000 − 81,90 contributions − 3 × 775,70 = −1,409.
        let loss = t.money(Cents(140_900));
        let list = render(pension_store_with_two_big_months(), locale, Screen::Tasks);
        assert_has(
            &list,
            &t.ta("badge-keep-loss", &[("amount", loss.clone().into())]),
        );
        let page = render(
            pension_store_with_two_big_months(),
            locale,
            Screen::Task(draft(12, 1).id),
        );
        assert_has(
            &page,
            &t.ta("money-overall-loss", &[("amount", loss.into())]),
        );
        assert_has(
            &page,
            &t.ta(
                "money-later-falls-for",
                &[
                    (
                        "benefit",
                        t.attribute("benefit-kela-disability-pension", "subject")
                            .into(),
                    ),
                    ("from", "1.7.2026".into()),
                    ("amount", t.money(Cents(77_570)).into()),
                    ("months", 3.into()),
                ],
            ),
        );
        assert_has(
            &page,
            &t.ta(
                "warning-pension-stops",
                &[
                    (
                        "pension-mid",
                        t.attribute("benefit-kela-disability-pension", "mid").into(),
                    ),
                    ("limit", t.money(Cents(99_090)).into()),
                    ("from", "1.7.2026".into()),
                ],
            ),
        );
        assert!(!page.contains(&html(&t.t("money-keep-nothing"))));
    }
}

#[test]
fn a_claim_on_a_cancelled_task_says_it_was_called_off_and_offers_no_start() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.basics(&[supervisor(), me.clone()]);
    changes.extend(server.publish(draft(1, 1)));
    changes.extend(server.claim(&me, draft(1, 1).id).1);
    changes.extend(server.run(
        &supervisor(),
        keikka_core::protocol::Op::CancelTask {
            task: draft(1, 1).id,
        },
        now(),
    ));
    for locale in Locale::ALL {
        let t = tr(locale);
        let store = device_of(&me, changes.clone());
        let page = render(store, locale, Screen::MyTasks);
        assert_has(&page, &t.t("mine-task-cancelled"));
        assert!(!page.contains(r#"data-test="start""#), "{page}");
    }
}

// ----- The supervisor's screens -----

/// A supervisor's tablet: participant 1's work waits for approval (3 h reported of 2 h
/// estimated), participant 2 took a task that ended and reported nothing, participant 3's work
/// was approved with the commissioner's feedback; a commissioner with an order.
fn staff_store() -> Store {
    use keikka_core::{CommissionerDraft, CommissionerId, OrderDraft, OrderId, VatRate};
    let mut server = ServerSim::new();
    let sup = supervisor();
    let people = [sup.clone(), participant(1), participant(2), participant(3)];
    let mut changes = server.basics(&people);
    let commissioner = CommissionerId(uuid::Uuid::from_u128(900));
    changes.extend(server.run(
        &sup,
        Op::SaveCommissioner {
            commissioner: CommissionerDraft {
                id: commissioner,
                name: "Kallion seurakunta".into(),
                contact: "Pekka".into(),
                price_per_hour: Cents(1450),
                vat: VatRate::GENERAL,
            },
        },
        at("2026-03-01T10:00:00+02:00"),
    ));
    changes.extend(server.run(
        &sup,
        Op::SaveOrder {
            order: OrderDraft {
                id: OrderId(uuid::Uuid::from_u128(901)),
                commissioner,
                title: "Salin siivous keväällä".into(),
                notes: String::new(),
            },
        },
        at("2026-03-01T10:00:00+02:00"),
    ));
    let past = |n: u128| {
        let mut d = draft(n, 1);
        d.starts_at = at("2026-03-20T09:00:00+02:00");
        d.ends_at = at("2026-03-21T12:00:00+02:00");
        d.commissioner = Some(commissioner);
        d
    };
    changes.extend(server.publish(past(1)));
    changes.extend(server.publish(past(2)));
    changes.extend(server.publish(past(3)));
    changes.extend(server.publish(draft(4, 3)));
    let (waiting, c) = server.claim(&participant(1), draft(1, 1).id);
    changes.extend(c);
    changes.extend(server.run(
        &participant(1),
        Op::CompleteTask {
            claim: waiting,
            minutes: Minutes(180),
            note: Some("Imuroin myös eteisen.".into()),
        },
        at("2026-03-21T12:00:00+02:00"),
    ));
    changes.extend(server.claim(&participant(2), draft(2, 1).id).1);
    let (approved, c) = server.claim(&participant(3), draft(3, 1).id);
    changes.extend(c);
    for op in [
        Op::CompleteTask {
            claim: approved,
            minutes: Minutes(150),
            note: None,
        },
        Op::ApproveCompletion {
            claim: approved,
            paid_on: "2026-03-22".parse().unwrap(),
            minutes: None,
            adjust_reason: None,
        },
        Op::AddFeedback {
            claim: approved,
            text: "Tilaaja kiitti siististä jäljestä.".into(),
        },
    ] {
        let by = if matches!(op, Op::CompleteTask { .. }) {
            participant(3)
        } else {
            sup.clone()
        };
        changes.extend(server.run(&by, op, at("2026-03-21T12:00:00+02:00")));
    }
    // Participant 1 lets the supervisor see their benefit profile; the others do not.
    for op in [
        Op::SetConsent {
            share_benefit_profile: true,
        },
        Op::ShareBenefitProfile {
            profile: Some(unemployed()),
        },
    ] {
        changes.extend(server.run(&participant(1), op, at("2026-03-21T12:00:00+02:00")));
    }
    let mut store = device_of(&sup, changes);
    // device_of brings the supervisor and themselves; the unit's participants come too.
    store
        .apply_sync_response(
            &SyncResponse {
                results: vec![],
                changes: people.iter().cloned().map(Change::Person).collect(),
                cursor: Cursor(2),
                more: false,
                rules: None,
            },
            now(),
        )
        .unwrap();
    store
}

#[test]
fn the_approval_queue_shows_reported_against_estimated_with_one_tap_approve() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(staff_store(), locale, Screen::Approvals);
        assert_has(&page, &t.t("staff-approvals-title"));
        assert_eq!(page.matches(r#"data-test="approval-card""#).count(), 1);
        assert_has(&page, "Osallistuja 1");
        assert_has(&page, &t.duration(Minutes(180)));
        assert_has(&page, &t.duration(Minutes(120)));
        assert_has(&page, &t.t("staff-over-estimate"));
        // The task's time has passed: no "not yet started" doubt on it.
        assert!(!page.contains(r#"data-test="not-yet-started""#));
        assert_has(&page, "Imuroin myös eteisen.");
        // 3 h × 10 €/h, paid today (the work was before today).
        assert_has(&page, &t.money(Cents(3000)));
        assert!(page.contains(r#"data-test="approve""#));
        // Participant 2 reported nothing for a task that has ended.
        assert_eq!(page.matches(r#"data-test="unreported-card""#).count(), 1);
        assert_has(&page, &t.t("staff-no-show"));
        // Participant 3's approved work carries the commissioner's feedback.
        assert_has(&page, "Tilaaja kiitti siististä jäljestä.");
        assert_has(&page, &t.t("staff-nav-approvals"));
        assert!(page.contains(r#"class="app text-100 "#) && page.contains(" staff"));
    }
}

#[test]
fn every_staff_screen_renders_with_one_heading_in_every_language() {
    let screens = [
        Screen::Approvals,
        Screen::UnitTasks,
        Screen::TaskForm(staff::TaskFormMode::New),
        Screen::TaskForm(staff::TaskFormMode::Edit(draft(4, 3).id)),
        Screen::TaskForm(staff::TaskFormMode::Copy(draft(1, 1).id)),
        Screen::Orders,
        Screen::People,
        Screen::Person(participant(1).id),
        Screen::PersonPlan(participant(1).id),
        Screen::PersonPlan(participant(2).id),
        Screen::Reports,
        Screen::Certificate(participant(3).id),
        Screen::Me,
    ];
    for locale in Locale::ALL {
        let t = tr(locale);
        for screen in screens {
            let page = render(staff_store(), locale, screen);
            assert_eq!(page.matches("<h1").count(), 1, "{screen:?} {page}");
            assert_has(&page, &t.t("staff-nav-people"));
        }
    }
}

#[test]
fn the_staff_screens_show_what_each_is_for() {
    let locale = Locale::Fi;
    let t = tr(locale);
    let tasks = render(staff_store(), locale, Screen::UnitTasks);
    assert_has(&tasks, "Imurointi 4");
    assert_has(
        &tasks,
        &t.ta(
            "staff-seats-taken",
            &[("taken", 0.into()), ("seats", 3.into())],
        ),
    );
    let edit = render(
        staff_store(),
        locale,
        Screen::TaskForm(staff::TaskFormMode::Edit(draft(4, 3).id)),
    );
    assert!(edit.contains(r#"value="Imurointi 4""#), "{edit}");
    assert!(edit.contains(r#"value="2026-03-28""#));
    assert!(edit.contains(r#"value="09:00""#));
    assert_has(&edit, &t.t("staff-form-save-changes"));
    let orders = render(staff_store(), locale, Screen::Orders);
    assert_has(&orders, "Salin siivous keväällä");
    assert_has(
        &orders,
        &t.ta(
            "staff-commissioner-edit",
            &[("name", "Kallion seurakunta".into())],
        ),
    );
    assert_has(
        &orders,
        &t.ta(
            "staff-commissioner-price",
            &[
                ("price", t.money(Cents(1450)).into()),
                ("vat", "25,5".into()),
            ],
        ),
    );
    let people = render(staff_store(), locale, Screen::People);
    assert_eq!(people.matches(r#"data-test="person-card""#).count(), 3);
    let person = render(staff_store(), locale, Screen::Person(participant(1).id));
    assert_has(&person, &t.t("staff-ready-today"));
    // Two readinesses, each agreed with the participant; nothing says it is the supervisor's
    // decision alone, and no destination is chosen in advance.
    assert_has(&person, &t.t("staff-gigs-title"));
    assert_has(&person, &t.t("staff-ready-title"));
    assert_has(&person, &t.t("staff-ready-agreed"));
    assert!(!person.contains(r#"aria-pressed="true""#), "{person}");
    assert_has(&person, &t.t("staff-consent-given"));
    assert_has(
        &person,
        &t.ta(
            "staff-benefits-as-they-see",
            &[("name", "Osallistuja 1".into())],
        ),
    );
    assert_eq!(
        person.matches(r#"data-test="month-card""#).count(),
        2,
        "{person}"
    );
    // The supervisor reads of the participant, not of "you".
    assert!(
        !person.contains("sinulle jää") && !person.contains("Sinulle jää"),
        "{person}"
    );
    assert!(person.contains("osallistujalle jää"), "{person}");
    let other = render(staff_store(), locale, Screen::Person(participant(2).id));
    assert_has(&other, &t.t("staff-consent-not-given"));
    assert!(!other.contains(r#"data-test="month-card""#));
    // March: participant 3's 2 h 30 min at 10 €/h is 25 €, paid on the 22nd; the parish is
    // billed 2 h 30 min × 14.50 € = 36.25 € + 25.5 % VAT 9.24 € = 45.49 €.
    let reports = render(staff_store(), locale, Screen::Reports);
    assert_has(&reports, &t.money(Cents(2500)));
    assert_has(&reports, &t.money(Cents(4549)));
    assert!(reports.contains(r#"download="keikka-pay-2026-03.csv""#));
    assert!(reports.contains("data:text/csv;charset=utf-8,"));
    let certificate = render(
        staff_store(),
        locale,
        Screen::Certificate(participant(3).id),
    );
    assert_has(&certificate, &t.t("certificate-title"));
    assert_has(&certificate, "Osallistuja 3");
    assert_has(
        &certificate,
        &t.ta(
            "history-feedback",
            &[("text", "Tilaaja kiitti siististä jäljestä.".into())],
        ),
    );
}

/// One card of a list says it waits on this device; no card says "sent".
#[track_caller]
fn assert_only_one_card_waits(page: &str, t: &Tr) {
    assert!(!page.contains(&html(&t.t("sync-sent"))), "{page}");
    assert_eq!(
        page.matches(r#"data-test="sync-state""#).count(),
        1,
        "{page}"
    );
    assert_has(page, &t.t("sync-saved-on-phone"));
}

/// A task card says who is coming and who sees it, and says where it is only while it waits:
/// task 5, published offline for the morning group, is the one card with a sync note.
#[test]
fn a_task_card_names_who_holds_its_seats_and_who_sees_it() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let mut store = staff_store();
        let mut for_the_group = draft(5, 2);
        for_the_group.groups = vec![group().id];
        store
            .record(
                Op::PublishTask {
                    task: for_the_group,
                },
                now(),
            )
            .unwrap();
        let page = render(store, locale, Screen::UnitTasks);
        assert_has(
            &page,
            &t.ta("staff-task-holders", &[("names", "Osallistuja 1".into())]),
        );
        assert_has(
            &page,
            &t.ta(
                "staff-task-groups",
                &[("count", 1.into()), ("groups", "Aamuryhmä".into())],
            ),
        );
        assert_has(&page, &t.t("staff-task-everyone"));
        assert_only_one_card_waits(&page, &t);
    }
}

/// No line repeated on every card: nobody is marked ready in the fixture, so no card says so,
/// and only the person whose change waits on this device has a sync note.
#[test]
fn people_cards_say_only_what_sets_each_apart() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let mut store = staff_store();
        store
            .record(
                Op::SetGroups {
                    person: participant(2).id,
                    groups: vec![],
                },
                now(),
            )
            .unwrap();
        let page = render(store, locale, Screen::People);
        assert_eq!(page.matches(r#"data-test="person-card""#).count(), 3);
        assert!(!page.contains(&html(&t.t("staff-not-ready"))), "{page}");
        assert_only_one_card_waits(&page, &t);
    }
}

/// The figures and the words agree: reported work not yet approved is counted as waiting, and
/// March work paid in April leaves March with a task done and no pay, which is said as that.
#[test]
fn the_reports_say_what_waits_for_approval_and_what_each_table_lacks() {
    let mut server = ServerSim::new();
    let sup = supervisor();
    let mut changes = server.basics(&[sup.clone(), participant(3)]);
    let mut past = draft(1, 1);
    past.starts_at = at("2026-03-20T09:00:00+02:00");
    past.ends_at = at("2026-03-21T12:00:00+02:00");
    changes.extend(server.publish(past.clone()));
    let (claim, c) = server.claim(&participant(3), past.id);
    changes.extend(c);
    changes.extend(server.run(
        &participant(3),
        Op::CompleteTask {
            claim,
            minutes: Minutes(120),
            note: None,
        },
        at("2026-03-20T12:00:00+02:00"),
    ));
    changes.extend(server.run(
        &sup,
        Op::ApproveCompletion {
            claim,
            paid_on: "2026-04-15".parse().unwrap(),
            minutes: None,
            adjust_reason: None,
        },
        at("2026-03-21T12:00:00+02:00"),
    ));
    for locale in Locale::ALL {
        let t = tr(locale);
        let waiting = render(staff_store(), locale, Screen::Reports);
        assert!(
            waiting.contains(r#"data-test="indicator-waiting""#),
            "{waiting}"
        );
        assert_has(&waiting, &t.t("staff-indicator-waiting"));
        let paid_later = render(device_of(&sup, changes.clone()), locale, Screen::Reports);
        assert_has(&paid_later, &t.t("staff-indicator-tasks"));
        assert!(!paid_later.contains(r#"data-test="indicator-waiting""#));
        assert_has(&paid_later, &t.t("staff-pay-empty"));
        assert_has(&paid_later, &t.t("staff-invoice-empty"));
        assert!(
            !paid_later.contains("Ei hyväksyttyjä töitä"),
            "{paid_later}"
        );
    }
}

/// The pay file is in the supervisor's language (the easy-read sets get the standard words: a
/// payroll office reads the file), with names, and the participant's id as a column of its own.
#[test]
fn the_pay_file_is_in_the_supervisors_language_with_names_and_ids() {
    use work_file::data_address;
    let finnish = (
        "Kuukausi;Osallistujan tunniste;Nimi;Työnantaja;",
        "Työsopimus",
    );
    let swedish = (
        "Månad;Deltagarens identifierare;Namn;Arbetsgivare;",
        "Arbetsavtal",
    );
    for (locale, (header, contract)) in [
        (Locale::Fi, finnish),
        (Locale::FiEasy, finnish),
        (Locale::Sv, swedish),
        (Locale::SvEasy, swedish),
    ] {
        let page = render(staff_store(), locale, Screen::Reports);
        let file = data_address("text/csv", &format!("\u{feff}{header}"));
        assert!(page.contains(&file), "{} {page}", locale.id());
        let row = format!(
            "\r\n2026-03;{};Osallistuja 3;Väylä ry;{contract};1;2,50;25,00\r\n",
            participant(3).id
        );
        let encoded = data_address("text/csv", &row);
        let encoded = encoded.trim_start_matches("data:text/csv;charset=utf-8,");
        assert!(page.contains(encoded), "{} {page}", locale.id());
    }
}

/// A certificate of completed gigs, not an employment certificate: it says so, names each
/// task's employer of record and contract, and who gives the employment certificate.
#[test]
fn the_certificate_lists_completed_gigs_with_employer_and_contract() {
    for locale in Locale::ALL {
        let page = render(
            staff_store(),
            locale,
            Screen::Certificate(participant(3).id),
        );
        // The certificate is in the standard set of the app's language.
        let c = tr(match locale {
            Locale::Sv | Locale::SvEasy => Locale::Sv,
            _ => Locale::Fi,
        });
        assert_has(&page, &c.t("certificate-title"));
        assert_has(&page, &c.t("certificate-not-employment"));
        assert_has(
            &page,
            &c.ta(
                "certificate-employment-from",
                &[("employer", "Väylä ry".into())],
            ),
        );
        assert_has(&page, &c.t("certificate-col-contract"));
        assert_has(&page, &c.t("csv-contract-employment"));
        assert!(!page.contains(">Työtodistus<") && !page.contains(">Arbetsintyg<"));
    }
}

/// A task written in both languages: Swedish readers (standard and easy-read) get its Swedish
/// title and steps, Finnish readers the Finnish ones; a task in Finnish only stays Finnish.
#[test]
fn a_task_with_a_swedish_text_is_shown_in_swedish_to_swedish_readers() {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.basics(&[supervisor(), me.clone()]);
    let mut both = draft(2, 1);
    both.swedish = Some(keikka_core::TaskText {
        title: "Dammsugning 2".into(),
        steps: vec!["Kom till dörr 2.".into()],
    });
    changes.extend(server.publish(both));
    changes.extend(server.publish(draft(3, 1)));
    for locale in Locale::ALL {
        let swedish = locale.language() == "sv";
        let list = render(device_of(&me, changes.clone()), locale, Screen::Tasks);
        let page = render(
            device_of(&me, changes.clone()),
            locale,
            Screen::Task(draft(2, 1).id),
        );
        let (title, step) = if swedish {
            ("Dammsugning 2", "Kom till dörr 2.")
        } else {
            ("Imurointi 2", "Tule ovelle 2.")
        };
        for shown in [&list, &page] {
            assert_has(shown, title);
        }
        assert_has(&page, step);
        assert_eq!(page.contains("Imurointi 2"), !swedish, "{page}");
        // Task 3 is in Finnish only.
        assert_has(&list, "Imurointi 3");
    }
}

#[test]
fn the_certificate_is_under_the_people_tab() {
    let page = render(
        staff_store(),
        Locale::Fi,
        Screen::Certificate(participant(3).id),
    );
    assert!(
        page.contains(r#"data-test="nav-people" aria-current="page""#),
        "{page}"
    );
    assert!(page.contains(r#"data-test="nav-reports" aria-current="false""#));
}

/// Participant 1 holds a seat on task 1; the supervisor then moved it to the side door.
fn store_with_a_changed_task() -> Store {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.basics(&[supervisor(), me.clone()]);
    changes.extend(server.publish(draft(1, 2)));
    changes.extend(server.claim(&me, draft(1, 2).id).1);
    let mut store = device_of(&me, changes);
    let mut moved = draft(1, 2);
    moved.place = "Kallion kirkko, sivuovi".into();
    let edit = server.run(
        &supervisor(),
        Op::EditTask { task: moved },
        at("2026-03-22T10:00:00+02:00"),
    );
    store
        .apply_sync_response(
            &SyncResponse {
                results: vec![],
                changes: edit,
                cursor: Cursor(2),
                more: false,
                rules: None,
            },
            now(),
        )
        .unwrap();
    store
}

#[test]
fn a_participant_is_told_when_a_task_they_hold_was_changed() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(store_with_a_changed_task(), locale, Screen::MyTasks);
        assert_has(
            &page,
            &t.ta("mine-task-changed", &[("title", "Imurointi 1".into())]),
        );
        assert_has(&page, "Kallion kirkko, sivuovi");
    }
    let mut store = store_with_a_changed_task();
    store.dismiss_task_change(draft(1, 2).id).unwrap();
    assert!(store.changed_tasks().unwrap().is_empty());
}

#[test]
fn a_unit_without_a_pay_calendar_is_told_so_first_and_the_settings_set_it() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let home = render(staff_store(), locale, Screen::Approvals);
        assert_has(&home, &t.t("staff-pay-missing"));
        let settings = render(staff_store(), locale, Screen::Me);
        assert_has(&settings, &t.t("staff-pay-title"));
        assert_has(&settings, &t.t("staff-pay-none"));
        assert!(settings.contains(r#"for="pay-day""#));
        assert!(settings.contains(r#"data-test="pay-save""#));
    }
    // Set offline, it is in the outbox and shown at once, in the unit's own words.
    let mut store = staff_store();
    store
        .record(
            Op::SetPayCalendar {
                calendar: keikka_core::PayCalendar::NextMonthOnDay { day: 15 },
            },
            now(),
        )
        .unwrap();
    let t = tr(Locale::Fi);
    let settings = render(store, Locale::Fi, Screen::Me);
    assert_has(
        &settings,
        &t.ta("staff-pay-current-next-month", &[("day", 15.into())]),
    );
    assert_has(&settings, &t.t("sync-saved-on-phone"));
}

/// Participant 1's phone in a unit that pays a month's work on the 15th of the next month,
/// with task 2 (Saturday 28 March) open.
fn calendar_store() -> Store {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.basics(&[supervisor(), me.clone()]);
    changes.extend(server.run(
        &supervisor(),
        Op::SetPayCalendar {
            calendar: keikka_core::PayCalendar::NextMonthOnDay { day: 15 },
        },
        at("2026-03-20T09:00:00+02:00"),
    ));
    changes.extend(server.publish(draft(2, 1)));
    let mut store = device_of(&me, changes);
    store.save_benefit_profile(&unemployed(), now()).unwrap();
    store
}

#[test]
fn the_money_sentence_names_the_pay_day_and_the_month_it_counts_in() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(calendar_store(), locale, Screen::Task(draft(2, 1).id));
        // Work on 28 March, paid on 15 April: it counts in April.
        let april = t.month("2026-04".parse().unwrap());
        assert_has(
            &page,
            &t.ta(
                "money-paid-on",
                &[("date", "15.4.2026".into()), ("month", april.into())],
            ),
        );
        assert_has(
            &page,
            match locale {
                Locale::Fi | Locale::FiEasy => {
                    "Miten tämä keikka muuttaa rahojasi huhtikuussa 2026"
                }
                Locale::Sv => "Så påverkar uppdraget dina pengar i april 2026",
                Locale::SvEasy => "Så ändrar uppdraget dina pengar i april 2026",
            },
        );
        let money = render(device_store(true), locale, Screen::Money);
        assert_has(
            &money,
            &t.ta("rules-in-use", &[("date", "1.12.2026".into())]),
        );
    }
}

/// What the fixtures' people typed: task titles, places, steps, names, notes and feedback.
const TYPED: &[&str] = &[
    "Työkeskus Kallio",
    "Aamuryhmä",
    "Sanna Ohjaaja",
    "Osallistuja 1 2 3 4 5",
    "Imurointi 1 2 3 4 5 6 7 8 9 10 11 12",
    "Tule ovelle 2.",
    "Kallion kirkko",
    "Kallion seurakunta",
    "Pekka",
    "Salin siivous keväällä",
    "Imuroin myös eteisen.",
    "Tilaaja kiitti siististä jäljestä.",
    "Väylä ry",
    // The app's name is a name in every language.
    "Keikka",
];

/// No rule-data note, English source title or code-made word reaches a person: every word on
/// every screen, in every set, is from `locales/` or typed by a person (the "Why?" panels with
/// their sources and the warnings included).
#[test]
fn every_word_on_every_screen_comes_from_the_locales_or_from_people() {
    let participant_screens = [
        Screen::Tasks,
        Screen::Task(draft(2, 1).id),
        Screen::Task(draft(4, 1).id),
        Screen::MyTasks,
        Screen::Money,
        Screen::Me,
        Screen::Profile,
        Screen::History,
    ];
    for locale in Locale::ALL {
        for screen in participant_screens {
            let page = render_marked(device_store(true), locale, screen);
            assert_only_locale_texts(&page, TYPED, &format!("{} {screen:?}", locale.id()));
        }
        let page = render_marked(
            pension_store_with_two_big_months(),
            locale,
            Screen::Task(draft(12, 1).id),
        );
        assert!(page.contains(r#"data-test="why-panel""#), "{page}");
        assert_only_locale_texts(&page, TYPED, &format!("{} the pension task", locale.id()));
        for screen in [
            Screen::Approvals,
            Screen::UnitTasks,
            Screen::TaskForm(staff::TaskFormMode::New),
            Screen::Orders,
            Screen::People,
            Screen::Person(participant(1).id),
            Screen::PersonPlan(participant(1).id),
            Screen::Reports,
            Screen::Certificate(participant(3).id),
        ] {
            let page = render_marked(staff_store(), locale, screen);
            assert_only_locale_texts(&page, TYPED, &format!("{} {screen:?}", locale.id()));
        }
    }
}

/// Every screen has an address, and the address leads back to it (Back, Forward and a reload
/// depend on it); other fragments, like a QR code's `#pair=`, name no screen.
#[test]
fn every_screen_has_an_address_that_leads_back_to_it() {
    let task = draft(2, 1).id;
    let claim = keikka_core::ClaimId::from_uuid(uuid::Uuid::from_u128(9));
    let person = participant(1).id;
    let order = keikka_core::OrderId::from_uuid(uuid::Uuid::from_u128(8));
    let screens = [
        Screen::Tasks,
        Screen::Task(task),
        Screen::MyTasks,
        Screen::Finish(claim),
        Screen::Money,
        Screen::Me,
        Screen::Profile,
        Screen::History,
        Screen::Approvals,
        Screen::UnitTasks,
        Screen::TaskForm(TaskFormMode::New),
        Screen::TaskForm(TaskFormMode::FromOrder(order)),
        Screen::TaskForm(TaskFormMode::Copy(task)),
        Screen::TaskForm(TaskFormMode::Edit(task)),
        Screen::Orders,
        Screen::People,
        Screen::Person(person),
        Screen::Reports,
        Screen::Certificate(person),
    ];
    let mut paths = std::collections::BTreeSet::new();
    for screen in screens {
        let path = screen.path();
        assert_eq!(Screen::from_path(&path), Some(screen), "{path}");
        assert_eq!(Screen::from_path(&format!("#{path}")), Some(screen));
        assert!(paths.insert(path));
    }
    for other in [
        "",
        "#",
        "pair=ABCD-EFGH",
        "#pair=ABCD-EFGH",
        "/task/not-an-id",
        "/nothing",
        "/tasks/extra",
    ] {
        assert_eq!(Screen::from_path(other), None, "{other}");
    }
}

/// On the day of the work the person finds the instructions: each held task's card in My
/// tasks opens the task in full, with its place, time and steps, and Back leads to My tasks.
#[test]
fn a_held_task_opens_in_full_from_my_tasks() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let mine = render(device_store(true), locale, Screen::MyTasks);
        let opens = mine.matches(r#"data-test="open-claim-task""#).count();
        let cards = mine.matches(r#"data-test="claim-card""#).count();
        assert!(
            opens >= 3 && opens == cards,
            "{opens} of {cards} cards open: {mine}"
        );
        let held = render(device_store(true), locale, Screen::Task(draft(4, 1).id));
        assert_has(&held, &t.t("task-is-yours"));
        assert_has(&held, "Tule ovelle 2.");
        assert_has(&held, "Kallion kirkko");
        assert_has(&held, &t.t("task-steps-title"));
        assert!(!held.contains(r#"data-test="take""#));
    }
}

/// "Why?" says the task's own change, the one its sentence says (10 € of the task's 20 €),
/// not the month's whole change with the other tasks (52.50 €), and says in words which other
/// pay of the month its figures already count (25 € approved and three 20 € tasks held).
#[test]
fn why_sets_the_task_against_the_month_without_it_and_says_what_else_is_counted() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::Task(draft(2, 1).id));
        let why = &page[page.find(r#"data-test="why-panel""#).unwrap()..];
        let change = html(&t.money(Cents(-1000)));
        assert!(why.contains(&format!("<dd>{change}</dd>")), "{why}");
        assert!(!why.contains(&html(&t.money(Cents(-5250)))), "{why}");
        // From the pay to the sentence's figure: 20 € − 10 € − 1.63 € contributions = 8.37 €.
        for (label, amount) in [
            ("why-keep-pay", 2000),
            ("why-keep-benefits", -1000),
            ("why-keep-contributions", -163),
            ("why-keep-result-before-tax", 837),
        ] {
            let row = format!("<dt>{}</dt><dd", html(&t.t(label)));
            let at = why
                .find(&row)
                .unwrap_or_else(|| panic!("no {label} in {why}"));
            let cell = why[at + row.len()..]
                .split("</dd>")
                .next()
                .unwrap_or_default();
            assert!(
                cell.contains(&html(&t.money(Cents(amount)))),
                "{label}: {cell}"
            );
        }
        assert_has(why, &t.t("why-without-task"));
        assert_has(
            why,
            &t.ta(
                "why-with-other-pay",
                &[
                    ("month-in", t.month_in("2026-03".parse().unwrap()).into()),
                    ("amount", t.money(Cents(8500)).into()),
                ],
            ),
        );
    }
}

/// Every benefit is explained in one line where the person meets it: under its checkbox in the
/// benefit form and under its name in "Why?", in every set.
#[test]
fn every_benefit_has_its_one_line_explanation_where_it_first_appears() {
    use keikka_core::benefit::BenefitName;
    let names = [
        BenefitName::LabourMarketSupport,
        BenefitName::GeneralSupport,
        BenefitName::KelaDisabilityPension,
        BenefitName::EarningsRelatedDisabilityPension,
        BenefitName::WorkActivityPay,
        BenefitName::ExpenseCompensation,
        BenefitName::ActivityAllowance,
        BenefitName::HousingGeneral,
        BenefitName::PensionerHousing,
        BenefitName::SocialAssistance,
    ];
    // A new kind of benefit is a compile error here until it joins the list above.
    for name in names {
        match name {
            BenefitName::LabourMarketSupport
            | BenefitName::GeneralSupport
            | BenefitName::KelaDisabilityPension
            | BenefitName::EarningsRelatedDisabilityPension
            | BenefitName::WorkActivityPay
            | BenefitName::ExpenseCompensation
            | BenefitName::ActivityAllowance
            | BenefitName::HousingGeneral
            | BenefitName::PensionerHousing
            | BenefitName::SocialAssistance => {}
        }
    }
    for locale in Locale::ALL {
        let t = tr(locale);
        for name in names {
            let id = super::tasks::name_id(name);
            let about = t.attribute(id, "about");
            assert_ne!(about, t.t(id), "{} {id} has no .about", locale.id());
        }
        let page = render(device_store(true), locale, Screen::Profile);
        for id in [
            "profile-unemployment",
            "benefit-housing-general",
            "benefit-kela-disability-pension",
            "profile-rehabilitative",
        ] {
            assert_has(&page, &t.attribute(id, "about"));
        }
        assert!(page.contains(r#"aria-describedby="profile-unemployment-about""#));
        assert!(
            !page.contains(r#"aria-describedby="""#),
            "an empty description: {}",
            page.find(r#"aria-describedby="""#)
                .map_or("", |i| &page[i.saturating_sub(200)..i + 20])
        );
        let page = render(device_store(true), locale, Screen::Task(draft(2, 1).id));
        assert_has(
            &page,
            &t.attribute("benefit-labour-market-support", "about"),
        );
    }
}

/// What the reader needs to know is said where they need it: what each state of a held task
/// means and what to do, that the figures are an estimate and who decides, and (without a
/// benefit profile) how to see what each task leaves them.
#[test]
fn the_screens_say_what_states_mean_that_figures_are_estimates_and_how_to_see_them() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(device_store(true), locale, Screen::MyTasks);
        for help in [
            "mine-coming-help",
            "mine-started-help",
            "mine-approved-help",
        ] {
            assert_has(&page, &t.t(help));
        }
        let page = render(device_store(true), locale, Screen::Task(draft(2, 1).id));
        assert_has(&page, &t.t("money-estimate"));
        let page = render(device_store(true), locale, Screen::Money);
        assert_has(&page, &t.t("money-estimate"));
        // The nudge only where it helps: on the list, without a profile.
        let page = render(device_store(true), locale, Screen::Tasks);
        assert!(!page.contains(r#"data-test="profile-nudge""#));
        let page = render(device_store(false), locale, Screen::Tasks);
        assert_has(&page, &t.t("tasks-profile-nudge"));
    }
}

/// [`Harness`] with a newer build waiting on the device.
#[component]
fn HarnessWithUpdate(device: DeviceHandle, screen: Screen) -> Element {
    let ui = use_context_provider(|| Ui::new(device.0.clone(), screen));
    let mut ready = ui.update_ready;
    use_hook(move || ready.set(true));
    rsx! { Shell {} }
}

fn render_with_update(locale: Locale, screen: Screen) -> String {
    render_waiting_update(locale, screen, false)
}

/// Participant 1's phone with a newer build waiting; `read_only`: as a tab that only reads
/// what another tab owns.
fn render_waiting_update(locale: Locale, screen: Screen, read_only: bool) -> String {
    let mut device = test_device(device_store(false), locale);
    device.read_only = read_only;
    let mut dom = VirtualDom::new_with_props(
        HarnessWithUpdate,
        HarnessWithUpdateProps {
            device: DeviceHandle(Rc::new(device)),
            screen,
        },
    );
    dom.rebuild_in_place();
    dom.render_immediate_to_vec();
    let page = dioxus_ssr::render(&dom);
    assert_no_missing_messages(&page, locale);
    page
}

/// Issue 16, item 2: a newer build that has arrived is said in plain words with one button,
/// on every screen without fields to fill in, in every set; without one nothing is said.
#[test]
fn a_newer_build_on_the_device_is_said_with_one_button_to_take_it_in_all_four_sets() {
    for locale in Locale::ALL {
        let t = tr(locale);
        for screen in [Screen::Tasks, Screen::MyTasks] {
            let page = render_with_update(locale, screen);
            assert_has(&page, &t.t("update-ready"));
            assert_has(&page, &t.t("update-take"));
            assert!(page.contains(r#"data-test="update-take""#), "{page}");
        }
        // On a form its button would throw away what is typed: it waits for another screen.
        let form = render_with_update(locale, Screen::Profile);
        assert!(!form.contains(r#"data-test="update-ready""#), "{form}");
        let without = render(device_store(false), locale, Screen::Tasks);
        assert!(!without.contains(r#"data-test="update-ready""#));
    }
}

/// A waiting update is taken by itself only where loading the page again loses nothing typed:
/// never on a form, and never while pairing.
#[test]
fn an_update_is_not_taken_by_itself_on_a_screen_with_fields_to_fill_in() {
    let id = keikka_core::ClaimId::from_uuid(uuid::Uuid::from_u128(9));
    let person = keikka_core::PersonId(uuid::Uuid::from_u128(9));
    for form in [
        Screen::Finish(id),
        Screen::Profile,
        Screen::Approvals,
        Screen::TaskForm(TaskFormMode::New),
        Screen::Orders,
        Screen::People,
        Screen::Person(person),
    ] {
        assert!(form.keeps_typed_input(), "{form:?}");
    }
    for list in [
        Screen::Tasks,
        Screen::Task(draft(1, 1).id),
        Screen::MyTasks,
        Screen::Money,
        Screen::Me,
        Screen::History,
        Screen::UnitTasks,
        Screen::Reports,
        Screen::Certificate(person),
    ] {
        assert!(!list.keeps_typed_input(), "{list:?}");
    }
}

/// A page of an older build that meets a database a newer build made writes nothing and says
/// so in Finnish and Swedish (no language is chosen before the store opens).
#[test]
fn a_page_older_than_the_database_says_so_in_finnish_and_swedish_and_offers_to_reload() {
    let mut dom = VirtualDom::new(NewerBuildHere);
    dom.rebuild_in_place();
    let page = dioxus_ssr::render(&dom);
    for locale in [Locale::Fi, Locale::Sv] {
        let t = tr(locale);
        assert_has(&page, &t.t("open-newer"));
        assert_has(&page, &t.t("open-newer-reload"));
    }
    assert!(page.contains(r#"data-test="open-newer-reload""#), "{page}");
    assert!(page.contains(r#"role="alert""#), "{page}");
}

/// Issue 16, item 1: a page that waits while another tab owns the store shows the same data,
/// says in plain words that it only shows it, and offers no update of its own.
#[test]
fn a_page_reading_what_another_tab_owns_shows_the_data_and_says_it_only_shows_it() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render_waiting_update(locale, Screen::Tasks, true);
        assert_has(&page, &t.t("read-only-here"));
        assert!(
            page.contains(r#"data-test="task-card""#),
            "the same tasks show"
        );
        assert!(
            !page.contains(r#"data-test="update-ready""#),
            "the owner takes updates"
        );
    }
}

fn kela_pension() -> BenefitProfile {
    serde_json::from_str(
        r#"{"adults": 1, "benefits": [{"kind": "kela_disability_pension", "amount": 775.70}]}"#,
    )
    .unwrap()
}

/// A Kela pensioner paid 1,000 € (approved) in January, February and March 2026: three months
/// in a row over the limit, so the pension rests from April for at least three months.
fn pension_rest_store() -> Store {
    let mut server = ServerSim::new();
    let me = participant(1);
    let sup = supervisor();
    let mut changes = server.basics(&[sup.clone(), me.clone()]);
    for (n, month) in [(20u128, "01"), (21, "02"), (22, "03")] {
        let mut d = draft(n, 1);
        d.starts_at = at(&format!("2026-{month}-10T09:00:00+02:00"));
        d.ends_at = at(&format!("2026-{month}-10T12:00:00+02:00"));
        d.pay = keikka_core::Pay::Fixed(Cents(100_000));
        let when = |day: &str, time: &str| at(&format!("2026-{month}-{day}T{time}:00+02:00"));
        changes.extend(server.run(&sup, Op::PublishTask { task: d }, when("01", "10:00")));
        let claim = keikka_core::ClaimId::from_uuid(uuid::Uuid::from_u128(900 + n));
        let task = draft(n, 1).id;
        changes.extend(server.run(&me, Op::ClaimTask { claim, task }, when("02", "10:00")));
        let done = Op::CompleteTask {
            claim,
            minutes: Minutes(180),
            note: None,
        };
        changes.extend(server.run(&me, done, when("10", "12:30")));
        let approve = Op::ApproveCompletion {
            claim,
            paid_on: format!("2026-{month}-20").parse().unwrap(),
            minutes: None,
            adjust_reason: None,
        };
        changes.extend(server.run(&sup, approve, when("11", "10:00")));
    }
    let mut store = device_of(&me, changes);
    store.save_benefit_profile(&kela_pension(), now()).unwrap();
    store
}

/// Issue 18's worked example through the screen: the third month over the limit (March) is
/// paid and warns; April and May, months without any work, show the pension resting in the
/// months it lands in; the rest running past the plan is said after it.
#[test]
fn the_coming_months_show_a_resting_pension_in_the_months_it_lands_in_every_language() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(pension_rest_store(), locale, Screen::Plan);
        assert_has(&page, &t.t("plan-title"));
        assert_eq!(page.matches("<h1").count(), 1);
        let pension = t.benefit_args("benefit-kela-disability-pension");
        if t.easy() {
            // One plain sentence a month, the chart behind one button.
            assert_eq!(
                page.matches(r#"data-test="plan-sentence""#).count(),
                3,
                "{page}"
            );
            for month in ["2026-04", "2026-05"] {
                assert_has(
                    &page,
                    &t.ta(
                        "plan-easy-less",
                        &[
                            ("month-in", t.month_in(month.parse().unwrap()).into()),
                            ("amount", t.money(Cents(77_570)).into()),
                        ],
                    ),
                );
            }
            assert_has(&page, &t.t("plan-chart-show"));
            assert!(!page.contains("<svg") || !page.contains(r#"class="chart""#));
        } else {
            assert_eq!(
                page.matches(r#"data-test="plan-month""#).count(),
                3,
                "{page}"
            );
            let mut falls = pension.to_vec();
            falls.push(("amount", t.money(Cents(77_570)).into()));
            let sentence = t.ta("money-benefit-falls", &falls);
            assert_eq!(
                page.matches(&html(&sentence)).count(),
                2,
                "April and May: {page}"
            );
            // Each month's curve: an image with its title and description, never colour alone.
            assert_eq!(page.matches(r#"role="img""#).count(), 3);
            assert!(page.contains("<title") && page.contains("<desc"));
            assert_has(&page, &t.t("plan-table-show"));
        }
        // The rest runs to June, past the plan: said once after its months.
        assert!(page.contains(r#"data-test="plan-after""#), "{page}");
        assert_has(&page, &t.t("plan-after-title"));
        let marked = render_marked(pension_rest_store(), locale, Screen::Plan);
        assert_only_locale_texts(
            &marked,
            TYPED,
            &format!("{} the coming months", locale.id()),
        );
        let marked = render_marked(weekly_task_store(), locale, Screen::Plan);
        assert_only_locale_texts(
            &marked,
            &["Pihatyöt"],
            "the coming months with a weekly task",
        );
    }
}

/// A Kela pensioner's phone with a weekly task open: 260 € every Tuesday of April 2026.
fn weekly_task_store() -> Store {
    weekly_task_store_and(|_, _| {})
}

/// [`weekly_task_store`] with what `more` does on the server after the weekly task's weeks.
fn weekly_task_store_and(more: impl FnOnce(&mut ServerSim, &mut Vec<Change>)) -> Store {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.basics(&[supervisor(), me.clone()]);
    for week in 0..4u128 {
        let mut d = draft(30 + week, 3);
        d.title = "Pihatyöt".into();
        d.pay = keikka_core::Pay::Fixed(Cents(26_000));
        let offset = chrono::Duration::weeks(i64::try_from(week).unwrap());
        d.starts_at = at("2026-04-07T09:00:00+03:00") + offset;
        d.ends_at = at("2026-04-07T12:00:00+03:00") + offset;
        changes.extend(server.publish(d));
    }
    more(&mut server, &mut changes);
    let mut store = device_of(&me, changes);
    store.save_benefit_profile(&kela_pension(), now()).unwrap();
    store
}

/// The weekly task's warning ahead: its fourth week (28.4.) takes April over the limit.
fn fourth_week_over_the_limit(t: &Tr) -> String {
    let [pension, pension_mid] = t.pension_args("benefit-kela-disability-pension");
    t.ta(
        "plan-ahead-over-limit",
        &[
            ("week", 4.into()),
            ("date", t.plain_date("2026-04-28".parse().unwrap()).into()),
            pension,
            pension_mid,
            ("month-in", t.month_in("2026-04".parse().unwrap()).into()),
        ],
    )
}

/// Issue 18, item 3: before the weekly task is taken, its tick says which week takes the month
/// over the pension limit (the fourth: 3 × 260 = 780 € is under 990.90 €), in every set.
#[test]
fn a_weekly_task_says_which_week_crosses_the_pension_limit_before_it_is_taken() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(weekly_task_store(), locale, Screen::Plan);
        assert_eq!(
            page.matches(r#"data-test="try-item""#).count(),
            1,
            "one tick for the series: {page}"
        );
        let warning = fourth_week_over_the_limit(&t);
        assert_has(&page, &warning);
        assert_has(
            &page,
            &t.ta(
                "plan-series",
                &[
                    ("weekday", t.t("weekday-2").into()),
                    ("count", 4.into()),
                    (
                        "first",
                        t.date_on("2026-04-07".parse().unwrap(), 2026).into(),
                    ),
                ],
            ),
        );
        assert!(page.contains(r#"type="checkbox""#) && page.contains("<label"));
        // On the task itself too, before it is taken: on any of its weeks.
        let task = render(weekly_task_store(), locale, Screen::Task(draft(31, 3).id));
        assert_has(&task, &warning);
    }
}

/// The outside try of issue 18: with the first week taken, the fourth week is still called the
/// fourth; a task at the same time as the week taken says so, on the plan and on the task
/// before it is taken; and what was ticked is still ticked when the plan is opened again.
#[test]
fn taken_weeks_keep_their_numbers_clashes_are_said_and_ticks_stay() {
    let build = || {
        weekly_task_store_and(|server, changes| {
            changes.extend(server.claim(&participant(1), draft(30, 3).id).1);
            // Another task on the first Tuesday, 9–12, with two hours of work: it cannot be
            // done beside the weekly task's first week.
            let mut d = draft(50, 1);
            d.title = "Ikkunanpesu".into();
            d.starts_at = at("2026-04-07T09:00:00+03:00");
            d.ends_at = at("2026-04-07T12:00:00+03:00");
            changes.extend(server.publish(d));
        })
    };
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(build(), locale, Screen::Plan);
        let warning = fourth_week_over_the_limit(&t);
        assert_has(&page, &warning);
        assert_eq!(
            page.matches(r#"data-test="try-clash""#).count(),
            1,
            "{page}"
        );
        let task = render(build(), locale, Screen::Task(draft(50, 1).id));
        assert!(task.contains(r#"data-test="task-clash""#), "{task}");
        assert_has(&task, "Pihatyöt");
        assert!(page.contains(r#"data-test="back""#));
        // Ticks kept on the device come back checked, with their pay in the months.
        let mut store = build();
        store
            .save_plan_ticks(None, &[draft(31, 3).id, draft(32, 3).id, draft(33, 3).id])
            .unwrap();
        let ticked = render(store, locale, Screen::Plan);
        if !t.easy() {
            assert!(ticked.contains(r#"data-test="plan-what-if""#), "{ticked}");
        }
        assert!(ticked.contains("checked"), "{ticked}");
    }
}

/// Issue 18, item 4: the supervisor sees a consenting participant's coming months, spoken of
/// as theirs; without consent only the pay, and a sentence saying why.
#[test]
fn the_supervisor_sees_the_coming_months_only_with_consent() {
    for locale in Locale::ALL {
        let t = tr(locale);
        let shared = render(staff_store(), locale, Screen::PersonPlan(participant(1).id));
        assert_eq!(
            shared.matches(r#"data-test="plan-month""#).count(),
            3,
            "{shared}"
        );
        assert!(!shared.contains(r#"data-test="plan-no-profile""#));
        assert!(
            !shared.contains(r#"data-test="plan-sentence""#),
            "the supervisor gets the cards"
        );
        let other = render(staff_store(), locale, Screen::PersonPlan(participant(2).id));
        // Without consent the intro does not speak of shared figures.
        assert_has(
            &other,
            &t.ta(
                "plan-intro-staff-pay-only",
                &[("name", participant(2).name.clone().into())],
            ),
        );
        assert!(other.contains(r#"data-test="back""#), "back to the person");
        assert!(
            !other.contains(r#"role="img""#),
            "no curve without the profile"
        );
        let person = render(staff_store(), locale, Screen::Person(participant(1).id));
        assert_has(&person, &t.t("plan-open-staff"));
    }
}

/// Participant 1 holding tasks (taken, not yet done) of `gross` each on `days` (no pay
/// calendar: paid in the month worked), with `profile`.
fn holding_store(profile: &str, gross: i64, days: &[&str]) -> Store {
    let mut server = ServerSim::new();
    let me = participant(1);
    let mut changes = server.basics(&[supervisor(), me.clone()]);
    for (i, day) in days.iter().enumerate() {
        let n = 40 + u128::try_from(i).unwrap();
        let mut d = draft(n, 1);
        d.pay = keikka_core::Pay::Fixed(Cents(gross));
        d.starts_at = at(&format!("{day}T09:00:00+03:00"));
        d.ends_at = at(&format!("{day}T12:00:00+03:00"));
        changes.extend(server.publish(d));
        changes.extend(server.claim(&me, draft(n, 1).id).1);
    }
    let mut store = device_of(&me, changes);
    store
        .save_benefit_profile(&serde_json::from_str(profile).unwrap(), now())
        .unwrap();
    store
}

/// The plan's month cards, in order.
fn plan_cards(page: &str) -> Vec<&str> {
    page.split(r#"data-test="plan-month""#).skip(1).collect()
}

/// Issue 18's worked example through the screen: 110 € every Wednesday from 1 April to the end
/// of July, a lasting rise of over 400 € a month from 1.4., revises the housing allowance from
/// May, two months after the plan's first: the May card says it falls, March's and April's do
/// not.
#[test]
fn a_housing_revision_stands_in_the_month_it_lands_in() {
    let wednesdays: Vec<String> = (0..18)
        .map(|w| {
            (chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap() + chrono::Duration::weeks(w))
                .to_string()
        })
        .collect();
    let days: Vec<&str> = wednesdays.iter().map(String::as_str).collect();
    let profile = r#"{"adults": 1, "benefits": [{"kind": "housing_general", "housing_costs": 600, "max_housing_costs": 500, "other_income": 800}]}"#;
    for locale in [Locale::Fi, Locale::Sv] {
        let t = tr(locale);
        let page = render(holding_store(profile, 11_000, &days), locale, Screen::Plan);
        let cards = plan_cards(&page);
        assert_eq!(cards.len(), 3, "{page}");
        let [subject, mid] = t.benefit_args("benefit-housing-general");
        let same = t.ta("money-benefit-same", &[subject.clone(), mid.clone()]);
        let falls_start = t.ta(
            "money-benefit-falls",
            &[subject, mid, ("amount", "".into())],
        );
        let falls_start = html(falls_start.trim_end_matches(|c: char| !c.is_alphanumeric()));
        assert!(
            cards[0].contains(&html(&same)) && cards[1].contains(&html(&same)),
            "{page}"
        );
        assert!(cards[2].contains(&falls_start), "May: {}", cards[2]);
        assert!(!cards[0].contains(&falls_start) && !cards[1].contains(&falls_start));
        // Each curve that has one marks where the month's pay revises the allowance, as the
        // engine finds it, and says from when.
        let limits = curve_limits(holding_store(profile, 11_000, &days));
        let housing: Vec<_> = limits
            .iter()
            .filter(|(l, _)| matches!(l.kind, crate::plan::LimitKind::HousingRevision { .. }))
            .collect();
        assert!(!housing.is_empty(), "{limits:?}");
        for (limit, month) in housing {
            assert_has(
                &page,
                &super::plan::limit_text(&t, limit.kind, limit.pay, *month),
            );
        }
    }
}

/// Every limit of the plan's three curves for the device's own participant, as the screen
/// computes them.
fn curve_limits(store: Store) -> Vec<(crate::plan::Limit, keikka_core::benefit::Month)> {
    let rules = keikka_core::benefit::RuleSet::builtin().unwrap();
    let inputs = crate::money::MoneyInputs::read(&store, now().date_naive()).unwrap();
    let earnings: Vec<_> = inputs.counted.iter().map(|c| c.earning.clone()).collect();
    let first = keikka_core::benefit::Month::of(now().date_naive());
    (0..3)
        .flat_map(|n| {
            let month = first.plus(n);
            crate::plan::keep_curve(&rules, inputs.profile.as_ref().unwrap(), &earnings, month)
                .unwrap()
                .unwrap()
                .limits
                .into_iter()
                .map(move |l| (l, month))
        })
        .collect()
}

/// Issue 18's worked example through the screen: 600 € in April on social assistance of
/// 378.43 €: the assistance reaches zero, the April card says so, and the curve marks the pay
/// at which it ends (412.19 € gross: net of 8.19 % contributions it is 378.43 €).
#[test]
fn social_assistance_reaching_zero_is_said_and_marked() {
    let profile = r#"{"adults": 1, "tax_withholding_percent": 0, "benefits": [{"kind": "social_assistance", "housing_costs": 500, "other_net_income": 700}]}"#;
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(
            holding_store(profile, 60_000, &["2026-04-10"]),
            locale,
            Screen::Plan,
        );
        if t.easy() {
            // 600 − 49.14 contributions − 378.43 = 172.43 € more in April.
            assert_has(
                &page,
                &t.ta(
                    "plan-easy-more",
                    &[
                        ("month-in", t.month_in("2026-04".parse().unwrap()).into()),
                        ("amount", t.money(Cents(17_243)).into()),
                    ],
                ),
            );
            continue;
        }
        let cards = plan_cards(&page);
        let mut falls = t.benefit_args("benefit-social-assistance").to_vec();
        falls.push(("amount", t.money(Cents(37_843)).into()));
        assert!(
            cards[1].contains(&html(&t.ta("money-benefit-falls", &falls))),
            "{}",
            cards[1]
        );
        assert_has(
            &page,
            &t.ta(
                "plan-limit-benefit-ends",
                &[
                    (
                        "benefit",
                        t.attribute("benefit-social-assistance", "subject").into(),
                    ),
                    ("pay", t.money(Cents(41_300)).into()),
                ],
            ),
        );
        // With the tax percentage known, only after tax: a figure before tax beside it would
        // say some of the pay is left, and none is.
        assert!(
            cards[1].contains(r#"data-test="plan-keep-after-tax""#),
            "{}",
            cards[1]
        );
        assert!(
            !page.contains(r#"data-test="plan-keep-before-tax""#),
            "{page}"
        );
    }
}

/// The outside try of issue 18: a doubt about every month's figures (here, no tax percentage
/// for social assistance) is said once for the plan, not once a month; a month's own warnings
/// stay in their month, in easy-read too, where each month is one sentence.
#[test]
fn doubts_are_said_once_and_each_months_own_warnings_stay_in_easy_read() {
    let profile = r#"{"adults": 1, "benefits": [{"kind": "social_assistance", "housing_costs": 500, "other_net_income": 700}]}"#;
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(
            holding_store(profile, 60_000, &["2026-04-10"]),
            locale,
            Screen::Plan,
        );
        let doubt = html(&super::tasks::warning_text(
            &t,
            &keikka_core::benefit::Warning::TaxPercentUnknown,
            2026,
        ));
        assert_eq!(page.matches(&doubt).count(), 1, "{page}");
        // The resting pension's months: each month's own warnings are on the page, easy-read
        // included.
        let store = pension_rest_store();
        let rules = keikka_core::benefit::RuleSet::builtin().unwrap();
        let inputs = crate::money::MoneyInputs::read(&store, now().date_naive()).unwrap();
        let plan = crate::plan::coming_months(
            &rules,
            &inputs,
            &[],
            keikka_core::benefit::Month::of(now().date_naive()),
        )
        .unwrap();
        let page = render(pension_rest_store(), locale, Screen::Plan);
        let own: Vec<_> = plan
            .months
            .iter()
            .flat_map(|m| m.impact.as_ref().unwrap().warnings.clone())
            .filter(|w| {
                matches!(
                    w,
                    keikka_core::benefit::Warning::PensionEarningsLimitExceeded { .. }
                )
            })
            .collect();
        assert!(!own.is_empty(), "{plan:?}");
        for w in own {
            assert_has(&page, &super::tasks::warning_text(&t, &w, 2026));
        }
    }
}

/// Issue 19, item 3: a task held today opens the home screen, with where, when, who meets the
/// person and the first step, and the one button for "I started"; once started, "Done".
#[test]
fn a_task_held_today_comes_first_with_its_one_button() {
    let build = |started: bool| {
        let mut server = ServerSim::new();
        let me = participant(1);
        let mut changes = server.basics(&[supervisor(), me.clone()]);
        let mut d = draft(60, 1);
        d.title = "Pihan haravointi".into();
        d.steps = vec!["Hae haravat varastosta.".into(), "Haravoi piha.".into()];
        d.instructor = Some("Sanna Laine".into());
        d.starts_at = at("2026-03-23T10:00:00+02:00");
        d.ends_at = at("2026-03-23T13:00:00+02:00");
        changes.extend(server.publish(d));
        let (claim, claimed) = server.claim(&me, draft(60, 1).id);
        changes.extend(claimed);
        if started {
            changes.extend(server.run(&me, Op::StartTask { claim }, now()));
        }
        device_of(&me, changes)
    };
    for locale in Locale::ALL {
        let t = tr(locale);
        let page = render(build(false), locale, Screen::Tasks);
        assert!(page.contains(r#"data-test="today-first""#), "{page}");
        let first = page.find(r#"data-test="today-first""#).unwrap();
        assert!(
            page.find(r#"class="cards""#)
                .is_none_or(|cards| first < cards),
            "today's task comes before the open tasks"
        );
        for text in ["Pihan haravointi", "Sanna Laine", "Hae haravat varastosta."] {
            assert_has(&page, text);
        }
        assert_has(&page, &t.t("today-title"));
        assert!(page.contains(r#"data-test="today-start""#));
        let started = render(build(true), locale, Screen::Tasks);
        assert!(started.contains(r#"data-test="today-finish""#), "{started}");
        assert!(!started.contains(r#"data-test="today-start""#));
    }
    // Nothing held today: nothing first.
    let page = render(weekly_task_store(), Locale::Fi, Screen::Tasks);
    assert!(!page.contains(r#"data-test="today-first""#));
}
