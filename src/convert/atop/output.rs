//! The dataset the conversion writes, as JSON types in the field order of the format
//! (version 1, see `data/schema.json`), with its extensions: a tie member may be an object
//! with its own `start` and `end`, a state may list its `spells` of independence, a tie may
//! have a short `name` and `facts` in words, and a citation may be a data `row`.

use serde::Serialize;

/// The whole dataset file.
#[derive(Debug, Clone, Serialize)]
pub struct Dataset {
    pub format: &'static str,
    pub version: u32,
    pub title: String,
    pub description: String,
    pub domains: Vec<Domain>,
    pub states: Vec<State>,
    pub sources: Vec<Source>,
    pub ties: Vec<Tie>,
}

/// A domain: one of the five obligations.
#[derive(Debug, Clone, Serialize)]
pub struct Domain {
    pub id: &'static str,
    pub label: &'static str,
}

/// A state, with its spells of independence.
#[derive(Debug, Clone, Serialize)]
pub struct State {
    pub id: String,
    pub name: String,
    pub region: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spells: Vec<Spell>,
}

/// One spell of independence; no `end` while it lasts.
#[derive(Debug, Clone, Serialize)]
pub struct Spell {
    pub start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// A source document.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub author: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<&'static str>,
    pub date: &'static str,
    pub url: &'static str,
}

/// A tie: one alliance phase.
#[derive(Debug, Clone, Serialize)]
pub struct Tie {
    pub id: String,
    pub title: String,
    /// The short name without members, from which the app composes the title on a date.
    pub name: String,
    pub members: Vec<Member>,
    pub domains: Vec<&'static str>,
    pub stance: &'static str,
    pub kind: String,
    pub start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub summary: String,
    pub sources: Vec<Citation>,
    /// Facts in words, shown above the source row.
    pub facts: Vec<Fact>,
}

/// A labelled fact about a tie, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
}

/// A tie member: a state id, or an object when its entry or exit differs from the tie's.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Member {
    Id(String),
    Period {
        state: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        start: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        end: Option<String>,
    },
}

/// A citation: a source id and a verbatim quote.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub source: &'static str,
    pub quote: String,
    /// The quote is a row of a data file: the app shows it on request, under the facts.
    pub row: bool,
}

impl Dataset {
    /// The file's text: pretty-printed with two spaces, ending in a line break.
    pub fn to_json(&self) -> serde_json::Result<String> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_strings_or_objects_without_empty_fields() {
        let plain = Member::Id("USA".into());
        let joined = Member::Period {
            state: "GRC".into(),
            start: Some("1951-10-22".into()),
            end: None,
        };
        assert_eq!(serde_json::to_string(&plain).unwrap(), "\"USA\"");
        assert_eq!(
            serde_json::to_string(&joined).unwrap(),
            r#"{"state":"GRC","start":"1951-10-22"}"#
        );
    }

    #[test]
    fn pretty_prints_with_two_spaces_and_a_final_line_break() {
        let d = Dataset {
            format: "alliance-map",
            version: 1,
            title: "T".into(),
            description: "D".into(),
            domains: vec![Domain {
                id: "defense",
                label: "Defense",
            }],
            states: vec![],
            sources: vec![],
            ties: vec![],
        };
        let text = d.to_json().unwrap();
        assert!(text.starts_with("{\n  \"format\": \"alliance-map\",\n  \"version\": 1,\n"));
        assert!(text.ends_with("}\n"));
    }
}
