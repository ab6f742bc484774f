//! The engine's JSON form: euro amounts as JSON numbers, read exactly into cents.

use super::month::Month;
use super::profile::{BenefitProfile, EarningInput};
use crate::money::Cents;
use serde::{Deserialize, Serialize};

/// `{month, profile, earnings[]}`: one month's question, as `keikka-sync-server impact` reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImpactRequest {
    pub month: Month,
    pub profile: BenefitProfile,
    #[serde(default)]
    pub earnings: Vec<EarningInput>,
}

/// `{months[], profile, earnings[]}`: a plan of several months, as `keikka-sync-server impact`
/// reads it when the request names `months` instead of `month`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRequest {
    pub months: Vec<Month>,
    pub profile: BenefitProfile,
    #[serde(default)]
    pub earnings: Vec<EarningInput>,
}

/// The most any single amount may be: ten million euros. Anything above is a typing error.
const MAX_ABS_CENTS: i64 = 1_000_000_000;

/// Serde for `Cents` as a JSON number of euros with at most two decimals (`526.45`), exactly.
///
/// A decimal read by serde_json becomes the nearest f64, and Rust prints an f64 as the shortest
/// text that reads back to it, which for amounts with up to 15 significant digits is the text
/// that was written. Parsing that text as euros is exact and refuses a third decimal.
pub mod euros {
    use super::*;
    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;

    pub fn serialize<S: Serializer>(c: &Cents, s: S) -> Result<S::Ok, S::Error> {
        // Exact: every cent amount in range is a short decimal, printed as its shortest f64 text.
        s.serialize_f64(c.0 as f64 / 100.0)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Cents, D::Error> {
        d.deserialize_any(EurosVisitor)
    }

    struct EurosVisitor;

    impl Visitor<'_> for EurosVisitor {
        type Value = Cents;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an amount in euros with at most two decimals")
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Cents, E> {
            i64::try_from(v)
                .ok()
                .and_then(|v| v.checked_mul(100))
                .filter(|c| *c <= MAX_ABS_CENTS)
                .map(Cents)
                .ok_or_else(|| E::custom("amount too large"))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Cents, E> {
            v.checked_mul(100)
                .filter(|c| c.abs() <= MAX_ABS_CENTS)
                .map(Cents)
                .ok_or_else(|| E::custom("amount too large"))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Cents, E> {
            if !v.is_finite() {
                return Err(E::custom("amount is not a number"));
            }
            let cents = Cents::parse_euros(&format!("{v}")).map_err(|e| {
                E::custom(format!(
                    "{v}: {e} (an amount is euros with at most two decimals)"
                ))
            })?;
            if cents.0.abs() > MAX_ABS_CENTS {
                return Err(E::custom("amount too large"));
            }
            Ok(cents)
        }
    }

    /// The same for `Option<Cents>` (`null` or absent is `None`).
    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(c: &Option<Cents>, s: S) -> Result<S::Ok, S::Error> {
            match c {
                Some(c) => super::serialize(c, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cents>, D::Error> {
            #[derive(Deserialize)]
            struct Wrapped(#[serde(with = "super")] Cents);
            Ok(Option::<Wrapped>::deserialize(d)?.map(|Wrapped(c)| c))
        }
    }
}

/// Serde for a percentage such as a tax rate: a JSON number with at most six decimals.
pub mod percent {
    use crate::benefit::rules::Factor;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(f: &Factor, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(f.0 as f64 / 1_000_000.0)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Factor, D::Error> {
        let v = f64::deserialize(d)?;
        Factor::parse(&format!("{v}"))
            .filter(|f| *f <= Factor(100_000_000))
            .ok_or_else(|| {
                serde::de::Error::custom(
                    "a percentage from 0 to 100 with at most six decimals is expected",
                )
            })
    }

    /// The same for `Option<Factor>` (`null` or absent is `None`: not known).
    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(f: &Option<Factor>, s: S) -> Result<S::Ok, S::Error> {
            match f {
                Some(f) => super::serialize(f, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Factor>, D::Error> {
            #[derive(Deserialize)]
            struct Wrapped(#[serde(with = "super")] Factor);
            Ok(Option::<Wrapped>::deserialize(d)?.map(|Wrapped(f)| f))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize)]
    struct Amount(#[serde(with = "euros")] Cents);

    fn read(json: &str) -> Result<Cents, serde_json::Error> {
        serde_json::from_str::<Amount>(json).map(|a| a.0)
    }

    #[test]
    fn euro_numbers_read_exactly_into_cents() {
        assert_eq!(read("526.45").unwrap(), Cents(52645));
        assert_eq!(read("0.1").unwrap(), Cents(10));
        assert_eq!(read("799.75").unwrap(), Cents(79975));
        assert_eq!(read("30").unwrap(), Cents(3000));
        assert_eq!(read("-15.5").unwrap(), Cents(-1550));
        assert_eq!(read("123456.78").unwrap(), Cents(12345678));
    }

    #[test]
    fn a_third_decimal_or_a_non_number_is_an_error() {
        assert!(read("1.005").is_err());
        assert!(read("\"12.00\"").is_err());
        assert!(read("1e300").is_err());
        assert!(read("null").is_err());
    }

    #[test]
    fn amounts_write_as_euro_numbers() {
        assert_eq!(
            serde_json::to_string(&Amount(Cents(80002))).unwrap(),
            "800.02"
        );
        assert_eq!(
            serde_json::to_string(&Amount(Cents(-1500))).unwrap(),
            "-15.0"
        );
    }
}
