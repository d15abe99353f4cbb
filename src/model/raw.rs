//! The dataset file exactly as JSON writes it: these types only mirror the input.
//! [`super::dataset::parse`] turns them into the validated [`super::dataset::Dataset`].
//!
//! Unknown fields are ignored, so newer files still open.

use serde::Deserialize;

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
}

/// A tie between two or more states.
#[derive(Debug, Deserialize)]
pub struct RawTie {
    pub id: String,
    pub title: String,
    pub members: Vec<String>,
    pub domains: Vec<String>,
    pub stance: String,
    pub kind: String,
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
    pub summary: String,
    pub sources: Vec<RawCitation>,
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
