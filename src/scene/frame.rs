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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{date::Date, parse::parse};

    fn day(s: &str) -> Day {
        Date::parse(s).unwrap().first_day()
    }

    #[test]
    fn strands_follow_the_ties_in_force() {
        let data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        let layout = MapLayout::compute(&data);
        let f = Frame::at(&data, &layout, day("2016-05-20"));
        // All three ties: ab (space), abc (cyber + space, 3 members, 2 domains), bc (cyber).
        assert_eq!(f.ties, [TieIx(0), TieIx(1), TieIx(2)]);
        assert_eq!(f.strands.len(), 1 + 3 * 2 + 1);
        assert_eq!(f.hubs, [(TieIx(1), 3, Change::Same)]);
        // The hub's two domains are drawn side by side.
        let spokes: Vec<f64> = f
            .strands
            .iter()
            .filter(|s| s.tie == TieIx(1))
            .map(|s| s.bend)
            .collect();
        assert_eq!(spokes, [-3.5, 3.5, -3.5, 3.5, -3.5, 3.5]);
        let after = Frame::at(&data, &layout, day("2016-07-01"));
        assert_eq!(after.ties, [TieIx(1), TieIx(2)]);
        let before = Frame::at(&data, &layout, day("2014-12-31"));
        assert!(before.strands.is_empty() && before.active == [false; 3]);
    }

    /// The frame of `now` compared with `then`, nothing filtered out.
    fn compared(data: &Dataset, now: &str, then: &str) -> Frame {
        let regions = Regions::of(data);
        let lens = Lens {
            day: day(now),
            compare: Some(day(then)),
            filter: Filter::default(),
            regions: &regions,
        };
        Frame::of(data, &MapLayout::unsettled(data), &lens)
    }

    #[test]
    fn comparing_two_dates_marks_ties_added_and_ended() {
        let data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        // Then 1 June 2015: only ab. Now 1 July 2016: ab has ended; abc and bc are new.
        let f = compared(&data, "2016-07-01", "2015-06-01");
        assert_eq!(f.ties, [TieIx(0), TieIx(1), TieIx(2)]);
        assert_eq!((f.same, f.added, f.ended), (0, 2, 1));
        let change_of = |t: u32| f.strands.iter().find(|s| s.tie == TieIx(t)).unwrap().change;
        assert_eq!(
            (change_of(0), change_of(1), change_of(2)),
            (Change::Ended, Change::Added, Change::Added)
        );
        // Bland takes part in ties in force now; the ended tie alone would not make it active.
        assert_eq!(f.active, [true, true, true]);
        let same = compared(&data, "2016-07-01", "2016-07-02");
        assert_eq!((same.same, same.added, same.ended), (2, 0, 0));
    }

    #[test]
    fn the_filter_hides_ties_and_their_hidden_domains() {
        let data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        let layout = MapLayout::unsettled(&data);
        let regions = Regions::of(&data);
        let no_cyber = Filter::default().toggle_domain(DomainIx(1));
        let f = Frame::of(
            &data,
            &layout,
            &Lens {
                day: day("2016-05-20"),
                compare: None,
                filter: no_cyber,
                regions: &regions,
            },
        );
        // bc is cyber only: gone. abc keeps only its space strands (one per member).
        assert_eq!(f.ties, [TieIx(0), TieIx(1)]);
        assert_eq!(f.strands.len(), 1 + 3);
        assert!(f.strands.iter().all(|s| s.domain == DomainIx(0)));
        assert_eq!(f.active, [true, true, true]);
    }

    #[test]
    fn a_pair_with_several_ties_gets_parallel_strands() {
        let mut data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        // Make the cyber rivalry a second A-B tie beside the space accord.
        data.ties[2].members = vec![StateIx(1), StateIx(0)];
        let layout = MapLayout::compute(&data);
        let f = Frame::at(&data, &layout, day("2016-05-20"));
        let pair: Vec<&Strand> = f.strands.iter().filter(|s| s.tie != TieIx(1)).collect();
        assert_eq!(pair.len(), 2);
        assert_eq!((pair[0].bend, pair[1].bend), (-3.5, 3.5));
        assert_eq!(
            (pair[0].from, pair[0].to),
            (pair[1].from, pair[1].to),
            "same direction, so offsets do not cancel"
        );
    }

    #[test]
    fn a_member_outside_its_own_dates_is_not_connected() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let layout = MapLayout::unsettled(&data);
        let spokes = |f: &Frame, t: u32| -> Vec<u32> {
            f.strands
                .iter()
                .filter(|s| s.tie == TieIx(t))
                .map(|s| s.from)
                .collect()
        };
        // 1925: the entente joins Aland and Cland (Bland left in 1923); the pact has Dland
        // alone, so it is not drawn. Bland takes part in nothing but still exists.
        let f = Frame::at(&data, &layout, day("1925"));
        assert_eq!(f.ties, [TieIx(0)]);
        assert_eq!(spokes(&f, 0), [0, 2]);
        assert_eq!(f.hubs.len(), 1);
        assert_eq!(f.active, [true, false, true, false]);
        assert_eq!(f.exists, [true, true, true, true]);
        let members: Vec<StateIx> = f.members_drawn(&data.ties[0]).collect();
        assert_eq!(members, [StateIx(0), StateIx(2)]);
        // 1931: Bland does not exist (from 15 June 1930 to 5 September 1933).
        let gone = Frame::at(&data, &layout, day("1931"));
        assert_eq!(gone.exists, [true, false, true, true]);
        // Compared with 1916, the pact is drawn as it was then: Aland and Dland.
        let f = compared(&data, "1925", "1916");
        assert_eq!((f.same, f.added, f.ended), (1, 0, 1));
        assert_eq!(spokes(&f, 1), [0, 3]);
        assert_eq!(f.members_drawn(&data.ties[1]).count(), 2);
        assert_eq!(f.active, [true, false, true, false]);
    }
}
