//! The dataset file exactly as JSON writes it: these types only mirror the input.
//! [`super::parse::parse`] turns them into the validated [`super::dataset::Dataset`].
//!
//! Unknown fields are ignored, so newer files still open.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// A domain of ties (a layer): `{ "id": "space", "label": "Space" }`.
#[derive(Debug, Deserialize)]
pub struct RawDomain {
    pub id: String,
    pub label: String,
}

/// A state: `{ "id": "JPN", "name": "Japan", "region": "East Asia" }`.
#[derive(Debug, Deserialize)]
pub struct RawState {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub region: Option<String>,
    /// When the state exists; absent (or null) when it always does.
    #[serde(default)]
    pub spells: Option<Vec<RawSpell>>,
}

/// A period in which a state exists: `{ "start": "1816-01-01", "end": "1940-06-14" }`, with
/// no end (or a null one) while it still does.
#[derive(Debug, Deserialize)]
pub struct RawSpell {
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
}

/// A source document that ties cite.
#[derive(Debug, Deserialize)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    pub date: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// One citation on a tie: a source id and a verbatim quote from it.
#[derive(Debug, Deserialize)]
pub struct RawCitation {
    pub source: String,
    pub quote: String,
    /// The quote is a row of a data file rather than prose.
    #[serde(default)]
    pub row: Option<bool>,
}

/// A labelled fact about a tie, in words: `{ "label": "Signed", "value": "4 April 1949" }`.
#[derive(Debug, Deserialize)]
pub struct RawFact {
    pub label: String,
    pub value: String,
}

/// A tie between two or more states.
#[derive(Debug, Deserialize)]
pub struct RawTie {
    pub id: String,
    pub title: String,
    /// A short name without members, from which a title on a date is composed.
    #[serde(default)]
    pub name: Option<String>,
    pub members: Vec<RawMember>,
    pub domains: Vec<String>,
    pub stance: String,
    pub kind: String,
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
    pub summary: String,
    pub sources: Vec<RawCitation>,
    #[serde(default)]
    pub facts: Option<Vec<RawFact>>,
}

/// One member of a tie: a state id (`"GBR"`), or an object naming the state with its own
/// dates, each optional (`{ "state": "GBR", "start": "1902-01-30", "end": "1923-08-17" }`).
#[derive(Debug)]
pub enum RawMember {
    Id(String),
    Dated(RawDatedMember),
}

/// The object form of a member.
#[derive(Debug, Deserialize)]
pub struct RawDatedMember {
    pub state: String,
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
}

impl RawMember {
    /// The state id the member names.
    pub fn state(&self) -> &str {
        match self {
            RawMember::Id(id) => id,
            RawMember::Dated(m) => &m.state,
        }
    }
}

/// A string or an object. Written out rather than derived (`untagged`) so that a wrong value
/// is reported as plainly as elsewhere ("expected a string") and a problem inside the object
/// keeps its path (`members[2].end`).
impl<'de> Deserialize<'de> for RawMember {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MemberVisitor;

        impl<'de> Visitor<'de> for MemberVisitor {
            type Value = RawMember;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawMember, E> {
                Ok(RawMember::Id(v.to_string()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<RawMember, E> {
                Ok(RawMember::Id(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawMember, A::Error> {
                RawDatedMember::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(RawMember::Dated)
            }
        }

        deserializer.deserialize_any(MemberVisitor)
    }
}

/// One scene of a story.
#[derive(Debug, Deserialize)]
pub struct RawScene {
    pub title: String,
    pub caption: String,
    pub date: String,
    #[serde(default)]
    pub compare: Option<String>,
    #[serde(default)]
    pub domains: Option<Vec<String>>,
    #[serde(default)]
    pub focus: Vec<String>,
    #[serde(default)]
    pub zoom: Option<f64>,
}

/// A story: scenes in order.
#[derive(Debug, Deserialize)]
pub struct RawStory {
    pub id: String,
    pub title: String,
    pub scenes: Vec<RawScene>,
}
