//! Rectangles bucketed by a uniform grid over the screen, so that a new box is checked only
//! against those near it: placing n labels (see [`super::labels`]) costs O(n), not O(n²).

use super::labels::Rect;

/// Rectangles in buckets of `cell` pixels.
pub(super) struct Grid {
    cell: f64,
    cols: usize,
    rows: usize,
    area: Rect,
    buckets: Vec<Vec<Rect>>,
}

impl Grid {
    pub(super) fn new(area: Rect, cell: f64) -> Grid {
        let cols = ((area.w / cell).ceil() as usize).clamp(1, 512);
        let rows = ((area.h / cell).ceil() as usize).clamp(1, 512);
        Grid {
            cell,
            cols,
            rows,
            area,
            buckets: vec![Vec::new(); cols * rows],
        }
    }

    /// The range of bucket columns and rows a rectangle touches (clamped to the grid).
    fn span(
        &self,
        r: &Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let clamp = |v: f64, n: usize| (v.max(0.0) as usize).min(n - 1);
        let c0 = clamp((r.x - self.area.x) / self.cell, self.cols);
        let c1 = clamp((r.x + r.w - self.area.x) / self.cell, self.cols);
        let r0 = clamp((r.y - self.area.y) / self.cell, self.rows);
        let r1 = clamp((r.y + r.h - self.area.y) / self.cell, self.rows);
        (c0..=c1, r0..=r1)
    }

    pub(super) fn insert(&mut self, r: Rect) {
        let (cols, rows) = self.span(&r);
        for row in rows {
            for col in cols.clone() {
                self.buckets[row * self.cols + col].push(r);
            }
        }
    }

    pub(super) fn free(&self, r: &Rect) -> bool {
        let (cols, rows) = self.span(r);
        rows.into_iter().all(|row| {
            cols.clone().all(|col| {
                !self.buckets[row * self.cols + col]
                    .iter()
                    .any(|o| o.overlaps(r))
            })
        })
    }
}
