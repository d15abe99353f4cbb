//! Keeps bodies from overlapping: each has a radius (room for its marker and label), and two
//! bodies closer than the sum of their radii are pushed apart, the smaller one more.
//!
//! A map of up to [`EVERY_PAIR_UP_TO`] bodies checks every pair, in a fixed order. A larger
//! one (a dataset of thousands of multilateral ties has thousands of hubs) checks only the
//! bodies in neighbouring cells of a grid as wide as the largest pair of radii, so a tick
//! costs time in proportion to the bodies rather than to their square. Both are
//! deterministic; the grid's pushes come in another order, so its layouts differ slightly.

use super::rng::Lcg;
use super::simulation::{Bodies, Force};

/// The most bodies for which every pair is checked.
pub const EVERY_PAIR_UP_TO: usize = 1000;

pub struct Collide {
    pub radius: Vec<f64>,
    pub strength: f64,
    /// Scratch, reused every tick: each body's grid cell, and (cell, body) sorted.
    home: Vec<(i64, i64)>,
    cells: Vec<((i64, i64), usize)>,
}

impl Collide {
    pub fn new(radius: Vec<f64>, strength: f64) -> Collide {
        Collide {
            radius,
            strength,
            home: Vec::new(),
            cells: Vec::new(),
        }
    }

    /// Pushes `i` and `j` apart if they overlap.
    fn push_apart(&self, b: &mut Bodies, i: usize, j: usize, rng: &mut Lcg) {
        let r = self.radius[i] + self.radius[j];
        let mut dx = b.x[i] + b.vx[i] - b.x[j] - b.vx[j];
        let mut dy = b.y[i] + b.vy[i] - b.y[j] - b.vy[j];
        let mut l2 = dx * dx + dy * dy;
        if l2 >= r * r {
            return;
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

    fn near_pairs(&mut self, b: &mut Bodies, rng: &mut Lcg) {
        let size = 2.0 * self.radius.iter().fold(1.0, |a: f64, &r| a.max(r));
        let cell = |x: f64| (x / size).floor() as i64;
        self.home.clear();
        self.cells.clear();
        for i in 0..b.len() {
            let at = (cell(b.x[i] + b.vx[i]), cell(b.y[i] + b.vy[i]));
            self.home.push(at);
            self.cells.push((at, i));
        }
        self.cells.sort_unstable();
        let (home, cells) = (
            std::mem::take(&mut self.home),
            std::mem::take(&mut self.cells),
        );
        for (i, &(cx, cy)) in home.iter().enumerate() {
            for near in [
                (cx - 1, cy - 1),
                (cx - 1, cy),
                (cx - 1, cy + 1),
                (cx, cy - 1),
                (cx, cy),
                (cx, cy + 1),
                (cx + 1, cy - 1),
                (cx + 1, cy),
                (cx + 1, cy + 1),
            ] {
                let from = cells.partition_point(|(c, _)| *c < near);
                for &(_, j) in cells[from..].iter().take_while(|(c, _)| *c == near) {
                    if j > i {
                        self.push_apart(b, i, j, rng);
                    }
                }
            }
        }
        (self.home, self.cells) = (home, cells);
    }
}

impl Force for Collide {
    fn initialize(&mut self, b: &Bodies, _: &mut Lcg) {
        self.radius.resize(b.len(), 1.0);
    }

    fn apply(&mut self, b: &mut Bodies, _: f64, rng: &mut Lcg) {
        if b.len() > EVERY_PAIR_UP_TO {
            return self.near_pairs(b, rng);
        }
        for i in 0..b.len() {
            for j in (i + 1)..b.len() {
                self.push_apart(b, i, j, rng);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bodies in a row, each overlapping the next.
    fn row(n: usize) -> Bodies {
        let mut b = Bodies::phyllotaxis(n);
        for i in 0..n {
            (b.x[i], b.y[i], b.vx[i], b.vy[i]) = (i as f64 * 10.0, (i % 7) as f64, 0.0, 0.0);
        }
        b
    }

    #[test]
    fn the_grid_pushes_the_pairs_that_overlap_as_every_pair_would() {
        // Far apart except neighbours: each pair's push depends only on that pair, so the
        // grid and the full check agree whatever their order.
        let n = EVERY_PAIR_UP_TO + 1;
        let mut grid = row(n);
        let mut collide = Collide::new(vec![6.0; n], 0.5);
        collide.apply(&mut grid, 1.0, &mut Lcg::new(1));
        let mut every = row(n);
        for i in 0..n {
            for j in (i + 1)..n {
                collide.push_apart(&mut every, i, j, &mut Lcg::new(1));
            }
        }
        let moved = (0..n).filter(|&i| grid.vx[i] != 0.0).count();
        assert!(moved > n / 2, "{moved} bodies pushed");
        for i in 0..n {
            assert!((grid.vx[i] - every.vx[i]).abs() < 1e-9, "body {i}");
            assert!((grid.vy[i] - every.vy[i]).abs() < 1e-9, "body {i}");
        }
    }
}
