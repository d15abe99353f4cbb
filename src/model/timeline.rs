//! The dataset's span of time, which the slider covers, how playing steps through it, and
//! the days on which the map changes. How many ties are in force over that span (the
//! timeline's chart and the layer switches' counts) is in `timeline/counts.rs`.

use super::dataset::Dataset;
use super::date::Day;

mod counts;

pub use counts::{layer_counts, series, LayerCounts};

/// Number of steps that playing takes to cross the whole timeline.
pub const PLAY_STEPS: i32 = 240;

/// The days the slider can reach: from the earliest start to the latest date any tie
/// mentions (the end of its end period, or of its start period while it is ongoing; its
/// members' own dates count too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeline {
    pub first: Day,
    pub last: Day,
}

impl Timeline {
    /// The timeline of a dataset (validation guarantees at least one tie).
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{parse::parse, timeline::Timeline};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let t = Timeline::of(&parse("minimal.json", text).unwrap());
    /// assert_eq!(t.first.to_string(), "1 January 2015");
    /// assert_eq!(t.last.to_string(), "30 June 2016"); // the end of the last-mentioned period
    /// ```
    pub fn of(data: &Dataset) -> Timeline {
        let first = data
            .ties
            .iter()
            .map(|t| t.start.first_day())
            .min()
            .unwrap_or(Day(0));
        let last = data
            .ties
            .iter()
            .flat_map(|t| std::iter::once(t.span()).chain(t.member_spans.iter().flatten().copied()))
            .flat_map(|s| [Some(s.start.last_day()), s.last_day()])
            .flatten()
            .max()
            .unwrap_or(first);
        Timeline {
            first,
            last: last.max(first),
        }
    }

    /// `day` brought into the timeline.
    pub fn clamp(&self, day: Day) -> Day {
        day.clamp(self.first, self.last)
    }

    /// How far one play step moves: the span over [`PLAY_STEPS`], at least a day.
    pub fn play_step(&self) -> i32 {
        ((self.last.0 - self.first.0) / PLAY_STEPS).max(1)
    }
}

/// The days on which the map changes, sorted and without repeats: a tie or a member's own
/// period starts, or its first day out (the day after its end period); and, within the
/// timeline, a state's spell starts or its first day out.
pub fn events(data: &Dataset) -> Vec<Day> {
    let timeline = Timeline::of(data);
    let spells = data
        .states
        .iter()
        .flat_map(|s| &s.spells)
        .flat_map(|s| [Some(s.first_day()), s.after()])
        .flatten()
        .filter(|d| timeline.first <= *d && *d <= timeline.last);
    let mut days: Vec<Day> = data.ties.iter().flat_map(|t| t.changes()).collect();
    days.extend(spells);
    days.sort();
    days.dedup();
    days
}

/// The first event after `day`.
pub fn next_event(events: &[Day], day: Day) -> Option<Day> {
    events.get(events.partition_point(|e| *e <= day)).copied()
}

/// The last event before `day`.
pub fn previous_event(events: &[Day], day: Day) -> Option<Day> {
    events
        .partition_point(|e| *e < day)
        .checked_sub(1)
        .map(|i| events[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    /// The minimal fixture, which the counts' tests use too.
    pub(super) fn minimal() -> Dataset {
        parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap()
    }

    pub(super) fn day(s: &str) -> Day {
        crate::model::date::Date::parse(s).unwrap().first_day()
    }

    #[test]
    fn events_are_starts_and_first_days_out_of_force() {
        let data = minimal();
        let e = events(&data);
        assert_eq!(
            e,
            [
                day("2015-01-01"),
                day("2016-03-01"),
                day("2016-05-10"),
                day("2016-07-01")
            ]
        );
        assert_eq!(next_event(&e, day("2016-03-01")), Some(day("2016-05-10")));
        assert_eq!(next_event(&e, day("2016-07-01")), None);
        assert_eq!(
            previous_event(&e, day("2016-05-10")),
            Some(day("2016-03-01"))
        );
        assert_eq!(previous_event(&e, day("2015-01-01")), None);
    }

    #[test]
    fn members_own_dates_and_spells_are_events() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let t = Timeline::of(&data);
        assert_eq!((t.first, t.last), (day("1902-01-30"), day("1935-12-31")));
        // Ties and members: 1902-01-30, 1910, 1915, 1921 (Aland leaves the pact), 1923-08-18
        // (Bland leaves the entente), 1934, 1936; Bland's spells: out on 1930-06-15, back on
        // 1933-09-06 (its start in 1816 is before the timeline).
        let words: Vec<String> = events(&data).iter().map(|d| d.to_string()).collect();
        assert_eq!(
            words.join(", "),
            "30 January 1902, 1 January 1910, 1 January 1915, 1 January 1921, 18 August 1923, \
             15 June 1930, 6 September 1933, 1 January 1934, 1 January 1936"
        );
    }

    #[test]
    fn ongoing_ties_reach_the_end_of_their_start_period() {
        let mut data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        data.ties[0].end = None;
        data.ties[2].start = crate::model::date::Date::parse("2019").unwrap();
        let t = Timeline::of(&data);
        assert_eq!(t.last.to_string(), "31 December 2019");
        assert_eq!(t.clamp(Day(0)), t.first);
        assert_eq!(t.clamp(Day(1_000_000)), t.last);
        assert_eq!(t.play_step(), (t.last.0 - t.first.0) / PLAY_STEPS);
    }
}
