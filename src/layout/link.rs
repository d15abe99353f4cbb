//! Springs along links, pulling linked bodies towards a rest distance. As in d3-force, a
//! link's default strength is `1 / min(degree)` and the correction is shared between its
//! ends in proportion to their degrees, so hubs move less than leaves.

use super::rng::Lcg;
use super::simulation::{Bodies, Force};

/// A spring between two bodies (indices into [`Bodies`]) with its rest distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spring {
    pub source: usize,
    pub target: usize,
    pub distance: f64,
}

pub struct Links {
    springs: Vec<Spring>,
    /// Per spring, computed once in `initialize`.
    strength: Vec<f64>,
    bias: Vec<f64>,
    /// Multiplies every default strength.
    pub scale: f64,
}

impl Links {
    pub fn new(springs: Vec<Spring>) -> Links {
        Links {
            springs,
            strength: Vec::new(),
            bias: Vec::new(),
            scale: 1.0,
        }
    }
}

impl Force for Links {
    fn initialize(&mut self, b: &Bodies, _: &mut Lcg) {
        let mut degree = vec![0u32; b.len()];
        for s in &self.springs {
            degree[s.source] += 1;
            degree[s.target] += 1;
        }
        self.strength = self
            .springs
            .iter()
            .map(|s| self.scale / degree[s.source].min(degree[s.target]) as f64)
            .collect();
        self.bias = self
            .springs
            .iter()
            .map(|s| degree[s.source] as f64 / (degree[s.source] + degree[s.target]) as f64)
            .collect();
    }

    fn apply(&mut self, b: &mut Bodies, alpha: f64, rng: &mut Lcg) {
        for (k, s) in self.springs.iter().enumerate() {
            let (i, j) = (s.source, s.target);
            let mut dx = b.x[j] + b.vx[j] - b.x[i] - b.vx[i];
            let mut dy = b.y[j] + b.vy[j] - b.y[i] - b.vy[i];
            if dx == 0.0 {
                dx = rng.jiggle();
            }
            if dy == 0.0 {
                dy = rng.jiggle();
            }
            let l = (dx * dx + dy * dy).sqrt();
            let f = (l - s.distance) / l * alpha * self.strength[k];
            let (fx, fy) = (dx * f, dy * f);
            let bias = self.bias[k];
            b.vx[j] -= fx * bias;
            b.vy[j] -= fy * bias;
            b.vx[i] += fx * (1.0 - bias);
            b.vy[i] += fy * (1.0 - bias);
        }
    }
}
