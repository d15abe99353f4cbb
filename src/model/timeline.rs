//! The dataset's span of time, which the slider covers, and how playing steps through it.

use super::dataset::Dataset;
use super::date::Day;

/// Number of steps that playing takes to cross the whole timeline.
pub const PLAY_STEPS: i32 = 240;

/// The days the slider can reach: from the earliest start to the latest date any tie
/// mentions (the end of its end period, or of its start period while it is ongoing).
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
            .flat_map(|t| [Some(t.start.last_day()), t.end.map(|e| e.last_day())])
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

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
