//! When a unit pays: its pay calendar (*palkanmaksupäivä*), which decides the month a task's
//! pay counts in for benefits (the month it is paid, DOMAIN.md §2.5). A pay day that is not a
//! banking day is paid on the banking day before it ([`crate::bank_days`]).

use crate::bank_days;
use crate::error::DomainError;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// How the unit's employer of record pays the participants' work. "Paid on the day worked" is
/// almost never true, so every expected payment date comes from here.
///
/// Each calendar names a day the pay falls due; a due day that is not a Finnish banking day is
/// paid on the banking day before it ([`bank_days`]), which can be in the month before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PayCalendar {
    /// A month's work on a fixed day of the next month (e.g. the 15th); a day the month does
    /// not have is its last day.
    NextMonthOnDay { day: u8 },
    /// Every second week on the weekday of `first` (e.g. every second Friday, one of them
    /// 2.1.2026; any pay day of the rhythm will do, before or after the work): work is paid on
    /// the first pay day at least `after_days` days after it.
    EverySecondWeek { first: NaiveDate, after_days: u8 },
    /// Exactly `days` days (at least one) after the supervisor's approval.
    DaysAfterApproval { days: u8 },
}

/// A fortnightly calendar's first pay day is at most this many days after the day it is set…
const FIRST_AT_MOST_DAYS_AHEAD: i64 = 366;

/// …and in this year or later.
const FIRST_NOT_BEFORE_YEAR: i32 = 2000;

impl PayCalendar {
    /// Payment may lag the work (or the approval) by at most this long: beyond it is a typing
    /// error.
    pub const MAX_DAYS: u8 = 60;

    /// The fewest days after approval a [`PayCalendar::DaysAfterApproval`] may have: "0 days"
    /// would be the day of the approval, which no payroll pays on.
    pub const MIN_DAYS_AFTER_APPROVAL: u8 = 1;

    /// The earliest first pay day a fortnightly calendar may have.
    pub fn earliest_first_pay_day() -> NaiveDate {
        NaiveDate::from_ymd_opt(FIRST_NOT_BEFORE_YEAR, 1, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The latest first pay day a fortnightly calendar set on `today` may have.
    pub fn latest_first_pay_day(today: NaiveDate) -> NaiveDate {
        today + Duration::days(FIRST_AT_MOST_DAYS_AHEAD)
    }

    /// Refuses a calendar no unit could have. `today`: the day it is set; the first pay day of
    /// a fortnightly calendar may be any earlier day from 2000 on (it only fixes the rhythm) but
    /// at most a year ahead, or every pay day before it would be that far day.
    pub fn validate(&self, today: NaiveDate) -> Result<(), DomainError> {
        let invalid = |problem| DomainError::invalid("pay_calendar", problem);
        match *self {
            PayCalendar::NextMonthOnDay { day } if !(1..=31).contains(&day) => {
                Err(invalid("day_out_of_range"))
            }
            PayCalendar::EverySecondWeek { after_days, .. } if after_days > Self::MAX_DAYS => {
                Err(invalid("too_many_days"))
            }
            PayCalendar::DaysAfterApproval { days } if days > Self::MAX_DAYS => {
                Err(invalid("too_many_days"))
            }
            PayCalendar::DaysAfterApproval { days } if days < Self::MIN_DAYS_AFTER_APPROVAL => {
                Err(invalid("too_few_days"))
            }
            PayCalendar::EverySecondWeek { first, .. }
                if first < Self::earliest_first_pay_day()
                    || first > Self::latest_first_pay_day(today) =>
            {
                Err(invalid("date_out_of_range"))
            }
            _ => Ok(()),
        }
    }

    /// The day work done on `worked_on` is paid: the day it falls due, or the banking day
    /// before it when it is not one. `approved_on`: the day of the supervisor's approval when
    /// there is one; before it, approval is expected on the day of the work.
    ///
    /// Pay is never paid before the work (or the approval it waits for): when the banking day
    /// before would be, the pay comes on the next pay day instead (the next month's or
    /// fortnight's; after an approval, the first banking day from it).
    pub fn pay_day(&self, worked_on: NaiveDate, approved_on: Option<NaiveDate>) -> NaiveDate {
        let due = self.due_day(worked_on, approved_on);
        let earliest = self.earliest_pay_day(worked_on, approved_on);
        let paid = bank_days::on_or_before(due);
        if paid >= earliest {
            return paid;
        }
        match *self {
            PayCalendar::NextMonthOnDay { day } => {
                bank_days::on_or_before(day_of_next_month(due, day))
            }
            PayCalendar::EverySecondWeek { .. } => {
                bank_days::on_or_before(due + Duration::days(14))
            }
            PayCalendar::DaysAfterApproval { .. } => bank_days::on_or_after(earliest),
        }
    }

    /// The day the calendar itself names for the work, banking day or not.
    fn due_day(&self, worked_on: NaiveDate, approved_on: Option<NaiveDate>) -> NaiveDate {
        match *self {
            PayCalendar::NextMonthOnDay { day } => day_of_next_month(worked_on, day),
            PayCalendar::EverySecondWeek { first, after_days } => {
                let earliest = worked_on + Duration::days(i64::from(after_days));
                // The first pay day on or after `earliest`: `first` plus (or minus) whole
                // fortnights. `first` only fixes the rhythm, which runs both ways: a first pay
                // day typed a year ahead must not hold back every pay until then.
                let fortnights = (earliest - first).num_days().div_euclid(14)
                    + i64::from((earliest - first).num_days().rem_euclid(14) != 0);
                first + Duration::days(14 * fortnights)
            }
            PayCalendar::DaysAfterApproval { days } => {
                self.earliest_pay_day(worked_on, approved_on) + Duration::days(i64::from(days))
            }
        }
    }

    /// The earliest day the work can be paid: the day of the work, or of its approval for a
    /// calendar that counts from the approval.
    fn earliest_pay_day(&self, worked_on: NaiveDate, approved_on: Option<NaiveDate>) -> NaiveDate {
        match self {
            PayCalendar::DaysAfterApproval { .. } => {
                approved_on.unwrap_or(worked_on).max(worked_on)
            }
            _ => worked_on,
        }
    }

    /// The weekday pay days fall on, for a calendar paid every second week.
    pub fn weekday(&self) -> Option<Weekday> {
        match self {
            PayCalendar::EverySecondWeek { first, .. } => Some(first.weekday()),
            _ => None,
        }
    }
}

/// Day `day` of the month after `date`'s, or that month's last day when it is shorter.
fn day_of_next_month(date: NaiveDate, day: u8) -> NaiveDate {
    let next = date
        .with_day(1)
        .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
        .unwrap_or(date);
    let last = next
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .map_or(28, |d| d.day());
    next.with_day(u32::from(day).min(last)).unwrap_or(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn next_month_on_a_fixed_day_moves_december_work_into_january() {
        let calendar = PayCalendar::NextMonthOnDay { day: 15 };
        assert_eq!(calendar.pay_day(day("2026-12-03"), None), day("2027-01-15"));
        assert_eq!(calendar.pay_day(day("2026-12-31"), None), day("2027-01-15"));
        // The 31st of a 28-day month is its last day (Friday 28.2.2025)…
        let end = PayCalendar::NextMonthOnDay { day: 31 };
        assert_eq!(end.pay_day(day("2025-01-10"), None), day("2025-02-28"));
        // …or the banking day before it: Sunday 28.2.2027 is paid on Friday 26.2.
        assert_eq!(end.pay_day(day("2027-01-10"), None), day("2027-02-26"));
    }

    #[test]
    fn every_second_week_pays_on_the_first_pay_day_far_enough_after_the_work() {
        let calendar = PayCalendar::EverySecondWeek {
            first: day("2026-01-02"),
            after_days: 7,
        };
        // 2.1., 16.1., 30.1. … are pay days.
        assert_eq!(calendar.pay_day(day("2026-01-05"), None), day("2026-01-16"));
        assert_eq!(calendar.pay_day(day("2026-01-09"), None), day("2026-01-16"));
        assert_eq!(calendar.pay_day(day("2026-01-10"), None), day("2026-01-30"));
        assert_eq!(calendar.pay_day(day("2025-12-20"), None), day("2026-01-02"));
        assert_eq!(calendar.weekday(), Some(Weekday::Fri));
        // The rhythm runs back from `first` too: a first pay day typed a year ahead does not
        // hold back December's pay until then.
        let typed_ahead = PayCalendar::EverySecondWeek {
            first: day("2027-12-03"),
            after_days: 7,
        };
        let the_same = PayCalendar::EverySecondWeek {
            first: day("2026-12-04"),
            after_days: 7,
        };
        for worked in ["2026-12-01", "2026-12-10", "2026-12-20"] {
            assert_eq!(
                typed_ahead.pay_day(day(worked), None),
                the_same.pay_day(day(worked), None),
                "{worked}"
            );
        }
        assert_eq!(
            typed_ahead.pay_day(day("2026-12-01"), None),
            day("2026-12-18")
        );
    }

    #[test]
    fn days_after_approval_count_from_the_approval_once_there_is_one() {
        let calendar = PayCalendar::DaysAfterApproval { days: 14 };
        assert_eq!(calendar.pay_day(day("2026-11-20"), None), day("2026-12-04"));
        assert_eq!(
            calendar.pay_day(day("2026-11-20"), Some(day("2026-11-25"))),
            day("2026-12-09")
        );
    }

    #[test]
    fn impossible_calendars_are_refused() {
        let today = day("2026-12-01");
        assert!(
            PayCalendar::NextMonthOnDay { day: 0 }
                .validate(today)
                .is_err()
        );
        assert!(
            PayCalendar::NextMonthOnDay { day: 32 }
                .validate(today)
                .is_err()
        );
        assert!(
            PayCalendar::DaysAfterApproval { days: 200 }
                .validate(today)
                .is_err()
        );
        assert!(
            PayCalendar::NextMonthOnDay { day: 15 }
                .validate(today)
                .is_ok()
        );
        let fortnightly = |first: &str| PayCalendar::EverySecondWeek {
            first: day(first),
            after_days: 7,
        };
        assert!(fortnightly("2024-01-05").validate(today).is_ok());
        assert!(fortnightly("2027-12-01").validate(today).is_ok());
        assert!(fortnightly("2027-12-03").validate(today).is_err());
        assert!(fortnightly("1999-12-31").validate(today).is_err());
        assert_eq!(
            PayCalendar::latest_first_pay_day(today),
            day("2027-12-02"),
            "the last day the form lets through"
        );
        assert!(fortnightly("2027-12-02").validate(today).is_ok());
    }

    #[test]
    fn zero_days_after_approval_is_refused() {
        let today = day("2026-12-01");
        assert_eq!(
            PayCalendar::DaysAfterApproval { days: 0 }.validate(today),
            Err(DomainError::invalid("pay_calendar", "too_few_days"))
        );
        for days in [1, 14, PayCalendar::MAX_DAYS] {
            assert!(
                PayCalendar::DaysAfterApproval { days }
                    .validate(today)
                    .is_ok()
            );
        }
        let fortnightly = PayCalendar::EverySecondWeek {
            first: day("2026-12-04"),
            after_days: 0,
        };
        assert!(fortnightly.validate(today).is_ok(), "work on a pay day");
    }

    /// The reviewer's cases: each pay day was a weekend or New Year's Day.
    #[test]
    fn a_pay_day_on_a_weekend_or_holiday_is_paid_on_the_banking_day_before() {
        // Every second Friday from 4.12.2026: 18.12., 1.1.2027 (New Year's Day) … The pay due
        // on 1.1. is paid on Thursday 31.12.2026 and counts as December income.
        let fortnightly = PayCalendar::EverySecondWeek {
            first: day("2026-12-04"),
            after_days: 7,
        };
        let paid = fortnightly.pay_day(day("2026-12-20"), None);
        assert_eq!(paid, day("2026-12-31"));
        assert_eq!((paid.year(), paid.month()), (2026, 12));
        assert_eq!(
            fortnightly.pay_day(day("2026-12-08"), None),
            day("2026-12-18")
        );
        // The 2nd of the next month: Saturday 2.1.2027, and Friday 1.1. is New Year's Day.
        let second = PayCalendar::NextMonthOnDay { day: 2 };
        assert_eq!(second.pay_day(day("2026-12-10"), None), day("2026-12-31"));
        assert_eq!(second.pay_day(day("2026-12-31"), None), day("2026-12-31"));
        // The 31st: Sunday 31.1.2027 is paid on Friday 29.1.
        let last = PayCalendar::NextMonthOnDay { day: 31 };
        assert_eq!(last.pay_day(day("2026-12-10"), None), day("2027-01-29"));
    }

    #[test]
    fn midsummer_christmas_and_easter_move_the_pay_day_earlier() {
        let on =
            |d: u8, worked: &str| PayCalendar::NextMonthOnDay { day: d }.pay_day(day(worked), None);
        // Midsummer 2026: Eve Friday 19.6., Midsummer Day Saturday 20.6.
        assert_eq!(on(19, "2026-05-20"), day("2026-06-18"));
        assert_eq!(on(20, "2026-05-20"), day("2026-06-18"));
        assert_eq!(on(22, "2026-05-20"), day("2026-06-22"), "Monday after");
        let fortnightly = PayCalendar::EverySecondWeek {
            first: day("2026-06-05"),
            after_days: 7,
        };
        assert_eq!(
            fortnightly.pay_day(day("2026-06-08"), None),
            day("2026-06-18")
        );
        // Christmas 2026: Thursday 24.12. to Sunday 27.12.; paid on Wednesday 23.12.
        for d in [24, 25, 26, 27] {
            assert_eq!(on(d, "2026-11-05"), day("2026-12-23"), "{d}");
        }
        let after = PayCalendar::DaysAfterApproval { days: 14 };
        assert_eq!(
            after.pay_day(day("2026-12-08"), Some(day("2026-12-10"))),
            day("2026-12-23")
        );
        // Easter 2026: Good Friday 3.4. to Easter Monday 6.4.; Maundy Thursday is a banking day.
        for d in [2, 3, 4, 5, 6] {
            assert_eq!(on(d, "2026-03-10"), day("2026-04-02"), "{d}");
        }
        assert_eq!(on(7, "2026-03-10"), day("2026-04-07"));
        // Ascension Day, Thursday 14.5.2026; May Day, Friday 1.5.2026.
        assert_eq!(on(14, "2026-04-10"), day("2026-05-13"));
        assert_eq!(on(1, "2026-04-10"), day("2026-04-30"));
        // Independence Day, Monday 6.12.2027; Epiphany, Tuesday 6.1.2026.
        assert_eq!(on(6, "2027-11-10"), day("2027-12-03"));
        assert_eq!(on(6, "2025-12-10"), day("2026-01-05"));
    }

    #[test]
    fn pay_never_comes_before_the_work_or_the_approval_it_waits_for() {
        // The 1st of the next month for work on Saturday 31.12.2022: 1.1.2023 is a Sunday and
        // Friday 30.12. is before the work, so the pay comes on the next pay day, 1.2.2023.
        let first = PayCalendar::NextMonthOnDay { day: 1 };
        assert_eq!(first.pay_day(day("2022-12-31"), None), day("2023-02-01"));
        assert_eq!(first.pay_day(day("2022-12-30"), None), day("2022-12-30"));
        // Work on Good Friday, a pay day with no days between: paid a fortnight later.
        let same_day = PayCalendar::EverySecondWeek {
            first: day("2026-04-03"),
            after_days: 0,
        };
        assert_eq!(same_day.pay_day(day("2026-04-03"), None), day("2026-04-17"));
        assert_eq!(same_day.pay_day(day("2026-04-02"), None), day("2026-04-02"));
        // Approved on Saturday 14.3.2026, a day after: Sunday, and Friday is before the
        // approval, so the first banking day from it, Monday 16.3.
        let next_day = PayCalendar::DaysAfterApproval { days: 1 };
        assert_eq!(
            next_day.pay_day(day("2026-03-13"), Some(day("2026-03-14"))),
            day("2026-03-16")
        );
        assert_eq!(
            next_day.pay_day(day("2026-03-12"), Some(day("2026-03-12"))),
            day("2026-03-13")
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// A day of 2000–2099.
        fn date() -> impl Strategy<Value = NaiveDate> {
            (0i64..36_524).prop_map(|n| day("2000-01-01") + Duration::days(n))
        }

        fn calendar() -> impl Strategy<Value = PayCalendar> {
            prop_oneof![
                (1u8..=31).prop_map(|day| PayCalendar::NextMonthOnDay { day }),
                (date(), 0u8..=PayCalendar::MAX_DAYS).prop_map(|(first, after_days)| {
                    PayCalendar::EverySecondWeek { first, after_days }
                }),
                (1u8..=PayCalendar::MAX_DAYS)
                    .prop_map(|days| PayCalendar::DaysAfterApproval { days }),
            ]
        }

        /// Whether the calendar leaves more days between the work and the due day than the
        /// longest run of days that are not banking days (five, at Christmas).
        fn always_room(calendar: &PayCalendar) -> bool {
            match *calendar {
                PayCalendar::NextMonthOnDay { day } => day >= 5,
                PayCalendar::EverySecondWeek { after_days, .. } => after_days >= 5,
                PayCalendar::DaysAfterApproval { days } => days >= 5,
            }
        }

        proptest! {
            #[test]
            fn a_pay_day_is_a_banking_day_and_never_later_than_the_day_due(
                calendar in calendar(),
                worked in date(),
                approval in proptest::option::of(0i64..40),
            ) {
                let approved = approval.map(|d| worked + Duration::days(d));
                let paid = calendar.pay_day(worked, approved);
                let due = calendar.due_day(worked, approved);
                let earliest = calendar.earliest_pay_day(worked, approved);
                prop_assert!(bank_days::is_banking_day(paid), "{paid} for {calendar:?}");
                prop_assert!(paid >= earliest, "{paid} before {earliest}");
                if bank_days::on_or_before(due) >= earliest {
                    // The banking day on or before the due day, at most five days before.
                    prop_assert!(paid <= due);
                    prop_assert!((due - paid).num_days() <= 5);
                    prop_assert_eq!(paid, bank_days::on_or_before(due));
                    prop_assert!(
                        paid.iter_days().skip(1).take_while(|d| *d <= due).all(|d| !bank_days::is_banking_day(d))
                    );
                } else {
                    // Only when even the banking day before would be before the work.
                    prop_assert!(!always_room(&calendar));
                    prop_assert!(paid > due && (paid - due).num_days() <= 31);
                }
                if always_room(&calendar) {
                    prop_assert!(paid <= due);
                }
            }
        }
    }
}
