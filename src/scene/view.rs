//! The view transform between layout space and the screen: zoom about a point, pan, and fit
//! a box into the viewport. `screen = world * scale + (tx, ty)`.

/// An axis-aligned box in layout space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min: (f64, f64),
    pub max: (f64, f64),
}

impl Bounds {
    /// The smallest box around the points, or `None` when there are none.
    pub fn around(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Bounds> {
        points.into_iter().fold(None, |b, (x, y)| {
            Some(match b {
                None => Bounds {
                    min: (x, y),
                    max: (x, y),
                },
                Some(Bounds { min, max }) => Bounds {
                    min: (min.0.min(x), min.1.min(y)),
                    max: (max.0.max(x), max.1.max(y)),
                },
            })
        })
    }

    pub fn width(&self) -> f64 {
        self.max.0 - self.min.0
    }

    pub fn height(&self) -> f64 {
        self.max.1 - self.min.1
    }
}

/// How far one can zoom out and in, relative to one layout unit per pixel.
pub const MIN_SCALE: f64 = 0.05;
pub const MAX_SCALE: f64 = 12.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport {
            scale: 1.0,
            tx: 0.0,
            ty: 0.0,
        }
    }
}

impl Viewport {
    /// The view that shows `bounds` whole and centred in a `width` x `height` screen, leaving
    /// `margin` pixels free on every side.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::view::{Bounds, Viewport};
    /// let b = Bounds { min: (-100.0, -50.0), max: (100.0, 50.0) };
    /// let v = Viewport::fit(b, 440.0, 300.0, 20.0);
    /// assert_eq!(v.scale, 2.0);
    /// assert_eq!(v.to_screen((0.0, 0.0)), (220.0, 150.0));
    /// ```
    pub fn fit(bounds: Bounds, width: f64, height: f64, margin: f64) -> Viewport {
        let room_w = (width - 2.0 * margin).max(1.0);
        let room_h = (height - 2.0 * margin).max(1.0);
        let scale = (room_w / bounds.width().max(1.0))
            .min(room_h / bounds.height().max(1.0))
            .clamp(MIN_SCALE, MAX_SCALE);
        let cx = (bounds.min.0 + bounds.max.0) / 2.0;
        let cy = (bounds.min.1 + bounds.max.1) / 2.0;
        Viewport {
            scale,
            tx: width / 2.0 - cx * scale,
            ty: height / 2.0 - cy * scale,
        }
    }

    pub fn to_screen(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.scale + self.tx, y * self.scale + self.ty)
    }

    pub fn to_world(&self, (sx, sy): (f64, f64)) -> (f64, f64) {
        ((sx - self.tx) / self.scale, (sy - self.ty) / self.scale)
    }

    /// Zooms by `factor` keeping the layout point under `at` (screen) where it is.
    pub fn zoom_at(&mut self, at: (f64, f64), factor: f64) {
        let world = self.to_world(at);
        self.scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        self.tx = at.0 - world.0 * self.scale;
        self.ty = at.1 - world.1 * self.scale;
    }

    /// Moves the picture by a screen distance.
    pub fn pan(&mut self, dx: f64, dy: f64) {
        self.tx += dx;
        self.ty += dy;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let mut v = Viewport {
            scale: 1.5,
            tx: 30.0,
            ty: -12.0,
        };
        let at = (200.0, 120.0);
        let before = v.to_world(at);
        v.zoom_at(at, 1.7);
        let after = v.to_world(at);
        assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
        assert!((v.scale - 2.55).abs() < 1e-12);
    }

    #[test]
    fn zoom_is_clamped() {
        let mut v = Viewport::default();
        v.zoom_at((0.0, 0.0), 1e6);
        assert_eq!(v.scale, MAX_SCALE);
        v.zoom_at((0.0, 0.0), 1e-9);
        assert_eq!(v.scale, MIN_SCALE);
    }

    #[test]
    fn screen_and_world_round_trip_and_pan_moves_the_picture() {
        let mut v = Viewport {
            scale: 0.8,
            tx: 5.0,
            ty: 7.0,
        };
        let p = (123.0, -45.0);
        let s = v.to_screen(p);
        let back = v.to_world(s);
        assert!((back.0 - p.0).abs() < 1e-9 && (back.1 - p.1).abs() < 1e-9);
        v.pan(10.0, -4.0);
        assert_eq!(v.to_screen(p), (s.0 + 10.0, s.1 - 4.0));
    }

    #[test]
    fn fitting_a_tall_box_is_limited_by_height_and_a_point_does_not_blow_up() {
        let tall = Bounds {
            min: (0.0, 0.0),
            max: (10.0, 400.0),
        };
        let v = Viewport::fit(tall, 1000.0, 220.0, 10.0);
        assert_eq!(v.scale, 0.5);
        let point = Bounds::around([(3.0, 4.0)]).unwrap();
        let v = Viewport::fit(point, 100.0, 100.0, 0.0);
        assert!(v.scale <= MAX_SCALE && v.to_screen((3.0, 4.0)) == (50.0, 50.0));
        assert_eq!(Bounds::around(std::iter::empty()), None);
    }
}
