//! Finnish banking days (*pankkipäivät*): pay due on any other day is paid on the one before.
//!
//! Banks in Finland pay out wages on weekdays, Monday to Friday, except on these days, when
//! the payment systems between banks are closed:
//!
//! - New Year's Day (*uudenvuodenpäivä*), 1 January, and Epiphany (*loppiainen*), 6 January;
//! - Good Friday (*pitkäperjantai*) and Easter Monday (*2. pääsiäispäivä*), Easter − 2 and + 1;
//! - May Day (*vappu*), 1 May, and Ascension Day (*helatorstai*), Easter + 39, a Thursday;
//! - Midsummer Eve (*juhannusaatto*), the Friday of 19–25 June;
//! - Independence Day (*itsenäisyyspäivä*), 6 December;
//! - Christmas Eve, Christmas Day and Boxing Day (*jouluaatto, joulupäivä, tapaninpäivä*),
//!   24–26 December.
//!
//! The other holidays always fall on a weekend (Easter Sunday, Whit Sunday, Midsummer Day is
//! the Saturday of 20–26 June, All Saints' Day the Saturday of 31 October – 6 November).
//! Maundy Thursday and New Year's Eve are banking days; banks only close early on them.
//!
//! **The rule.** When a pay day is not a banking day, the wage is paid on the banking day
//! before it ("jos palkanmaksupäivä ei ole pankkipäivä, palkka maksetaan edellisenä
//! pankkipäivänä"). In law: the Employment Contracts Act (työsopimuslaki 55/2001) chapter 2
//! § 16 makes the due date the nearest weekday before when pay falls due on a Sunday, a church
//! holiday, Independence Day, May Day, Christmas or Midsummer Eve or a weekday Saturday.
//!
//! Sources:
//! - Työsuojeluhallinto, "Palkanmaksu", <https://www.tyosuojelu.fi/fi/tyosuhde/palkka/palkanmaksu>
//!   (the Act's rule above, "palkan poikkeuksellinen erääntyminen").
//! - Tehy, Työelämäopas "Palkanmaksu", <https://www.tehy.fi/fi/tyoelamaopas/palkka/palkanmaksu>:
//!   a pay day that is not a banking day moves to the previous banking day.
//! - KVTES (municipal collective agreement) § 18, Kuntatyönantajat: pay due on a holiday, a
//!   Saturday or a weekday when the banks' payment systems are closed by the Bank of Finland's
//!   (Suomen Pankki) notice is due on the nearest earlier weekday.
//! - Handelsbanken Finland, "Handläggningstider",
//!   <https://www.handelsbanken.fi/sv/foretag/digitala-tjanster/filoverforing/handlaggningstider>:
//!   every weekday is a banking day except the Finnish church holidays, Independence Day,
//!   May Day and Christmas and Midsummer Eve; Maundy Thursday and New Year's Eve are short days.
//! - OP, customer service exceptions 2024 (op.fi): closed on exactly the days listed above;
//!   Maundy Thursday and New Year's Eve open until 13.00.
//! - Työttömyyskassa YTK (ytk.fi, ytkkassa.fi), payment days at Christmas: Christmas Eve, Christmas
//!   Day, Boxing Day, New Year's Day and Epiphany are not banking days.
//! - OP Media, "Mid-week holidays in 2025", <https://www.op-media.fi/en/mid-week-holidays-in-2025>:
//!   the eleven holidays that can fall on a weekday, always at least one on a weekend and at
//!   least seven on weekdays (checked below for 2000–2099).
//! - QuantLib's Finland calendar (`ql/time/calendars/finland.cpp`) lists the same days.
//!
//! Easter follows the anonymous Gregorian algorithm (Meeus, *Astronomical Algorithms*; also
//! known as the Meeus/Jones/Butcher algorithm). The calendar is today's; it is not meant for
//! dates long past, when some of these holidays were kept on other days.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Easter Sunday of `year` in the Gregorian calendar (the Finnish Evangelical Lutheran Church
/// keeps Western Easter).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c.div_euclid(4), c.rem_euclid(4));
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let n = h + l - 7 * m + 114;
    let month = u32::try_from(n.div_euclid(31)).ok()?;
    let day = u32::try_from(n.rem_euclid(31) + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Whether `date` is one of the holidays above (on a weekday or not): a day off for banks and,
/// with them, for work activity.
pub fn is_holiday(date: NaiveDate) -> bool {
    is_bank_holiday(date)
}

/// Whether `date` is a weekday on which Finnish banks do not pay (the list above).
fn is_bank_holiday(date: NaiveDate) -> bool {
    let (month, day) = (date.month(), date.day());
    let fixed = matches!(
        (month, day),
        (1, 1) | (1, 6) | (5, 1) | (12, 6) | (12, 24) | (12, 25) | (12, 26)
    );
    let midsummer_eve = month == 6 && (19..=25).contains(&day) && date.weekday() == Weekday::Fri;
    fixed
        || midsummer_eve
        || easter_sunday(date.year())
            .is_some_and(|easter| [-2, 1, 39].contains(&(date - easter).num_days()))
}

/// Whether banks in Finland pay out on `date`: Monday to Friday, bank holidays excepted.
pub fn is_banking_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_bank_holiday(date)
}

/// `date` when it is a banking day, otherwise the nearest banking day before it: the day a wage
/// due on `date` is paid.
pub fn on_or_before(date: NaiveDate) -> NaiveDate {
    step_to_banking_day(date, -1)
}

/// `date` when it is a banking day, otherwise the nearest banking day after it.
pub fn on_or_after(date: NaiveDate) -> NaiveDate {
    step_to_banking_day(date, 1)
}

/// At most five days in a row are not banking days (Christmas Eve on a Wednesday to the
/// Sunday), so a week's search always ends on one.
fn step_to_banking_day(date: NaiveDate, step: i64) -> NaiveDate {
    let mut day = date;
    for _ in 0..7 {
        if is_banking_day(day) {
            return day;
        }
        match day.checked_add_signed(Duration::days(step)) {
            Some(next) => day = next,
            None => break,
        }
    }
    date
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn easter_falls_on_the_known_sundays() {
        for (year, easter) in [
            (2008, "2008-03-23"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter_sunday(year), Some(day(easter)), "{year}");
            assert_eq!(day(easter).weekday(), Weekday::Sun);
        }
    }

    #[test]
    fn every_year_has_seven_to_ten_weekday_bank_holidays() {
        // Good Friday, Easter Monday, Ascension Day and Midsummer Eve are always weekdays; of
        // the seven fixed dates, at least one and at most four fall on a weekend.
        for year in 2000..2100 {
            let mut date = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            let mut holidays = 0;
            while date.year() == year {
                if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_banking_day(date) {
                    holidays += 1;
                }
                date = date.succ_opt().unwrap();
            }
            assert!((7..=10).contains(&holidays), "{year}: {holidays}");
            let easter = easter_sunday(year).unwrap();
            assert_eq!((easter - Duration::days(2)).weekday(), Weekday::Fri);
            assert_eq!((easter + Duration::days(39)).weekday(), Weekday::Thu);
        }
    }

    #[test]
    fn the_bank_holidays_of_2026_are_not_banking_days() {
        // 2026: Easter 5.4., Ascension 14.5., Midsummer Eve 19.6.
        for holiday in [
            "2026-01-01", // New Year's Day, Thursday
            "2026-01-06", // Epiphany, Tuesday
            "2026-04-03", // Good Friday
            "2026-04-06", // Easter Monday
            "2026-05-01", // May Day, Friday
            "2026-05-14", // Ascension Day
            "2026-06-19", // Midsummer Eve
            "2026-12-24", // Christmas Eve, Thursday
            "2026-12-25", // Christmas Day, Friday
        ] {
            let date = day(holiday);
            assert!(!matches!(date.weekday(), Weekday::Sat | Weekday::Sun));
            assert!(!is_banking_day(date), "{holiday}");
        }
        // Independence Day on a weekday (2025: Saturday, 2027: Monday).
        assert!(!is_banking_day(day("2027-12-06")));
        assert!(!is_banking_day(day("2026-12-26")), "Boxing Day, a Saturday");
        assert!(
            !is_banking_day(day("2026-06-20")),
            "Midsummer Day, a Saturday"
        );
    }

    #[test]
    fn ordinary_weekdays_maundy_thursday_and_new_year_s_eve_are_banking_days() {
        for banking in [
            "2026-04-02", // Maundy Thursday
            "2026-04-07", // the Tuesday after Easter
            "2026-05-13", // the day before Ascension
            "2026-06-18", // the Thursday before Midsummer Eve
            "2026-06-22", // the Monday after Midsummer
            "2026-12-23",
            "2026-12-31", // New Year's Eve
            "2027-01-05",
            "2026-01-05",
        ] {
            assert!(is_banking_day(day(banking)), "{banking}");
        }
        // A Friday on the 19th–25th of another month is no Midsummer Eve.
        assert!(is_banking_day(day("2026-07-24")));
    }

    #[test]
    fn a_day_that_is_not_a_banking_day_moves_to_the_banking_day_before_it() {
        // New Year's Day 2027, a Friday: paid on Thursday 31.12.2026, a month and a year earlier.
        assert_eq!(on_or_before(day("2027-01-01")), day("2026-12-31"));
        assert_eq!(on_or_before(day("2027-01-02")), day("2026-12-31"));
        // Easter 2026: Good Friday to Easter Monday.
        assert_eq!(on_or_before(day("2026-04-06")), day("2026-04-02"));
        // Christmas 2026: Thursday 24. to Sunday 27.
        assert_eq!(on_or_before(day("2026-12-27")), day("2026-12-23"));
        assert_eq!(on_or_after(day("2026-12-24")), day("2026-12-28"));
        // The longest run: Christmas Eve 2025 on a Wednesday to Sunday 28.12.
        assert_eq!(on_or_before(day("2025-12-28")), day("2025-12-23"));
        assert_eq!(on_or_after(day("2025-12-24")), day("2025-12-29"));
        assert_eq!(on_or_before(day("2026-06-21")), day("2026-06-18"));
        assert_eq!(on_or_before(day("2026-03-16")), day("2026-03-16"));
    }
}
