//! When a unit pays: its pay calendar (*palkanmaksupäivä*), which decides the month a task's
//! pay counts in for benefits (the month it is paid, DOMAIN.md §2.5).

use crate::error::DomainError;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// How the unit's employer of record pays the participants' work. "Paid on the day worked" is
/// almost never true, so every expected payment date comes from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PayCalendar {
    /// A month's work on a fixed day of the next month (e.g. the 15th); a day the month does
    /// not have is its last day.
    NextMonthOnDay { day: u8 },
    /// Every second week on the weekday of `first` (e.g. every second Friday from 2.1.2026):
    /// work is paid on the first pay day at least `after_days` days after it.
    EverySecondWeek { first: NaiveDate, after_days: u8 },
    /// Within `days` days of the supervisor's approval.
    DaysAfterApproval { days: u8 },
}

/// Payment may lag the work by at most this long: beyond it is a typing error.
const MAX_DAYS: u8 = 60;

impl PayCalendar {
    /// Refuses a calendar no unit could have. `today`: the day it is set; the first pay day of
    /// a fortnightly calendar may be any earlier day (it only fixes the rhythm) but at most a
    /// year ahead, or every pay day before it would be that far day.
    pub fn validate(&self, today: NaiveDate) -> Result<(), DomainError> {
        let invalid = |problem| DomainError::invalid("pay_calendar", problem);
        match *self {
            PayCalendar::NextMonthOnDay { day } if !(1..=31).contains(&day) => {
                Err(invalid("day_out_of_range"))
            }
            PayCalendar::EverySecondWeek { after_days, .. } if after_days > MAX_DAYS => {
                Err(invalid("too_many_days"))
            }
            PayCalendar::DaysAfterApproval { days } if days > MAX_DAYS => {
                Err(invalid("too_many_days"))
            }
            PayCalendar::EverySecondWeek { first, .. }
                if first.year() < 2000 || first > today + Duration::days(366) =>
            {
                Err(invalid("date_out_of_range"))
            }
            _ => Ok(()),
        }
    }

    /// The day work done on `worked_on` is paid. `approved_on`: the day of the supervisor's
    /// approval when there is one; before it, approval is expected on the day of the work.
    pub fn pay_day(&self, worked_on: NaiveDate, approved_on: Option<NaiveDate>) -> NaiveDate {
        match *self {
            PayCalendar::NextMonthOnDay { day } => {
                let next = worked_on
                    .with_day(1)
                    .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
                    .unwrap_or(worked_on);
                let last = next
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .map_or(28, |d| d.day());
                next.with_day(u32::from(day).min(last)).unwrap_or(next)
            }
            PayCalendar::EverySecondWeek { first, after_days } => {
                let earliest = worked_on + Duration::days(i64::from(after_days));
                if earliest <= first {
                    return first;
                }
                // The first pay day on or after `earliest`: `first` plus whole fortnights.
                let fortnights = (earliest - first).num_days().div_euclid(14)
                    + i64::from((earliest - first).num_days().rem_euclid(14) != 0);
                first + Duration::days(14 * fortnights)
            }
            PayCalendar::DaysAfterApproval { days } => {
                approved_on.unwrap_or(worked_on).max(worked_on) + Duration::days(i64::from(days))
            }
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
        // The 31st of a 28-day month is its last day.
        let end = PayCalendar::NextMonthOnDay { day: 31 };
        assert_eq!(end.pay_day(day("2027-01-10"), None), day("2027-02-28"));
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
    }
}
