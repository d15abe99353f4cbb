//! Turning pointer events (mouse, pen, fingers) into what they mean for the map: one pointer
//! dragging pans (or, pressed on a state, moves that state), two pointers pinching zoom and
//! pan, a press that barely moves is a click.

use super::view::Viewport;

/// How far (pixels) a press may move and still count as a click.
pub const CLICK_SLOP: f64 = 5.0;

/// Pointers currently pressed, by id, with where they are.
#[derive(Debug, Clone, Default)]
pub struct Gestures {
    down: Vec<(i32, (f64, f64))>,
    /// Where the single press started, while it still may be a click.
    click_from: Option<(f64, f64)>,
    /// The body a single press grabbed, if it landed on one.
    grabbed: Option<u32>,
}

/// What a pointer event did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Effect {
    None,
    /// The view moved.
    Moved,
    /// The grabbed body is dragged to this screen point.
    Drag(u32, (f64, f64)),
    /// A click at this screen point.
    Click((f64, f64)),
}

fn mid(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
}

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

impl Gestures {
    /// Whether any pointer is pressed.
    pub fn active(&self) -> bool {
        !self.down.is_empty()
    }

    /// A pointer was pressed at `at`, on the body `grab` if any (only a lone pointer grabs).
    pub fn down(&mut self, id: i32, at: (f64, f64), grab: Option<u32>) {
        self.down.retain(|(p, _)| *p != id);
        self.down.push((id, at));
        let lone = self.down.len() == 1;
        self.click_from = lone.then_some(at);
        self.grabbed = grab.filter(|_| lone);
    }

    /// A pressed pointer moved: pan with one, pinch with two.
    pub fn moved(&mut self, id: i32, at: (f64, f64), view: &mut Viewport) -> Effect {
        let Some(k) = self.down.iter().position(|(p, _)| *p == id) else {
            return Effect::None;
        };
        let before = self.down[k].1;
        if let Some(from) = self.click_from {
            if dist(from, at) <= CLICK_SLOP {
                return Effect::None;
            }
            self.click_from = None;
        }
        if let (Some(body), 1) = (self.grabbed, self.down.len()) {
            self.down[k].1 = at;
            return Effect::Drag(body, at);
        }
        self.grabbed = None;
        match self.down.len() {
            1 => view.pan(at.0 - before.0, at.1 - before.1),
            _ => {
                let other = self.down[if k == 0 { 1 } else { 0 }].1;
                let (m0, m1) = (mid(before, other), mid(at, other));
                let (d0, d1) = (dist(before, other), dist(at, other));
                if d0 > 1.0 {
                    view.zoom_at(m0, d1 / d0);
                }
                view.pan(m1.0 - m0.0, m1.1 - m0.1);
            }
        }
        self.down[k].1 = at;
        Effect::Moved
    }

    /// A pointer was released (or cancelled: then no click).
    pub fn up(&mut self, id: i32, at: (f64, f64), cancelled: bool) -> Effect {
        let was_down = self.down.iter().any(|(p, _)| *p == id);
        self.down.retain(|(p, _)| *p != id);
        if self.down.is_empty() {
            self.grabbed = None;
        }
        let click = self
            .click_from
            .take()
            .filter(|_| was_down && !cancelled && self.down.is_empty());
        match click {
            Some(from) if dist(from, at) <= CLICK_SLOP => Effect::Click(at),
            _ => Effect::None,
        }
    }
}

/// The zoom factor for a wheel movement of `delta_y` pixels (negative zooms in).
pub fn wheel_factor(delta_y: f64) -> f64 {
    (-delta_y.clamp(-300.0, 300.0) * 0.002).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_still_press_is_a_click_and_a_drag_pans() {
        let mut g = Gestures::default();
        let mut v = Viewport::default();
        g.down(1, (10.0, 10.0), None);
        assert_eq!(g.moved(1, (12.0, 11.0), &mut v), Effect::None);
        assert_eq!(g.up(1, (12.0, 11.0), false), Effect::Click((12.0, 11.0)));
        assert_eq!(v, Viewport::default());

        g.down(1, (10.0, 10.0), None);
        assert_eq!(g.moved(1, (40.0, 10.0), &mut v), Effect::Moved);
        assert_eq!(g.moved(1, (50.0, 20.0), &mut v), Effect::Moved);
        assert_eq!(g.up(1, (50.0, 20.0), false), Effect::None);
        assert_eq!((v.tx, v.ty), (40.0, 10.0));
        assert!(!g.active());
    }

    #[test]
    fn a_press_on_a_state_drags_it_instead_of_panning() {
        let mut g = Gestures::default();
        let mut v = Viewport::default();
        g.down(1, (10.0, 10.0), Some(4));
        assert_eq!(
            g.moved(1, (11.0, 10.0), &mut v),
            Effect::None,
            "within the click slop"
        );
        assert_eq!(
            g.moved(1, (30.0, 25.0), &mut v),
            Effect::Drag(4, (30.0, 25.0))
        );
        assert_eq!(g.up(1, (30.0, 25.0), false), Effect::None);
        assert_eq!(v, Viewport::default(), "the view stays");
        // A still press on a state is still a click.
        g.down(1, (10.0, 10.0), Some(4));
        assert_eq!(g.up(1, (10.0, 10.0), false), Effect::Click((10.0, 10.0)));
        // A second finger turns a grab into a pinch.
        g.down(1, (10.0, 10.0), Some(4));
        g.down(2, (60.0, 10.0), Some(5));
        assert_eq!(g.moved(2, (80.0, 10.0), &mut v), Effect::Moved);
    }

    #[test]
    fn pinching_apart_zooms_in_about_the_fingers() {
        let mut g = Gestures::default();
        let mut v = Viewport::default();
        g.down(1, (100.0, 100.0), None);
        g.down(2, (200.0, 100.0), None);
        let anchor = v.to_world((150.0, 100.0));
        g.moved(2, (250.0, 100.0), &mut v);
        // Distance 100 -> 150: 1.5x, about the middle; the middle itself moved by 25 px.
        assert!((v.scale - 1.5).abs() < 1e-9);
        let now = v.to_screen(anchor);
        assert!((now.0 - 175.0).abs() < 1e-9 && (now.1 - 100.0).abs() < 1e-9);
        assert_eq!(
            g.up(2, (250.0, 100.0), false),
            Effect::None,
            "a pinch is not a click"
        );
        assert_eq!(g.up(1, (100.0, 100.0), false), Effect::None);
    }

    #[test]
    fn cancelled_presses_do_not_click_and_wheel_zooms_both_ways() {
        let mut g = Gestures::default();
        g.down(3, (5.0, 5.0), None);
        assert_eq!(g.up(3, (5.0, 5.0), true), Effect::None);
        assert!(wheel_factor(-100.0) > 1.0 && wheel_factor(100.0) < 1.0);
        assert!((wheel_factor(100.0) * wheel_factor(-100.0) - 1.0).abs() < 1e-12);
    }
}
