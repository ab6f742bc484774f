//! A calendar month ("2026-04"): the period every benefit here is computed for.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Kept as a year and a month (not a date), so stepping through months, as the rules that look
/// at the months around do many times, is integer arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    /// 1–12.
    month: u32,
}

/// The years a month may be in: far beyond any benefit rule, and inside every date library.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        (YEARS.contains(&year) && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year().clamp(*YEARS.start(), *YEARS.end()),
            month: date.month(),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        date.year() == self.year && date.month() == self.month
    }

    fn index(self) -> i32 {
        self.year * 12 + self.month as i32 - 1
    }

    /// The month at `index`, held inside the years a month may be in.
    fn from_index(index: i32) -> Month {
        let year = index.div_euclid(12);
        if year < *YEARS.start() {
            Month {
                year: *YEARS.start(),
                month: 1,
            }
        } else if year > *YEARS.end() {
            Month {
                year: *YEARS.end(),
                month: 12,
            }
        } else {
            Month {
                year,
                month: index.rem_euclid(12) as u32 + 1,
            }
        }
    }

    /// The month `n` months later.
    pub fn plus(self, n: u32) -> Month {
        Month::from_index(self.index().saturating_add(n.min(i32::MAX as u32) as i32))
    }

    /// The month `n` months earlier.
    pub fn minus(self, n: u32) -> Month {
        Month::from_index(self.index().saturating_sub(n.min(i32::MAX as u32) as i32))
    }

    /// How many months from `self` to `later` (0 when `later` is not later).
    pub fn months_until(self, later: Month) -> u32 {
        u32::try_from(later.index() - self.index()).unwrap_or(0)
    }

    pub fn year(self) -> i32 {
        self.year
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a month: {0:?} (expected YYYY-MM, a year from 1900 to 2999)")]
pub struct ParseMonthError(pub String);

impl FromStr for Month {
    type Err = ParseMonthError;
    fn from_str(s: &str) -> Result<Month, ParseMonthError> {
        let err = || ParseMonthError(s.to_owned());
        let (y, m) = s.split_once('-').ok_or_else(err)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(err());
        }
        let year = y.parse().map_err(|_| err())?;
        let month = m.parse().map_err(|_| err())?;
        Month::new(year, month).ok_or_else(err)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_strictly_and_add_across_years() {
        let m: Month = "2026-11".parse().unwrap();
        assert_eq!(m.plus(2).to_string(), "2027-01");
        assert!("2026-13".parse::<Month>().is_err());
        assert!("2026-4".parse::<Month>().is_err());
        assert!("april".parse::<Month>().is_err());
        assert!("0000-01".parse::<Month>().is_err());
        assert_eq!(Month::new(1900, 1).unwrap().minus(5).to_string(), "1900-01");
        assert!(m.contains(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()));
        assert_eq!(m.minus(11).to_string(), "2025-12");
        assert_eq!(m.months_until(m.plus(14)), 14);
        assert_eq!(m.plus(3).months_until(m), 0);
    }
}
