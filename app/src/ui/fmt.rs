//! Text in the person's language: fluent messages, euros, dates and times, hours of work.

use crate::text::{FluentValue, Locale, Text};
use chrono::{Datelike, NaiveDate, Timelike};
use keikka_core::benefit::Month;
use keikka_core::{Cents, Minutes, Timestamp};
use std::rc::Rc;

/// The four message sets, loaded once per app.
pub struct Texts([Text; 4]);

impl Texts {
    pub fn load() -> Texts {
        Texts(Locale::ALL.map(Text::new))
    }

    fn get(&self, locale: Locale) -> &Text {
        let i = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        &self.0[i]
    }
}

/// The messages and formats of one locale, cheap to clone into components.
#[derive(Clone)]
pub struct Tr {
    texts: Rc<Texts>,
    pub locale: Locale,
}

impl PartialEq for Tr {
    fn eq(&self, other: &Tr) -> bool {
        self.locale == other.locale && Rc::ptr_eq(&self.texts, &other.texts)
    }
}

impl Tr {
    pub fn new(texts: Rc<Texts>, locale: Locale) -> Tr {
        Tr { texts, locale }
    }

    fn text(&self) -> &Text {
        self.texts.get(self.locale)
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.text().get(id)
    }

    /// The message `id` with named values: formatted text, or numbers for plural forms.
    pub fn ta(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        one_full_stop(self.text().get_args(id, args))
    }

    /// The attribute `.name` of message `id`, or the message itself where the set has none.
    pub fn attribute(&self, id: &str, name: &str) -> String {
        self.text().attribute(id, name)
    }

    /// The kind sentence for a domain refusal.
    pub fn reason(&self, reason: &keikka_core::DomainError) -> String {
        self.text().reason(reason)
    }

    pub fn easy(&self) -> bool {
        self.locale.is_easy_read()
    }

    /// "30 €", "30,50 €"; easy-read says "30 euroa". Negative amounts keep a real minus sign.
    pub fn money(&self, amount: Cents) -> String {
        self.ta("money", &[("amount", number(amount).into())])
    }

    /// An amount of money without its sign, for sentences that say "falls by".
    pub fn money_abs(&self, amount: Cents) -> String {
        self.money(Cents(amount.0.abs()))
    }

    /// "lauantai 28.3." (the year when it is not `this_year`).
    pub fn date(&self, date: NaiveDate, this_year: i32) -> String {
        let weekday = self.t(&format!("weekday-{}", date.weekday().number_from_monday()));
        let day = self.day(date, this_year);
        self.ta("date", &[("weekday", weekday.into()), ("day", day.into())])
    }

    /// "perjantaina 27.3.": a date as the day something happens on (the Finnish essive;
    /// Swedish says "fredag 27.3.").
    pub fn date_on(&self, date: NaiveDate, this_year: i32) -> String {
        self.ta(
            "date-on",
            &[
                ("weekday", date.weekday().number_from_monday().into()),
                ("day", self.day(date, this_year).into()),
            ],
        )
    }

    fn day(&self, date: NaiveDate, this_year: i32) -> String {
        if date.year() == this_year && !self.easy() {
            format!("{}.{}.", date.day(), date.month())
        } else {
            format!("{}.{}.{}", date.day(), date.month(), date.year())
        }
    }

    /// "16.2.2026": a date as a point in a rule's life (from when a figure holds, a source's
    /// date), without a weekday.
    pub fn plain_date(&self, date: NaiveDate) -> String {
        format!("{}.{}.{}", date.day(), date.month(), date.year())
    }

    /// "lauantai 28.3.2026": always with the year, for documents kept for years.
    pub fn date_with_year(&self, date: NaiveDate) -> String {
        self.date(date, i32::MIN)
    }

    /// "9.00": Finnish and Finland-Swedish both write the hour and minutes with a dot.
    pub fn clock(&self, at: Timestamp) -> String {
        format!("{}.{:02}", at.hour(), at.minute())
    }

    /// "lauantai 28.3. klo 9.00–12.00"; over several days "ma 30.3. klo 9.00 – ti 31.3. klo
    /// 12.00". Both instants are already in the reader's time zone.
    pub fn when(&self, starts: Timestamp, ends: Timestamp, this_year: i32) -> String {
        let date = self.date(starts.date_naive(), this_year);
        if ends.date_naive() != starts.date_naive() {
            return self.ta(
                "task-when-days",
                &[
                    ("date", date.into()),
                    ("start", self.clock(starts).into()),
                    ("end-date", self.date(ends.date_naive(), this_year).into()),
                    ("end", self.clock(ends).into()),
                ],
            );
        }
        self.ta(
            "task-when",
            &[
                ("date", date.into()),
                ("start", self.clock(starts).into()),
                ("end", self.clock(ends).into()),
            ],
        )
    }

    /// "maaliskuu 2026" / "mars 2026".
    pub fn month(&self, month: Month) -> String {
        let first = month.first_day();
        self.ta(
            "month-name",
            &[
                ("month", self.t(&format!("month-{}", first.month())).into()),
                ("year", first.year().to_string().into()),
            ],
        )
    }

    /// "maaliskuussa 2026" / "i mars 2026": a month as the time something happens in.
    pub fn month_in(&self, month: Month) -> String {
        self.month_case("month-in", month)
    }

    /// "maaliskuusta 2026 alkaen" / "från och med mars 2026": a month something starts from.
    pub fn month_from(&self, month: Month) -> String {
        self.month_case("month-from", month)
    }

    fn month_case(&self, id: &str, month: Month) -> String {
        let first = month.first_day();
        self.ta(
            id,
            &[
                ("month", first.month().into()),
                ("year", first.year().to_string().into()),
            ],
        )
    }

    /// A benefit's name as `benefit` (the subject that starts a sentence: "Työmarkkinatuki",
    /// "Arbetsmarknadsstödet", easy-read "Työmarkkinatukesi") and `benefit-mid` (the same
    /// inside a sentence), so no sentence glues a title-case name into its middle.
    pub fn benefit_args(&self, id: &str) -> [(&'static str, FluentValue<'static>); 2] {
        self.name_args(id, "benefit", "benefit-mid")
    }

    /// [`Tr::benefit_args`] under the names `pension` and `pension-mid`.
    pub fn pension_args(&self, id: &str) -> [(&'static str, FluentValue<'static>); 2] {
        self.name_args(id, "pension", "pension-mid")
    }

    fn name_args(
        &self,
        id: &str,
        subject: &'static str,
        mid: &'static str,
    ) -> [(&'static str, FluentValue<'static>); 2] {
        [
            (subject, self.attribute(id, "subject").into()),
            (mid, self.attribute(id, "mid").into()),
        ]
    }

    /// "2 h 30 min"; easy-read says "2 tuntia 30 minuuttia".
    pub fn duration(&self, minutes: Minutes) -> String {
        let (h, m) = (minutes.0 / 60, minutes.0 % 60);
        match (h, m) {
            (0, m) => self.ta("duration-minutes", &[("minutes", m.into())]),
            (h, 0) => self.ta("duration-hours", &[("hours", h.into())]),
            (h, m) => self.ta(
                "duration-hours-minutes",
                &[("hours", h.into()), ("minutes", m.into())],
            ),
        }
    }
}

/// Euros with a decimal comma, cents only when there are any, and a space between thousands:
/// "1 200", "30,50", "−15".
pub fn number(amount: Cents) -> String {
    let cents = amount.0.unsigned_abs();
    let (euros, rest) = (cents / 100, cents % 100);
    let digits = euros.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            // A no-break space keeps "1 200" on one line.
            grouped.push('\u{a0}');
        }
        grouped.push(c);
    }
    let sign = if amount.0 < 0 { "\u{2212}" } else { "" };
    if rest == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{rest:02}")
    }
}

/// A date of this year is written "1.12." and a sentence may end right after it: the two full
/// stops that make ("tallennettu tiistai 1.12..") are one.
fn one_full_stop(text: String) -> String {
    // The screen tests mark where each message starts and ends; a mark between the two full
    // stops must not hide them from each other.
    let transparent = |c: char| ('\u{E000}'..='\u{E001}').contains(&c);
    let chars: Vec<char> = text.chars().collect();
    if !text.contains('.') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut previous = ' ';
    let mut skip_next_stop = false;
    for (i, &c) in chars.iter().enumerate() {
        if transparent(c) {
            out.push(c);
            continue;
        }
        if c == '.' && skip_next_stop {
            skip_next_stop = false;
            previous = '.';
            continue;
        }
        skip_next_stop = false;
        if c == '.' && previous.is_ascii_digit() {
            let next = chars[i + 1..].iter().find(|c| !transparent(**c));
            skip_next_stop = next == Some(&'.');
        }
        out.push(c);
        previous = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_ending_in_this_years_date_has_one_full_stop() {
        let day: NaiveDate = "2026-12-01".parse().unwrap();
        for (locale, want) in [
            (Locale::Fi, "Annoit luvan tiistai 1.12."),
            (Locale::Sv, "Du gav tillstånd tisdag 1.12."),
        ] {
            let tr = tr(locale);
            let date = tr.date(day, 2026);
            assert_eq!(tr.ta("me-consent-yes", &[("date", date.into())]), want);
        }
        assert_eq!(one_full_stop("Odota... 3.".into()), "Odota... 3.");
    }

    fn tr(locale: Locale) -> Tr {
        Tr::new(Rc::new(Texts::load()), locale)
    }

    /// Every month and weekday in the case a sentence needs: "maaliskuussa", "maaliskuusta …
    /// alkaen", "perjantaina"; Swedish with its preposition. Easy-read uses the same forms.
    #[test]
    fn months_and_weekdays_take_the_case_their_sentence_needs() {
        let fi_in = [
            "tammikuussa",
            "helmikuussa",
            "maaliskuussa",
            "huhtikuussa",
            "toukokuussa",
            "kesäkuussa",
            "heinäkuussa",
            "elokuussa",
            "syyskuussa",
            "lokakuussa",
            "marraskuussa",
            "joulukuussa",
        ];
        let fi_from = [
            "tammikuusta",
            "helmikuusta",
            "maaliskuusta",
            "huhtikuusta",
            "toukokuusta",
            "kesäkuusta",
            "heinäkuusta",
            "elokuusta",
            "syyskuusta",
            "lokakuusta",
            "marraskuusta",
            "joulukuusta",
        ];
        let sv = [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ];
        for n in 1..=12 {
            let month: Month = format!("2027-{n:02}").parse().unwrap();
            let i = n as usize - 1;
            for locale in [Locale::Fi, Locale::FiEasy] {
                assert_eq!(tr(locale).month_in(month), format!("{} 2027", fi_in[i]));
                assert_eq!(
                    tr(locale).month_from(month),
                    format!("{} 2027 alkaen", fi_from[i])
                );
            }
            for locale in [Locale::Sv, Locale::SvEasy] {
                assert_eq!(tr(locale).month_in(month), format!("i {} 2027", sv[i]));
                assert_eq!(
                    tr(locale).month_from(month),
                    format!("från och med {} 2027", sv[i])
                );
            }
        }
        let fi_on = [
            "maanantaina",
            "tiistaina",
            "keskiviikkona",
            "torstaina",
            "perjantaina",
            "lauantaina",
            "sunnuntaina",
        ];
        // Swedish says the day of a date in its definite form: "tisdagen den 31.3.".
        let sv_on = [
            "måndagen den",
            "tisdagen den",
            "onsdagen den",
            "torsdagen den",
            "fredagen den",
            "lördagen den",
            "söndagen den",
        ];
        // 1.3.2027 is a Monday.
        for d in 0..7 {
            let date = NaiveDate::from_ymd_opt(2027, 3, 1 + d).unwrap();
            let i = d as usize;
            assert_eq!(
                tr(Locale::Fi).date_on(date, 2027),
                format!("{} {}.3.", fi_on[i], 1 + d)
            );
            assert_eq!(
                tr(Locale::FiEasy).date_on(date, 2027),
                format!("{} {}.3.2027", fi_on[i], 1 + d)
            );
            assert_eq!(
                tr(Locale::Sv).date_on(date, 2027),
                format!("{} {}.3.", sv_on[i], 1 + d)
            );
            assert_eq!(
                tr(Locale::SvEasy).date_on(date, 2027),
                format!("{} {}.3.2027", sv_on[i], 1 + d)
            );
        }
        // A sentence ending in this year's date has one full stop.
        let tuesday = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(
            tr(Locale::Fi).ta(
                "me-consent-yes",
                &[("date", tr(Locale::Fi).date_on(tuesday, 2026).into())]
            ),
            "Annoit luvan tiistaina 1.12."
        );
    }

    #[test]
    fn euros_have_a_decimal_comma_grouped_thousands_and_a_real_minus() {
        assert_eq!(number(Cents(3000)), "30");
        assert_eq!(number(Cents(3050)), "30,50");
        assert_eq!(number(Cents(5)), "0,05");
        assert_eq!(number(Cents(120_000)), "1\u{a0}200");
        assert_eq!(number(Cents(-1500)), "\u{2212}15");
        assert_eq!(number(Cents(123_456_789)), "1\u{a0}234\u{a0}567,89");
    }

    #[test]
    fn money_says_euros_in_each_set() {
        assert_eq!(tr(Locale::Fi).money(Cents(3000)), "30\u{a0}€");
        assert_eq!(tr(Locale::Sv).money(Cents(3050)), "30,50\u{a0}€");
        assert_eq!(tr(Locale::FiEasy).money(Cents(3000)), "30\u{a0}euroa");
        assert_eq!(tr(Locale::SvEasy).money(Cents(3000)), "30\u{a0}euro");
    }

    #[test]
    fn dates_name_the_weekday_and_easy_read_always_gives_the_year() {
        let date: NaiveDate = "2026-03-28".parse().unwrap();
        assert_eq!(tr(Locale::Fi).date(date, 2026), "lauantai 28.3.");
        assert_eq!(tr(Locale::Fi).date(date, 2027), "lauantai 28.3.2026");
        assert_eq!(tr(Locale::Sv).date(date, 2026), "lördag 28.3.");
        assert_eq!(tr(Locale::FiEasy).date(date, 2026), "lauantai 28.3.2026");
    }

    #[test]
    fn a_task_over_two_days_names_both_days() {
        let at = |s: &str| -> Timestamp { s.parse().unwrap() };
        assert_eq!(
            tr(Locale::Fi).when(
                at("2026-03-28T09:00:00+02:00"),
                at("2026-03-28T12:00:00+02:00"),
                2026
            ),
            "lauantai 28.3. klo 9.00–12.00"
        );
        assert_eq!(
            tr(Locale::Fi).when(
                at("2026-03-28T09:00:00+02:00"),
                at("2026-03-29T12:00:00+03:00"),
                2026
            ),
            "lauantai 28.3. klo 9.00 – sunnuntai 29.3. klo 12.00"
        );
    }

    #[test]
    fn durations_read_as_hours_and_minutes() {
        assert_eq!(tr(Locale::Fi).duration(Minutes(150)), "2 h 30 min");
        assert_eq!(tr(Locale::Fi).duration(Minutes(120)), "2 h");
        assert_eq!(
            tr(Locale::FiEasy).duration(Minutes(150)),
            "2 tuntia 30 minuuttia"
        );
        assert_eq!(tr(Locale::Sv).duration(Minutes(45)), "45 min");
    }
}
