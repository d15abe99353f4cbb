//! The dataset's span of time, which the slider covers, and how playing steps through it.

use super::dataset::{Dataset, Stance};
use super::date::Day;
use super::filter::{Filter, Regions};

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

/// How many ties are in force per domain at `samples` days spread evenly over the timeline
/// (first and last included), counting the ties the filter admits then (stance, and region
/// among the members taking part).
/// `result[domain][sample]`. One pass over the ties' stretches in force, whatever the
/// number of samples.
pub fn series(
    data: &Dataset,
    regions: &Regions,
    filter: &Filter,
    timeline: &Timeline,
    samples: usize,
) -> Vec<Vec<u32>> {
    let samples = samples.max(2);
    let span = (timeline.last.0 - timeline.first.0).max(1) as f64;
    let day_of = |k: usize| timeline.first.0 as f64 + span * k as f64 / (samples - 1) as f64;
    // The first sample at or after a day, and the last at or before it.
    let first_at = |d: i32| {
        ((d as f64 - timeline.first.0 as f64) / span * (samples - 1) as f64)
            .ceil()
            .max(0.0) as usize
    };
    let mut diff = vec![vec![0i64; samples + 1]; data.domains.len()];
    for tie in &data.ties {
        if !filter.admits(tie, regions) {
            continue;
        }
        for (first, after) in tie.in_force_where(|d| filter.admits_on(tie, regions, d)) {
            let from = first_at(first.0);
            let to = after.map_or(samples, |a| first_at(a.0)).min(samples);
            if from >= to || day_of(from) > timeline.last.0 as f64 {
                continue;
            }
            for d in &tie.domains {
                diff[d.index()][from] += 1;
                diff[d.index()][to] -= 1;
            }
        }
    }
    diff.into_iter()
        .map(|row| {
            let mut running = 0i64;
            row[..samples]
                .iter()
                .map(|d| {
                    running += d;
                    running as u32
                })
                .collect()
        })
        .collect()
}

/// How many ties in force on a day each layer switch would show: per domain (ties with that
/// domain, among those the stance and region filters admit) and per stance (ties with a shown
/// domain, in the chosen region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerCounts {
    pub domains: Vec<usize>,
    pub cooperation: usize,
    pub rivalry: usize,
}

pub fn layer_counts(data: &Dataset, regions: &Regions, filter: &Filter, day: Day) -> LayerCounts {
    let mut c = LayerCounts {
        domains: vec![0; data.domains.len()],
        cooperation: 0,
        rivalry: 0,
    };
    let regional = Filter {
        hide_cooperation: false,
        hide_rivalry: false,
        ..*filter
    };
    for (_, tie) in data.active_ties(day) {
        if filter.admits_on(tie, regions, day) {
            tie.domains.iter().for_each(|d| c.domains[d.index()] += 1);
        }
        if regional.shows_on(tie, regions, day) {
            match tie.stance {
                Stance::Cooperation => c.cooperation += 1,
                Stance::Rivalry => c.rivalry += 1,
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    fn minimal() -> Dataset {
        parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap()
    }

    fn day(s: &str) -> Day {
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
    fn the_series_counts_ties_in_force_per_domain_at_each_sample() {
        let data = minimal();
        let regions = Regions::of(&data);
        let t = Timeline::of(&data);
        let samples = 30;
        let s = series(&data, &regions, &Filter::default(), &t, samples);
        // Checked against counting directly at each sample day.
        for k in 0..samples {
            let d = Day(t.first.0
                + ((t.last.0 - t.first.0) as f64 * k as f64 / (samples - 1) as f64).ceil() as i32);
            for (di, row) in s.iter().enumerate() {
                let want = data
                    .active_ties(d)
                    .filter(|(_, tie)| tie.domains.iter().any(|x| x.index() == di))
                    .count();
                assert_eq!(row[k] as usize, want, "domain {di} sample {k}");
            }
        }
        assert_eq!(s[0][0], 1, "the space accord from the first day");
        let no_rivalry = Filter::default().toggle_stance(Stance::Rivalry);
        let s2 = series(&data, &regions, &no_rivalry, &t, samples);
        assert_eq!(
            s2[1][samples - 1],
            1,
            "cyber without the rivalry: the forum alone"
        );
    }

    #[test]
    fn layer_counts_follow_the_date_and_filters() {
        let data = minimal();
        let regions = Regions::of(&data);
        let c = layer_counts(&data, &regions, &Filter::default(), day("2016-05-20"));
        assert_eq!(
            c,
            LayerCounts {
                domains: vec![2, 2],
                cooperation: 2,
                rivalry: 1
            }
        );
        let no_cyber = Filter::default().toggle_domain(crate::model::dataset::DomainIx(1));
        let c = layer_counts(&data, &regions, &no_cyber, day("2016-05-20"));
        assert_eq!(
            c,
            LayerCounts {
                domains: vec![2, 2],
                cooperation: 2,
                rivalry: 0
            }
        );
    }

    #[test]
    fn members_own_dates_and_spells_are_events_and_count_in_the_series() {
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
        // Both ties are in force in 1920, only the entente from 1921, both again from 1934.
        let s = series(&data, &Regions::of(&data), &Filter::default(), &t, 35);
        let at = |k: usize| {
            Day(t.first.0 + ((t.last.0 - t.first.0) as f64 * k as f64 / 34.0).ceil() as i32)
        };
        for (k, n) in s[0].iter().enumerate() {
            assert_eq!(*n as usize, data.active_ties(at(k)).count(), "sample {k}");
        }
        let runs = [(1, 13), (2, 6), (1, 13), (2, 3)]; // samples about a year apart
        let want: Vec<u32> = runs.iter().flat_map(|&(n, k)| vec![n; k]).collect();
        assert_eq!(s[0], want);
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
