//! What a screen reader is told when the map changes: the date, how many ties and states
//! are shown, and which ties began or ended since the date before.

use super::frame::Frame;
use crate::model::dataset::{Dataset, TieIx};
use crate::model::date::Day;

/// Most tie titles named in one announcement; past that, a count.
const NAMED: usize = 4;

fn titles(data: &Dataset, ties: &[TieIx]) -> String {
    let mut names: Vec<&str> = ties
        .iter()
        .take(NAMED)
        .map(|t| data.tie(*t).title.as_str())
        .collect();
    let more = ties.len().saturating_sub(NAMED);
    let mut text = names.join("; ");
    if more > 0 {
        names.clear();
        text.push_str(&format!("; and {more} more"));
    }
    text
}

/// The announcement for moving from a frame showing `before` to `after` on `day`.
///
/// # Examples
/// ```
/// use alliance_map::{layout::map::MapLayout, model::{date::Date, parse::parse}};
/// use alliance_map::scene::{announce::announce, frame::Frame};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let layout = MapLayout::unsettled(&data);
/// let day = |s| Date::parse(s).unwrap().first_day();
/// let before = Frame::at(&data, &layout, day("2015-06-01"));
/// let after = Frame::at(&data, &layout, day("2016-07-01"));
/// assert_eq!(
///     announce(&data, &before.ties, &after, day("2016-07-01")),
///     "1 July 2016: 2 ties among 3 states. Began: Cyber forum; B-C rivalry. Ended: A-B space accord."
/// );
/// ```
pub fn announce(data: &Dataset, before: &[TieIx], after: &Frame, day: Day) -> String {
    let now: Vec<TieIx> = after
        .ties
        .iter()
        .copied()
        .filter(|t| data.tie(*t).is_active(day))
        .collect();
    let states = after.active.iter().filter(|a| **a).count();
    let began: Vec<TieIx> = now
        .iter()
        .copied()
        .filter(|t| !before.contains(t))
        .collect();
    let ended: Vec<TieIx> = before
        .iter()
        .copied()
        .filter(|t| !now.contains(t))
        .collect();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut text = format!(
        "{day}: {} among {}.",
        plural(now.len(), "tie"),
        plural(states, "state")
    );
    if !began.is_empty() {
        text.push_str(&format!(" Began: {}.", titles(data, &began)));
    }
    if !ended.is_empty() {
        text.push_str(&format!(" Ended: {}.", titles(data, &ended)));
    }
    text
}
