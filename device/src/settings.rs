//! What a person chose for this device: the language, easy-read and the text size.

use crate::text::Locale;
use serde::{Deserialize, Serialize};

/// The device's settings, kept in its store so they survive a reload or a restart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language and whether it is the easy-read form.
    pub locale: Locale,
    pub text_size: TextSize,
    /// The read-aloud button in the standard mode too (easy-read always has it). Settings
    /// saved before it existed read as off.
    #[serde(default)]
    pub read_aloud: bool,
}

impl Settings {
    /// First start: the language the browser or system asks for when it is Swedish, else
    /// Finnish (the majority language of the units using Keikka).
    pub fn for_language(preferred: Option<&str>) -> Settings {
        let swedish = preferred.is_some_and(|l| l.to_ascii_lowercase().starts_with("sv"));
        Settings {
            locale: if swedish { Locale::Sv } else { Locale::Fi },
            text_size: TextSize::Normal,
            read_aloud: false,
        }
    }
}

/// How much larger than the platform's default text the app draws. Easy-read adds its own step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    Normal,
    Large,
    Larger,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::Normal,
        TextSize::Large,
        TextSize::Larger,
        TextSize::Largest,
    ];

    /// The root font size as a percentage of the platform's default.
    pub const fn percent(self) -> u16 {
        match self {
            TextSize::Normal => 100,
            TextSize::Large => 125,
            TextSize::Larger => 150,
            TextSize::Largest => 200,
        }
    }

    /// The fluent message id naming this size.
    pub const fn message_id(self) -> &'static str {
        match self {
            TextSize::Normal => "me-text-size-normal",
            TextSize::Large => "me-text-size-large",
            TextSize::Larger => "me-text-size-larger",
            TextSize::Largest => "me-text-size-largest",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swedish_browser_starts_in_swedish_and_anything_else_in_finnish() {
        assert_eq!(Settings::for_language(Some("sv-FI")).locale, Locale::Sv);
        assert_eq!(Settings::for_language(Some("SV")).locale, Locale::Sv);
        assert_eq!(Settings::for_language(Some("fi-FI")).locale, Locale::Fi);
        assert_eq!(Settings::for_language(Some("en-GB")).locale, Locale::Fi);
        assert_eq!(Settings::for_language(None).locale, Locale::Fi);
    }

    #[test]
    fn settings_round_trip_through_json_with_the_locale_id() {
        let s = Settings {
            locale: Locale::SvEasy,
            text_size: TextSize::Larger,
            read_aloud: true,
        };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"{"locale":"sv-x-lattlast","text_size":"larger","read_aloud":true}"#
        );
        assert_eq!(serde_json::from_str::<Settings>(&json).unwrap(), s);
        // Saved before read-aloud existed: off.
        let old: Settings =
            serde_json::from_str(r#"{"locale":"fi","text_size":"normal"}"#).unwrap();
        assert!(!old.read_aloud);
        assert!(
            serde_json::from_str::<Settings>(r#"{"locale":"en","text_size":"normal"}"#).is_err()
        );
    }
}
