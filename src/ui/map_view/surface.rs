//! The painter together with what drives it: the gestures in progress, the selection
//! callback, and the one animation-frame callback that repaints (several requests in one
//! frame make one paint).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::model::view_state::Selection;
use crate::scene::gesture::Gestures;
use crate::ui::painter::Painter;

/// The painter and the one animation-frame callback that repaints it.
pub(super) struct Surface {
    pub(super) painter: Painter,
    pub(super) gestures: Gestures,
    pub(super) on_select: Callback<Option<Selection>>,
    pub(super) pending: Option<i32>,
    pub(super) repaint: Option<Closure<dyn FnMut(f64)>>,
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
        let mut guard = shared.borrow_mut();
        if let Some(surface) = guard.as_mut() {
            surface.pending = None;
            surface.painter.paint();
        }
    })
}
