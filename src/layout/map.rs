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
/// zoom 1). States and hubs are "bodies": body `i` is state `i` for `i` below the number
/// of states; the hubs follow, in tie order.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    /// Position of every body.
    pub bodies: Vec<(f64, f64)>,
    /// The body of the hub of each tie with more than two members, by [`TieIx`].
    pub hubs: Vec<Option<u32>>,
}

impl MapLayout {
    pub fn state(&self, s: StateIx) -> (f64, f64) {
        self.bodies[s.index()]
    }

    pub fn hub(&self, t: TieIx) -> Option<(f64, f64)> {
        self.hubs[t.index()].map(|b| self.bodies[b as usize])
    }

    /// The bodies' places before any simulation: the d3 phyllotaxis spiral.
    pub fn unsettled(data: &Dataset) -> MapLayout {
        let b = Bodies::phyllotaxis(body_count(data));
        MapLayout {
            bodies: b.x.into_iter().zip(b.y).collect(),
            hubs: hub_bodies(data),
        }
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
    /// assert_eq!(a.bodies.len(), 3 + 1); // three states, one hub
    /// assert_eq!(a.hubs, [None, Some(3), None]); // the three-member tie has a hub
    /// ```
    pub fn compute(data: &Dataset) -> MapLayout {
        let mut sim = simulation(data);
        sim.run(1_000);
        let b = &sim.bodies;
        MapLayout {
            bodies: b.x.iter().copied().zip(b.y.iter().copied()).collect(),
            hubs: hub_bodies(data),
        }
    }
}

fn body_count(data: &Dataset) -> usize {
    data.states.len() + data.ties.iter().filter(|t| t.members.len() > 2).count()
}

fn hub_bodies(data: &Dataset) -> Vec<Option<u32>> {
    let mut next = data.states.len() as u32;
    data.ties
        .iter()
        .map(|t| {
            (t.members.len() > 2).then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// Room a state's marker and label need around its centre.
fn state_radius(name: &str) -> f64 {
    (16.0 + 3.2 * name.chars().count() as f64).min(52.0)
}

/// The simulation the map uses, before any tick: states first, then hubs in tie order.
pub fn simulation(data: &Dataset) -> Simulation {
    let n = data.states.len();
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
    Simulation::new(Bodies::phyllotaxis(body_count(data)), SEED)
        .with(ManyBody::new(-520.0))
        .with(Links::new(springs))
        .with(Gravity { strength: 0.07 })
        .with(Collide::new(radius, 0.7))
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
        for p in &a.bodies {
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
        for i in 0..3 {
            for j in (i + 1)..3 {
                assert!(dist(l.bodies[i], l.bodies[j]) > 40.0, "{i} {j}");
            }
        }
        // The hub sits among its three members.
        let hub = l.hub(TieIx(1)).unwrap();
        for s in &l.bodies[..3] {
            assert!(dist(hub, *s) < 2.0 * SPOKE_DISTANCE);
        }
    }
}
