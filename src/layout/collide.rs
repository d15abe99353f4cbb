//! Keeps bodies from overlapping: each has a radius (room for its marker and label), and two
//! bodies closer than the sum of their radii are pushed apart, the smaller one more.

use super::rng::Lcg;
use super::simulation::{Bodies, Force};

pub struct Collide {
    pub radius: Vec<f64>,
    pub strength: f64,
}

impl Force for Collide {
    fn initialize(&mut self, b: &Bodies, _: &mut Lcg) {
        self.radius.resize(b.len(), 1.0);
    }

    fn apply(&mut self, b: &mut Bodies, _: f64, rng: &mut Lcg) {
        for i in 0..b.len() {
            for j in (i + 1)..b.len() {
                let r = self.radius[i] + self.radius[j];
                let mut dx = b.x[i] + b.vx[i] - b.x[j] - b.vx[j];
                let mut dy = b.y[i] + b.vy[i] - b.y[j] - b.vy[j];
                let mut l2 = dx * dx + dy * dy;
                if l2 >= r * r {
                    continue;
                }
                if dx == 0.0 {
                    dx = rng.jiggle();
                    l2 += dx * dx;
                }
                if dy == 0.0 {
                    dy = rng.jiggle();
                    l2 += dy * dy;
                }
                let l = l2.sqrt();
                let push = (r - l) / l * self.strength;
                let (ri2, rj2) = (self.radius[i].powi(2), self.radius[j].powi(2));
                let wi = rj2 / (ri2 + rj2);
                b.vx[i] += dx * push * wi;
                b.vy[i] += dy * push * wi;
                b.vx[j] -= dx * push * (1.0 - wi);
                b.vy[j] -= dy * push * (1.0 - wi);
            }
        }
    }
}
