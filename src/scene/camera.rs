//! The camera: which part of the layout the map shows, and how it moves there. It fits the
//! whole map, zooms about a point, zooms to a set of states, glides to a new view with
//! easing (or jumps there when the reader prefers reduced motion), and remembers what holds
//! the view: the whole map (a resize fits it again), marks it was aimed at (a resize aims
//! again, so a scene or a shared frame stays whole in a box of any size), or the reader's
//! hand (a resize keeps the reader's centre and zoom).
//! The clock is outside: callers pass the time in milliseconds, so tests step it exactly.

use super::aim::{aim, Mark};
use super::framing::Framing;
use super::glide::Glide;
pub use super::glide::GLIDE_MS;
use super::view::{Bounds, Viewport, MAX_SCALE, MIN_SCALE};
use crate::model::dataset::StateIx;
/// The closest zoom that bringing a selection into view goes to (at factor 1).
pub const SELECTION_SCALE: f64 = 2.0;
/// Width kept free on the right of the map for its zoom buttons, in pixels.
pub const BUTTONS_WIDTH: f64 = 48.0;

/// What decides the view when the map's box changes size.
#[derive(Debug, Clone, PartialEq)]
enum Hold {
    /// The whole map, fitted.
    Fitted,
    /// These marks, whole, no closer than the cap.
    Aimed { marks: Vec<Mark>, cap: f64 },
    /// The reader's own pan and zoom.
    Reader,
}

/// The map's viewport and its motion.
#[derive(Debug, Clone, PartialEq)]
pub struct Camera {
    view: Viewport,
    /// The map's size in pixels.
    size: (f64, f64),
    hold: Hold,
    glide: Option<Glide>,
    reduced_motion: bool,
}

impl Camera {
    /// A camera over a map of no size yet; `reduced_motion` makes every move instant.
    pub fn new(reduced_motion: bool) -> Camera {
        Camera {
            view: Viewport::default(),
            size: (0.0, 0.0),
            hold: Hold::Fitted,
            glide: None,
            reduced_motion,
        }
    }

    /// The transform from layout units to the map's pixels now.
    pub fn view(&self) -> Viewport {
        self.view
    }

    pub fn size(&self) -> (f64, f64) {
        self.size
    }

    /// Whether the reader moved or zoomed the view since it was last fitted or aimed.
    pub fn moved_by_reader(&self) -> bool {
        self.hold == Hold::Reader
    }

    /// Whether the view shows the whole map (fitted, not moved or aimed since).
    pub fn fitted(&self) -> bool {
        self.hold == Hold::Fitted
    }

    /// What the view frames, for a link: the whole map, the states it was aimed at, or the
    /// region aimed at or moved to by the reader.
    pub fn framing(&self) -> Framing {
        match &self.hold {
            Hold::Fitted => Framing::Whole,
            // States (with the fixed points of their diamonds, if any).
            Hold::Aimed { marks, .. } if marks.iter().any(|m| m.body.is_some()) => {
                let mut states: Vec<StateIx> = marks
                    .iter()
                    .filter_map(|m| m.body)
                    .map(|b| StateIx(b as u32))
                    .collect();
                states.sort();
                states.dedup();
                Framing::States(states)
            }
            // A region aimed at: its corners.
            Hold::Aimed { marks, .. } => Bounds::around(marks.iter().map(|m| m.at))
                .map_or(Framing::Whole, |b| {
                    Framing::Region([b.min.0, b.min.1, b.max.0, b.max.1])
                }),
            Hold::Reader => Framing::Region(self.visible()),
        }
    }

    /// The part of the layout the view shows (or is gliding to), left of the zoom buttons:
    /// `[x0, y0, x1, y1]` in layout units.
    pub fn visible(&self) -> [f64; 4] {
        let view = self.glide.map(|g| g.to).unwrap_or(self.view);
        let (x0, y0) = view.to_world((0.0, 0.0));
        let (x1, y1) = view.to_world((self.room(), self.size.1));
        [x0, y0, x1, y1]
    }

    pub fn reduced_motion(&self) -> bool {
        self.reduced_motion
    }

    /// Whether a glide is under way.
    pub fn gliding(&self) -> bool {
        self.glide.is_some()
    }

    /// The width the map's content is fitted into: all but the zoom buttons' strip.
    fn room(&self) -> f64 {
        (self.size.0 - BUTTONS_WIDTH).max(self.size.0 * 0.5)
    }

    /// Matches a new map size: a view the reader chose keeps its centre and zoom, a view
    /// aimed at marks aims at them again (at once), otherwise the bodies are fitted again.
    pub fn resize(&mut self, width: f64, height: f64, bodies: &[(f64, f64)]) {
        let centre = self.centre();
        self.size = (width, height);
        match self.hold.clone() {
            Hold::Reader => self.set_centre(centre),
            Hold::Aimed { marks, cap } => {
                self.glide = None;
                if let Some(view) = self.aimed(&marks, cap) {
                    self.view = view;
                }
            }
            Hold::Fitted => self.fit(bodies),
        }
    }

    /// Shows every body, with room for labels around them.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::camera::Camera;
    /// let mut c = Camera::new(false);
    /// c.resize(448.0, 300.0, &[(-100.0, -50.0), (100.0, 50.0)]);
    /// // 400 pixels of room (the zoom buttons keep 48) less a 24-pixel margin each side.
    /// assert_eq!(c.view().scale, 1.76);
    /// assert_eq!(c.view().to_screen((0.0, 0.0)), (200.0, 150.0));
    /// ```
    pub fn fit(&mut self, bodies: &[(f64, f64)]) {
        self.glide = None;
        let margin = (self.size.0.min(self.size.1) * 0.08).clamp(20.0, 48.0);
        let bounds = Bounds::around(bodies.iter().copied()).unwrap_or(Bounds {
            min: (0.0, 0.0),
            max: (0.0, 0.0),
        });
        self.view = Viewport::fit(bounds, self.room(), self.size.1, margin);
        self.hold = Hold::Fitted;
    }

    /// Follows the bodies while a layout settles: a fitted view fits them again, a view
    /// aimed at states aims at them where they are now; the reader's view stays.
    pub fn follow(&mut self, bodies: &[(f64, f64)]) {
        match &mut self.hold {
            Hold::Fitted => self.fit(bodies),
            Hold::Aimed { marks, cap } => {
                for m in marks.iter_mut() {
                    if let Some(&at) = m.body.and_then(|b| bodies.get(b)) {
                        m.at = at;
                    }
                }
                let (marks, cap) = (marks.clone(), *cap);
                if let Some(target) = self.aimed(&marks, cap) {
                    match &mut self.glide {
                        Some(glide) => glide.to = target,
                        None => self.view = target,
                    }
                }
            }
            Hold::Reader => {}
        }
    }

    /// The reader takes the view over: a glide stops where it is, and the view is theirs.
    pub fn take_over(&mut self) -> &mut Viewport {
        self.glide = None;
        self.hold = Hold::Reader;
        &mut self.view
    }

    /// Stops a glide where it is (the reader put a finger on the map).
    pub fn stop(&mut self) {
        self.glide = None;
    }

    /// Zooms by `factor` keeping the screen point `at` still.
    pub fn zoom_at(&mut self, at: (f64, f64), factor: f64) {
        self.take_over().zoom_at(at, factor);
    }

    /// Zooms by `factor` about the middle of the map.
    pub fn zoom_by(&mut self, factor: f64) {
        let middle = (self.size.0 / 2.0, self.size.1 / 2.0);
        self.zoom_at(middle, factor);
    }

    /// The layout point at the middle of the map, and the zoom: what a link records. While
    /// gliding, where the view is going.
    pub fn centre(&self) -> (f64, f64, f64) {
        let view = self.glide.map(|g| g.to).unwrap_or(self.view);
        let (x, y) = view.to_world((self.size.0 / 2.0, self.size.1 / 2.0));
        (x, y, view.scale)
    }

    /// Puts the layout point `(x, y)` in the middle of the map at zoom `scale`.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::camera::Camera;
    /// let mut c = Camera::new(false);
    /// c.resize(400.0, 200.0, &[]);
    /// c.set_centre((10.0, -5.0, 2.0));
    /// assert_eq!(c.centre(), (10.0, -5.0, 2.0));
    /// assert!(c.moved_by_reader());
    /// ```
    pub fn set_centre(&mut self, (x, y, scale): (f64, f64, f64)) {
        let scale = scale.clamp(MIN_SCALE, MAX_SCALE);
        *self.take_over() = Viewport {
            scale,
            tx: self.size.0 / 2.0 - x * scale,
            ty: self.size.1 / 2.0 - y * scale,
        };
    }

    /// The margin kept around marks aimed at, in pixels.
    pub fn margin(&self) -> f64 {
        (self.size.0.min(self.size.1) * 0.04).clamp(8.0, 24.0)
    }

    /// The view that shows `marks` whole in the map's room, no closer than `cap`.
    fn aimed(&self, marks: &[Mark], cap: f64) -> Option<Viewport> {
        aim(marks, (self.room(), self.size.1), self.margin(), cap)
    }

    /// Brings `marks` (states with their labels) into view whole, as close as they fit but
    /// no closer than `cap`, gliding there from `now` (milliseconds). A later resize aims
    /// at them again.
    pub fn aim_at(&mut self, marks: &[Mark], cap: f64, now: f64) {
        let Some(target) = self.aimed(marks, cap) else {
            return;
        };
        self.glide_to(target, now);
        self.hold = Hold::Aimed {
            marks: marks.to_vec(),
            cap,
        };
    }

    /// Moves the view to `target`: over [`GLIDE_MS`] from `now`, or at once with reduced
    /// motion (or before the map has a size).
    pub fn glide_to(&mut self, target: Viewport, now: f64) {
        let from = self.view;
        *self.take_over() = from;
        if self.reduced_motion || self.size.0 == 0.0 {
            self.view = target;
        } else {
            self.glide = Some(Glide {
                from,
                to: target,
                start: now,
            });
        }
    }

    /// Advances a glide to the time `now`; returns whether it goes on.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::{camera::{Camera, GLIDE_MS}, view::Viewport};
    /// let mut c = Camera::new(false);
    /// c.resize(200.0, 200.0, &[(-100.0, -100.0), (100.0, 100.0)]);
    /// let target = Viewport { scale: 4.0, tx: 0.0, ty: 0.0 };
    /// c.glide_to(target, 1000.0);
    /// assert!(c.step(1000.0 + GLIDE_MS / 2.0));
    /// assert!(c.view().scale > 1.0 && c.view().scale < 4.0);
    /// assert!(!c.step(1000.0 + GLIDE_MS));
    /// assert_eq!(c.view(), target);
    /// ```
    pub fn step(&mut self, now: f64) -> bool {
        let Some(glide) = self.glide else {
            return false;
        };
        let middle = (self.size.0 / 2.0, self.size.1 / 2.0);
        let (view, done) = glide.at(now, middle);
        self.view = view;
        if done {
            self.glide = None;
        }
        !done
    }
}

#[cfg(test)]
mod tests;
