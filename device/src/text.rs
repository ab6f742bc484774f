//! The text people read, in Finnish and Swedish and their easy-read forms: fluent bundles built
//! from `locales/<set>/keikka.ftl` (and `staff.ftl`, the supervisor's screens), compiled into
//! the app so it needs no network to speak.

/// The value type of `Text::get_args`, re-exported so callers need no fluent dependency.
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use keikka_core::DomainError;
use unic_langid::LanguageIdentifier;

/// A message set: a language, and whether it is the easy-read form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Finnish (*yleiskieli*).
    Fi,
    /// Swedish.
    Sv,
    /// Easy-read Finnish (*selkosuomi*).
    FiEasy,
    /// Easy-read Swedish (*lättläst svenska*).
    SvEasy,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::Fi, Locale::Sv, Locale::FiEasy, Locale::SvEasy];

    /// The BCP 47 id, also the folder under `locales/`.
    pub const fn id(self) -> &'static str {
        match self {
            Locale::Fi => "fi",
            Locale::Sv => "sv",
            Locale::FiEasy => "fi-x-selko",
            Locale::SvEasy => "sv-x-lattlast",
        }
    }

    pub fn from_id(id: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The standard form of the same language, and vice versa.
    pub const fn toggled_easy(self) -> Locale {
        match self {
            Locale::Fi => Locale::FiEasy,
            Locale::FiEasy => Locale::Fi,
            Locale::Sv => Locale::SvEasy,
            Locale::SvEasy => Locale::Sv,
        }
    }

    /// The standard set of the same language: what documents for others (a certificate, a
    /// payroll file, the work history to show an employer) are written in.
    pub const fn standard(self) -> Locale {
        match self {
            Locale::Sv | Locale::SvEasy => Locale::Sv,
            Locale::Fi | Locale::FiEasy => Locale::Fi,
        }
    }

    pub const fn is_easy_read(self) -> bool {
        matches!(self, Locale::FiEasy | Locale::SvEasy)
    }

    /// The language alone, for `lang` attributes and number formatting.
    pub const fn language(self) -> &'static str {
        match self {
            Locale::Fi | Locale::FiEasy => "fi",
            Locale::Sv | Locale::SvEasy => "sv",
        }
    }

    /// The set's files: `keikka.ftl`, and `staff.ftl` (the supervisor's screens) in builds
    /// that have them, so a participant's web build does not carry their texts.
    fn sources(self) -> Vec<&'static str> {
        let main = match self {
            Locale::Fi => include_str!("../../locales/fi/keikka.ftl"),
            Locale::Sv => include_str!("../../locales/sv/keikka.ftl"),
            Locale::FiEasy => include_str!("../../locales/fi-x-selko/keikka.ftl"),
            Locale::SvEasy => include_str!("../../locales/sv-x-lattlast/keikka.ftl"),
        };
        #[cfg(feature = "staff")]
        let staff = match self {
            Locale::Fi => include_str!("../../locales/fi/staff.ftl"),
            Locale::Sv => include_str!("../../locales/sv/staff.ftl"),
            Locale::FiEasy => include_str!("../../locales/fi-x-selko/staff.ftl"),
            Locale::SvEasy => include_str!("../../locales/sv-x-lattlast/staff.ftl"),
        };
        #[cfg(feature = "staff")]
        return vec![main, staff];
        #[cfg(not(feature = "staff"))]
        vec![main]
    }
}

impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Locale, D::Error> {
        let id = String::deserialize(d)?;
        Locale::from_id(&id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown locale {id:?}")))
    }
}

/// The message id that explains a refusal kindly: `reason-<code>` with `_` as `-`.
pub fn reason_message(reason: &DomainError) -> String {
    format!("reason-{}", reason.code().replace('_', "-"))
}

/// The messages of one locale.
pub struct Text {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Text {
    /// Loads the messages of `locale`. The sets are compiled in and checked by the tests below,
    /// so a broken entry cannot ship; if one did, the rest of the set still works.
    pub fn new(locale: Locale) -> Text {
        let (bundle, _problems) = build(locale);
        Text { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id`, or the id itself when the set lacks it (visible, never a crash).
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its `{ $name }` placeables filled from `args`.
    pub fn get_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// The attribute `.name` of message `id` (a form of a name for one place in a sentence),
    /// or the message itself where the set gives no such form.
    pub fn attribute(&self, id: &str, name: &str) -> String {
        let Some(message) = self.bundle.get_message(id) else {
            return id.to_owned();
        };
        match message.get_attribute(name) {
            Some(attribute) => {
                let mut errors = Vec::new();
                let text = self
                    .bundle
                    .format_pattern(attribute.value(), None, &mut errors)
                    .into_owned();
                marked(text)
            }
            None => self.get(id),
        }
    }

    /// The kind sentence for a refusal.
    pub fn reason(&self, reason: &DomainError) -> String {
        self.get(&reason_message(reason))
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        marked(text)
    }
}

#[cfg(any(test, feature = "testkit"))]
thread_local! {
    /// Set by the screen tests: every text from `locales/` comes wrapped in [`MARK_START`] and
    /// [`MARK_END`], so a test can find any text on a screen that came from elsewhere.
    pub static MARK_TEXTS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where a text from `locales/` starts and ends on a screen under test (private-use
/// characters no message contains).
#[cfg(any(test, feature = "testkit"))]
pub const MARK_START: char = '\u{E000}';
#[cfg(any(test, feature = "testkit"))]
pub const MARK_END: char = '\u{E001}';

#[cfg(any(test, feature = "testkit"))]
fn marked(text: String) -> String {
    if MARK_TEXTS.with(|m| m.get()) {
        format!("{MARK_START}{text}{MARK_END}")
    } else {
        text
    }
}

#[cfg(not(any(test, feature = "testkit")))]
fn marked(text: String) -> String {
    text
}

/// The bundle of `locale`, and every problem met while building it.
fn build(locale: Locale) -> (FluentBundle<FluentResource>, Vec<String>) {
    let mut problems = Vec::new();
    let langid: LanguageIdentifier = locale
        .language()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![langid]);
    // Unicode isolation marks around placeables only help mixed-direction text, which Finnish
    // and Swedish are not; without them the text is plain for tests and screen readers alike.
    bundle.set_use_isolating(false);
    for source in locale.sources() {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.extend(errors.iter().map(|e| format!("{}: {e:?}", locale.id())));
                r
            }
        };
        // A message defined twice (in both files) is a problem the tests report.
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{}: {e}", locale.id())));
        }
    }
    (bundle, problems)
}

/// The ids of every message in `locale`'s set, in file order.
pub fn message_ids(locale: Locale) -> Vec<String> {
    locale.sources().into_iter().flat_map(ids_in).collect()
}

/// The ids of the messages in one file's text, in order.
fn ids_in(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn all_four_sets_parse_with_no_errors() {
        for locale in Locale::ALL {
            let (_, problems) = build(locale);
            assert!(problems.is_empty(), "{problems:#?}");
        }
    }

    #[test]
    fn all_four_sets_have_exactly_the_same_message_ids() {
        let fi: BTreeSet<String> = message_ids(Locale::Fi).into_iter().collect();
        assert!(!fi.is_empty());
        for locale in Locale::ALL {
            let ids: Vec<String> = message_ids(locale);
            let set: BTreeSet<String> = ids.iter().cloned().collect();
            assert_eq!(set.len(), ids.len(), "{} repeats an id", locale.id());
            let missing: Vec<_> = fi.difference(&set).collect();
            let extra: Vec<_> = set.difference(&fi).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                locale.id()
            );
        }
    }

    #[test]
    fn every_refusal_code_has_a_kind_sentence_in_every_set() {
        for locale in Locale::ALL {
            let text = Text::new(locale);
            for code in DomainError::ALL_CODES {
                let id = format!("reason-{}", code.replace('_', "-"));
                assert!(text.has(&id), "{} lacks {id}", locale.id());
                assert!(!text.get(&id).trim().is_empty());
            }
        }
    }

    #[test]
    fn a_refusal_maps_to_its_reason_message() {
        assert_eq!(reason_message(&DomainError::TaskFull), "reason-task-full");
        assert_eq!(
            reason_message(&DomainError::invalid("minutes", "out_of_range")),
            "reason-invalid-input"
        );
        let text = Text::new(Locale::Fi);
        assert!(
            text.reason(&DomainError::TaskFull)
                .contains("Se ei ole sinun vikasi")
        );
    }

    #[test]
    fn arguments_fill_placeables_without_isolation_marks() {
        let text = Text::new(Locale::Fi);
        assert_eq!(
            text.get_args("sync-last", &[("time", "12.00".into())]),
            "Päivitetty viimeksi klo 12.00."
        );
        let sv = Text::new(Locale::SvEasy);
        assert_eq!(
            sv.get_args("sync-last", &[("time", "12.00".into())]),
            "Uppgifterna uppdaterades klockan 12.00."
        );
    }

    #[test]
    fn every_message_id_the_code_names_exists_in_every_set() {
        use crate::store::SyncState;
        use crate::sync::SyncError;
        use keikka_core::protocol::ApiError;
        let named = [
            SyncState::OnServer.message_id(),
            SyncState::OnPhoneOnly.message_id(),
            SyncState::InConflict(DomainError::TaskFull).message_id(),
            SyncError::Offline(String::new()).message_id(),
            SyncError::Unauthorized.message_id(),
            SyncError::Decode(String::new()).message_id(),
            SyncError::Server {
                status: 429,
                error: None,
            }
            .message_id(),
            SyncError::Server {
                status: 400,
                error: Some(ApiError {
                    error: "invalid_code".into(),
                    detail: String::new(),
                }),
            }
            .message_id(),
        ];
        use keikka_core::ContractType;
        use keikka_core::report::{INVOICE_CSV_HEADER, PAY_CSV_HEADER, contract_message};
        let csv = PAY_CSV_HEADER
            .into_iter()
            .chain(INVOICE_CSV_HEADER)
            .chain([ContractType::Employment, ContractType::Commission].map(contract_message));
        let named: Vec<&str> = named.into_iter().chain(csv).collect();
        for locale in Locale::ALL {
            let text = Text::new(locale);
            for id in &named {
                assert!(text.has(id), "{} lacks {id}", locale.id());
            }
        }
    }

    /// Ids the code builds from a family prefix and a value rather than naming literally.
    const BUILT_FAMILIES: [&str; 4] = ["reason-", "weekday-", "month-", "figure-"];

    fn source_files(dir: &std::path::Path, out: &mut String) {
        source_files_except(dir, None, out);
    }

    /// [`source_files`] leaving out the directories named `skip`.
    fn source_files_except(dir: &std::path::Path, skip: Option<&str>, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if skip.is_none_or(|skip| path.file_name().is_none_or(|n| n != skip)) {
                    source_files_except(&path, skip, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs")
                && path
                    .file_name()
                    .is_some_and(|n| n != "tests.rs" && n != "testkit.rs")
            {
                // A message only a test names is not used; `#[cfg(test)] mod tests` blocks at
                // the end of a file are cut off for the same reason.
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
                out.push_str(code);
            }
        }
    }

    #[test]
    fn every_message_is_used_by_the_code() {
        let mut code = String::new();
        let device = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        source_files(&device.join("src"), &mut code);
        // The screens name most of them.
        source_files(&device.join("../app/src"), &mut code);
        // keikka-core names the words of the files it writes (the report CSVs' headers).
        source_files(&device.join("../core/src"), &mut code);
        let unused: Vec<String> = message_ids(Locale::Fi)
            .into_iter()
            .filter(|id| !BUILT_FAMILIES.iter().any(|f| id.starts_with(f)))
            .filter(|id| !code.contains(&format!("\"{id}\"")))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    /// The participant's web build has only `keikka.ftl`: a participant's screen naming a
    /// message of `staff.ftl` would show its raw id there.
    #[test]
    fn the_participant_screens_name_no_message_of_the_supervisor_set() {
        let mut code = String::new();
        let device = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        source_files_except(&device.join("src"), Some("staff"), &mut code);
        source_files_except(&device.join("../app/src"), Some("staff"), &mut code);
        let named: Vec<String> = ids_in(include_str!("../../locales/fi/staff.ftl"))
            .into_iter()
            .filter(|id| code.contains(&format!("\"{id}\"")))
            .collect();
        assert!(
            named.is_empty(),
            "participant code names supervisor texts: {named:?}"
        );
    }

    #[test]
    fn a_missing_message_shows_its_id_instead_of_failing() {
        assert_eq!(
            Text::new(Locale::Sv).get("no-such-message"),
            "no-such-message"
        );
    }

    #[test]
    fn locale_ids_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_id(locale.id()), Some(locale));
            assert_eq!(locale.toggled_easy().toggled_easy(), locale);
        }
        assert_eq!(Locale::from_id("en"), None);
    }

    /// Words an easy-read reader should not meet: technical terms and abbreviations.
    const JARGON: [&str; 11] = [
        "synkronointi",
        "synkronoi",
        "synkronisering",
        "palvelin",
        "server",
        "ym.",
        "esim.",
        "jne.",
        "t.ex.",
        "bl.a.",
        "o.s.v.",
    ];
    /// Whole words only: "id" is also a part of ordinary words.
    const JARGON_WORDS: [&str; 3] = ["id", "url", "ok"];

    fn easy_texts() -> Vec<(Locale, String, String)> {
        let mut out = Vec::new();
        for locale in Locale::ALL.into_iter().filter(|l| l.is_easy_read()) {
            let text = Text::new(locale);
            for id in message_ids(locale) {
                // Placeables are filled with a one-word stand-in, as the screens fill them.
                let value = text.get_args(&id, &[("time", "12.00".into())]);
                // A benefit's one line (`.about`) is read as a sentence too.
                let about = text.attribute(&id, "about");
                if about != value {
                    out.push((locale, format!("{id}.about"), about));
                }
                out.push((locale, id, value));
            }
        }
        out
    }

    #[test]
    fn easy_read_sentences_have_at_most_twelve_words() {
        for (locale, id, value) in easy_texts() {
            for sentence in value.split(['.', '!', '?']) {
                let words = sentence.split_whitespace().count();
                assert!(
                    words <= 12,
                    "{} {id}: {words} words in {sentence:?}",
                    locale.id()
                );
            }
        }
    }

    #[test]
    fn easy_read_sets_use_no_jargon_or_abbreviations() {
        for (locale, id, value) in easy_texts() {
            let lower = value.to_lowercase();
            for word in JARGON {
                assert!(
                    !lower.contains(word),
                    "{} {id}: {word:?} in {value:?}",
                    locale.id()
                );
            }
            for word in lower.split(|c: char| !c.is_alphanumeric()) {
                assert!(
                    !JARGON_WORDS.contains(&word),
                    "{} {id}: {word:?} in {value:?}",
                    locale.id()
                );
            }
        }
    }
}
