//! What the reader chose to see: layers (domains and stances) and a region. A tie is shown
//! when its stance is shown, at least one of its domains is, and (with a region chosen) at
//! least one member is in that region. Only the shown domains of a tie are drawn.

use super::dataset::{Dataset, DomainIx, Stance, StateIx, Tie};
use super::date::Day;

/// The most domains a dataset may declare: the filter keeps them in one 64-bit set.
pub const MAX_DOMAINS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filter {
    /// Hidden domains, one bit per [`DomainIx`].
    pub hidden_domains: u64,
    pub hide_cooperation: bool,
    pub hide_rivalry: bool,
    /// Only ties with a member in this region (an index into [`Regions::names`]).
    pub region: Option<u16>,
}

/// The regions named in a dataset, sorted, and each state's.
#[derive(Debug, Clone, PartialEq)]
pub struct Regions {
    pub names: Vec<String>,
    /// By state.
    pub of_state: Vec<Option<u16>>,
}

impl Regions {
    pub fn of(data: &Dataset) -> Regions {
        let mut names: Vec<String> = data
            .states
            .iter()
            .filter_map(|s| s.region.clone())
            .collect();
        names.sort();
        names.dedup();
        let of_state = data
            .states
            .iter()
            .map(|s| {
                s.region
                    .as_ref()
                    .and_then(|r| names.binary_search(r).ok())
                    .map(|i| i as u16)
            })
            .collect();
        Regions { names, of_state }
    }
}

impl Filter {
    pub fn shows_domain(&self, d: DomainIx) -> bool {
        d.index() >= MAX_DOMAINS || self.hidden_domains & (1 << d.index()) == 0
    }

    pub fn shows_stance(&self, s: Stance) -> bool {
        match s {
            Stance::Cooperation => !self.hide_cooperation,
            Stance::Rivalry => !self.hide_rivalry,
        }
    }

    pub fn toggle_domain(self, d: DomainIx) -> Filter {
        Filter {
            hidden_domains: self.hidden_domains ^ (1u64 << (d.index() % MAX_DOMAINS)),
            ..self
        }
    }

    pub fn toggle_stance(self, s: Stance) -> Filter {
        match s {
            Stance::Cooperation => Filter {
                hide_cooperation: !self.hide_cooperation,
                ..self
            },
            Stance::Rivalry => Filter {
                hide_rivalry: !self.hide_rivalry,
                ..self
            },
        }
    }

    /// Whether the tie's stance and region are shown (its domains aside), any of its members
    /// counting for the region.
    pub fn admits(&self, tie: &Tie, regions: &Regions) -> bool {
        self.admits_with(tie, regions, tie.members.iter().copied())
    }

    /// Whether the tie's stance and region are shown on `day`: the region counts only the
    /// members taking part that day.
    pub fn admits_on(&self, tie: &Tie, regions: &Regions, day: Day) -> bool {
        self.admits_with(tie, regions, tie.members_on(day))
    }

    fn admits_with(
        &self,
        tie: &Tie,
        regions: &Regions,
        mut members: impl Iterator<Item = StateIx>,
    ) -> bool {
        self.shows_stance(tie.stance)
            && self
                .region
                .is_none_or(|r| members.any(|m| regions.of_state[m.index()] == Some(r)))
    }

    /// Whether one of the tie's domains is shown.
    fn shows_a_domain(&self, tie: &Tie) -> bool {
        tie.domains.iter().any(|d| self.shows_domain(*d))
    }

    /// Whether the tie is shown on `day`: admitted then, with at least one domain shown.
    pub fn shows_on(&self, tie: &Tie, regions: &Regions, day: Day) -> bool {
        self.admits_on(tie, regions, day) && self.shows_a_domain(tie)
    }

    /// Whether the tie is shown: admitted, with at least one domain shown.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{dataset::DomainIx, filter::{Filter, Regions}, parse::parse};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let regions = Regions::of(&data);
    /// let no_space = Filter::default().toggle_domain(DomainIx(0));
    /// assert!(!no_space.shows(&data.ties[0], &regions)); // space only
    /// assert!(no_space.shows(&data.ties[1], &regions)); // cyber and space
    /// ```
    pub fn shows(&self, tie: &Tie, regions: &Regions) -> bool {
        self.admits(tie, regions) && self.shows_a_domain(tie)
    }

    /// The filter changed as little as it takes to show `tie` on `day` (a tie the reader
    /// went looking for): its stance shown, its domains shown when none was, and the region
    /// let go when none of the members taking part is in it.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{dataset::{DomainIx, Stance}, filter::{Filter, Regions}, parse::parse};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let regions = Regions::of(&data);
    /// let day = data.ties[0].start.first_day();
    /// let hidden = Filter::default().toggle_domain(DomainIx(0)).toggle_stance(data.ties[0].stance);
    /// let shown = hidden.revealing(&data.ties[0], &regions, day);
    /// assert!(shown.shows_on(&data.ties[0], &regions, day));
    /// assert_eq!(Filter::default().revealing(&data.ties[0], &regions, day), Filter::default());
    /// ```
    pub fn revealing(self, tie: &Tie, regions: &Regions, day: Day) -> Filter {
        let mut f = self;
        if !f.shows_stance(tie.stance) {
            f = f.toggle_stance(tie.stance);
        }
        if !f.shows_a_domain(tie) {
            for d in &tie.domains {
                if d.index() < MAX_DOMAINS {
                    f.hidden_domains &= !(1u64 << d.index());
                }
            }
        }
        if !f.admits_on(tie, regions, day) {
            f.region = None;
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    fn minimal() -> Dataset {
        parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap()
    }

    #[test]
    fn regions_are_sorted_and_states_without_one_have_none() {
        let r = Regions::of(&minimal());
        assert_eq!(r.names, ["North"]);
        assert_eq!(r.of_state, [Some(0), Some(0), None]);
    }

    #[test]
    fn stances_and_regions_filter_ties() {
        let data = minimal();
        let regions = Regions::of(&data);
        let no_rivalry = Filter::default().toggle_stance(Stance::Rivalry);
        assert!(no_rivalry.shows(&data.ties[0], &regions));
        assert!(!no_rivalry.shows(&data.ties[2], &regions));
        assert_eq!(no_rivalry.toggle_stance(Stance::Rivalry), Filter::default());
        let north = Filter {
            region: Some(0),
            ..Filter::default()
        };
        // B-C rivalry: Bland is in the North; every tie has a northern member here.
        assert!(data.ties.iter().all(|t| north.shows(t, &regions)));
        let mut data = data;
        data.ties[2].members = vec![
            crate::model::dataset::StateIx(2),
            crate::model::dataset::StateIx(2),
        ];
        assert!(!north.shows(&data.ties[2], &regions));
    }

    #[test]
    fn on_a_day_the_region_counts_only_the_members_taking_part() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let mut regions = Regions::of(&data);
        regions.names = vec!["West".into()];
        regions.of_state[0] = Some(0); // Aland, in the pact until 1920
        let west = Filter {
            region: Some(0),
            ..Filter::default()
        };
        let pact = &data.ties[1];
        let day = |s| crate::model::date::Date::parse(s).unwrap().first_day();
        assert!(west.shows(pact, &regions));
        assert!(west.shows_on(pact, &regions, day("1920")));
        assert!(!west.shows_on(pact, &regions, day("1934")));
        assert!(Filter::default().shows_on(pact, &regions, day("1934")));
    }

    #[test]
    fn toggling_a_domain_twice_restores_it() {
        let f = Filter::default().toggle_domain(DomainIx(5));
        assert!(!f.shows_domain(DomainIx(5)) && f.shows_domain(DomainIx(4)));
        assert_eq!(f.toggle_domain(DomainIx(5)), Filter::default());
    }
}
