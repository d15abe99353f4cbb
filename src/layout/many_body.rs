//! Repulsion (or attraction) between every pair of bodies, falling with distance, as in
//! d3-force's many-body force: a far cell of the [`QuadTree`] acts as one body when
//! `cell size / distance < theta` (Barnes-Hut), so a tick costs O(n log n), not O(n²).

use super::quadtree::{QuadTree, NONE};
use super::rng::Lcg;
use super::simulation::{Bodies, Force};

/// Every body pushes every other with `strength / distance` (negative strength repels).
pub struct ManyBody {
    pub strength: f64,
    /// Distances below this (squared) are softened, to keep forces finite.
    pub distance_min2: f64,
    /// The Barnes-Hut accuracy: 0 is exact, larger is faster and coarser.
    pub theta: f64,
    strengths: Vec<f64>,
    tree: QuadTree,
    stack: Vec<(u32, f64, f64, f64)>,
}

impl ManyBody {
    /// d3-force's defaults: strength -30, theta 0.9, minimum distance 1.
    pub fn new(strength: f64) -> ManyBody {
        ManyBody {
            strength,
            distance_min2: 1.0,
            theta: 0.9,
            strengths: Vec::new(),
            tree: QuadTree::default(),
            stack: Vec::new(),
        }
    }

    pub fn theta(mut self, theta: f64) -> ManyBody {
        self.theta = theta;
        self
    }
}

/// Separates a body from another at exactly the same coordinate (by a tiny random offset)
/// and softens very short distances, as d3-force does: returns dx, dy and the squared
/// distance to use.
fn soften(
    mut dx: f64,
    mut dy: f64,
    mut l: f64,
    distance_min2: f64,
    rng: &mut Lcg,
) -> (f64, f64, f64) {
    if dx == 0.0 {
        dx = rng.jiggle();
        l += dx * dx;
    }
    if dy == 0.0 {
        dy = rng.jiggle();
        l += dy * dy;
    }
    if l < distance_min2 {
        l = (distance_min2 * l).sqrt();
    }
    (dx, dy, l)
}

impl Force for ManyBody {
    fn initialize(&mut self, b: &Bodies, _: &mut Lcg) {
        self.strengths = vec![self.strength; b.len()];
    }

    fn apply(&mut self, b: &mut Bodies, alpha: f64, rng: &mut Lcg) {
        self.tree.build(&b.x, &b.y, &self.strengths);
        let theta2 = self.theta * self.theta;
        let tree = &self.tree;
        let cells = &tree.cells;
        if cells.is_empty() {
            return;
        }
        for &i in &tree.order {
            let i = i as usize;
            let (xi, yi) = (b.x[i], b.y[i]);
            let (mut fx, mut fy) = (0.0, 0.0);
            self.stack.clear();
            self.stack.push((0, tree.x0, tree.y0, tree.size));
            while let Some((c, x0, y0, size)) = self.stack.pop() {
                let cell = &cells[c as usize];
                if cell.value == 0.0 {
                    continue;
                }
                let mut dx = cell.x - xi;
                let mut dy = cell.y - yi;
                let mut l = dx * dx + dy * dy;
                if size * size / theta2 < l {
                    // Far enough: the whole cell acts as one body.
                    (dx, dy, l) = soften(dx, dy, l, self.distance_min2, rng);
                    let w = cell.value * alpha / l;
                    fx += dx * w;
                    fy += dy * w;
                    continue;
                }
                if cell.body == NONE {
                    let half = size / 2.0;
                    for (q, &child) in cell.children.iter().enumerate() {
                        if child != NONE {
                            let cx = if q & 1 == 1 { x0 + half } else { x0 };
                            let cy = if q & 2 == 2 { y0 + half } else { y0 };
                            self.stack.push((child, cx, cy, half));
                        }
                    }
                    continue;
                }
                // A near leaf: each of its bodies, but not this one, exactly.
                if cell.body as usize != i || tree.next[cell.body as usize] != NONE {
                    (dx, dy, l) = soften(dx, dy, l, self.distance_min2, rng);
                }
                let mut body = cell.body;
                while body != NONE {
                    if body as usize != i {
                        let w = self.strengths[body as usize] * alpha / l;
                        fx += dx * w;
                        fy += dy * w;
                    }
                    body = tree.next[body as usize];
                }
            }
            b.vx[i] += fx;
            b.vy[i] += fy;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The exact sum over all pairs, for comparison.
    fn exact(b: &Bodies, strength: f64, alpha: f64) -> Vec<(f64, f64)> {
        (0..b.len())
            .map(|i| {
                let (mut fx, mut fy) = (0.0, 0.0);
                for j in 0..b.len() {
                    if i != j {
                        let (dx, dy) = (b.x[j] - b.x[i], b.y[j] - b.y[i]);
                        let mut l = dx * dx + dy * dy;
                        if l < 1.0 {
                            l = l.sqrt();
                        }
                        fx += dx * strength * alpha / l;
                        fy += dy * strength * alpha / l;
                    }
                }
                (fx, fy)
            })
            .collect()
    }

    fn scattered(n: usize) -> Bodies {
        let mut rng = Lcg::new(11);
        let mut b = Bodies::phyllotaxis(n);
        for i in 0..n {
            b.x[i] += rng.next_f64() * 40.0;
            b.y[i] += rng.next_f64() * 40.0;
        }
        b
    }

    fn applied(b: &Bodies, theta: f64) -> Vec<(f64, f64)> {
        let mut b = b.clone();
        let mut rng = Lcg::new(1);
        let mut f = ManyBody::new(-30.0).theta(theta);
        f.initialize(&b, &mut rng);
        f.apply(&mut b, 0.5, &mut rng);
        b.vx.into_iter().zip(b.vy).collect()
    }

    #[test]
    fn with_theta_zero_it_is_the_exact_sum() {
        let b = scattered(120);
        let want = exact(&b, -30.0, 0.5);
        for (got, want) in applied(&b, 0.0).iter().zip(&want) {
            assert!(
                (got.0 - want.0).abs() < 1e-9 && (got.1 - want.1).abs() < 1e-9,
                "{got:?} {want:?}"
            );
        }
    }

    #[test]
    fn barnes_hut_stays_close_to_the_exact_force() {
        let b = scattered(400);
        let want = exact(&b, -30.0, 0.5);
        let got = applied(&b, 0.9);
        let err: f64 = got
            .iter()
            .zip(&want)
            .map(|(g, w)| ((g.0 - w.0).powi(2) + (g.1 - w.1).powi(2)).sqrt())
            .sum();
        let size: f64 = want.iter().map(|w| (w.0 * w.0 + w.1 * w.1).sqrt()).sum();
        assert!(err / size < 0.05, "mean relative error {}", err / size);
    }
}
