//! `keikka`: the participant app. Built with `--features web` for the browser (served by the
//! sync server), `desktop` for a window on a computer, or `mobile` for Android and iOS.

#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn main() {
    // The page's element is `app`: the screens use `main` for their own landmark.
    dioxus::LaunchBuilder::web()
        .with_cfg(dioxus::web::Config::new().rootname("app"))
        .launch(keikka_app::ui::WebApp);
}

#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
fn main() {
    eprintln!(
        "keikka: build the app with a renderer, e.g. \
         `cargo build -p keikka-app --target wasm32-unknown-unknown --features web`"
    );
    std::process::exit(2);
}
