//! What the map shows on one date: a strand (a line or curve) per tie and domain, spread
//! side by side when several join the same two bodies, between the members taking part
//! then; the hubs of multilateral ties in force; which states take part in any tie then;
//! and which exist then. Computed when the date changes, not per animation frame.

use std::collections::BTreeMap;

use super::strand::offsets;
pub use super::strand::{Change, Strand, STRAND_GAP};
use crate::layout::map::MapLayout;
use crate::model::dataset::{Dataset, DomainIx, StateIx, Tie, TieIx};
use crate::model::date::Day;
use crate::model::filter::{Filter, Regions};

/// Everything drawn on one date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    pub strands: Vec<Strand>,
    /// Hubs of the multilateral ties drawn, with their bodies.
    pub hubs: Vec<(TieIx, u32, Change)>,
    /// By [`StateIx`]: whether the state takes part in a tie in force.
    pub active: Vec<bool>,
    /// By [`StateIx`]: whether the state exists on the date (see
    /// [`crate::model::dataset::State::exists_on`]).
    pub exists: Vec<bool>,
    /// The ties drawn, in dataset order.
    pub ties: Vec<TieIx>,
    /// By [`StateIx`]: how many of the ties drawn join the state.
    pub shown: Vec<u32>,
    /// How many of them are unchanged, added and ended (all unchanged without comparison).
    pub same: usize,
    pub added: usize,
    pub ended: usize,
    /// Whether a comparison date is set.
    pub comparing: bool,
    /// The date shown, and the comparison date.
    pub day: Day,
    pub compare: Option<Day>,
}

/// One strand waiting for its pair's strands to be counted: tie, domain, change.
type PairStrand = (TieIx, DomainIx, Change);

/// What a frame shows: a date, perhaps a date to compare it with, and the reader's filter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lens<'a> {
    pub day: Day,
    /// The "then" date: ties in force only then are drawn as ended, only now as added.
    pub compare: Option<Day>,
    pub filter: Filter,
    pub regions: &'a Regions,
}

impl Frame {
    /// The frame for `day`, with nothing filtered out and no comparison.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::{layout::map::MapLayout, model::{date::Date, parse::parse}, scene::frame::Frame};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let layout = MapLayout::compute(&data);
    /// let day = Date::parse("2015-06-01").unwrap().first_day();
    /// let frame = Frame::at(&data, &layout, day);
    /// assert_eq!(frame.ties.len(), 1);
    /// assert_eq!(frame.active, [true, true, false]);
    /// ```
    pub fn at(data: &Dataset, layout: &MapLayout, day: Day) -> Frame {
        let regions = Regions::of(data);
        Frame::of(
            data,
            layout,
            &Lens {
                day,
                compare: None,
                filter: Filter::default(),
                regions: &regions,
            },
        )
    }

    /// The frame that `lens` shows.
    pub fn of(data: &Dataset, layout: &MapLayout, lens: &Lens) -> Frame {
        let mut frame = Frame {
            active: vec![false; data.states.len()],
            shown: vec![0; data.states.len()],
            exists: data.states.iter().map(|s| s.exists_on(lens.day)).collect(),
            comparing: lens.compare.is_some(),
            day: lens.day,
            compare: lens.compare,
            ..Frame::default()
        };
        // Bilateral strands grouped by pair, so that all of a pair's lines are spread apart.
        let mut pairs: BTreeMap<(StateIx, StateIx), Vec<PairStrand>> = BTreeMap::new();
        for (ix, tie) in data.tie_ixs() {
            let now = tie.is_active(lens.day);
            let then = lens.compare.map(|c| tie.is_active(c));
            let change = match (now, then) {
                (true, None | Some(true)) => Change::Same,
                (true, Some(false)) => Change::Added,
                (false, Some(true)) => Change::Ended,
                (false, _) => continue,
            };
            // An ended tie is drawn as it was on the comparison date.
            let when = match change {
                Change::Ended => lens.compare.unwrap_or(lens.day),
                _ => lens.day,
            };
            if !lens.filter.shows_on(tie, lens.regions, when) {
                continue;
            }
            frame.ties.push(ix);
            for m in tie.members_on(when) {
                frame.shown[m.index()] += 1;
            }
            match change {
                Change::Same => frame.same += 1,
                Change::Added => frame.added += 1,
                Change::Ended => frame.ended += 1,
            }
            if now {
                for m in tie.members_on(lens.day) {
                    frame.active[m.index()] = true;
                }
            }
            let domains: Vec<DomainIx> = tie
                .domains
                .iter()
                .copied()
                .filter(|d| lens.filter.shows_domain(*d))
                .collect();
            if let Some(hub) = layout.hubs[ix.index()] {
                frame.hubs.push((ix, hub, change));
                for m in tie.members_on(when) {
                    for (domain, bend) in domains.iter().zip(offsets(domains.len())) {
                        frame.strands.push(Strand {
                            tie: ix,
                            domain: *domain,
                            from: m.0,
                            to: hub,
                            bend,
                            change,
                        });
                    }
                }
            } else {
                // Two members: both take part whenever the tie is in force.
                let (a, b) = (tie.members[0], tie.members[1]);
                let strands = pairs.entry((a.min(b), a.max(b))).or_default();
                strands.extend(domains.iter().map(|d| (ix, *d, change)));
            }
        }
        for ((a, b), strands) in pairs {
            for ((tie, domain, change), bend) in strands.iter().zip(offsets(strands.len())) {
                frame.strands.push(Strand {
                    tie: *tie,
                    domain: *domain,
                    from: a.0,
                    to: b.0,
                    bend,
                    change: *change,
                });
            }
        }
        frame
    }

    /// The date `tie` is drawn as: the frame's, or the comparison date for a tie drawn as
    /// ended.
    pub fn drawn_on(&self, tie: &Tie) -> Day {
        match self.compare {
            Some(c) if !tie.is_active(self.day) => c,
            _ => self.day,
        }
    }

    /// The members that the frame connects for `tie`: those taking part on the date it is
    /// drawn as.
    pub fn members_drawn<'a>(&self, tie: &'a Tie) -> impl Iterator<Item = StateIx> + 'a {
        tie.members_on(self.drawn_on(tie))
    }

    /// The states joined to `state` by the ties drawn (`state` itself included when it has
    /// any).
    pub fn partners(&self, data: &Dataset, state: StateIx) -> Vec<StateIx> {
        self.ties
            .iter()
            .map(|t| data.tie(*t))
            .filter(|t| self.members_drawn(t).any(|m| m == state))
            .flat_map(|t| self.members_drawn(t))
            .collect()
    }
}

#[cfg(test)]
mod tests;
