//! Repulsion (or attraction) between every pair of bodies, falling with distance, computed
//! exactly over all pairs: fine for the few hundred bodies of a map.

use super::rng::Lcg;
use super::simulation::{Bodies, Force};

/// Every body pushes every other with `strength / distance` (negative strength repels).
pub struct ManyBody {
    pub strength: f64,
    /// Distances below this (squared) count as this, to keep forces finite.
    pub distance_min2: f64,
}

impl Default for ManyBody {
    fn default() -> Self {
        ManyBody {
            strength: -30.0,
            distance_min2: 1.0,
        }
    }
}

impl Force for ManyBody {
    fn initialize(&mut self, _: &Bodies, _: &mut Lcg) {}

    fn apply(&mut self, b: &mut Bodies, alpha: f64, rng: &mut Lcg) {
        let k = self.strength * alpha;
        for i in 0..b.len() {
            for j in (i + 1)..b.len() {
                let mut dx = b.x[j] - b.x[i];
                let mut dy = b.y[j] - b.y[i];
                if dx == 0.0 {
                    dx = rng.jiggle();
                }
                if dy == 0.0 {
                    dy = rng.jiggle();
                }
                let l2 = (dx * dx + dy * dy).max(self.distance_min2);
                let w = k / l2;
                b.vx[i] += dx * w;
                b.vy[i] += dy * w;
                b.vx[j] -= dx * w;
                b.vy[j] -= dy * w;
            }
        }
    }
}
