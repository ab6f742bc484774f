//! Reads a unit's rows for `keikka_core::report`: the figures themselves are computed in core, so
//! the supervisor's device and the server always agree. The words of the report files come from
//! the same `locales/<lang>/staff.ftl` the supervisor's app shows them from.

use crate::db::{Tx, vals};
use crate::error::StoreError;
use crate::store::Store;
use fluent_bundle::{FluentBundle, FluentResource};
use keikka_core::OrganisationId;
use keikka_core::report::UnitRecords;
use serde::de::DeserializeOwned;

/// The language a report file is written in, from the route's `lang` query: the supervisor's
/// app asks in its own language; a payroll tool that names none gets Finnish.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportLanguage {
    #[default]
    Fi,
    Sv,
}

/// The words of the report files in one language: fluent messages of the standard set's
/// `staff.ftl`, compiled in (the app's tests check every set parses and has every id core names).
pub struct ReportWords {
    bundle: FluentBundle<FluentResource>,
}

impl ReportWords {
    pub fn new(language: ReportLanguage) -> ReportWords {
        let (source, id) = match language {
            ReportLanguage::Fi => (include_str!("../../locales/fi/staff.ftl"), "fi"),
            ReportLanguage::Sv => (include_str!("../../locales/sv/staff.ftl"), "sv"),
        };
        let langid = id.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // Isolation marks would end up in the file's cells.
        bundle.set_use_isolating(false);
        // A broken entry would be the app's test failure first; the rest of the set still works.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        ReportWords { bundle }
    }

    /// The message `id`, or the id itself if the set lacks it (visible in the file, no failure).
    pub fn word(&self, id: &str) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    }
}

fn all_of<T: DeserializeOwned>(
    tx: &Tx<'_>,
    table: &str,
    organisation: &str,
) -> Result<Vec<T>, StoreError> {
    crate::store::decode_all(tx.query(
        &format!("SELECT json FROM {table} WHERE organisation = $1 ORDER BY seq"),
        &vals![organisation],
    )?)
}

impl Store {
    /// Everything of `organisation` a report reads, from one snapshot.
    pub fn unit_records(&self, organisation: OrganisationId) -> Result<UnitRecords, StoreError> {
        let org = organisation.0.to_string();
        self.read(|tx| {
            Ok(UnitRecords {
                people: all_of(tx, "persons", &org)?,
                tasks: all_of(tx, "tasks", &org)?,
                claims: all_of(tx, "claims", &org)?,
                commissioners: all_of(tx, "commissioners", &org)?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use keikka_core::ContractType;
    use keikka_core::report::{INVOICE_CSV_HEADER, PAY_CSV_HEADER, contract_message};

    #[test]
    fn every_word_of_the_report_files_is_there_in_both_languages() {
        let ids = PAY_CSV_HEADER
            .into_iter()
            .chain(INVOICE_CSV_HEADER)
            .chain([ContractType::Employment, ContractType::Commission].map(contract_message));
        for id in ids {
            for language in [ReportLanguage::Fi, ReportLanguage::Sv] {
                assert_ne!(ReportWords::new(language).word(id), id, "{language:?}");
            }
        }
        assert_eq!(
            ReportWords::new(ReportLanguage::Sv).word("csv-month"),
            "Månad"
        );
    }
}
