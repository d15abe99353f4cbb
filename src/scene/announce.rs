//! What a screen reader is told when the map changes: the date, how many ties and states
//! are shown, and which ties began or ended since the date before, in the direction the
//! reader moved. Going back in time, a tie shown before but not now has not begun yet (it
//! did not end), and a tie shown now but not before has not ended yet.

use super::frame::Frame;
use crate::model::dataset::{Dataset, TieIx};
use crate::model::date::Day;
use crate::model::words::plural;

/// Most tie titles named in one announcement; past that, a count.
const NAMED: usize = 4;

/// Which way the reader moved from the date last announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    /// To a later date (or to the first date shown).
    Forward,
    /// To an earlier date.
    Back,
    /// Not in time: the same date, with other layers or filters.
    Stayed,
}

impl Moved {
    /// The way from `from` to `to`.
    pub fn between(from: Day, to: Day) -> Moved {
        match to.cmp(&from) {
            std::cmp::Ordering::Greater => Moved::Forward,
            std::cmp::Ordering::Less => Moved::Back,
            std::cmp::Ordering::Equal => Moved::Stayed,
        }
    }

    /// How to name the ties shown now but not before, and those shown before but not now.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Moved::Forward => ("Began", "Ended"),
            Moved::Back => ("Not yet ended", "Not yet begun"),
            Moved::Stayed => ("Now shown", "No longer shown"),
        }
    }
}

fn titles(data: &Dataset, ties: &[TieIx]) -> String {
    let names: Vec<&str> = ties
        .iter()
        .take(NAMED)
        .map(|t| data.tie(*t).title.as_str())
        .collect();
    let more = ties.len().saturating_sub(NAMED);
    let mut text = names.join("; ");
    if more > 0 {
        text.push_str(&format!("; and {more} more"));
    }
    text
}

/// The announcement for moving from a frame showing `before` to `after`, in the direction
/// `moved`.
///
/// # Examples
/// ```
/// use alliance_map::{layout::map::MapLayout, model::{date::Date, parse::parse}};
/// use alliance_map::scene::{announce::{announce, Moved}, frame::Frame};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let layout = MapLayout::unsettled(&data);
/// let day = |s| Date::parse(s).unwrap().first_day();
/// let before = Frame::at(&data, &layout, day("2015-06-01"));
/// let after = Frame::at(&data, &layout, day("2016-07-01"));
/// assert_eq!(
///     announce(&data, &before.ties, &after, Moved::Forward),
///     "1 July 2016: 2 ties among 3 states. Began: Cyber forum; B-C rivalry. Ended: A-B space accord."
/// );
/// assert_eq!(
///     announce(&data, &after.ties, &before, Moved::Back),
///     "1 June 2015: 1 tie among 2 states. Not yet ended: A-B space accord. Not yet begun: Cyber forum; B-C rivalry."
/// );
/// ```
pub fn announce(data: &Dataset, before: &[TieIx], after: &Frame, moved: Moved) -> String {
    let day = after.day;
    let now: Vec<TieIx> = after
        .ties
        .iter()
        .copied()
        .filter(|t| data.tie(*t).is_active(day))
        .collect();
    let states = after.active.iter().filter(|a| **a).count();
    let came: Vec<TieIx> = now
        .iter()
        .copied()
        .filter(|t| !before.contains(t))
        .collect();
    let went: Vec<TieIx> = before
        .iter()
        .copied()
        .filter(|t| !now.contains(t))
        .collect();
    let mut text = format!(
        "{day}: {} among {}.",
        plural(now.len(), "tie", "ties"),
        plural(states, "state", "states")
    );
    let (came_words, went_words) = moved.words();
    if !came.is_empty() {
        text.push_str(&format!(" {came_words}: {}.", titles(data, &came)));
    }
    if !went.is_empty() {
        text.push_str(&format!(" {went_words}: {}.", titles(data, &went)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::map::MapLayout;
    use crate::model::date::Date;
    use crate::model::parse::parse;

    const MINIMAL: &str = include_str!("../../tests/fixtures/minimal.json");

    fn minimal() -> Dataset {
        parse("minimal.json", MINIMAL).expect("the minimal fixture loads")
    }

    fn day(s: &str) -> Day {
        Date::parse(s).unwrap().first_day()
    }

    #[test]
    fn going_back_says_not_yet_begun_rather_than_ended() {
        let data = minimal();
        let layout = MapLayout::unsettled(&data);
        let frame = |s| Frame::at(&data, &layout, day(s));
        let (early, late) = (frame("2016-04-01"), frame("2017-01-01"));
        let say = |from: &Frame, to: &Frame| {
            announce(&data, &from.ties, to, Moved::between(from.day, to.day))
        };
        assert_eq!(
            say(&early, &late),
            "1 January 2017: 2 ties among 3 states. Began: B-C rivalry. Ended: A-B space accord."
        );
        let back = say(&late, &early);
        assert_eq!(
            back,
            "1 April 2016: 2 ties among 3 states. Not yet ended: A-B space accord. Not yet begun: B-C rivalry."
        );
        assert!(!back.contains("Ended") && !back.contains("Began"));
        assert_eq!(say(&early, &early), "1 April 2016: 2 ties among 3 states.");
    }

    #[test]
    fn the_same_date_with_other_layers_says_shown_and_no_longer_shown() {
        let data = minimal();
        let layout = MapLayout::unsettled(&data);
        let all = Frame::at(&data, &layout, day("2016-04-01"));
        let fewer = &all.ties[..1];
        assert_eq!(
            announce(&data, fewer, &all, Moved::Stayed),
            "1 April 2016: 2 ties among 3 states. Now shown: Cyber forum."
        );
        let one = Frame {
            ties: fewer.to_vec(),
            ..all.clone()
        };
        assert_eq!(
            announce(&data, &all.ties, &one, Moved::Stayed),
            "1 April 2016: 1 tie among 3 states. No longer shown: Cyber forum."
        );
    }

    #[test]
    fn past_four_titles_a_count_is_said() {
        let data = minimal();
        let ties = [TieIx(0), TieIx(1), TieIx(2), TieIx(0), TieIx(1), TieIx(2)];
        assert_eq!(
            titles(&data, &ties),
            "A-B space accord; Cyber forum; B-C rivalry; A-B space accord; and 2 more"
        );
    }
}
