//! Joining the unit: the one-time code from the supervisor, no password ever.

use super::{ScreenTitle, Ui};
use dioxus::prelude::*;

/// The code in an address fragment such as `#pair=AB12-CD34`.
pub fn code_in_fragment(fragment: &str) -> Option<String> {
    let code = fragment.trim_start_matches('#').strip_prefix("pair=")?;
    // Codes are shown as "ABCD-EFGH"; the dash is part of how people read them.
    let valid = !code.is_empty()
        && code.len() <= 32
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    valid.then(|| code.to_owned())
}

/// The address a pairing QR code carries: the app on `server_url`, with the code to fill in.
#[cfg(feature = "staff")]
pub fn pairing_address(server_url: &str, code: &str) -> String {
    format!("{}/#pair={code}", server_url.trim_end_matches('/'))
}

#[component]
pub fn Pairing() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let device = ui.device();
    // A supervisor's QR code opens the app at `#pair=CODE`: the code is then already filled in.
    let mut code = use_signal(|| {
        crate::platform::address_fragment()
            .as_deref()
            .and_then(code_in_fragment)
            .unwrap_or_default()
    });
    let mut server = use_signal(|| device.server_url.clone().unwrap_or_default());
    let mut busy = use_signal(|| false);
    let mut problem = use_signal(|| None::<&'static str>);
    // The web app knows its server; only a build without one asks for the address.
    let ask_server = device.server_url.is_none();

    let submit = move |e: FormEvent| {
        e.prevent_default();
        if busy() {
            return;
        }
        let entered = code().trim().to_owned();
        if entered.is_empty() {
            problem.set(Some("pairing-code-missing"));
            return;
        }
        let device = ui.device();
        let Some(client) = device.client.clone() else {
            problem.set(Some("needs-network"));
            return;
        };
        let server_url = server().trim().to_owned();
        let name = ui.tr().t("pairing-device-name");
        busy.set(true);
        problem.set(None);
        spawn(async move {
            let answer = client.pair(&server_url, &entered, &name).await;
            busy.set(false);
            match answer {
                Ok(answer) => {
                    let saved = ui.write(|s| s.save_pairing(&server_url, &answer));
                    if saved.is_err() {
                        problem.set(Some("error-storage"));
                        return;
                    }
                    // The person's work lives here now: ask the browser to keep it when the
                    // phone runs short of space (the Me screen says what it answered).
                    spawn(crate::platform::keep_storage());
                    let mut repair = ui.repair;
                    repair.set(false);
                    ui.go(super::Screen::Tasks);
                    ui.say("pairing-done", false);
                    ui.sync_now();
                }
                Err(e) => problem.set(Some(e.message_id_unsaved())),
            }
        });
    };

    rsx! {
        section { class: "pairing",
            ScreenTitle { text: tr.t("pairing-title") }
            p { {tr.t("pairing-intro")} }
            form { onsubmit: submit, novalidate: true,
                label { r#for: "pairing-code", class: "field-label", {tr.t("pairing-code-label")} }
                p { id: "pairing-code-help", class: "help", {tr.t("pairing-code-help")} }
                input {
                    id: "pairing-code",
                    class: "code-input",
                    "data-test": "pairing-code",
                    r#type: "text",
                    inputmode: "text",
                    autocomplete: "one-time-code",
                    autocapitalize: "characters",
                    spellcheck: "false",
                    "aria-describedby": if problem().is_some() { "pairing-code-help pairing-problem" } else { "pairing-code-help" },
                    // Only a code that is wrong is marked invalid, not a network that is away.
                    "aria-invalid": if matches!(problem(), Some("pairing-invalid-code" | "pairing-code-missing")) { "true" } else { "false" },
                    value: "{code}",
                    oninput: move |e| code.set(e.value()),
                }
                if ask_server {
                    label { r#for: "pairing-server", class: "field-label", {tr.t("pairing-server-label")} }
                    input {
                        id: "pairing-server",
                        r#type: "url",
                        value: "{server}",
                        oninput: move |e| server.set(e.value()),
                    }
                }
                if let Some(id) = problem() {
                    p { id: "pairing-problem", class: "problem", role: "alert", "data-test": "pairing-problem", {tr.t(id)} }
                }
                button {
                    class: "primary",
                    "data-test": "pair",
                    r#type: "submit",
                    "aria-disabled": if busy() { "true" } else { "false" },
                    {if busy() { tr.t("pairing-busy") } else { tr.t("pairing-submit") }}
                }
            }
            LanguageChoice {}
        }
    }
}

/// Suomi / Svenska, and easy-read: offered before pairing too, so the first screen is readable.
#[component]
pub fn LanguageChoice() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let settings = (ui.settings)();
    let set = move |locale: crate::text::Locale| ui.change_settings(|s| s.locale = locale);
    let current = settings.locale;
    let fi = if current.is_easy_read() {
        crate::text::Locale::FiEasy
    } else {
        crate::text::Locale::Fi
    };
    let sv = if current.is_easy_read() {
        crate::text::Locale::SvEasy
    } else {
        crate::text::Locale::Sv
    };
    let is_fi = current.language() == "fi";
    rsx! {
        fieldset { class: "choice",
            legend { {tr.t("me-language")} }
            div { class: "choice-row",
                button {
                    class: "choice-button",
                    lang: "fi",
                    "data-test": "language-fi",
                    "aria-pressed": if is_fi { "true" } else { "false" },
                    onclick: move |_| set(fi),
                    // Each language's name in itself, whatever the set in use.
                    {tr.t("language-name-fi")}
                }
                button {
                    class: "choice-button",
                    lang: "sv",
                    "data-test": "language-sv",
                    "aria-pressed": if !is_fi { "true" } else { "false" },
                    onclick: move |_| set(sv),
                    {tr.t("language-name-sv")}
                }
            }
            label { class: "switch",
                input {
                    r#type: "checkbox",
                    "data-test": "easy-read",
                    checked: current.is_easy_read(),
                    onchange: move |_| set(current.toggled_easy()),
                }
                span { {tr.t("me-easy-read")} }
            }
            // Easy-read always has the read-aloud button; the standard mode when chosen.
            if !current.is_easy_read() {
                label { class: "switch",
                    input {
                        r#type: "checkbox",
                        "data-test": "read-aloud-setting",
                        checked: settings.read_aloud,
                        onchange: move |_| ui.change_settings(|s| s.read_aloud = !s.read_aloud),
                    }
                    span { {tr.t("me-read-aloud")} }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_address_fills_in_the_code_and_nothing_else_does() {
        let address = pairing_address("https://keikka.example/", "AB12-CD34");
        assert_eq!(address, "https://keikka.example/#pair=AB12-CD34");
        let fragment = address.split_once('#').map(|(_, f)| f).unwrap_or_default();
        assert_eq!(code_in_fragment(fragment).as_deref(), Some("AB12-CD34"));
        assert_eq!(code_in_fragment("#pair="), None);
        assert_eq!(code_in_fragment("#pair=<script>"), None);
        assert_eq!(code_in_fragment("#other=AB12"), None);
    }
}
