//! Pictures beside the main actions and the navigation: simple line icons drawn inline, hidden
//! from screen readers because the words beside them say the same.

use dioxus::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Tasks,
    Mine,
    Money,
    Me,
    Take,
    Start,
    Done,
    Update,
    Why,
    Back,
    Forward,
    Warning,
    Phone,
    Cloud,
}

impl Icon {
    /// SVG path data on a 24×24 grid, drawn as strokes.
    fn path(self) -> &'static str {
        match self {
            Icon::Tasks => "M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01",
            Icon::Mine => "M9 11l3 3 8-8M20 12v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h11",
            Icon::Money => {
                "M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20M15 9a4 4 0 1 0 0 6M7 11h6M7 13h6"
            }
            Icon::Me => "M12 12a4 4 0 1 0 0-8a4 4 0 1 0 0 8M4 21a8 8 0 0 1 16 0",
            Icon::Take => "M12 5v14M5 12h14",
            Icon::Start => "M7 4l13 8-13 8z",
            Icon::Done => "M5 12l5 5L20 7",
            Icon::Update => "M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5",
            Icon::Why => {
                "M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7v.5M12 17h.01"
            }
            Icon::Back => "M15 18l-6-6 6-6",
            Icon::Forward => "M9 6l6 6-6 6",
            Icon::Warning => "M12 3l10 18H2zM12 10v4M12 18h.01",
            Icon::Phone => {
                "M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1M11 18h2"
            }
            Icon::Cloud => "M7 18a5 5 0 1 1 1-9.9A6 6 0 0 1 19 10a4 4 0 0 1-1 8zM9 13l2 2 4-4",
        }
    }
}

/// An icon at the current text size.
#[component]
pub fn IconSvg(icon: Icon) -> Element {
    rsx! {
        svg {
            class: "icon",
            "aria-hidden": "true",
            "focusable": "false",
            view_box: "0 0 24 24",
            width: "24",
            height: "24",
            fill: "none",
            stroke: "currentColor",
            stroke_width: "2",
            stroke_linecap: "round",
            stroke_linejoin: "round",
            path { d: icon.path() }
        }
    }
}
