//! What the screens need from the platform they run on: the clock, waiting, the page's address
//! and language, and whether the network is there. The browser build uses web APIs; native
//! builds (desktop, mobile, tests) use the operating system's.

use keikka_core::Timestamp;

/// The device's clock with its local UTC offset: the local date decides the day worked.
pub fn now() -> Timestamp {
    chrono::Local::now().fixed_offset()
}

/// `at` in the device's time zone, with the offset that holds on that date (summer time
/// included), as people read times.
pub fn local(at: Timestamp) -> Timestamp {
    at.with_timezone(&chrono::Local).fixed_offset()
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    pub async fn sleep_ms(ms: u32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let ms = i32::try_from(ms).unwrap_or(i32::MAX);
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    pub fn origin() -> Option<String> {
        web_sys::window()?.location().origin().ok()
    }

    pub fn preferred_language() -> Option<String> {
        web_sys::window()?.navigator().language()
    }

    /// The `#pair=CODE` part of the address a supervisor's QR code opens, if any. It is taken
    /// off the address at once, so a one-time code does not stay in the browser's history.
    pub fn address_fragment() -> Option<String> {
        let window = web_sys::window()?;
        let hash = window
            .location()
            .hash()
            .ok()
            .filter(|h| h.starts_with("#pair="))?;
        replace_address("/tasks");
        Some(hash)
    }

    /// The screen's part of the page's address (after `#`), if any.
    pub fn address() -> Option<String> {
        let hash = web_sys::window()?.location().hash().ok()?;
        Some(hash.strip_prefix('#').unwrap_or(&hash).to_owned()).filter(|h| !h.is_empty())
    }

    /// A new step in the browser's history at `#path`, from the screen at `#from` (no reload:
    /// the app shows the screen). The step keeps `from` as its state, which the browser keeps
    /// across a reload, so the app's Back knows where the history's Back leads.
    pub fn push_address(path: &str, from: &str) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(
                &wasm_bindgen::JsValue::from_str(from),
                "",
                Some(&format!("#{path}")),
            );
        }
    }

    /// The current step of the browser's history, now at `#path` (keeping where it came from).
    pub fn replace_address(path: &str) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&format!("#{path}")));
        }
    }

    /// The address of the screen the current history step was opened from, if the app opened it.
    pub fn came_from() -> Option<String> {
        web_sys::window()?.history().ok()?.state().ok()?.as_string()
    }

    /// One step back in the browser's history; `false` where there is no history to use.
    pub fn history_back() -> bool {
        web_sys::window()
            .and_then(|w| w.history().ok())
            .is_some_and(|h| h.back().is_ok())
    }

    /// Calls `f` with the new address whenever the browser moves in its history (Back,
    /// Forward, or an address typed by hand).
    pub fn on_address_change(mut f: impl FnMut(String) + 'static) {
        if let Some(window) = web_sys::window() {
            let closure = Closure::<dyn FnMut()>::new(move || f(address().unwrap_or_default()));
            let _ = window
                .add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
            // The listener lives as long as the page.
            closure.forget();
        }
    }

    /// Keeps the page's `lang` in step with the app, for screen readers.
    pub fn set_document_language(lang: &str) {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang);
        }
    }

    /// Names the page after the screen shown, which a screen reader says on arrival and the
    /// browser's history and tabs list.
    pub fn set_document_title(title: &str) {
        if let Some(document) = web_sys::window().and_then(|w| w.document())
            && document.title() != title
        {
            document.set_title(title);
        }
    }

    /// Calls `f` whenever the browser says the network came back.
    pub fn on_online(f: impl FnMut() + 'static) {
        if let Some(window) = web_sys::window() {
            let closure = Closure::<dyn FnMut()>::new(f);
            let _ =
                window.add_event_listener_with_callback("online", closure.as_ref().unchecked_ref());
            // The listener lives as long as the page.
            closure.forget();
        }
    }

    pub fn print() {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    }

    /// Opens the full build (the supervisor's screens included) at `staff/`, beside this one,
    /// in place of this page (Back does not come here to be sent on again).
    pub fn open_staff_app() {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace("staff/");
        }
    }

    /// Whether the browser says the network is there.
    pub fn online() -> bool {
        web_sys::window().is_none_or(|w| w.navigator().on_line())
    }

    /// Asks the browser to keep this site's data when the device runs short of space
    /// (`navigator.storage.persist()`); the answer is what [`storage_kept`] says from then on.
    pub async fn keep_storage() {
        let _ = storage_call("persist").await;
    }

    /// Whether the browser has promised to keep this site's data when space runs short
    /// (`navigator.storage.persisted()`); `None` where it cannot say.
    pub async fn storage_kept() -> Option<bool> {
        storage_call("persisted").await
    }

    /// Whether the browser still has room for `bytes` more of this site's data: `Some(false)`
    /// when a write of that size is refused for want of room, `None` where it cannot say
    /// (boot.js's `keikkaRoomFor`).
    pub async fn room_for(bytes: u32) -> Option<bool> {
        call_promise(&js_sys::global(), "keikkaRoomFor", &bytes.into())
            .await?
            .as_bool()
    }

    async fn storage_call(method: &str) -> Option<bool> {
        let storage = js_sys::Reflect::get(&web_sys::window()?.navigator(), &"storage".into())
            .ok()
            .filter(|s| s.is_object())?;
        call_promise(&storage, method, &wasm_bindgen::JsValue::UNDEFINED)
            .await?
            .as_bool()
    }

    /// `target.method(argument)` for a method that answers with a promise, and what it resolves
    /// to; `None` where there is no such method or it fails.
    async fn call_promise(
        target: &wasm_bindgen::JsValue,
        method: &str,
        argument: &wasm_bindgen::JsValue,
    ) -> Option<wasm_bindgen::JsValue> {
        let call = js_sys::Reflect::get(target, &method.into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let promise = call
            .call1(target, argument)
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()?;
        wasm_bindgen_futures::JsFuture::from(promise).await.ok()
    }

    /// `globalThis.keikkaUpdate`, which boot.js keeps: whether a new build waits, and how to
    /// take it or look for one.
    fn update_handle() -> Option<wasm_bindgen::JsValue> {
        js_sys::Reflect::get(&js_sys::global(), &"keikkaUpdate".into())
            .ok()
            .filter(|u| u.is_object())
    }

    fn call_update(method: &str) {
        if let Some(update) = update_handle()
            && let Some(call) = js_sys::Reflect::get(&update, &method.into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = call.call0(&update);
        }
    }

    /// Whether a new build of the app is on the device, complete, waiting to be taken.
    pub fn update_ready() -> bool {
        update_handle()
            .and_then(|u| js_sys::Reflect::get(&u, &"ready".into()).ok())
            .and_then(|r| r.as_bool())
            .unwrap_or(false)
    }

    /// Calls `f` once a new build is on the device, complete, waiting to be taken.
    pub fn on_update_ready(f: impl FnMut() + 'static) {
        if let Some(window) = web_sys::window() {
            let closure = Closure::<dyn FnMut()>::new(f);
            let _ = window.add_event_listener_with_callback(
                "keikka-update-ready",
                closure.as_ref().unchecked_ref(),
            );
            // The listener lives as long as the page.
            closure.forget();
        }
    }

    /// The visible words of the screen's main part, one block a line (`innerText`: what is
    /// hidden is left out), for reading aloud.
    pub fn main_text() -> Option<String> {
        let main = web_sys::window()?.document()?.get_element_by_id("main")?;
        Some(main.dyn_into::<web_sys::HtmlElement>().ok()?.inner_text())
    }

    /// Whether the device can speak `lang` ("fi", "sv"): `None` without speech synthesis,
    /// `Some(false)` when it lists voices and none is of the language. A device that lists no
    /// voices yet (some load them late) is taken to have one: it speaks in its default voice.
    pub fn voice_for(lang: &str) -> Option<bool> {
        let synth = web_sys::window()?.speech_synthesis().ok()?;
        let voices = synth.get_voices();
        if voices.length() == 0 {
            return Some(true);
        }
        Some(voices.iter().any(|v| voice_lang(&v).starts_with(lang)))
    }

    /// A voice's language, lower case ("fi-fi"): read as a property, as every browser and a
    /// test's stand-in have it.
    fn voice_lang(voice: &wasm_bindgen::JsValue) -> String {
        js_sys::Reflect::get(voice, &wasm_bindgen::JsValue::from_str("lang"))
            .ok()
            .and_then(|l| l.as_string())
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    /// Reads `sentences` aloud in `lang` (a voice of it where there is one), after stopping
    /// whatever was being read; `done` runs when the last sentence ends or is stopped.
    /// False without speech synthesis.
    pub fn speak(sentences: &[String], lang: &str, done: impl FnMut() + 'static) -> bool {
        let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
            return false;
        };
        synth.cancel();
        let voice = synth
            .get_voices()
            .iter()
            .find(|v| voice_lang(v).starts_with(lang))
            .map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>());
        let tag = if lang == "sv" { "sv-FI" } else { "fi-FI" };
        let done = std::rc::Rc::new(std::cell::RefCell::new(done));
        let count = sentences.len();
        for (i, sentence) in sentences.iter().enumerate() {
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(sentence) else {
                return false;
            };
            let voice_tag = voice
                .as_ref()
                .map(|v| voice_lang(v.as_ref()))
                .filter(|l| !l.is_empty());
            utterance.set_lang(voice_tag.as_deref().unwrap_or(tag));
            if let Some(voice) = &voice {
                utterance.set_voice(Some(voice));
            }
            // A little slower than the default, for people who read slowly.
            utterance.set_rate(0.9);
            if i + 1 == count {
                let done = done.clone();
                let end = Closure::<dyn FnMut()>::new(move || (done.borrow_mut())());
                utterance.set_onend(Some(end.as_ref().unchecked_ref()));
                utterance.set_onerror(Some(end.as_ref().unchecked_ref()));
                end.forget();
            }
            synth.speak(&utterance);
        }
        true
    }

    /// Stops reading aloud.
    pub fn stop_speaking() {
        if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
            synth.cancel();
        }
    }

    /// Switches to the waiting build: every page of this build reloads into it. The caller
    /// makes sure nothing typed is lost and the store's writes are in IndexedDB first.
    pub fn take_update() {
        call_update("take");
    }

    /// Asks the server whether a newer build is there (the browser also asks on page loads).
    pub fn check_for_update() {
        call_update("check");
    }

    /// Calls `f` whenever the page goes out of sight (another app, the home screen, a locked
    /// phone): the moment to take an update without interrupting anyone.
    pub fn on_hidden(mut f: impl FnMut() + 'static) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let seen = document.clone();
        let closure = Closure::<dyn FnMut()>::new(move || {
            if seen.visibility_state() == web_sys::VisibilityState::Hidden {
                f();
            }
        });
        let _ = document
            .add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        closure.forget();
    }

    /// Loads the page again (the newest build the device has).
    pub fn reload() {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }

    /// The name of the Web Lock that makes one page the store's owner.
    const STORE_LOCK: &str = "keikka-store";

    /// Waits until this page owns the device's store, and keeps it for the page's life: the
    /// store lives in each page's memory and is written back to IndexedDB, so two pages
    /// writing it would each overwrite the other's work. `waiting` is called once when another
    /// tab or window owns it; this one then takes over the moment that one closes. Where the
    /// browser has no Web Locks (an insecure address, an old browser), it returns at once.
    pub async fn own_store(waiting: impl FnOnce()) {
        let Some(locks) = web_sys::window()
            .map(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()))
            .and_then(Result::ok)
            .filter(|l| l.is_object())
        else {
            return;
        };
        if take_lock(&locks, true).await == Some(true) {
            return;
        }
        waiting();
        // boot.js may call the wait off when a new build takes over (the page then reloads
        // once the tab the person used has the store again): this page never opens it.
        set_waiting_for_store(true);
        let taken = take_lock(&locks, false).await;
        set_waiting_for_store(false);
        if taken.is_none() {
            std::future::pending::<()>().await;
        }
    }

    /// Tells boot.js whether this page waits for the store (`keikkaUpdate.waitingForStore`).
    fn set_waiting_for_store(waiting: bool) {
        if let Some(update) = update_handle() {
            let _ = js_sys::Reflect::set(&update, &"waitingForStore".into(), &waiting.into());
        }
    }

    /// Asks for the store's lock (only if free, or waiting for it) and tells whether this page
    /// holds it now. Held: the lock's callback returns a promise that never settles, so the
    /// browser releases it only when the page goes. A browser that refuses the request counts
    /// as having no locks at all (the page goes on as the owner, as before Web Locks). `None`:
    /// boot.js called a wait off (`keikkaUpdate.lockSignal`).
    async fn take_lock(locks: &wasm_bindgen::JsValue, if_available: bool) -> Option<bool> {
        use wasm_bindgen::JsValue;
        let asked = js_sys::Promise::new(&mut |resolve, reject| {
            let answer = resolve.clone();
            let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
                let held = !lock.is_null();
                let _ = answer.call1(&JsValue::NULL, &JsValue::from_bool(held));
                if held {
                    js_sys::Promise::new(&mut |_, _| {}).into()
                } else {
                    JsValue::UNDEFINED
                }
            });
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"ifAvailable".into(), &if_available.into());
            if !if_available
                && let Some(signal) = update_handle()
                    .and_then(|u| js_sys::Reflect::get(&u, &"lockSignal".into()).ok())
                    .filter(|s| s.is_object())
            {
                let _ = js_sys::Reflect::set(&options, &"signal".into(), &signal);
            }
            let request = js_sys::Reflect::get(locks, &"request".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            let sent = request
                .map(|request| request.call3(locks, &STORE_LOCK.into(), &options, &callback));
            match sent {
                // Called off (an AbortError): this page will not take the store.
                Some(Ok(request)) => {
                    if let Ok(request) = request.dyn_into::<js_sys::Promise>() {
                        let called_off = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                            let _ = reject.call0(&JsValue::NULL);
                        });
                        let _ = request.catch(&called_off);
                        // Lives as long as the request can settle: the page's life.
                        called_off.forget();
                    }
                }
                _ => {
                    let _ = resolve.call1(&JsValue::NULL, &JsValue::TRUE);
                }
            }
        });
        match wasm_bindgen_futures::JsFuture::from(asked).await {
            Ok(held) => Some(held.as_bool() != Some(false)),
            Err(_) => None,
        }
    }

    /// Runs `f` as a User Timing measure called `name`, which the browser's performance tools
    /// and the web benchmark (`tests/browser/bench.mjs`) read.
    pub fn measured<R>(name: &str, f: impl FnOnce() -> R) -> R {
        let performance = web_sys::window().and_then(|w| w.performance());
        let start = format!("{name}-start");
        if let Some(p) = &performance {
            let _ = p.mark(&start);
        }
        let result = f();
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark(name, &start);
        }
        result
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub async fn sleep_ms(ms: u32) {
        // Native builds run the UI on their own thread; a plain timer thread wakes the future.
        let (tx, rx) = futures_channel::oneshot::channel::<()>();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(u64::from(ms)));
            let _ = tx.send(());
        });
        let _ = rx.await;
    }

    pub fn origin() -> Option<String> {
        std::env::var("KEIKKA_SERVER").ok()
    }

    pub fn address_fragment() -> Option<String> {
        None
    }

    /// Where the device database lives: `KEIKKA_DATA`, else the XDG data directory.
    pub fn data_dir() -> std::path::PathBuf {
        use std::path::PathBuf;
        if let Some(dir) = std::env::var_os("KEIKKA_DATA") {
            return PathBuf::from(dir);
        }
        if let Some(dir) = std::env::var_os("XDG_DATA_HOME") {
            return PathBuf::from(dir).join("keikka");
        }
        match std::env::var_os("HOME") {
            Some(home) => PathBuf::from(home).join(".local/share/keikka"),
            None => PathBuf::from("keikka-data"),
        }
    }

    pub fn preferred_language() -> Option<String> {
        std::env::var("LANG").ok()
    }

    // Speech on the desktop and mobile builds is not wired up yet: the button says so.
    pub fn main_text() -> Option<String> {
        None
    }

    pub fn voice_for(_lang: &str) -> Option<bool> {
        None
    }

    pub fn speak(_sentences: &[String], _lang: &str, _done: impl FnMut() + 'static) -> bool {
        false
    }

    pub fn stop_speaking() {}

    pub fn set_document_language(_lang: &str) {}

    pub fn set_document_title(_title: &str) {}

    pub fn on_online(_f: impl FnMut() + 'static) {}

    // A window on the desktop has no address bar or Back button: the app's own Back is the
    // only way back, and it moves to its screen.
    pub fn address() -> Option<String> {
        None
    }

    pub fn push_address(_path: &str, _from: &str) {}

    pub fn came_from() -> Option<String> {
        None
    }

    pub fn replace_address(_path: &str) {}

    pub fn history_back() -> bool {
        false
    }

    pub fn on_address_change(_f: impl FnMut(String) + 'static) {}

    pub fn print() {}

    /// Native builds always have the supervisor's screens.
    pub fn open_staff_app() {}

    pub fn online() -> bool {
        true
    }

    pub fn measured<R>(_name: &str, f: impl FnOnce() -> R) -> R {
        f()
    }

    /// Files in the data directory stay: nothing to ask.
    pub async fn keep_storage() {}

    /// The disk's room is the operating system's to tell; SQLite says when it is full.
    pub async fn room_for(_bytes: u32) -> Option<bool> {
        None
    }

    // A native build is updated as a whole by its installer, never under a running window.
    pub fn update_ready() -> bool {
        false
    }

    pub fn on_update_ready(_f: impl FnMut() + 'static) {}

    pub fn take_update() {}

    pub fn check_for_update() {}

    pub fn on_hidden(_f: impl FnMut() + 'static) {}

    pub fn reload() {}
}

pub use imp::*;
