//! The passes of checking a dataset, each a step of its own that [`super::staged`] runs in
//! order: the head (format, version, title and every list but the ties' elements), each
//! tie's shape, then ids and dated fields, each tie's meaning, and last the stories.

use serde_json::{Map, Value};

use super::checker::{describe, Checker, Ids};
use crate::model::dataset::{
    Dataset, Domain, DomainIx, Source, SourceIx, State, StateIx, Tie, TieIx,
};
use crate::model::error::ProblemKind;
use crate::model::filter::MAX_DOMAINS;
use crate::model::raw::{RawDomain, RawSource, RawState, RawTie};

/// What the head pass read.
pub(super) struct Head {
    title: Option<String>,
    description: Option<String>,
    domains: Option<Vec<(usize, RawDomain)>>,
    states: Option<Vec<(usize, RawState)>>,
    sources: Option<Vec<(usize, RawSource)>>,
    /// Whether `ties` is a list (if not, that is reported and there are no ties to read).
    pub ties_listed: bool,
}

/// Everything but the ties and stories, checked, with the ids that ties and stories name.
pub(super) struct Middle {
    title: Option<String>,
    description: Option<String>,
    domains: Option<Vec<Domain>>,
    states: Option<Vec<State>>,
    sources: Option<Vec<Source>>,
    pub state_ids: Ids<StateIx>,
    pub domain_ids: Ids<DomainIx>,
    pub source_ids: Ids<SourceIx>,
    tie_ids: Ids<TieIx>,
    /// Whether `ties` is a list: if not, there is no dataset, and no stories are read.
    ties_listed: bool,
}

impl Checker {
    /// Format and version (`None` if either is wrong: nothing else then means anything),
    /// title, description, the domains, states and sources, and whether the ties are a list.
    pub(super) fn head(&mut self, root: &Map<String, Value>) -> Option<Head> {
        match root.get("format") {
            Some(Value::String(s)) if s == "alliance-map" => {}
            Some(v) => self.problem("format", ProblemKind::NotThisFormat(describe(v))),
            None => self.problem("(top level)", ProblemKind::Missing("format")),
        }
        match root.get("version") {
            Some(v) if v.as_u64() == Some(1) => {}
            Some(v) => self.problem("version", ProblemKind::UnsupportedVersion(v.to_string())),
            None => self.problem("(top level)", ProblemKind::Missing("version")),
        }
        if !self.problems.is_empty() {
            return None;
        }
        let title = self.text_field(root, "title", true);
        let description = self.text_field(root, "description", false);
        let domains = self.list::<RawDomain>(root, "domains", "domain");
        if let Some(Value::Array(d)) = root.get("domains") {
            if d.len() > MAX_DOMAINS {
                let kind = ProblemKind::TooMany {
                    what: "domains",
                    max: MAX_DOMAINS,
                    found: d.len(),
                };
                self.problem("domains", kind);
            }
        }
        let states = self.list::<RawState>(root, "states", "state");
        let sources = self.list::<RawSource>(root, "sources", "source");
        let ties_listed = self.list_items(root, "ties", "tie").is_some();
        Some(Head {
            title,
            description,
            domains,
            states,
            sources,
            ties_listed,
        })
    }

    /// The ids of every list, the states' spells and the sources' dates.
    pub(super) fn middle(&mut self, root: &Map<String, Value>, head: Head) -> Middle {
        let domain_ids = self.ids(root, "domains", |i| DomainIx(i as u32));
        let state_ids = self.ids(root, "states", |i| StateIx(i as u32));
        let source_ids = self.ids(root, "sources", |i| SourceIx(i as u32));
        let tie_ids = self.ids(root, "ties", |i| TieIx(i as u32));
        let domains = head.domains.map(|v| {
            v.into_iter()
                .map(|(_, d)| Domain {
                    id: d.id,
                    label: d.label,
                })
                .collect()
        });
        let states = head.states.map(|v| {
            v.into_iter()
                .map(|(i, s)| State {
                    spells: self.spells(i, s.spells),
                    id: s.id,
                    name: s.name,
                    region: s.region,
                })
                .collect()
        });
        let sources = head.sources.map(|v| {
            v.into_iter()
                .filter_map(|(i, s)| {
                    let date = self.date(&format!("sources[{i}].date"), &s.date)?;
                    Some(Source {
                        id: s.id,
                        title: s.title,
                        publisher: s.publisher,
                        author: s.author,
                        date,
                        url: s.url,
                    })
                })
                .collect()
        });
        Middle {
            title: head.title,
            description: head.description,
            domains,
            states,
            sources,
            state_ids,
            domain_ids,
            source_ids,
            tie_ids,
            ties_listed: head.ties_listed,
        }
    }

    /// Tie `i`'s meaning, against the ids the middle pass read.
    pub(super) fn tie_in(&mut self, m: &Middle, i: usize, t: RawTie) -> Option<Tie> {
        self.tie(i, t, &m.state_ids, &m.domain_ids, &m.source_ids)
    }

    /// The stories, and the dataset if nothing stood in the way.
    pub(super) fn finish(
        &mut self,
        root: &Map<String, Value>,
        m: Middle,
        ties: Vec<Tie>,
    ) -> Option<Dataset> {
        // Stories are read only when everything else could be (they refer to it).
        let (title, domains, states, sources, ties) = (
            m.title?,
            m.domains?,
            m.states?,
            m.sources?,
            m.ties_listed.then_some(ties)?,
        );
        Some(Dataset {
            stories: self.stories(root, &m.state_ids, &m.tie_ids, &m.domain_ids)?,
            title,
            description: m.description,
            domains,
            states,
            sources,
            ties,
        })
    }
}

/// The ties' elements (the head pass has checked that they are a list).
pub(super) fn ties_of(root: &Map<String, Value>) -> &[Value] {
    match root.get("ties") {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}
