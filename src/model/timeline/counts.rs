//! How many ties are in force: per domain over the whole timeline (the series the timeline's
//! chart draws), and on one day per layer switch. Both count the ties the filters admit on
//! each day, members' own dates and states' spells included.

use super::Timeline;
use crate::model::dataset::{Dataset, Stance};
use crate::model::date::Day;
use crate::model::filter::{Filter, Regions};

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

/// The counts on `day` for every layer switch (see [`LayerCounts`]).
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
    use super::super::tests::{day, minimal};
    use super::*;
    use crate::model::parse::parse;

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
    fn members_own_dates_and_spells_count_in_the_series() {
        let data = parse("d", include_str!("../../../tests/fixtures/dated.json")).unwrap();
        let t = Timeline::of(&data);
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
}
