//! The painter together with what drives it: the gestures in progress, the selection
//! callback, and the one animation-frame callback that repaints (several requests in one
//! frame make one paint).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::layout::simulation::Simulation;
use crate::model::view_state::Selection;
use crate::scene::gesture::Gestures;
use crate::ui::painter::Painter;

/// The painter and the one animation-frame callback that repaints it.
pub(super) struct Surface {
    pub(super) painter: Painter,
    pub(super) gestures: Gestures,
    pub(super) on_select: Callback<Option<Selection>>,
    /// Told after each press whether any state is pinned.
    pub(super) on_pinned: Callback<bool>,
    /// Told the centre and zoom after the reader moves the view (None: fitted again).
    pub(super) on_view: Callback<Option<(f64, f64, f64)>>,
    pub(super) pending: Option<i32>,
    pub(super) repaint: Option<Closure<dyn FnMut(f64)>>,
    /// The layout while it settles, a slice of ticks per animation frame.
    pub(super) settling: Option<Simulation>,
}

/// Time a frame may spend on layout ticks while the map settles, in milliseconds: enough
/// to settle a small map before its first paint, little enough to keep the page responsive.
const SETTLE_BUDGET_MS: f64 = 8.0;

impl Surface {
    /// Runs layout ticks for up to [`SETTLE_BUDGET_MS`] and moves the painter's bodies.
    /// Returns whether the layout is still settling.
    fn settle(&mut self) -> bool {
        let Some(sim) = self.settling.as_mut() else {
            return false;
        };
        let clock = gloo::utils::window().performance();
        let now = || clock.as_ref().map(|p| p.now()).unwrap_or(0.0);
        let start = now();
        // With reduced motion the layout settles before it is first shown.
        let budget = if self.painter.reduced_motion() {
            f64::INFINITY
        } else {
            SETTLE_BUDGET_MS
        };
        while !sim.settled() && now() - start < budget {
            sim.tick();
        }
        self.painter.set_bodies(&sim.bodies.x, &sim.bodies.y);
        if !self.painter.moved_by_reader {
            self.painter.fit();
        }
        if sim.settled() {
            self.settling = None;
        }
        self.settling.is_some()
    }
}

pub(super) type Shared = Rc<RefCell<Option<Surface>>>;

/// Asks for one paint on the next animation frame (several requests make one paint).
pub(super) fn request_paint(shared: &Shared) {
    let mut guard = shared.borrow_mut();
    let Some(surface) = guard.as_mut() else {
        return;
    };
    if surface.pending.is_some() {
        return;
    }
    let Some(repaint) = &surface.repaint else {
        return;
    };
    surface.pending = gloo::utils::window()
        .request_animation_frame(repaint.as_ref().unchecked_ref())
        .ok();
}

pub(super) fn make_repaint(weak: Weak<RefCell<Option<Surface>>>) -> Closure<dyn FnMut(f64)> {
    Closure::new(move |_: f64| {
        let Some(shared) = weak.upgrade() else { return };
        let again = {
            let mut guard = shared.borrow_mut();
            let Some(surface) = guard.as_mut() else {
                return;
            };
            surface.pending = None;
            let settling = surface.settle();
            let gliding = surface.painter.step_glide();
            // Busy while the map moves into place, for assistive technology (and tests).
            surface.painter.set_busy(settling || gliding);
            surface.painter.paint();
            settling || gliding
        };
        if again {
            request_paint(&shared);
        }
    })
}
