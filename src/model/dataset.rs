//! The validated dataset that the rest of the program uses: typed indices instead of string
//! ids, parsed dates, and a guarantee that every reference resolves. Build one with
//! [`super::parse::parse`]; nothing downstream checks again what it guarantees.

use super::date::{Date, Day};
use super::span::Span;

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            /// The position in its list.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(
    /// Position of a state in [`Dataset::states`].
    StateIx
);
index_type!(
    /// Position of a tie in [`Dataset::ties`].
    TieIx
);
index_type!(
    /// Position of a domain in [`Dataset::domains`].
    DomainIx
);
index_type!(
    /// Position of a source in [`Dataset::sources`].
    SourceIx
);

#[derive(Debug, Clone, PartialEq)]
pub struct Domain {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub id: String,
    pub name: String,
    pub region: Option<String>,
    /// The periods in which the state exists, as listed; empty when it always does (see
    /// [`State::exists_on`]).
    pub spells: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub date: Date,
    pub url: Option<String>,
}

impl Source {
    /// The URL, only when it is safe to make a link of it (http or https).
    pub fn link(&self) -> Option<&str> {
        self.url.as_deref().filter(|u| {
            let lower = u.trim_start().to_ascii_lowercase();
            lower.starts_with("https://") || lower.starts_with("http://")
        })
    }
}

/// Whether a tie is cooperation or rivalry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    Cooperation,
    Rivalry,
}

impl Stance {
    pub fn label(self) -> &'static str {
        match self {
            Stance::Cooperation => "cooperation",
            Stance::Rivalry => "rivalry",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub source: SourceIx,
    pub quote: String,
    /// The quote is a row of a data file, shown on request under the tie's facts.
    pub row: bool,
}

/// A labelled fact about a tie, in words ("Signed": "4 April 1949").
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tie {
    pub id: String,
    pub title: String,
    /// A short name without members; see [`Dataset::title_on`].
    pub name: Option<String>,
    /// Two or more distinct states.
    pub members: Vec<StateIx>,
    /// When each member takes part, parallel to `members`: one period or more (a state that
    /// left and came back has two), the tie's own dates where a member gives none; empty when
    /// no member has dates of its own, so that every member takes part for the whole tie. See
    /// [`Tie::members_on`].
    pub member_spans: Vec<Vec<Span>>,
    /// One or more distinct domains.
    pub domains: Vec<DomainIx>,
    pub stance: Stance,
    pub kind: String,
    pub start: Date,
    /// `None` while the tie is in force.
    pub end: Option<Date>,
    pub summary: String,
    /// One or more citations.
    pub sources: Vec<Citation>,
    /// Facts in words, shown above the citations (may be none).
    pub facts: Vec<Fact>,
}

impl Tie {
    /// The tie's dates in words: "April 2015 – ongoing".
    pub fn period_in_words(&self) -> String {
        self.span().in_words()
    }
}

/// A validated dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub title: String,
    pub description: Option<String>,
    pub domains: Vec<Domain>,
    pub states: Vec<State>,
    pub sources: Vec<Source>,
    pub ties: Vec<Tie>,
    /// Guided stories through the data, for presenting (may be none).
    pub stories: Vec<Story>,
}

/// What a scene brings forward: a state or a tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    State(StateIx),
    Tie(TieIx),
}

/// One step of a story: the map at a date (perhaps compared with another), with some layers
/// and a focus, and a caption to read out.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub title: String,
    pub caption: String,
    pub date: Date,
    pub compare: Option<Date>,
    /// The domains shown (all when `None`).
    pub domains: Option<Vec<DomainIx>>,
    /// The first is selected; the view zooms to all of them.
    pub focus: Vec<Focus>,
    /// How far to zoom in on the focus, relative to fitting it (1 = fit).
    pub zoom: Option<f64>,
}

/// A guided walk through the map, scene by scene.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub scenes: Vec<Scene>,
}

impl Dataset {
    pub fn state(&self, ix: StateIx) -> &State {
        &self.states[ix.index()]
    }

    pub fn tie(&self, ix: TieIx) -> &Tie {
        &self.ties[ix.index()]
    }

    pub fn domain(&self, ix: DomainIx) -> &Domain {
        &self.domains[ix.index()]
    }

    pub fn source(&self, ix: SourceIx) -> &Source {
        &self.sources[ix.index()]
    }

    /// The names of a tie's members, in order.
    pub fn member_names(&self, tie: &Tie) -> Vec<&str> {
        tie.members
            .iter()
            .map(|m| self.state(*m).name.as_str())
            .collect()
    }

    /// The names of the members taking part in a tie on `day`, in order.
    pub fn member_names_on(&self, tie: &Tie, day: Day) -> Vec<&str> {
        tie.members_on(day)
            .map(|m| self.state(m).name.as_str())
            .collect()
    }

    /// The labels of a tie's domains, in order.
    pub fn domain_labels(&self, tie: &Tie) -> Vec<&str> {
        tie.domains
            .iter()
            .map(|d| self.domain(*d).label.as_str())
            .collect()
    }

    /// The titles of the sources a tie cites, in order.
    pub fn source_titles(&self, tie: &Tie) -> Vec<&str> {
        tie.sources
            .iter()
            .map(|c| self.source(c.source).title.as_str())
            .collect()
    }

    /// Every source's title, for a credit line: "A; B; C".
    pub fn sources_line(&self) -> String {
        self.sources
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Every tie with its index.
    pub fn tie_ixs(&self) -> impl Iterator<Item = (TieIx, &Tie)> {
        self.ties
            .iter()
            .enumerate()
            .map(|(i, t)| (TieIx(i as u32), t))
    }

    /// The ties in force on `day`.
    pub fn active_ties(&self, day: Day) -> impl Iterator<Item = (TieIx, &Tie)> {
        self.tie_ixs().filter(move |(_, t)| t.is_active(day))
    }

    /// The ties in force on `day` in which `state` takes part then.
    pub fn ties_of(&self, state: StateIx, day: Day) -> impl Iterator<Item = (TieIx, &Tie)> {
        self.active_ties(day)
            .filter(move |(_, t)| t.takes_part(state, day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(url: Option<&str>) -> Source {
        Source {
            id: "s".into(),
            title: "t".into(),
            publisher: None,
            author: None,
            date: Date::parse("2020").unwrap(),
            url: url.map(String::from),
        }
    }

    #[test]
    fn only_http_and_https_urls_become_links() {
        assert_eq!(
            source(Some("https://example.org/a")).link(),
            Some("https://example.org/a")
        );
        assert_eq!(
            source(Some("HTTP://example.org")).link(),
            Some("HTTP://example.org")
        );
        assert_eq!(source(Some("javascript:alert(1)")).link(), None);
        assert_eq!(source(Some("data:text/html,hi")).link(), None);
        assert_eq!(source(Some("//example.org")).link(), None);
        assert_eq!(source(None).link(), None);
    }
}
