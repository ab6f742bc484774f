//! The people and organisations around a task: units, groups, participants, supervisors, commissioners.

use crate::Timestamp;
use crate::ids::{CommissionerId, GroupId, OrganisationId, PersonId};
use serde::{Deserialize, Serialize};

/// A work-activity unit, or another organisation that runs the Jobcenter model (*yksikkö*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    /// Who pays the wages by default (*työnantaja*): the welfare area, an association, a platform…
    pub employer_of_record: String,
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
}

/// Someone who buys the work (*tilaaja*): it orders a service and does not become an employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commissioner {
    pub id: CommissionerId,
    pub organisation: OrganisationId,
    pub name: String,
    pub contact: String,
}

/// A participant's explicit, dated, revocable permission to share their benefit profile with
/// their supervisor (like Kela's Y100 form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub participant: PersonId,
    pub share_benefit_profile: bool,
    /// When the current answer was given.
    pub decided_at: Timestamp,
}
