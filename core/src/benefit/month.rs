//! A calendar month ("2026-04"): the period every benefit here is computed for.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    first_day: NaiveDate,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|first_day| Month { first_day })
    }

    pub fn of(date: NaiveDate) -> Month {
        Month {
            first_day: date.with_day(1).unwrap_or(date),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        self.first_day
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        Month::of(date) == self
    }

    /// The month `n` months later.
    pub fn plus(self, n: u32) -> Month {
        let index = self.first_day.year() * 12 + self.first_day.month0() as i32 + n as i32;
        Month::new(index.div_euclid(12), index.rem_euclid(12) as u32 + 1).unwrap_or(self)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a month: {0:?} (expected YYYY-MM)")]
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
        write!(
            f,
            "{:04}-{:02}",
            self.first_day.year(),
            self.first_day.month()
        )
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
        assert!(m.contains(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()));
    }
}
