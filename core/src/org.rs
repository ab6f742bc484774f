//! The people and organisations around a task: units, groups, participants, supervisors, commissioners.

use crate::Timestamp;
use crate::error::DomainError;
use crate::ids::{CommissionerId, DeviceId, GroupId, OrderId, OrganisationId, PersonId};
use crate::money::{Cents, VatRate};
use crate::task::{MAX_PAY, MAX_TEXT_CHARS, MAX_TITLE_CHARS, check_line, check_text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The longest name a supervisor can give a unit, a group, a person or a device.
pub const MAX_NAME_CHARS: usize = 200;

/// Trims a name (of a unit, its employer, a group, a person or a device: `field` says which)
/// and refuses an empty, overlong, control-character or letterless one, and for a device one
/// with quotes. The one rule the server and the app share for names.
pub fn check_name(field: &'static str, text: &str) -> Result<String, DomainError> {
    let text = text.trim();
    let problem = if text.is_empty() {
        Some("empty")
    } else if text.chars().count() > MAX_NAME_CHARS {
        Some("too_long")
    } else if text.chars().any(crate::task::is_hidden_control) {
        Some("control_characters")
    } else if !text.chars().any(char::is_alphanumeric) {
        // A name of spaces and marks shows as nothing in a list.
        Some("no_letters")
    } else if field == "device_name" && text.contains(['”', '“', '"']) {
        // Screens quote a device's name: a quote inside it could pass for the end of one name
        // and the start of another ("this device").
        Some("quotes")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(DomainError::invalid(field, problem)),
        None => Ok(text.to_owned()),
    }
}

/// A work-activity unit, or another organisation that runs the Jobcenter model (*yksikkö*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    /// Who pays the wages by default (*työnantaja*): the welfare area, an association, a platform…
    pub employer_of_record: String,
    /// When the employer of record pays; `None` until a supervisor sets it, and the money
    /// figures then say that the payment month is not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_calendar: Option<crate::pay::PayCalendar>,
}

/// A group of participants inside an organisation (*ryhmä*); tasks can be shown to some groups only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub organisation: OrganisationId,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A worker in the programme (*asiakas*, *osallistuja*).
    Participant,
    /// Staff who publish tasks and approve completions (*ohjaaja*, *työvalmentaja*).
    Supervisor,
}

impl Role {
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Participant => "participant",
            Role::Supervisor => "supervisor",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "participant" => Some(Role::Participant),
            "supervisor" => Some(Role::Supervisor),
            _ => None,
        }
    }
}

/// Which readiness a supervisor records with the participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Readiness {
    /// Ready to try paid gigs with support (`Person::gigs_since`).
    Gigs,
    /// Ready for the open labour market (`Person::ready_since`); the default, which is what a
    /// readiness recorded before the two were told apart meant.
    #[default]
    OpenLabourMarket,
}

/// A participant or supervisor of one organisation. Only what the server needs: no diagnoses,
/// no benefit status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub organisation: OrganisationId,
    pub name: String,
    pub role: Role,
    /// Groups a participant belongs to (empty for supervisors).
    #[serde(default)]
    pub groups: Vec<GroupId>,
    /// Since when the participant is ready for the open labour market (*valmis avoimille
    /// työmarkkinoille*), as agreed with them (THL's Jobcenter practice: worked out together,
    /// and only when the person wants it); `None` until then.
    #[serde(default)]
    pub ready_since: Option<NaiveDate>,
    /// Since when the participant is ready to try paid gigs with support (*valmis kokeilemaan
    /// keikkoja*), agreed the same way. A step of its own, well before the open labour market.
    #[serde(default)]
    pub gigs_since: Option<NaiveDate>,
    /// Where the participant went on to, as the supervisor recorded it.
    #[serde(default)]
    pub moved_on: Option<MovedOn>,
    /// When the participant's personal data was removed; the name is then empty and only
    /// anonymous hours and pay remain for the unit's figures.
    #[serde(default)]
    pub removed_at: Option<Timestamp>,
    /// Every device paired in this person's name, kept by the server: whoever can act as the
    /// person shows here, on the person's own screen too, so a device paired with a code the
    /// person never asked for does not stay unseen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<PairedDevice>,
}

/// A device paired in a person's name, as the person and their supervisors see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairedDevice {
    pub id: DeviceId,
    /// The name given at pairing, e.g. "Annan puhelin".
    pub name: String,
    pub paired_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<Timestamp>,
}

impl Person {
    /// A participant of `organisation` with nothing recorded yet: no groups, readiness or move.
    pub fn participant(id: PersonId, organisation: OrganisationId, name: &str) -> Person {
        Person {
            id,
            organisation,
            name: name.into(),
            role: Role::Participant,
            groups: Vec::new(),
            ready_since: None,
            gigs_since: None,
            moved_on: None,
            removed_at: None,
            devices: Vec::new(),
        }
    }
}

impl Person {
    /// This person with their personal data removed: no name, no groups. The readiness and
    /// move-onward dates stay, as the unit's anonymous statistics.
    pub fn removed(&self, at: Timestamp) -> Person {
        Person {
            name: String::new(),
            groups: Vec::new(),
            devices: Vec::new(),
            removed_at: Some(at),
            ..self.clone()
        }
    }
}

/// Where a participant moved on to from the programme: what funders count as an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    /// Work on an employer's own payroll (*palkkatyö*).
    PaidWork,
    /// Studies (*koulutus*).
    Education,
    /// Job coaching or another employment service (*valmennus*).
    Coaching,
    /// A pension (*eläke*).
    Pension,
}

impl Destination {
    pub const ALL: [Destination; 4] = [
        Destination::PaidWork,
        Destination::Education,
        Destination::Coaching,
        Destination::Pension,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Destination::PaidWork => "paid_work",
            Destination::Education => "education",
            Destination::Coaching => "coaching",
            Destination::Pension => "pension",
        }
    }
}

/// A recorded move onward, with the date it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MovedOn {
    pub to: Destination,
    pub on: NaiveDate,
}

/// Someone who buys the work (*tilaaja*): it orders a service and does not become an employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commissioner {
    pub id: CommissionerId,
    pub organisation: OrganisationId,
    pub name: String,
    /// A person, phone or email, as free text.
    pub contact: String,
    /// What the unit bills per hour of work, before VAT (e.g. 14.50 €).
    pub price_per_hour: Cents,
    pub vat: VatRate,
}

/// What a supervisor fills in to record or change a commissioner; the id is made on the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommissionerDraft {
    pub id: CommissionerId,
    pub name: String,
    #[serde(default)]
    pub contact: String,
    pub price_per_hour: Cents,
    pub vat: VatRate,
}

impl CommissionerDraft {
    /// Checks the fields and makes the commissioner of `organisation`; bad input changes nothing.
    pub fn into_commissioner(
        self,
        organisation: OrganisationId,
    ) -> Result<Commissioner, DomainError> {
        check_line("name", &self.name, MAX_TITLE_CHARS, true)?;
        check_line("contact", &self.contact, MAX_TITLE_CHARS, false)?;
        if self.price_per_hour < Cents::ZERO || self.price_per_hour > MAX_PAY {
            return Err(DomainError::invalid("price_per_hour", "out_of_range"));
        }
        if self.vat > VatRate::MAX {
            return Err(DomainError::invalid("vat", "out_of_range"));
        }
        Ok(Commissioner {
            id: self.id,
            organisation,
            name: self.name.trim().to_owned(),
            contact: self.contact.trim().to_owned(),
            price_per_hour: self.price_per_hour,
            vat: self.vat,
        })
    }
}

/// One order from a commissioner (*tilaus*): the work it asked for, which tasks are published from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: OrderId,
    pub organisation: OrganisationId,
    pub commissioner: CommissionerId,
    pub title: String,
    /// What was agreed: amounts, contact on site, wishes.
    pub notes: String,
    pub created_by: PersonId,
    pub created_at: Timestamp,
}

/// What a supervisor fills in to record or change an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderDraft {
    pub id: OrderId,
    pub commissioner: CommissionerId,
    pub title: String,
    #[serde(default)]
    pub notes: String,
}

impl OrderDraft {
    /// Checks the text fields; the caller has checked that the commissioner is the actor's.
    pub fn into_order(
        self,
        organisation: OrganisationId,
        by: PersonId,
        at: Timestamp,
    ) -> Result<Order, DomainError> {
        check_line("title", &self.title, MAX_TITLE_CHARS, true)?;
        check_text("notes", &self.notes, MAX_TEXT_CHARS, false)?;
        Ok(Order {
            id: self.id,
            organisation,
            commissioner: self.commissioner,
            title: self.title.trim().to_owned(),
            notes: self.notes.trim().to_owned(),
            created_by: by,
            created_at: at,
        })
    }
}

/// The benefit profile a participant chose to show their supervisor, or its absence once the
/// permission is taken back (`profile: None`: the server then keeps no benefit data at all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedProfile {
    pub participant: PersonId,
    pub organisation: OrganisationId,
    pub profile: Option<crate::benefit::BenefitProfile>,
    pub updated_at: Timestamp,
}

/// A participant's explicit, dated, revocable permission to share their benefit profile with
/// their supervisor (like Kela's Y100 form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub participant: PersonId,
    pub share_benefit_profile: bool,
    /// When the current answer was given.
    pub decided_at: Timestamp,
    /// The device the answer came from, as the server recorded it (every device can only be
    /// paired with a code from a supervisor, so the answer is marked with where it came from
    /// and the participant sees it). `None` until the server has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_refused_when_empty_overlong_hidden_or_letterless() {
        assert_eq!(check_name("name", "  Aino  ").unwrap(), "Aino");
        for (text, problem) in [
            ("   ", "empty"),
            ("\u{202e}Aino", "control_characters"),
            ("- . -", "no_letters"),
        ] {
            assert_eq!(
                check_name("name", text),
                Err(DomainError::invalid("name", problem)),
                "{text:?}"
            );
        }
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            check_name("name", &long),
            Err(DomainError::invalid("name", "too_long"))
        );
        assert!(check_name("name", "Aino \"Ainoa\"").is_ok());
        assert_eq!(
            check_name("device_name", "Puhelin \"tämä laite\""),
            Err(DomainError::invalid("device_name", "quotes"))
        );
    }
}
