//! `keikka`: the participant app. Built with `--features web` for the browser (served by the
//! sync server), `desktop` for a window on a computer, or `mobile` for Android and iOS.

#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn main() {
    // The page's element is `app`: the screens use `main` for their own landmark.
    dioxus::LaunchBuilder::web()
        .with_cfg(dioxus::web::Config::new().rootname("app"))
        .launch(keikka_app::ui::WebApp);
}

#[cfg(all(not(target_arch = "wasm32"), feature = "desktop"))]
fn main() {
    use dioxus::desktop::{Config, WindowBuilder};
    dioxus::LaunchBuilder::desktop()
        .with_cfg(
            Config::new()
                .with_menu(None)
                .with_window(WindowBuilder::new().with_title("Keikka")),
        )
        .launch(keikka_app::ui::NativeApp);
}

#[cfg(all(
    not(target_arch = "wasm32"),
    feature = "mobile",
    not(feature = "desktop")
))]
fn main() {
    dioxus::LaunchBuilder::mobile().launch(keikka_app::ui::NativeApp);
}

#[cfg(not(any(
    all(target_arch = "wasm32", feature = "web"),
    all(
        not(target_arch = "wasm32"),
        any(feature = "desktop", feature = "mobile")
    )
)))]
fn main() {
    eprintln!(
        "keikka: build the app with a renderer: `scripts/build-web` for the browser, \
         `cargo run -p keikka-app --features desktop` for a window"
    );
    std::process::exit(2);
}
