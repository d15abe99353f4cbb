//! Checking a tie's members: each names a declared state, once, and a member with dates of
//! its own takes part only within the tie's.

use super::{Checker, Ids};
use crate::model::dataset::StateIx;
use crate::model::date::Date;
use crate::model::error::ProblemKind;
use crate::model::raw::RawMember;
use crate::model::span::Span;

/// A member as read: where it is, its state, and its own dates where it gives them.
pub(super) struct Member {
    at: String,
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
            if out.iter().any(|o| o.state == state) {
                self.problem(at, ProblemKind::RepeatedMember(member.state().to_string()));
                continue;
            }
            out.push(Member {
                at,
                state,
                start,
                end,
                dates_read,
            });
        }
        if raw.len() < 2 {
            self.problem(
                format!("{base}.members"),
                ProblemKind::TooFewMembers(raw.len()),
            );
        }
        out
    }

    /// When each member takes part, parallel to `members`, its own dates defaulting to the
    /// tie's (`tie`); empty when no member has dates of its own. Reports own dates that
    /// reach outside the tie's or end before they start.
    pub(super) fn member_spans(&mut self, members: &[Member], tie: Span) -> Vec<Span> {
        if members.iter().all(|m| m.start.is_none() && m.end.is_none()) {
            return Vec::new();
        }
        members
            .iter()
            .map(|m| {
                let span = Span {
                    start: m.start.unwrap_or(tie.start),
                    end: m.end.or(tie.end),
                };
                if m.dates_read {
                    self.member_within(m, span, tie);
                }
                span
            })
            .collect()
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
