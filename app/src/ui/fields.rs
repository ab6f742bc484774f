//! Labelled form fields with their help and their error tied to them for screen readers.

use dioxus::prelude::*;

/// The ids `aria-describedby` names: the help and the error, where there are any; `None`
/// (no attribute at all, rather than an empty one) where there are neither.
fn described_by(id: &str, help: bool, error: bool) -> Option<String> {
    let ids = [
        help.then(|| format!("{id}-help")),
        error.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    (!ids.is_empty()).then_some(ids)
}

/// The label, the help and the error around one input.
#[component]
fn Frame(
    id: String,
    label: String,
    help: Option<String>,
    error: Option<String>,
    children: Element,
) -> Element {
    rsx! {
        div { class: "field",
            label { r#for: "{id}", class: "field-label", "{label}" }
            if let Some(help) = help {
                p { id: "{id}-help", class: "help", "{help}" }
            }
            {children}
            if let Some(error) = error {
                p { id: "{id}-error", class: "problem", "{error}" }
            }
        }
    }
}

/// A one-line text field; `id` is also its `data-test` name.
#[component]
pub fn TextField(
    id: String,
    label: String,
    value: String,
    #[props(default)] help: Option<String>,
    #[props(default)] error: Option<String>,
    #[props(default = "text")] input_type: &'static str,
    /// The on-screen keyboard to offer, e.g. "decimal" for amounts.
    #[props(default = "")]
    inputmode: &'static str,
    on_change: EventHandler<String>,
) -> Element {
    let described = described_by(&id, help.is_some(), error.is_some());
    let invalid = error.is_some();
    rsx! {
        Frame { id: id.clone(), label, help, error,
            input {
                id: "{id}",
                "data-test": "{id}",
                r#type: input_type,
                inputmode,
                "aria-describedby": described,
                "aria-invalid": if invalid { "true" } else { "false" },
                value: "{value}",
                oninput: move |e| on_change.call(e.value()),
            }
        }
    }
}

/// A text area (plain-language steps, notes, reasons).
#[component]
pub fn TextArea(
    id: String,
    label: String,
    value: String,
    #[props(default)] help: Option<String>,
    #[props(default)] error: Option<String>,
    on_change: EventHandler<String>,
) -> Element {
    let described = described_by(&id, help.is_some(), error.is_some());
    let invalid = error.is_some();
    rsx! {
        Frame { id: id.clone(), label, help, error,
            textarea {
                id: "{id}",
                "data-test": "{id}",
                rows: "3",
                "aria-describedby": described,
                "aria-invalid": if invalid { "true" } else { "false" },
                value: "{value}",
                oninput: move |e| on_change.call(e.value()),
            }
        }
    }
}

/// A question in place of a button that gives something away ("I can't come", "delete my
/// data"): the question takes the focus, so a screen reader says it; Yes does it, No puts the
/// button back. `test` names its parts for tests: `{test}-ask`, `{test}-yes`, `{test}-no`.
#[component]
pub fn AskFirst(
    id: String,
    test: &'static str,
    question: String,
    yes: String,
    no: String,
    on_yes: EventHandler<()>,
    on_no: EventHandler<()>,
) -> Element {
    rsx! {
        div { class: "confirm", role: "group", "aria-labelledby": "{id}",
            p { id: "{id}", "data-test": "{test}-ask", tabindex: "-1",
                onmounted: move |e: MountedEvent| async move {
                    let _ = e.set_focus(true).await;
                },
                "{question}"
            }
            div { class: "actions",
                button { class: "secondary", "data-test": "{test}-yes", onclick: move |_| on_yes.call(()), "{yes}" }
                button { class: "secondary", "data-test": "{test}-no", onclick: move |_| on_no.call(()), "{no}" }
            }
        }
    }
}
