//! Money in integer cents and work time in whole minutes: no floating point ever touches a sum.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount of euros as whole cents (may be negative: a benefit reduction).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    pub const ZERO: Cents = Cents(0);

    pub const fn new(cents: i64) -> Self {
        Cents(cents)
    }

    pub const fn euros(euros: i64) -> Self {
        Cents(euros * 100)
    }

    pub const fn get(self) -> i64 {
        self.0
    }

    /// Parses a decimal euro amount such as `"12.5"`, `"-3,20"` or `"1000"` exactly,
    /// refusing more than two decimals rather than rounding someone's money.
    pub fn parse_euros(text: &str) -> Result<Cents, ParseMoneyError> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = match digits.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(ParseMoneyError::NotANumber);
        }
        if fraction.len() > 2 {
            return Err(ParseMoneyError::TooManyDecimals);
        }
        let whole: i64 = whole.parse().map_err(|_| ParseMoneyError::TooLarge)?;
        let fraction: i64 = format!("{fraction:0<2}").parse().unwrap_or(0);
        let cents = whole
            .checked_mul(100)
            .and_then(|c| c.checked_add(fraction))
            .ok_or(ParseMoneyError::TooLarge)?;
        Ok(Cents(if negative { -cents } else { cents }))
    }

    /// Pay for `minutes` at `self` per hour, rounded half up to the cent (half away from zero).
    pub fn per_hour_for(self, minutes: Minutes) -> Cents {
        let product = i128::from(self.0) * i128::from(minutes.0);
        let rounded = if product >= 0 {
            (product + 30) / 60
        } else {
            (product - 30) / 60
        };
        Cents(i64::try_from(rounded).unwrap_or(if product >= 0 { i64::MAX } else { i64::MIN }))
    }
}

/// A value-added-tax rate in hundredths of a percent (*ALV*): 2550 is 25.5 %, 0 is VAT-free
/// (e.g. social services billed by a welfare area).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct VatRate(pub u16);

impl VatRate {
    /// The general Finnish rate from 1 September 2024.
    pub const GENERAL: VatRate = VatRate(2550);
    /// No rate above this is real; a larger number is a typing error.
    pub const MAX: VatRate = VatRate(5000);

    /// The tax on `net`, rounded half up to the cent (half away from zero).
    pub fn of(self, net: Cents) -> Cents {
        let product = i128::from(net.0) * i128::from(self.0);
        let rounded = if product >= 0 {
            (product + 5_000) / 10_000
        } else {
            (product - 5_000) / 10_000
        };
        Cents(i64::try_from(rounded).unwrap_or(if product >= 0 { i64::MAX } else { i64::MIN }))
    }

    /// The rate as a percentage text with a point, e.g. "25.5" or "0" (for CSV and JSON).
    pub fn percent_text(self) -> String {
        let whole = self.0 / 100;
        match self.0 % 100 {
            0 => whole.to_string(),
            f if f % 10 == 0 => format!("{whole}.{}", f / 10),
            f => format!("{whole}.{f:02}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseMoneyError {
    #[error("not a euro amount")]
    NotANumber,
    #[error("more than two decimals")]
    TooManyDecimals,
    #[error("amount too large")]
    TooLarge,
}

/// Plain `12.50` (no currency sign, no locale): for logs, CSV and tests. The app formats for people.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, rhs: Cents) -> Cents {
        Cents(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, rhs: Cents) {
        *self = *self + rhs;
    }
}

impl Sub for Cents {
    type Output = Cents;
    fn sub(self, rhs: Cents) -> Cents {
        Cents(self.0.saturating_sub(rhs.0))
    }
}

impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents {
        Cents(self.0.saturating_neg())
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, Add::add)
    }
}

/// A length of work in whole minutes (what people write down: "2 h 30 min").
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Minutes(pub u32);

impl Minutes {
    /// The most one completion may claim: a whole day.
    pub const MAX_PER_COMPLETION: Minutes = Minutes(24 * 60);

    pub const fn hours(h: u32) -> Self {
        Minutes(h * 60)
    }

    pub const fn get(self) -> u32 {
        self.0
    }
}

impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{:02}", self.0 / 60, self.0 % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn vat_is_rounded_half_up_to_the_cent() {
        // 14.50 €/h × 3 h = 43.50 €; 25.5 % of it is 11.0925 € → 11.09 €.
        assert_eq!(VatRate::GENERAL.of(Cents(4350)), Cents(1109));
        // 0.02 € × 25 % = 0.005 € → 0.01 € (half up).
        assert_eq!(VatRate(2500).of(Cents(2)), Cents(1));
        assert_eq!(VatRate(0).of(Cents(123_456)), Cents::ZERO);
        assert_eq!(VatRate::GENERAL.percent_text(), "25.5");
        assert_eq!(VatRate(1400).percent_text(), "14");
        assert_eq!(VatRate(1025).percent_text(), "10.25");
    }

    #[test]
    fn parses_euro_amounts_exactly() {
        assert_eq!(Cents::parse_euros("12.5"), Ok(Cents(1250)));
        assert_eq!(Cents::parse_euros("526,45"), Ok(Cents(52645)));
        assert_eq!(Cents::parse_euros("-3.20"), Ok(Cents(-320)));
        assert_eq!(Cents::parse_euros("1000"), Ok(Cents(100_000)));
        assert_eq!(Cents::parse_euros("0.05"), Ok(Cents(5)));
    }

    #[test]
    fn refuses_what_is_not_an_exact_amount() {
        assert_eq!(
            Cents::parse_euros("1.005"),
            Err(ParseMoneyError::TooManyDecimals)
        );
        assert_eq!(Cents::parse_euros("abc"), Err(ParseMoneyError::NotANumber));
        assert_eq!(Cents::parse_euros(""), Err(ParseMoneyError::NotANumber));
        assert_eq!(Cents::parse_euros(".5"), Err(ParseMoneyError::NotANumber));
        assert_eq!(Cents::parse_euros("1e3"), Err(ParseMoneyError::NotANumber));
        assert_eq!(
            Cents::parse_euros("99999999999999999999"),
            Err(ParseMoneyError::TooLarge)
        );
    }

    #[test]
    fn hourly_pay_rounds_half_up_to_the_cent() {
        // 10.00 €/h for 2 h 30 min.
        assert_eq!(Cents(1000).per_hour_for(Minutes(150)), Cents(2500));
        // 14.50 €/h for 20 min = 483.33… cents.
        assert_eq!(Cents(1450).per_hour_for(Minutes(20)), Cents(483));
        // 0.09 €/h for 10 min = 1.5 cents: half rounds up.
        assert_eq!(Cents(9).per_hour_for(Minutes(10)), Cents(2));
    }

    #[test]
    fn displays_plain_decimal() {
        assert_eq!(Cents(-5).to_string(), "-0.05");
        assert_eq!(Cents(123_456).to_string(), "1234.56");
    }

    proptest! {
        #[test]
        fn display_and_parse_round_trip(c in -10_000_000_000i64..10_000_000_000) {
            prop_assert_eq!(Cents::parse_euros(&Cents(c).to_string()), Ok(Cents(c)));
        }

        #[test]
        fn hourly_pay_is_within_half_a_cent_of_exact(rate in 0i64..1_000_000, minutes in 0u32..1440) {
            let paid = Cents(rate).per_hour_for(Minutes(minutes)).0 as f64;
            let exact = rate as f64 * minutes as f64 / 60.0;
            prop_assert!((paid - exact).abs() <= 0.5 + 1e-9);
        }
    }
}
