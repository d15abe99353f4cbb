//! Checking one tie: members, domains, stance, dates and citations, each reference resolved
//! against the lists it names.

use super::{Checker, Ids};
use crate::model::dataset::{Citation, DomainIx, SourceIx, Stance, StateIx, Tie};
use crate::model::error::ProblemKind;
use crate::model::raw::RawTie;

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

        let mut members = Vec::with_capacity(t.members.len());
        for (m, id) in t.members.iter().enumerate() {
            let at = format!("{base}.members[{m}]");
            if let Some(ix) = self.resolve(states, at.clone(), id) {
                if members.contains(&ix) {
                    self.problem(at, ProblemKind::RepeatedMember(id.clone()));
                } else {
                    members.push(ix);
                }
            }
        }
        if t.members.len() < 2 {
            self.problem(
                format!("{base}.members"),
                ProblemKind::TooFewMembers(t.members.len()),
            );
        }

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

        let start = self.date(&format!("{base}.start"), &t.start);
        let end = match &t.end {
            Some(e) => self.date(&format!("{base}.end"), e).map(Some),
            None => Some(None),
        };
        if let (Some(s), Some(Some(e))) = (start, end) {
            if e.last_day() < s.first_day() {
                let kind = ProblemKind::EndBeforeStart {
                    start: s.to_string(),
                    end: e.to_string(),
                };
                self.problem(format!("{base}.end"), kind);
            }
        }

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
                });
            }
        }

        if self.problems.len() > before {
            return None;
        }
        Some(Tie {
            id: t.id,
            title: t.title,
            members,
            domains: tie_domains,
            stance: stance?,
            kind: t.kind,
            start: start?,
            end: end?,
            summary: t.summary,
            sources: citations,
        })
    }
}
