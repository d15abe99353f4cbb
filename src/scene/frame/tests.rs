//! The frame's tests: what is drawn on a date, compared, filtered, and with members' own
//! dates.

use super::*;
use crate::model::{date::Date, parse::parse};

fn day(s: &str) -> Day {
    Date::parse(s).unwrap().first_day()
}

#[test]
fn strands_follow_the_ties_in_force() {
    let data = parse("m", include_str!("../../../tests/fixtures/minimal.json")).unwrap();
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
    let data = parse("m", include_str!("../../../tests/fixtures/minimal.json")).unwrap();
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
    let data = parse("m", include_str!("../../../tests/fixtures/minimal.json")).unwrap();
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
    let mut data = parse("m", include_str!("../../../tests/fixtures/minimal.json")).unwrap();
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
    let data = parse("d", include_str!("../../../tests/fixtures/dated.json")).unwrap();
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
    assert_eq!(f.shown, [1, 0, 1, 0]);
    assert_eq!(f.partners(&data, StateIx(0)), [StateIx(0), StateIx(2)]);
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
