//! d3-force's default model, for measuring against d3 on equal terms: many-body strength
//! -30 with Barnes-Hut theta 0.9, links of distance 30 with d3's degree-based strength and
//! bias, centring at the origin, velocity decay 0.4, alpha from 1 to 0.001 in 300 ticks,
//! phyllotaxis start. The map itself uses its own settings ([`super::map`]).

use super::center::Center;
use super::link::{Links, Spring};
use super::many_body::ManyBody;
use super::simulation::{Bodies, Simulation};

/// The seed of the benchmark's simulations.
pub const SEED: u32 = 1;

/// A simulation of `n` bodies joined by `links` (pairs of body indices), d3's defaults.
///
/// # Examples
/// ```
/// use alliance_map::layout::reference::d3_defaults;
/// let mut sim = d3_defaults(3, &[(0, 1), (1, 2)]);
/// assert_eq!(sim.run(1_000), 300);
/// let (x, y) = (&sim.bodies.x, &sim.bodies.y);
/// let d01 = ((x[1] - x[0]).powi(2) + (y[1] - y[0]).powi(2)).sqrt();
/// assert!((d01 - 30.0).abs() < 15.0, "{d01}");
/// ```
pub fn d3_defaults(n: usize, links: &[(usize, usize)]) -> Simulation {
    let springs = links
        .iter()
        .map(|&(source, target)| Spring {
            source,
            target,
            distance: 30.0,
        })
        .collect();
    Simulation::new(Bodies::phyllotaxis(n), SEED)
        .with(ManyBody::new(-30.0))
        .with(Links::new(springs))
        .with(Center)
}
