//! Checking periods: a start and an optional end, each a real date, the end not before the
//! start. A tie's dates and the spells in which a state exists are such periods.

use super::checker::Checker;
use crate::model::error::ProblemKind;
use crate::model::raw::RawSpell;
use crate::model::span::Span;

impl Checker {
    /// The period whose dates are at `base.start` and `base.end`; `None` when either date is
    /// bad or the end comes first (reported as the `what`'s).
    pub(super) fn period(
        &mut self,
        base: &str,
        what: &'static str,
        start: &str,
        end: Option<&str>,
    ) -> Option<Span> {
        let start = self.date(&format!("{base}.start"), start);
        let end = match end {
            Some(e) => self.date(&format!("{base}.end"), e).map(Some),
            None => Some(None),
        };
        let span = Span {
            start: start?,
            end: end?,
        };
        if span.last_day().is_some_and(|e| e < span.first_day()) {
            self.end_before_start(format!("{base}.end"), what, span);
            return None;
        }
        Some(span)
    }

    /// Reports that `span` ends before it starts.
    pub(super) fn end_before_start(&mut self, at: String, what: &'static str, span: Span) {
        let kind = ProblemKind::EndBeforeStart {
            what,
            start: span.start.to_string(),
            end: span.end.map(|e| e.to_string()).unwrap_or_default(),
        };
        self.problem(at, kind);
    }

    /// The spells of state `i`, in the order given: none when it has none (it always exists).
    /// A list given must not be empty.
    pub(super) fn spells(&mut self, i: usize, raw: Option<Vec<RawSpell>>) -> Vec<Span> {
        let Some(raw) = raw else {
            return Vec::new();
        };
        if raw.is_empty() {
            self.problem(format!("states[{i}].spells"), ProblemKind::Empty("spell"));
        }
        raw.iter()
            .enumerate()
            .filter_map(|(k, s)| {
                let base = format!("states[{i}].spells[{k}]");
                self.period(&base, "spell", &s.start, s.end.as_deref())
            })
            .collect()
    }
}
