//! The map's animation-frame loop: a paint is asked for (several requests in one frame make
//! one), and each frame lets the layout settle, applies the commands sent through the
//! [`MapLink`](super::MapLink), moves the camera and paints, asking for another frame while
//! anything still moves.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::{now, Shared, Surface};

/// Asks for one paint on the next animation frame (several requests make one paint).
pub(in crate::ui::map_view) fn request_paint(shared: &Shared) {
    let Ok(mut guard) = shared.try_borrow_mut() else {
        return;
    };
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

/// Cancels a paint asked for and not yet made.
pub(in crate::ui::map_view) fn cancel_paint(surface: &Surface) {
    if let Some(id) = surface.pending {
        let _ = gloo::utils::window().cancel_animation_frame(id);
    }
}

/// Gives the surface its animation-frame callback and lets the link wake it.
pub(in crate::ui::map_view) fn start(shared: &Shared) {
    let weak = Rc::downgrade(shared);
    let repaint = make_repaint(weak.clone());
    let link = {
        let mut guard = shared.borrow_mut();
        let Some(surface) = guard.as_mut() else {
            return;
        };
        surface.repaint = Some(repaint);
        surface.link.clone()
    };
    link.attach(Some(Rc::new(move || {
        if let Some(shared) = weak.upgrade() {
            request_paint(&shared);
        }
    })));
    request_paint(shared);
}

fn make_repaint(weak: Weak<RefCell<Option<Surface>>>) -> Closure<dyn FnMut(f64)> {
    Closure::new(move |_: f64| {
        let Some(shared) = weak.upgrade() else { return };
        let (again, told) = {
            let mut guard = shared.borrow_mut();
            let Some(surface) = guard.as_mut() else {
                return;
            };
            surface.pending = None;
            let settling = surface.settle();
            let told = surface
                .run_commands()
                .map(|view| (view, surface.told.on_view.clone()));
            let gliding = surface.camera.step(now());
            // Busy while the map moves into place, for assistive technology (and tests).
            // Commands waiting for the map's size count as moving.
            let waiting = surface.link.pending();
            surface.painter.set_busy(settling || gliding || waiting);
            surface.paint();
            (settling || gliding || waiting, told)
        };
        if let Some((view, on_view)) = told {
            on_view.emit(view);
        }
        if again {
            request_paint(&shared);
        }
    })
}
