//! A glide from one view to another: the zoom changes geometrically and the centre
//! linearly, both eased (slow at both ends), so that a move to a far, close view reads as
//! one even motion.

use super::view::Viewport;

/// How long a glide to a new view takes, in milliseconds.
pub const GLIDE_MS: f64 = 600.0;

/// A move of the view under way: from, to, and when it started (milliseconds).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Glide {
    pub(super) from: Viewport,
    pub(super) to: Viewport,
    pub(super) start: f64,
}

/// Smoothstep: slow at both ends.
fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

impl Glide {
    /// The view at time `now` on a map whose middle is `middle` (pixels), and whether the
    /// glide is over.
    pub(super) fn at(&self, now: f64, middle: (f64, f64)) -> (Viewport, bool) {
        let t = ((now - self.start) / GLIDE_MS).clamp(0.0, 1.0);
        if t >= 1.0 {
            return (self.to, true);
        }
        let e = ease(t);
        let (from, to) = (self.from, self.to);
        let scale = from.scale * (to.scale / from.scale).powf(e);
        let (c0, c1) = (from.to_world(middle), to.to_world(middle));
        let c = (c0.0 + (c1.0 - c0.0) * e, c0.1 + (c1.1 - c0.1) * e);
        let view = Viewport {
            scale,
            tx: middle.0 - c.0 * scale,
            ty: middle.1 - c.1 * scale,
        };
        (view, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glide_keeps_the_middle_on_the_line_between_the_centres() {
        let from = Viewport {
            scale: 1.0,
            tx: 0.0,
            ty: 0.0,
        };
        let to = Viewport {
            scale: 4.0,
            tx: -400.0,
            ty: -300.0,
        };
        let g = Glide {
            from,
            to,
            start: 0.0,
        };
        let (half, done) = g.at(GLIDE_MS / 2.0, (100.0, 100.0));
        assert!(!done);
        assert!(
            (half.scale - 2.0).abs() < 1e-12,
            "geometric: halfway is the square root"
        );
        let centre = half.to_world((100.0, 100.0));
        // From the layout point (100, 100) to (125, 100): halfway, eased, is halfway.
        assert!((centre.0 - 112.5).abs() < 1e-9 && (centre.1 - 100.0).abs() < 1e-9);
        assert_eq!(g.at(GLIDE_MS, (100.0, 100.0)), (to, true));
        assert_eq!(ease(0.0), 0.0);
        assert_eq!(ease(1.0), 1.0);
    }
}
