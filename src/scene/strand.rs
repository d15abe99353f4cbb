//! One line of one tie in one domain, how it relates to a comparison date, and how
//! parallel lines between the same two bodies are spread apart.

use super::curve::Curve;
use super::view::Viewport;
use crate::model::dataset::{DomainIx, TieIx};

/// The gap between neighbouring parallel strands, in layout units.
pub const STRAND_GAP: f64 = 7.0;

/// One line of one tie in one domain, from body `from` to body `to` (see
/// [`crate::layout::map::MapLayout`]), bowed sideways by `bend` pixels at its middle (0 is
/// straight; the sign picks the side).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strand {
    pub tie: TieIx,
    pub domain: DomainIx,
    pub from: u32,
    pub to: u32,
    pub bend: f64,
    pub change: Change,
}

/// How a drawn tie relates to the comparison date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Change {
    /// In force on the comparison date, not now (drawn first, underneath).
    Ended,
    /// In force on both dates (or no comparison).
    #[default]
    Same,
    /// In force now, not on the comparison date.
    Added,
}

impl Strand {
    /// The strand on screen: its ends and the control point of the quadratic curve that
    /// passes `bend` pixels off the chord's middle. Bending on screen keeps parallel strands
    /// apart at every zoom.
    pub fn on_screen(&self, view: &Viewport, bodies: &[(f64, f64)]) -> Curve {
        let from = view.to_screen(bodies[self.from as usize]);
        let to = view.to_screen(bodies[self.to as usize]);
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = (dx * dx + dy * dy).sqrt().max(1e-9);
        let (nx, ny) = (-dy / len, dx / len);
        let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
        Curve {
            from,
            control: (mid.0 + nx * 2.0 * self.bend, mid.1 + ny * 2.0 * self.bend),
            to,
        }
    }
}

/// Offsets for `n` parallel strands, centred on zero.
pub(super) fn offsets(n: usize) -> impl Iterator<Item = f64> {
    (0..n).map(move |k| (k as f64 - (n as f64 - 1.0) / 2.0) * STRAND_GAP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bent_strand_passes_its_offset_in_pixels_at_the_middle_at_any_zoom() {
        let s = Strand {
            tie: TieIx(0),
            domain: DomainIx(0),
            from: 0,
            to: 1,
            bend: 3.0,
            change: Change::Same,
        };
        let bodies = [(0.0, 0.0), (10.0, 0.0)];
        for scale in [0.5, 1.0, 4.0] {
            let view = Viewport {
                scale,
                tx: 1.0,
                ty: 2.0,
            };
            let c = s.on_screen(&view, &bodies);
            assert_eq!(c.point(0.0), (1.0, 2.0));
            assert_eq!(c.point(1.0), (1.0 + 10.0 * scale, 2.0));
            assert_eq!(c.point(0.5), (1.0 + 5.0 * scale, 5.0));
        }
    }
}
