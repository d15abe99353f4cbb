//! What the map shows on one date: a strand (a line or curve) per tie and domain, spread
//! side by side when several join the same two bodies; the hubs of multilateral ties in
//! force; and which states take part in any tie then. Computed when the date changes, not
//! per animation frame.

use std::collections::BTreeMap;

use super::curve::Curve;
use super::view::Viewport;
use crate::layout::map::MapLayout;
use crate::model::dataset::{Dataset, DomainIx, StateIx, TieIx};
use crate::model::date::Day;
use crate::model::filter::{Filter, Regions};

/// The gap between neighbouring parallel strands, in layout units.
pub const STRAND_GAP: f64 = 7.0;

/// One line of one tie in one domain, from body `from` to body `to` (see
/// [`MapLayout`]), bowed sideways by `bend` pixels at its middle (0 is straight; the sign
/// picks the side).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strand {
    pub tie: TieIx,
    pub domain: DomainIx,
    pub from: u32,
    pub to: u32,
    pub bend: f64,
    pub change: Change,
}

/// How a drawn tie relates to the comparison date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Change {
    /// In force on the comparison date, not now (drawn first, underneath).
    Ended,
    /// In force on both dates (or no comparison).
    #[default]
    Same,
    /// In force now, not on the comparison date.
    Added,
}

impl Strand {
    /// The strand on screen: its ends and the control point of the quadratic curve that
    /// passes `bend` pixels off the chord's middle. Bending on screen keeps parallel strands
    /// apart at every zoom.
    pub fn on_screen(&self, view: &Viewport, bodies: &[(f64, f64)]) -> Curve {
        let from = view.to_screen(bodies[self.from as usize]);
        let to = view.to_screen(bodies[self.to as usize]);
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = (dx * dx + dy * dy).sqrt().max(1e-9);
        let (nx, ny) = (-dy / len, dx / len);
        let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
        Curve {
            from,
            control: (mid.0 + nx * 2.0 * self.bend, mid.1 + ny * 2.0 * self.bend),
            to,
        }
    }
}

/// Everything drawn on one date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    pub strands: Vec<Strand>,
    /// Hubs of the multilateral ties drawn, with their bodies.
    pub hubs: Vec<(TieIx, u32, Change)>,
    /// By [`StateIx`]: whether the state is a member of a tie in force.
    pub active: Vec<bool>,
    /// The ties drawn, in dataset order.
    pub ties: Vec<TieIx>,
    /// How many of them are unchanged, added and ended (all unchanged without comparison).
    pub same: usize,
    pub added: usize,
    pub ended: usize,
    /// Whether a comparison date is set.
    pub comparing: bool,
}

/// One strand waiting for its pair's strands to be counted: tie, domain, change.
type PairStrand = (TieIx, DomainIx, Change);

/// Offsets for `n` parallel strands, centred on zero.
fn offsets(n: usize) -> impl Iterator<Item = f64> {
    (0..n).map(move |k| (k as f64 - (n as f64 - 1.0) / 2.0) * STRAND_GAP)
}

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
            comparing: lens.compare.is_some(),
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
            if !lens.filter.shows(tie, lens.regions) {
                continue;
            }
            frame.ties.push(ix);
            match change {
                Change::Same => frame.same += 1,
                Change::Added => frame.added += 1,
                Change::Ended => frame.ended += 1,
            }
            if now {
                for m in &tie.members {
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
                for m in &tie.members {
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

    #[test]
    fn comparing_two_dates_marks_ties_added_and_ended() {
        let data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        let layout = MapLayout::unsettled(&data);
        let regions = Regions::of(&data);
        // Then 1 June 2015: only ab. Now 1 July 2016: ab has ended; abc and bc are new.
        let lens = Lens {
            day: day("2016-07-01"),
            compare: Some(day("2015-06-01")),
            filter: Filter::default(),
            regions: &regions,
        };
        let f = Frame::of(&data, &layout, &lens);
        assert_eq!(f.ties, [TieIx(0), TieIx(1), TieIx(2)]);
        assert_eq!((f.same, f.added, f.ended), (0, 2, 1));
        let change_of = |t: u32| f.strands.iter().find(|s| s.tie == TieIx(t)).unwrap().change;
        assert_eq!(
            (change_of(0), change_of(1), change_of(2)),
            (Change::Ended, Change::Added, Change::Added)
        );
        // Bland takes part in ties in force now; the ended tie alone would not make it active.
        assert_eq!(f.active, [true, true, true]);
        let same = Frame::of(
            &data,
            &layout,
            &Lens {
                compare: Some(day("2016-07-02")),
                ..lens
            },
        );
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
    fn a_bent_strand_passes_its_offset_in_pixels_at_the_middle_at_any_zoom() {
        let s = Strand {
            tie: TieIx(0),
            domain: DomainIx(0),
            from: 0,
            to: 1,
            bend: 3.0,
            change: Change::Same,
        };
        let bodies = [(0.0, 0.0), (10.0, 0.0)];
        for scale in [0.5, 1.0, 4.0] {
            let view = Viewport {
                scale,
                tx: 1.0,
                ty: 2.0,
            };
            let c = s.on_screen(&view, &bodies);
            assert_eq!(c.point(0.0), (1.0, 2.0));
            assert_eq!(c.point(1.0), (1.0 + 10.0 * scale, 2.0));
            assert_eq!(c.point(0.5), (1.0 + 5.0 * scale, 5.0));
        }
    }
}
