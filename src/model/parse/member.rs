//! Checking a tie's members: each names a declared state, once (or again, with dates of its
//! own that do not overlap, for a state that left and came back), and a member with dates of
//! its own takes part only within the tie's.

use super::checker::{Checker, Ids};
use crate::model::dataset::StateIx;
use crate::model::date::Date;
use crate::model::error::ProblemKind;
use crate::model::raw::RawMember;
use crate::model::span::{overlap, Span};

/// A member as read: where it is, its state, and its own dates where it gives them.
pub(super) struct Member {
    at: String,
    /// The state's id as written.
    id: String,
    pub state: StateIx,
    start: Option<Date>,
    end: Option<Date>,
    /// False when one of its own dates is malformed (reported already).
    dates_read: bool,
}

impl Checker {
    /// The members of the tie at `base` whose states resolve, reporting unknown and repeated
    /// states, malformed own dates and a tie of fewer than two.
    pub(super) fn members(
        &mut self,
        base: &str,
        raw: &[RawMember],
        states: &Ids<StateIx>,
    ) -> Vec<Member> {
        let mut out: Vec<Member> = Vec::with_capacity(raw.len());
        for (m, member) in raw.iter().enumerate() {
            let at = format!("{base}.members[{m}]");
            let ix = self.resolve(states, at.clone(), member.state());
            let mut dates_read = true;
            let mut own = |field: &str, text: &Option<String>| {
                let text = text.as_deref()?;
                let date = self.date(&format!("{at}.{field}"), text);
                dates_read &= date.is_some();
                date
            };
            let (start, end) = match member {
                RawMember::Id(_) => (None, None),
                RawMember::Dated(d) => (own("start", &d.start), own("end", &d.end)),
            };
            let Some(state) = ix else { continue };
            // Again is allowed only with dates, and after listings with dates.
            let dated = |s: &Option<Date>, e: &Option<Date>| s.is_some() || e.is_some();
            let before: Vec<&Member> = out.iter().filter(|o| o.state == state).collect();
            let again = before.iter().all(|o| dated(&o.start, &o.end)) && dated(&start, &end);
            if !(before.is_empty() || again && dates_read) {
                self.problem(at, ProblemKind::RepeatedMember(member.state().to_string()));
                continue;
            }
            out.push(Member {
                at,
                id: member.state().to_string(),
                state,
                start,
                end,
                dates_read,
            });
        }
        let mut distinct: Vec<StateIx> = out.iter().map(|m| m.state).collect();
        distinct.sort();
        distinct.dedup();
        // Two listings of one state (that left and came back) are still one member.
        if raw.len() < 2 || (out.len() == raw.len() && distinct.len() == 1) {
            let n = if raw.len() < 2 { raw.len() } else { 1 };
            self.problem(format!("{base}.members"), ProblemKind::TooFewMembers(n));
        }
        out
    }

    /// The states of the tie, once each in the order first listed, and when each takes part:
    /// its own periods, defaulting to the tie's dates (`tie`); no periods at all when no
    /// member has dates of its own. Reports own dates that reach outside the tie's or end
    /// before they start, and periods of one state that overlap.
    pub(super) fn member_spans(
        &mut self,
        members: &[Member],
        tie: Span,
    ) -> (Vec<StateIx>, Vec<Vec<Span>>) {
        let mut states: Vec<StateIx> = Vec::with_capacity(members.len());
        let mut periods: Vec<Vec<Span>> = Vec::with_capacity(members.len());
        for m in members {
            let span = Span {
                start: m.start.unwrap_or(tie.start),
                end: m.end.or(tie.end),
            };
            if m.dates_read {
                self.member_within(m, span, tie);
            }
            match states.iter().position(|s| *s == m.state) {
                Some(k) => {
                    if periods[k].iter().any(|p| overlap(p, &span).is_some()) {
                        let kind = ProblemKind::MemberPeriodsOverlap(m.id.clone());
                        self.problem(m.at.clone(), kind);
                    }
                    periods[k].push(span);
                }
                None => {
                    states.push(m.state);
                    periods.push(vec![span]);
                }
            }
        }
        if members.iter().all(|m| m.start.is_none() && m.end.is_none()) {
            periods.clear();
        }
        (states, periods)
    }

    fn member_within(&mut self, m: &Member, span: Span, tie: Span) {
        let words = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let (member_start, tie_start) = (span.start.to_string(), tie.start.to_string());
        if m.start.is_some() && span.first_day() < tie.first_day() {
            let kind = ProblemKind::MemberStartsBeforeTie {
                member: member_start.clone(),
                tie: tie_start,
            };
            self.problem(format!("{}.start", m.at), kind);
        }
        let tie_last = tie.last_day();
        if m.start.is_some() && m.end.is_none() && tie_last.is_some_and(|e| e < span.first_day()) {
            let kind = ProblemKind::MemberStartsAfterTie {
                member: member_start,
                tie: words(tie.end),
            };
            self.problem(format!("{}.start", m.at), kind);
        }
        let Some(last) = span.last_day().filter(|_| m.end.is_some()) else {
            return;
        };
        if tie_last.is_some_and(|e| e < last) {
            let kind = ProblemKind::MemberEndsAfterTie {
                member: words(span.end),
                tie: words(tie.end),
            };
            self.problem(format!("{}.end", m.at), kind);
        }
        if last < span.first_day() {
            self.end_before_start(format!("{}.end", m.at), "member", span);
        }
    }
}
