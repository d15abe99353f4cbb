//! Checking one tie: members (see [`super::member`]), domains, stance, dates and citations,
//! each reference resolved against the lists it names.

use super::checker::{Checker, Ids};
use crate::model::dataset::{Citation, DomainIx, Fact, SourceIx, Stance, StateIx, Tie};
use crate::model::error::ProblemKind;
use crate::model::raw::{RawFact, RawTie};

impl Checker {
    pub(super) fn tie(
        &mut self,
        i: usize,
        t: RawTie,
        states: &Ids<StateIx>,
        domains: &Ids<DomainIx>,
        sources: &Ids<SourceIx>,
    ) -> Option<Tie> {
        let base = format!("ties[{i}]");
        let before = self.problems.len();

        let members = self.members(&base, &t.members, states);

        if t.domains.is_empty() {
            self.problem(format!("{base}.domains"), ProblemKind::Empty("domain"));
        }
        let mut tie_domains = Vec::with_capacity(t.domains.len());
        for (d, id) in t.domains.iter().enumerate() {
            if let Some(ix) = self.resolve(domains, format!("{base}.domains[{d}]"), id) {
                if !tie_domains.contains(&ix) {
                    tie_domains.push(ix);
                }
            }
        }

        let stance = match t.stance.as_str() {
            "cooperation" => Some(Stance::Cooperation),
            "rivalry" => Some(Stance::Rivalry),
            other => {
                self.problem(
                    format!("{base}.stance"),
                    ProblemKind::BadStance(other.to_string()),
                );
                None
            }
        };

        let span = self.period(&base, "tie", &t.start, t.end.as_deref());
        let member_spans = span.map(|span| self.member_spans(&members, span));

        if t.sources.is_empty() {
            self.problem(
                format!("{base}.sources"),
                ProblemKind::Empty("source citation"),
            );
        }
        let mut citations = Vec::with_capacity(t.sources.len());
        for (c, cite) in t.sources.into_iter().enumerate() {
            let at = format!("{base}.sources[{c}].source");
            if let Some(source) = self.resolve(sources, at, &cite.source) {
                citations.push(Citation {
                    source,
                    quote: cite.quote,
                    row: cite.row.unwrap_or(false),
                });
            }
        }

        if self.problems.len() > before {
            return None;
        }
        let member_spans = member_spans?;
        Some(Tie {
            id: t.id,
            title: t.title,
            name: t.name,
            members: member_spans.0,
            member_spans: member_spans.1,
            domains: tie_domains,
            stance: stance?,
            kind: t.kind,
            start: span?.start,
            end: span?.end,
            summary: t.summary,
            sources: citations,
            facts: facts_of(t.facts),
        })
    }
}

fn facts_of(raw: Option<Vec<RawFact>>) -> Vec<Fact> {
    raw.unwrap_or_default()
        .into_iter()
        .map(|f| Fact {
            label: f.label,
            value: f.value,
        })
        .collect()
}
