//! A unit's month in numbers: pay per participant, invoice lines per commissioner, the indicators
//! funders ask for, and one participant's certificate of completed gigs. Pure: the server and the supervisor's
//! device compute the same figures from the same rows.
//!
//! Months are chosen the way each reader needs them: pay by the day it is paid (`paid_on`, the
//! month it counts for benefits and tax), invoices and indicators by the day the work was done
//! (`worked_on`, the month the commissioner received the service).

use crate::benefit::Month;
use crate::claim::{Billing, Claim, ClaimStatus, Earning};
use crate::ids::{CommissionerId, PersonId, TaskId};
use crate::money::{Cents, Minutes, VatRate};
use crate::org::{Commissioner, Destination, Person, Role};
use crate::task::{ContractType, Task};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Everything of one unit a report reads.
#[derive(Debug, Clone, Default)]
pub struct UnitRecords {
    pub people: Vec<Person>,
    pub tasks: Vec<Task>,
    pub claims: Vec<Claim>,
    pub commissioners: Vec<Commissioner>,
}

/// One participant's approved pay in a month, per employer of record and contract type (a
/// participant with work from two payers gets a row for each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayRow {
    pub participant: PersonId,
    pub name: String,
    pub employer_of_record: String,
    pub contract: ContractType,
    pub tasks: u32,
    pub minutes: Minutes,
    pub gross: Cents,
}

/// What one commissioner is billed for a month: every approved hour of its tasks at its price.
/// The price is applied to the month's total minutes, so rounding happens once per line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub commissioner: CommissionerId,
    pub name: String,
    pub tasks: u32,
    pub minutes: Minutes,
    pub price_per_hour: Cents,
    pub net: Cents,
    pub vat: VatRate,
    pub vat_amount: Cents,
    pub total: Cents,
}

/// The unit's month for funders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicators {
    pub month: Month,
    /// Participants with approved work done in the month.
    pub active_participants: u32,
    /// Tasks with approved work done in the month.
    pub tasks_done: u32,
    /// Tasks of the month whose reported work waits for the supervisor's decision: done, but
    /// in none of the month's other figures yet (a report says so rather than "nothing done").
    #[serde(default)]
    pub awaiting_approval: u32,
    pub minutes: Minutes,
    pub earnings: Cents,
    /// Participants ready for the open labour market by the month's end, as agreed with them.
    pub ready_for_paid_work: u32,
    /// Participants ready to try gigs by the month's end, as agreed with them.
    #[serde(default)]
    pub ready_for_gigs: u32,
    /// Moves onward recorded in the month, by where to (every destination listed, zeros too).
    pub moved_on: BTreeMap<Destination, u32>,
}

/// One task on a certificate of completed gigs: what was done, when, for how long, who was the
/// employer of record and under which contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateEntry {
    pub task: TaskId,
    pub title: String,
    /// The task's Swedish title, where it has one: a certificate in Swedish says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_sv: Option<String>,
    pub worked_on: NaiveDate,
    pub minutes: Minutes,
    pub employer_of_record: String,
    pub contract: ContractType,
    pub feedback: Option<String>,
}

/// A certificate of completed gigs (*todistus tehdyistä keikoista*): every approved task of one
/// participant, oldest first, with the total. The unit issues it; it is not an employment
/// certificate (*työtodistus*), which by law only the employer gives, and commission work is
/// no employment at all. `employment_certificates_from` names the employers of record of the
/// employment-contract tasks: the participant asks them for that certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub participant: PersonId,
    pub name: String,
    pub entries: Vec<CertificateEntry>,
    pub minutes: Minutes,
    pub employment_certificates_from: Vec<String>,
}

fn approved(claims: &[Claim]) -> impl Iterator<Item = (&Claim, &Earning)> {
    claims
        .iter()
        .filter_map(|c| c.earning().map(|earning| (c, earning)))
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl UnitRecords {
    fn name_of(&self, person: PersonId) -> String {
        self.people
            .iter()
            .find(|p| p.id == person)
            .map_or_else(String::new, |p| p.name.clone())
    }

    /// Who holds the seats of each task (a claim that keeps its seat), by name: what the
    /// supervisor's task list says, so nobody has to open each claim to know who is coming.
    /// A person whose data was removed has no name and is left out.
    pub fn seat_holders(&self) -> BTreeMap<TaskId, Vec<String>> {
        let mut holders: BTreeMap<TaskId, Vec<String>> = BTreeMap::new();
        for claim in self.claims.iter().filter(|c| c.status().holds_seat()) {
            let name = self.name_of(claim.participant);
            if !name.is_empty() {
                holders.entry(claim.task).or_default().push(name);
            }
        }
        for names in holders.values_mut() {
            names.sort();
        }
        holders
    }

    /// Pay per participant for earnings paid in `month`, by name.
    pub fn pay_rows(&self, month: Month) -> Vec<PayRow> {
        type Key = (PersonId, String, ContractType);
        let mut rows: BTreeMap<(String, Key), PayRow> = BTreeMap::new();
        for (_, e) in approved(&self.claims).filter(|(_, e)| month.contains(e.paid_on)) {
            let name = self.name_of(e.participant);
            let key = (
                name.clone(),
                (e.participant, e.employer_of_record.clone(), e.contract),
            );
            let row = rows.entry(key).or_insert_with(|| PayRow {
                participant: e.participant,
                name,
                employer_of_record: e.employer_of_record.clone(),
                contract: e.contract,
                tasks: 0,
                minutes: Minutes(0),
                gross: Cents::ZERO,
            });
            row.tasks += 1;
            row.minutes = Minutes(row.minutes.0.saturating_add(e.minutes.0));
            row.gross += e.amount;
        }
        rows.into_values().collect()
    }

    /// Invoice lines for work done in `month`, one per commissioner and price, by name. Each
    /// earning is billed as fixed at its approval (commissioner, price, VAT); an earning
    /// approved before prices were kept falls back to its task's commissioner as it is now.
    /// Tasks with no commissioner (the unit's own work) are billed to nobody.
    pub fn invoice_lines(&self, month: Month) -> Vec<InvoiceLine> {
        let tasks: BTreeMap<TaskId, &Task> = self.tasks.iter().map(|t| (t.id, t)).collect();
        let current = |id: CommissionerId| self.commissioners.iter().find(|c| c.id == id);
        type Key = (CommissionerId, Cents, VatRate);
        let mut work: BTreeMap<Key, (BTreeSet<TaskId>, u64)> = BTreeMap::new();
        for (_, e) in approved(&self.claims).filter(|(_, e)| month.contains(e.worked_on)) {
            let billing = e.billing.or_else(|| {
                let c = current(tasks.get(&e.task)?.commissioner?)?;
                Some(Billing {
                    commissioner: c.id,
                    price_per_hour: c.price_per_hour,
                    vat: c.vat,
                })
            });
            let Some(b) = billing else {
                continue;
            };
            let entry = work
                .entry((b.commissioner, b.price_per_hour, b.vat))
                .or_default();
            entry.0.insert(e.task);
            entry.1 += u64::from(e.minutes.0);
        }
        let mut lines: Vec<InvoiceLine> = work
            .into_iter()
            .map(|((id, price_per_hour, vat), (task_ids, minutes))| {
                let minutes = Minutes(u32::try_from(minutes).unwrap_or(u32::MAX));
                let net = price_per_hour.per_hour_for(minutes);
                let vat_amount = vat.of(net);
                InvoiceLine {
                    commissioner: id,
                    name: current(id).map_or_else(String::new, |c| c.name.clone()),
                    tasks: count(task_ids.len()),
                    minutes,
                    price_per_hour,
                    net,
                    vat,
                    vat_amount,
                    total: net + vat_amount,
                }
            })
            .collect();
        lines.sort_by(|a, b| {
            (&a.name, a.commissioner, a.price_per_hour).cmp(&(
                &b.name,
                b.commissioner,
                b.price_per_hour,
            ))
        });
        lines
    }

    /// The unit's indicators for `month`.
    pub fn indicators(&self, month: Month) -> Indicators {
        let in_month: Vec<&Earning> = approved(&self.claims)
            .map(|(_, e)| e)
            .filter(|e| month.contains(e.worked_on))
            .collect();
        let participants: BTreeSet<PersonId> = in_month.iter().map(|e| e.participant).collect();
        let tasks: BTreeSet<TaskId> = in_month.iter().map(|e| e.task).collect();
        let last_day = month
            .plus(1)
            .first_day()
            .pred_opt()
            .unwrap_or(month.first_day());
        let participants_of_unit = || self.people.iter().filter(|p| p.role == Role::Participant);
        let task_of: BTreeMap<TaskId, &Task> = self.tasks.iter().map(|t| (t.id, t)).collect();
        let awaiting: BTreeSet<TaskId> = self
            .claims
            .iter()
            .filter(|c| c.status() == ClaimStatus::Completed)
            .filter(|c| {
                task_of
                    .get(&c.task)
                    .is_some_and(|t| month.contains(t.worked_on()))
            })
            .map(|c| c.task)
            .collect();
        let mut moved_on: BTreeMap<Destination, u32> =
            Destination::ALL.iter().map(|d| (*d, 0)).collect();
        for moved in participants_of_unit().filter_map(|p| p.moved_on) {
            if month.contains(moved.on) {
                *moved_on.entry(moved.to).or_default() += 1;
            }
        }
        Indicators {
            month,
            active_participants: count(participants.len()),
            tasks_done: count(tasks.len()),
            awaiting_approval: count(awaiting.len()),
            minutes: Minutes(in_month.iter().map(|e| e.minutes.0).sum()),
            earnings: in_month.iter().map(|e| e.amount).sum(),
            ready_for_paid_work: count(
                participants_of_unit()
                    .filter(|p| p.ready_since.is_some_and(|d| d <= last_day))
                    .count(),
            ),
            ready_for_gigs: count(
                participants_of_unit()
                    .filter(|p| p.gigs_since.is_some_and(|d| d <= last_day))
                    .count(),
            ),
            moved_on,
        }
    }

    /// The certificate of completed gigs of `participant`: every approved task, oldest first.
    pub fn certificate(&self, participant: PersonId) -> Certificate {
        let tasks: BTreeMap<TaskId, &Task> = self.tasks.iter().map(|t| (t.id, t)).collect();
        let mut entries: Vec<CertificateEntry> = approved(&self.claims)
            .filter(|(c, _)| c.participant == participant && c.status() == ClaimStatus::Approved)
            .map(|(c, e)| CertificateEntry {
                task: e.task,
                title: tasks
                    .get(&e.task)
                    .map_or_else(String::new, |t| t.title.clone()),
                title_sv: tasks
                    .get(&e.task)
                    .and_then(|t| t.swedish.as_ref())
                    .map(|sv| sv.title.clone()),
                worked_on: e.worked_on,
                minutes: e.minutes,
                employer_of_record: e.employer_of_record.clone(),
                contract: e.contract,
                feedback: c.feedback.as_ref().map(|f| f.text.clone()),
            })
            .collect();
        entries.sort_by(|a, b| a.worked_on.cmp(&b.worked_on).then(a.task.cmp(&b.task)));
        let employers: BTreeSet<String> = entries
            .iter()
            .filter(|e| e.contract == ContractType::Employment)
            .map(|e| e.employer_of_record.clone())
            .collect();
        Certificate {
            participant,
            name: self.name_of(participant),
            minutes: Minutes(entries.iter().map(|e| e.minutes.0).sum()),
            entries,
            employment_certificates_from: employers.into_iter().collect(),
        }
    }
}

/// Cents as euros with a decimal comma and no thousands separator ("1234,50"): what Finnish
/// spreadsheets read as a number.
pub fn euros_text(amount: Cents) -> String {
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    format!("{sign}{},{:02}", abs / 100, abs % 100)
}

/// Minutes as hours with a decimal comma, to two decimals rounded half up ("2,50").
pub fn hours_text(minutes: Minutes) -> String {
    let hundredths = (u64::from(minutes.0) * 100 + 30) / 60;
    format!("{},{:02}", hundredths / 100, hundredths % 100)
}

/// A CSV field: quoted when it holds the separator, a quote or a line break; a leading `=`, `+`,
/// `-` or `@` (after any spaces, tabs or byte-order mark) or a leading tab or carriage return is
/// prefixed with `'` so a spreadsheet never runs a name as a formula.
fn csv_field(text: &str) -> String {
    let number = |rest: &str| {
        !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    // Spreadsheets skip leading spaces, tabs, line breaks and a byte-order mark before they
    // look for a formula, and a tab or a carriage return first starts one in some: the guard
    // looks where they look.
    let significant = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let starts_hidden = significant.len() != text.len();
    let text = match significant.chars().next() {
        Some('-' | '+') if !starts_hidden && number(&text[1..]) => text.to_owned(),
        Some('=' | '+' | '-' | '@') => format!("'{text}"),
        _ if text.starts_with(['\t', '\r']) => format!("'{text}"),
        _ => text.to_owned(),
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv(header: &[String], rows: impl Iterator<Item = Vec<String>>) -> String {
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (ä, ö, å).
    let mut out = String::from("\u{feff}");
    for row in std::iter::once(header.to_vec()).chain(rows) {
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The message ids of the pay CSV's header, column by column. The words come from
/// `locales/<lang>/staff.ftl` in the language of the supervisor who asks: core has no text of
/// its own, so the app and the server look them up and pass them in (`words`).
pub const PAY_CSV_HEADER: [&str; 8] = [
    "csv-month",
    "csv-participant-id",
    "csv-name",
    "csv-employer",
    "csv-contract",
    "csv-tasks",
    "csv-hours",
    "csv-gross",
];

/// The message ids of the invoice CSV's header, as [`PAY_CSV_HEADER`].
pub const INVOICE_CSV_HEADER: [&str; 10] = [
    "csv-month",
    "csv-commissioner-id",
    "csv-commissioner",
    "csv-tasks",
    "csv-hours",
    "csv-price",
    "csv-net",
    "csv-vat-percent",
    "csv-vat",
    "csv-total",
];

/// The message id of a contract type's name in a CSV.
pub const fn contract_message(contract: ContractType) -> &'static str {
    match contract {
        ContractType::Employment => "csv-contract-employment",
        ContractType::Commission => "csv-contract-commission",
    }
}

fn header(ids: &[&str], words: &impl Fn(&str) -> String) -> Vec<String> {
    ids.iter().map(|id| words(id)).collect()
}

/// The pay rows as CSV for whoever pays: `;`-separated, decimal comma, UTF-8 with a BOM. The
/// header and the contract names are `words` of the asker's language; the participant's id
/// stays as a column of its own, since names are not unique and a payroll import matches on it.
pub fn pay_csv(month: Month, rows: &[PayRow], words: impl Fn(&str) -> String) -> String {
    csv(
        &header(&PAY_CSV_HEADER, &words),
        rows.iter().map(|r| {
            vec![
                month.to_string(),
                r.participant.to_string(),
                r.name.clone(),
                r.employer_of_record.clone(),
                words(contract_message(r.contract)),
                r.tasks.to_string(),
                hours_text(r.minutes),
                euros_text(r.gross),
            ]
        }),
    )
}

/// The invoice lines as CSV, in the same format as [`pay_csv`].
pub fn invoice_csv(month: Month, lines: &[InvoiceLine], words: impl Fn(&str) -> String) -> String {
    csv(
        &header(&INVOICE_CSV_HEADER, &words),
        lines.iter().map(|l| {
            vec![
                month.to_string(),
                l.commissioner.to_string(),
                l.name.clone(),
                l.tasks.to_string(),
                hours_text(l.minutes),
                euros_text(l.price_per_hour),
                euros_text(l.net),
                l.vat.percent_text().replace('.', ","),
                euros_text(l.vat_amount),
                euros_text(l.total),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Claim;
    use crate::ids::{ClaimId, OrganisationId};
    use crate::org::MovedOn;
    use crate::task::Pay;
    use crate::task::tests::{at, draft};
    use uuid::Uuid;

    /// Stands in for the locales: each message id in brackets.
    fn words(id: &str) -> String {
        format!("[{id}]")
    }

    #[test]
    fn a_header_word_that_could_start_a_formula_or_split_a_column_is_made_harmless() {
        let csv = pay_csv(Month::new(2026, 4).unwrap(), &[], |id| {
            if id == "csv-name" {
                "=Nimi;x".into()
            } else {
                id.into()
            }
        });
        assert!(csv.contains(";\"'=Nimi;x\";"), "{csv}");
    }

    fn org() -> OrganisationId {
        OrganisationId(Uuid::from_u128(9))
    }

    fn person(n: u128, name: &str) -> Person {
        Person::participant(PersonId(Uuid::from_u128(n)), org(), name)
    }

    fn commissioner() -> Commissioner {
        Commissioner {
            id: CommissionerId(Uuid::from_u128(50)),
            organisation: org(),
            name: "Kallion seurakunta".into(),
            contact: "Pirjo, 040 123 4567".into(),
            price_per_hour: Cents(1450),
            vat: VatRate::GENERAL,
        }
    }

    /// A unit where Aino worked 2 h 30 min and Mikko 1 h 40 min on one group task for the
    /// parish at 10.50 €/h, both paid on 5 April, and Aino did 1 h of the unit's own work.
    fn unit() -> UnitRecords {
        let sup = PersonId(Uuid::from_u128(8));
        let mut d = draft(2);
        d.pay = Pay::Hourly(Cents(1050));
        d.commissioner = Some(commissioner().id);
        let parish = d
            .publish(org(), "Väylä ry", sup, at("2026-03-01T10:00:00+02:00"))
            .unwrap();
        let mut own = draft(1);
        own.id = TaskId(Uuid::from_u128(2));
        let own = own
            .publish(org(), "Väylä ry", sup, at("2026-03-01T10:00:00+02:00"))
            .unwrap();
        let paid_on = NaiveDate::from_ymd_opt(2026, 4, 5).unwrap();
        let work = |n: u128, task: &Task, who: u128, minutes: u32| {
            let (claim, _) = Claim::new(
                ClaimId(Uuid::from_u128(n)),
                task,
                PersonId(Uuid::from_u128(who)),
                at("2026-03-20T10:00:00+02:00"),
            )
            .unwrap();
            claim
                .complete(Minutes(minutes), None, at("2026-03-28T12:00:00+02:00"))
                .unwrap()
                .approve(
                    task,
                    sup,
                    at("2026-03-29T09:00:00+02:00"),
                    None,
                    None,
                    paid_on,
                )
                .unwrap()
        };
        let mut mikko = person(101, "Mikko");
        mikko.ready_since = NaiveDate::from_ymd_opt(2026, 2, 1);
        mikko.moved_on = Some(MovedOn {
            to: Destination::PaidWork,
            on: NaiveDate::from_ymd_opt(2026, 3, 30).unwrap(),
        });
        UnitRecords {
            people: vec![person(100, "Aino"), mikko],
            claims: vec![
                work(1, &parish, 100, 150),
                work(2, &parish, 101, 100),
                work(3, &own, 100, 60),
            ],
            tasks: vec![parish, own],
            commissioners: vec![commissioner()],
        }
    }

    #[test]
    fn pay_rows_add_up_each_participants_approved_pay_in_the_month_it_is_paid() {
        let unit = unit();
        let april = Month::new(2026, 4).unwrap();
        let rows = unit.pay_rows(april);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].name, "Aino");
        assert_eq!(rows[0].tasks, 2);
        assert_eq!(rows[0].minutes, Minutes(210));
        // 10.50 × 2.5 h = 26.25 € and 10.00 × 1 h = 10.00 €.
        assert_eq!(rows[0].gross, Cents(3625));
        // 10.50 × 100/60 h = 17.50 €.
        assert_eq!(rows[1].gross, Cents(1750));
        assert!(unit.pay_rows(Month::new(2026, 3).unwrap()).is_empty());
        let csv = pay_csv(april, &rows, words);
        assert!(csv.starts_with(
            "\u{feff}[csv-month];[csv-participant-id];[csv-name];[csv-employer];[csv-contract];"
        ));
        assert!(csv.contains(
            "2026-04;00000000-0000-0000-0000-000000000064;Aino;Väylä ry;[csv-contract-employment];2;3,50;36,25\r\n"
        ));
    }

    #[test]
    fn an_invoice_line_bills_the_months_hours_at_the_price_with_vat() {
        let lines = unit().invoice_lines(Month::new(2026, 3).unwrap());
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        assert_eq!(line.minutes, Minutes(250));
        assert_eq!(line.tasks, 1);
        // 14.50 €/h × 250 min = 60.4166… → 60.42 €; VAT 25.5 % = 15.4071 → 15.41 €.
        assert_eq!(line.net, Cents(6042));
        assert_eq!(line.vat_amount, Cents(1541));
        assert_eq!(line.total, Cents(7583));
        let csv = invoice_csv(Month::new(2026, 3).unwrap(), &lines, words);
        assert!(csv.starts_with("\u{feff}[csv-month];[csv-commissioner-id];[csv-commissioner];"));
        assert!(csv.contains(";Kallion seurakunta;1;4,17;14,50;60,42;25,5;15,41;75,83\r\n"));
    }

    #[test]
    fn a_price_fixed_at_approval_survives_a_later_change_of_price() {
        let mut unit = unit();
        let old = Billing {
            commissioner: commissioner().id,
            price_per_hour: Cents(1450),
            vat: VatRate(2400),
        };
        unit.claims[0] = unit.claims[0].clone().billed(Some(old));
        // Since then the price went up and the VAT rate changed.
        unit.commissioners[0].price_per_hour = Cents(1600);
        unit.commissioners[0].vat = VatRate::GENERAL;
        let lines = unit.invoice_lines(Month::new(2026, 3).unwrap());
        assert_eq!(lines.len(), 2);
        // Aino's 150 min at the old 14.50 € + 24 %: 36.25 € + 8.70 €.
        let at_old = lines.iter().find(|l| l.vat == VatRate(2400)).unwrap();
        assert_eq!((at_old.net, at_old.vat_amount), (Cents(3625), Cents(870)));
        // Mikko's 100 min, approved without a fixed price, at today's 16.00 € + 25.5 %.
        let at_new = lines.iter().find(|l| l.vat == VatRate::GENERAL).unwrap();
        assert_eq!((at_new.net, at_new.vat_amount), (Cents(2667), Cents(680)));
    }

    #[test]
    fn indicators_count_the_months_work_readiness_and_moves_onward() {
        let i = unit().indicators(Month::new(2026, 3).unwrap());
        assert_eq!(i.active_participants, 2);
        assert_eq!(i.tasks_done, 2);
        assert_eq!(i.awaiting_approval, 0);
        assert_eq!(i.minutes, Minutes(310));
        assert_eq!(i.earnings, Cents(3625 + 1750));
        assert_eq!(i.ready_for_paid_work, 1);
        assert_eq!(i.moved_on[&Destination::PaidWork], 1);
        assert_eq!(i.moved_on[&Destination::Pension], 0);
        assert_eq!(
            unit()
                .indicators(Month::new(2026, 1).unwrap())
                .ready_for_paid_work,
            0
        );
    }

    #[test]
    fn seat_holders_are_named_per_task_and_a_removed_person_is_left_out() {
        let mut unit = unit();
        let holders = unit.seat_holders();
        assert_eq!(holders[&TaskId(Uuid::from_u128(1))], ["Aino", "Mikko"]);
        assert_eq!(holders[&TaskId(Uuid::from_u128(2))], ["Aino"]);
        unit.people[1] = unit.people[1].removed(at("2026-04-01T10:00:00+03:00"));
        assert_eq!(unit.seat_holders()[&TaskId(Uuid::from_u128(1))], ["Aino"]);
    }

    /// `d` published, and an hour of work on it reported by participant `who` (claim `claim`).
    fn reported_hour(d: crate::task::TaskDraft, claim: u128, who: u128) -> (Task, Claim) {
        let sup = PersonId(Uuid::from_u128(8));
        let task = d
            .publish(org(), "Väylä ry", sup, at("2026-03-01T10:00:00+02:00"))
            .unwrap();
        let (claim, _) = Claim::new(
            ClaimId(Uuid::from_u128(claim)),
            &task,
            PersonId(Uuid::from_u128(who)),
            at("2026-03-20T10:00:00+02:00"),
        )
        .unwrap();
        let done = claim
            .complete(Minutes(60), None, at("2026-03-28T12:00:00+02:00"))
            .unwrap();
        (task, done)
    }

    #[test]
    fn reported_work_not_yet_decided_counts_as_awaiting_approval_in_its_month() {
        let mut unit = unit();
        let mut d = draft(3);
        d.id = TaskId(Uuid::from_u128(3));
        let (task, done) = reported_hour(d, 4, 100);
        unit.claims.push(done);
        unit.tasks.push(task);
        let march = unit.indicators(Month::new(2026, 3).unwrap());
        assert_eq!((march.tasks_done, march.awaiting_approval), (2, 1));
        assert_eq!(
            unit.indicators(Month::new(2026, 4).unwrap())
                .awaiting_approval,
            0
        );
    }

    #[test]
    fn a_certificate_lists_approved_work_with_feedback() {
        let mut unit = unit();
        let sup = PersonId(Uuid::from_u128(8));
        unit.claims[0] = unit.claims[0]
            .with_feedback("Siisti jälki.".into(), sup, at("2026-03-30T09:00:00+02:00"))
            .unwrap();
        let cert = unit.certificate(PersonId(Uuid::from_u128(100)));
        assert_eq!(cert.name, "Aino");
        assert_eq!(cert.entries.len(), 2);
        assert_eq!(cert.minutes, Minutes(210));
        assert!(
            cert.entries
                .iter()
                .all(|e| e.employer_of_record == "Väylä ry"
                    && e.contract == ContractType::Employment)
        );
        assert_eq!(cert.employment_certificates_from, ["Väylä ry"]);
        assert!(
            cert.entries
                .iter()
                .any(|e| e.feedback.as_deref() == Some("Siisti jälki."))
        );
    }

    /// Commission work is no employment: nobody owes an employment certificate for it.
    #[test]
    fn a_certificate_names_each_tasks_employer_and_contract_and_who_gives_employment_ones() {
        let sup = PersonId(Uuid::from_u128(8));
        let mut d = draft(1);
        d.id = TaskId(Uuid::from_u128(7));
        d.contract = ContractType::Commission;
        d.employer_of_record = Some("Workpilots".into());
        d.swedish = Some(crate::task::TaskText {
            title: "Fönstertvätt".into(),
            steps: vec![],
        });
        let (gig, reported) = reported_hour(d, 8, 101);
        let approved = reported
            .approve(
                &gig,
                sup,
                at("2026-03-29T09:00:00+02:00"),
                None,
                None,
                gig.worked_on(),
            )
            .unwrap();
        let mut unit = unit();
        unit.claims.push(approved);
        unit.tasks.push(gig);
        let cert = unit.certificate(PersonId(Uuid::from_u128(101)));
        // A certificate in Swedish names the task by its Swedish title, where it has one.
        assert!(
            cert.entries
                .iter()
                .any(|e| e.title_sv.as_deref() == Some("Fönstertvätt"))
        );
        let contracts: Vec<(&str, ContractType)> = cert
            .entries
            .iter()
            .map(|e| (e.employer_of_record.as_str(), e.contract))
            .collect();
        assert!(contracts.contains(&("Workpilots", ContractType::Commission)));
        assert!(contracts.contains(&("Väylä ry", ContractType::Employment)));
        assert_eq!(cert.employment_certificates_from, ["Väylä ry"]);
    }

    #[test]
    fn csv_fields_cannot_become_formulas_or_break_rows() {
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("-Aino"), "'-Aino");
        // What a spreadsheet skips before a formula does not hide one (issue 15, item 8).
        assert_eq!(csv_field("\t=1+1"), "'\t=1+1");
        assert_eq!(csv_field("\u{feff}=1+1"), "'\u{feff}=1+1");
        assert_eq!(
            csv_field("   =HYPERLINK(\"x\")"),
            "\"'   =HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(csv_field("\tAino"), "'\tAino");
        assert_eq!(csv_field(" -5"), "' -5");
        assert_eq!(csv_field("Väylä ry "), "Väylä ry ");
        assert_eq!(csv_field(&euros_text(Cents(-5))), "-0,05");
        assert_eq!(hours_text(Minutes(100)), "1,67");
    }
}
