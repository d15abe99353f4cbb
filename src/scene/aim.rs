//! Aiming the view at marks that must be seen whole: each a point of the layout with the
//! room its marker and label take around it on screen (in pixels, which do not grow with
//! the zoom). [`aim`] finds the closest view, up to a cap, at which every mark and its
//! label fit inside the box, and centres them there. A story's scene, a selection and a
//! shared link's frame are all brought into view this way, so their labels are never cut.

use super::view::{Viewport, MAX_SCALE, MIN_SCALE};

/// A point of the layout and the pixels its marker and label reach around it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub at: (f64, f64),
    /// The body it stands for, which may still be moving into place (none: a fixed point).
    pub body: Option<usize>,
    pub left: f64,
    pub right: f64,
    pub up: f64,
    pub down: f64,
}

impl Mark {
    /// A bare point: nothing around it.
    pub fn point(at: (f64, f64)) -> Mark {
        Mark {
            at,
            body: None,
            left: 0.0,
            right: 0.0,
            up: 0.0,
            down: 0.0,
        }
    }
}

/// The largest scale at which every pair of marks fits along one axis in `room` pixels:
/// for marks at `p` and `q > p`, `s·(q − p) + reach_after(q) + reach_before(p) ≤ room`.
fn axis_scale(marks: &[(f64, f64, f64)], room: f64) -> f64 {
    let mut scale = f64::INFINITY;
    for &(p, before_p, _) in marks {
        for &(q, _, after_q) in marks {
            if q > p {
                scale = scale.min((room - after_q - before_p) / (q - p));
            }
        }
    }
    scale
}

/// The offset that centres the marks' screen extent at scale `s` in `room` pixels.
fn centre(marks: &[(f64, f64, f64)], s: f64, room: f64) -> f64 {
    let low = marks
        .iter()
        .map(|m| s * m.0 - m.1)
        .fold(f64::INFINITY, f64::min);
    let high = marks
        .iter()
        .map(|m| s * m.0 + m.2)
        .fold(f64::NEG_INFINITY, f64::max);
    room / 2.0 - (low + high) / 2.0
}

/// The view that shows every mark whole within a box of `room` pixels less `margin` on
/// each side, as close as possible but no closer than `cap`; `None` without marks. When
/// the marks cannot all fit even at the smallest scale, the smallest scale is used.
///
/// # Examples
/// ```
/// use alliance_map::scene::aim::{aim, Mark};
/// // Two states 100 units apart, each with a label 60 px wide centred under it.
/// let mark = |x| Mark { at: (x, 0.0), body: None, left: 30.0, right: 30.0, up: 5.0, down: 25.0 };
/// let view = aim(&[mark(0.0), mark(100.0)], (400.0, 300.0), 20.0, 10.0).unwrap();
/// // 400 − 2·20 of room, less 30 px of label on each outer side: 300 px for 100 units.
/// assert!((view.scale - 3.0).abs() < 1e-9);
/// let (left, right) = (view.to_screen((0.0, 0.0)).0 - 30.0, view.to_screen((100.0, 0.0)).0 + 30.0);
/// assert!((left - 20.0).abs() < 1e-9 && (right - 380.0).abs() < 1e-9);
/// ```
pub fn aim(marks: &[Mark], room: (f64, f64), margin: f64, cap: f64) -> Option<Viewport> {
    if marks.is_empty() {
        return None;
    }
    let xs: Vec<(f64, f64, f64)> = marks.iter().map(|m| (m.at.0, m.left, m.right)).collect();
    let ys: Vec<(f64, f64, f64)> = marks.iter().map(|m| (m.at.1, m.up, m.down)).collect();
    let (w, h) = (room.0 - 2.0 * margin, room.1 - 2.0 * margin);
    let fits = axis_scale(&xs, w).min(axis_scale(&ys, h));
    let scale = fits.min(cap).clamp(MIN_SCALE, MAX_SCALE);
    Some(Viewport {
        scale,
        tx: centre(&xs, scale, room.0),
        ty: centre(&ys, scale, room.1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(view: &Viewport, marks: &[Mark], room: (f64, f64)) -> bool {
        marks.iter().all(|m| {
            let (x, y) = view.to_screen(m.at);
            x - m.left >= -1e-9
                && x + m.right <= room.0 + 1e-9
                && y - m.up >= -1e-9
                && y + m.down <= room.1 + 1e-9
        })
    }

    #[test]
    fn every_label_fits_in_boxes_from_a_phone_to_a_projector() {
        // Four states far apart, with labels of different widths on different sides.
        let marks = [
            Mark {
                body: None,
                at: (-300.0, 10.0),
                left: 40.0,
                right: 40.0,
                up: 6.0,
                down: 26.0,
            },
            Mark {
                body: None,
                at: (250.0, -80.0),
                left: 70.0,
                right: 70.0,
                up: 6.0,
                down: 26.0,
            },
            Mark {
                body: None,
                at: (20.0, 200.0),
                left: 35.0,
                right: 35.0,
                up: 6.0,
                down: 26.0,
            },
            Mark {
                body: None,
                at: (90.0, 60.0),
                left: 55.0,
                right: 55.0,
                up: 6.0,
                down: 26.0,
            },
        ];
        for room in [
            (320.0, 320.0),
            (390.0, 600.0),
            (640.0, 400.0),
            (1280.0, 720.0),
        ] {
            let view = aim(&marks, room, 16.0, MAX_SCALE).unwrap();
            assert!(inside(&view, &marks, room), "{room:?}: {view:?}");
            // As close as it can be: 5 % closer, the marks no longer fit across or down.
            let span = |s: f64, f: fn(&Mark) -> (f64, f64, f64)| {
                let v: Vec<_> = marks.iter().map(f).collect();
                let hi = v.iter().map(|m| s * m.0 + m.2).fold(f64::MIN, f64::max);
                let lo = v.iter().map(|m| s * m.0 - m.1).fold(f64::MAX, f64::min);
                hi - lo
            };
            let s = view.scale * 1.05;
            assert!(
                span(s, |m| (m.at.0, m.left, m.right)) > room.0 - 32.0
                    || span(s, |m| (m.at.1, m.up, m.down)) > room.1 - 32.0,
                "{room:?}: not as close as it could be"
            );
        }
    }

    #[test]
    fn the_cap_keeps_a_single_state_from_filling_the_screen() {
        let one = [Mark {
            body: None,
            at: (5.0, 5.0),
            left: 20.0,
            right: 20.0,
            up: 5.0,
            down: 20.0,
        }];
        let view = aim(&one, (800.0, 600.0), 20.0, 2.0).unwrap();
        assert_eq!(view.scale, 2.0);
        let (x, y) = view.to_screen((5.0, 5.0));
        assert!((x - 400.0).abs() < 1e-9, "centred across");
        assert!(
            (y - (300.0 - 7.5)).abs() < 1e-9,
            "its marker and label centred down"
        );
        assert_eq!(aim(&[], (800.0, 600.0), 20.0, 2.0), None);
    }
}
