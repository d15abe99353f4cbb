//! Forces that keep the picture in place: [`Center`] shifts all bodies so their mean sits at
//! the origin; [`Gravity`] pulls each body gently towards it, so that groups with no link
//! between them do not drift apart.

use super::rng::Lcg;
use super::simulation::{Bodies, Force};

/// Moves every body by the same amount so that the mean position is the origin.
pub struct Center;

impl Force for Center {
    fn initialize(&mut self, _: &Bodies, _: &mut Lcg) {}

    fn apply(&mut self, b: &mut Bodies, _: f64, _: &mut Lcg) {
        if b.is_empty() {
            return;
        }
        let n = b.len() as f64;
        let mx = b.x.iter().sum::<f64>() / n;
        let my = b.y.iter().sum::<f64>() / n;
        b.x.iter_mut().for_each(|x| *x -= mx);
        b.y.iter_mut().for_each(|y| *y -= my);
    }
}

/// Pulls each body towards the origin with a velocity change of `strength * alpha * -x`.
pub struct Gravity {
    pub strength: f64,
}

impl Force for Gravity {
    fn initialize(&mut self, _: &Bodies, _: &mut Lcg) {}

    fn apply(&mut self, b: &mut Bodies, alpha: f64, _: &mut Lcg) {
        let k = self.strength * alpha;
        for i in 0..b.len() {
            b.vx[i] -= b.x[i] * k;
            b.vy[i] -= b.y[i] * k;
        }
    }
}
