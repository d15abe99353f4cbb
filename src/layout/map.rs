//! The map's layout: one body per state plus one hub body per multilateral tie, laid out
//! once over every tie of the whole period. Moving the timeline only changes which ties are
//! drawn, never where states are, so the map does not reshuffle.

use std::collections::BTreeSet;

use super::center::{Center, Gravity};
use super::collide::Collide;
use super::link::{Links, Spring};
use super::many_body::ManyBody;
use super::simulation::{Bodies, Simulation};
use crate::model::dataset::{Dataset, StateIx, TieIx};

/// The seed every map layout uses: the same data gives the same picture everywhere.
pub const SEED: u32 = 0x5EED;

/// Rest length of the spring between two states with a bilateral tie.
const PAIR_DISTANCE: f64 = 150.0;
/// Rest length of the spring between a framework's hub and each member.
const SPOKE_DISTANCE: f64 = 95.0;

/// Where every state and framework hub sits, in layout units (about one unit per pixel at
/// zoom 1).
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    /// Position of each state, by [`StateIx`].
    pub states: Vec<(f64, f64)>,
    /// Position of the hub of each tie with more than two members, by [`TieIx`].
    pub hubs: Vec<Option<(f64, f64)>>,
}

impl MapLayout {
    pub fn state(&self, s: StateIx) -> (f64, f64) {
        self.states[s.index()]
    }

    pub fn hub(&self, t: TieIx) -> Option<(f64, f64)> {
        self.hubs[t.index()]
    }

    /// Lays the dataset out and runs the simulation until it settles.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::{layout::map::MapLayout, model::parse::parse};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let a = MapLayout::compute(&data);
    /// assert_eq!(a, MapLayout::compute(&data)); // same data, same picture
    /// assert_eq!(a.states.len(), 3);
    /// assert!(a.hubs[1].is_some()); // the three-member tie has a hub
    /// ```
    pub fn compute(data: &Dataset) -> MapLayout {
        let mut sim = simulation(data);
        sim.run(1_000);
        let n = data.states.len();
        let b = &sim.bodies;
        let states = (0..n).map(|i| (b.x[i], b.y[i])).collect();
        let mut next = n;
        let hubs = data
            .ties
            .iter()
            .map(|t| {
                (t.members.len() > 2).then(|| {
                    next += 1;
                    (b.x[next - 1], b.y[next - 1])
                })
            })
            .collect();
        MapLayout { states, hubs }
    }
}

/// Room a state's marker and label need around its centre.
fn state_radius(name: &str) -> f64 {
    (16.0 + 3.2 * name.chars().count() as f64).min(52.0)
}

/// The simulation the map uses, before any tick: states first, then hubs in tie order.
pub fn simulation(data: &Dataset) -> Simulation {
    let n = data.states.len();
    let hub_count = data.ties.iter().filter(|t| t.members.len() > 2).count();
    let mut springs = Vec::new();
    let mut pairs = BTreeSet::new();
    let mut radius: Vec<f64> = data.states.iter().map(|s| state_radius(&s.name)).collect();
    let mut hub = n;
    for t in &data.ties {
        if t.members.len() > 2 {
            for m in &t.members {
                springs.push(Spring {
                    source: m.index(),
                    target: hub,
                    distance: SPOKE_DISTANCE,
                });
            }
            radius.push(14.0);
            hub += 1;
        } else {
            let (a, b) = (t.members[0].index(), t.members[1].index());
            // Several ties between the same pair share one spring: the layout is about who
            // is tied to whom, and the lines between them are spread out when drawn.
            if pairs.insert((a.min(b), a.max(b))) {
                springs.push(Spring {
                    source: a,
                    target: b,
                    distance: PAIR_DISTANCE,
                });
            }
        }
    }
    Simulation::new(Bodies::phyllotaxis(n + hub_count), SEED)
        .with(ManyBody {
            strength: -520.0,
            distance_min2: 1.0,
        })
        .with(Links::new(springs))
        .with(Gravity { strength: 0.07 })
        .with(Collide {
            radius,
            strength: 0.7,
        })
        .with(Center)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    fn minimal() -> Dataset {
        parse(
            "minimal.json",
            include_str!("../../tests/fixtures/minimal.json"),
        )
        .unwrap()
    }

    fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
    }

    #[test]
    fn the_layout_is_deterministic_to_the_bit() {
        let d = minimal();
        let a = MapLayout::compute(&d);
        let b = MapLayout::compute(&d);
        assert_eq!(a, b);
        for p in a.states.iter().chain(a.hubs.iter().flatten()) {
            assert!(p.0.is_finite() && p.1.is_finite());
        }
    }

    #[test]
    fn the_simulation_converges() {
        let d = minimal();
        let mut sim = simulation(&d);
        sim.tick();
        let early = sim.kinetic_energy();
        let ticks = sim.run(1_000);
        assert!(sim.settled());
        assert_eq!(ticks + 1, 300, "cools to alpha_min in 300 ticks");
        assert!(
            sim.kinetic_energy() < early * 1e-3,
            "{} vs {early}",
            sim.kinetic_energy()
        );
        // One more tick barely moves anything.
        let before = sim.bodies.x.clone();
        sim.tick();
        let moved: f64 = before
            .iter()
            .zip(&sim.bodies.x)
            .map(|(a, b)| (a - b).abs())
            .sum();
        assert!(moved < 0.05, "moved {moved}");
    }

    #[test]
    fn states_do_not_overlap_and_tied_states_sit_closer_than_untied() {
        let d = minimal();
        let l = MapLayout::compute(&d);
        for i in 0..l.states.len() {
            for j in (i + 1)..l.states.len() {
                assert!(dist(l.states[i], l.states[j]) > 40.0, "{i} {j}");
            }
        }
        // The hub sits among its three members.
        let hub = l.hubs[1].unwrap();
        for s in &l.states {
            assert!(dist(hub, *s) < 2.0 * SPOKE_DISTANCE);
        }
    }
}
