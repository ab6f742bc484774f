//! The read-aloud bar (*Kuuntele* / *Lyssna*): one tap reads the screen's main part aloud with
//! the device's own voice, one tap stops, one reads it again; nothing starts by itself.

use super::{Tr, Ui, in_runtime};
use crate::platform;
use crate::speech::{SpokenWords, sentences};
use dioxus::prelude::*;

/// What the bar is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Quiet,
    Speaking,
    /// The device has no voice for the language of the text set.
    NoVoice,
    /// The device cannot speak at all.
    Unavailable,
}

/// The words a voice says for the screen's symbols, in `tr`'s set.
fn spoken_words(tr: &Tr) -> SpokenWords {
    SpokenWords {
        euro_one: tr.t("speech-euro-one"),
        euros: tr.t("speech-euros"),
        percent: tr.t("speech-percent"),
        minus: tr.t("speech-minus"),
        to: tr.t("speech-to"),
    }
}

/// The bar, above a participant's screen in easy-read (and in the standard mode when chosen).
#[component]
pub fn ReadAloud() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut reading = use_signal(|| Reading::Quiet);
    let language = tr.locale.language();
    // The other language's voice is offered only when this one's is missing, and used only
    // when the person chooses it.
    let other = if language == "fi" { "sv" } else { "fi" };
    let start = move |voice: &'static str| {
        let mut reading = reading;
        let tr = ui.tr();
        let text = platform::main_text().unwrap_or_default();
        let said = sentences(&text, &spoken_words(&tr));
        if voice == tr.locale.language() && platform::voice_for(voice) == Some(false) {
            reading.set(Reading::NoVoice);
            return;
        }
        let done = in_runtime(move || {
            let mut reading = reading;
            if reading() == Reading::Speaking {
                reading.set(Reading::Quiet);
            }
        });
        if platform::speak(&said, voice, done) {
            reading.set(Reading::Speaking);
        } else {
            reading.set(Reading::Unavailable);
        }
    };
    // Leaving the screen stops the reading: the words would be another screen's.
    use_drop(platform::stop_speaking);
    let state = reading();
    rsx! {
        div { class: "read-aloud", role: "group", "aria-label": tr.t("read-aloud-label"),
            if state == Reading::Speaking {
                button { class: "secondary", "data-test": "read-aloud-stop",
                    onclick: move |_| {
                        platform::stop_speaking();
                        reading.set(Reading::Quiet);
                    },
                    {tr.t("read-aloud-stop")}
                }
                button { class: "secondary", "data-test": "read-aloud-again",
                    onclick: move |_| start(language),
                    {tr.t("read-aloud-again")}
                }
            } else {
                button { class: "secondary", "data-test": "read-aloud",
                    onclick: move |_| start(language),
                    {tr.t("read-aloud-start")}
                }
            }
            if state == Reading::NoVoice {
                p { class: "warning", role: "status", "data-test": "read-aloud-no-voice",
                    {tr.t("read-aloud-no-voice")}
                }
                button { class: "secondary", "data-test": "read-aloud-other",
                    lang: other,
                    onclick: move |_| start(other),
                    {tr.t("read-aloud-other-voice")}
                }
            }
            if state == Reading::Unavailable {
                p { class: "warning", role: "status", "data-test": "read-aloud-unavailable",
                    {tr.t("read-aloud-unavailable")}
                }
            }
        }
    }
}
