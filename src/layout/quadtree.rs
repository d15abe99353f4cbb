//! A Barnes-Hut quadtree over the bodies, rebuilt every tick into the same buffers (no
//! allocation once warm). Each cell knows the total strength of the bodies in it and their
//! centre, weighted by strength, so a far cell acts as one body.

/// No cell or no body.
pub const NONE: u32 = u32::MAX;

/// One cell: a leaf holds one body (and any others at exactly the same spot, chained through
/// [`QuadTree::next`]); an inner cell has up to four children.
#[derive(Debug, Clone, Copy)]
pub struct Cell {
    /// Children by quadrant (x low/high + 2 * y low/high), or [`NONE`].
    pub children: [u32; 4],
    /// The first body of a leaf, or [`NONE`] for an inner cell.
    pub body: u32,
    /// Centre of the cell's strength.
    pub x: f64,
    pub y: f64,
    /// Total strength of the bodies in the cell.
    pub value: f64,
}

const EMPTY: Cell = Cell {
    children: [NONE; 4],
    body: NONE,
    x: 0.0,
    y: 0.0,
    value: 0.0,
};

/// Cells below this size stop splitting: bodies closer than this share a leaf.
const MIN_SIZE: f64 = 1e-9;

#[derive(Debug, Clone, Default)]
pub struct QuadTree {
    pub cells: Vec<Cell>,
    /// By body: the next body in the same leaf, or [`NONE`].
    pub next: Vec<u32>,
    /// Every body, in the order a depth-first walk of the tree meets them: neighbours in
    /// space are neighbours here, which keeps memory access local when visiting bodies.
    pub order: Vec<u32>,
    /// The root cell's square: left, top and side.
    pub x0: f64,
    pub y0: f64,
    pub size: f64,
    walk_stack: Vec<u32>,
}

impl QuadTree {
    /// Rebuilds the tree over the bodies at `(xs[i], ys[i])` with strengths `strength[i]`.
    pub fn build(&mut self, xs: &[f64], ys: &[f64], strength: &[f64]) {
        self.cells.clear();
        self.next.clear();
        self.order.clear();
        self.next.resize(xs.len(), NONE);
        if xs.is_empty() {
            return;
        }
        let (mut x0, mut y0, mut x1, mut y1) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for (&x, &y) in xs.iter().zip(ys) {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        // A square a little larger than the bodies' box, so every body is strictly inside.
        self.size = (x1 - x0).max(y1 - y0).max(1.0) * (1.0 + 1e-9);
        self.x0 = x0;
        self.y0 = y0;
        self.cells.push(EMPTY);
        for i in 0..xs.len() {
            self.insert(i as u32, xs, ys);
        }
        self.accumulate(xs, ys, strength);
        self.walk();
    }

    fn walk(&mut self) {
        self.order.clear();
        let mut stack = std::mem::take(&mut self.walk_stack);
        stack.clear();
        stack.push(0u32);
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c as usize];
            let mut b = cell.body;
            while b != NONE {
                self.order.push(b);
                b = self.next[b as usize];
            }
            stack.extend(cell.children.iter().rev().filter(|&&k| k != NONE));
        }
        self.walk_stack = stack;
    }

    fn insert(&mut self, i: u32, xs: &[f64], ys: &[f64]) {
        let (x, y) = (xs[i as usize], ys[i as usize]);
        let (mut cx, mut cy, mut size) = (self.x0, self.y0, self.size);
        let mut cell = 0usize;
        if self.cells[0].body == NONE && self.cells[0].children == [NONE; 4] {
            self.cells[0].body = i;
            return;
        }
        loop {
            let occupant = self.cells[cell].body;
            if occupant != NONE {
                // A leaf: chain if the same spot (or too small to split), else split it.
                let (ox, oy) = (xs[occupant as usize], ys[occupant as usize]);
                if (ox == x && oy == y) || size < MIN_SIZE {
                    self.next[i as usize] = self.next[occupant as usize];
                    self.next[occupant as usize] = i;
                    return;
                }
                self.cells[cell].body = NONE;
                let q = quadrant(ox, oy, cx, cy, size);
                let leaf = self.cells.len() as u32;
                self.cells.push(Cell {
                    body: occupant,
                    ..EMPTY
                });
                self.cells[cell].children[q] = leaf;
            }
            let q = quadrant(x, y, cx, cy, size);
            size /= 2.0;
            if q & 1 == 1 {
                cx += size;
            }
            if q & 2 == 2 {
                cy += size;
            }
            let child = self.cells[cell].children[q];
            if child == NONE {
                let leaf = self.cells.len() as u32;
                self.cells.push(Cell { body: i, ..EMPTY });
                self.cells[cell].children[q] = leaf;
                return;
            }
            cell = child as usize;
        }
    }

    /// Sums strengths and centres from the leaves up. Children always come after their
    /// parent in `cells`, so one backward pass sees every child before its parent.
    fn accumulate(&mut self, xs: &[f64], ys: &[f64], strength: &[f64]) {
        for c in (0..self.cells.len()).rev() {
            let cell = self.cells[c];
            let (mut value, mut weight, mut x, mut y) = (0.0, 0.0, 0.0, 0.0);
            if cell.body != NONE {
                let mut b = cell.body;
                while b != NONE {
                    value += strength[b as usize];
                    b = self.next[b as usize];
                }
                x = xs[cell.body as usize];
                y = ys[cell.body as usize];
            } else {
                for &k in &cell.children {
                    if k != NONE {
                        let child = &self.cells[k as usize];
                        let w = child.value.abs();
                        value += child.value;
                        weight += w;
                        x += w * child.x;
                        y += w * child.y;
                    }
                }
                if weight > 0.0 {
                    x /= weight;
                    y /= weight;
                }
            }
            let cell = &mut self.cells[c];
            cell.value = value;
            cell.x = x;
            cell.y = y;
        }
    }
}

/// Which quadrant of the square at `(cx, cy)` with side `size` holds `(x, y)`.
fn quadrant(x: f64, y: f64, cx: f64, cy: f64, size: f64) -> usize {
    let half = size / 2.0;
    (x >= cx + half) as usize | (((y >= cy + half) as usize) << 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_body_is_in_exactly_one_leaf_and_totals_add_up() {
        let xs: Vec<f64> = (0..200).map(|i| ((i * 37) % 101) as f64 * 1.3).collect();
        let mut ys: Vec<f64> = (0..200).map(|i| ((i * 53) % 97) as f64 * 0.7).collect();
        ys[7] = ys[3];
        let mut xs2 = xs.clone();
        xs2[7] = xs2[3]; // two bodies at the same spot
        let strength = vec![-30.0; 200];
        let mut tree = QuadTree::default();
        tree.build(&xs2, &ys, &strength);
        let mut seen = vec![0; 200];
        for cell in &tree.cells {
            let mut b = cell.body;
            while b != NONE {
                seen[b as usize] += 1;
                b = tree.next[b as usize];
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
        let mut order = tree.order.clone();
        order.sort();
        assert_eq!(order, (0..200).collect::<Vec<u32>>());
        assert_eq!(tree.cells[0].value, -6000.0);
        let mx = xs2.iter().sum::<f64>() / 200.0;
        assert!((tree.cells[0].x - mx).abs() < 1e-9);
        // Building again reuses the buffers and gives the same tree.
        let cells = tree.cells.len();
        tree.build(&xs2, &ys, &strength);
        assert_eq!(tree.cells.len(), cells);
    }

    #[test]
    fn a_single_body_is_the_root_leaf() {
        let mut tree = QuadTree::default();
        tree.build(&[3.0], &[4.0], &[-30.0]);
        assert_eq!(tree.cells.len(), 1);
        assert_eq!(
            (tree.cells[0].body, tree.cells[0].x, tree.cells[0].value),
            (0, 3.0, -30.0)
        );
    }
}
