//! Pointer, touch and wheel input on the map's canvas, turned by [`Gestures`] into panning,
//! zooming and clicks that select what is under the pointer.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, PointerEvent, WheelEvent};

use super::surface::{request_paint, Shared};
use crate::model::view_state::Selection;
use crate::scene::command::MapCommand;
use crate::scene::gesture::{wheel_factor, Effect};
use crate::scene::hit::Hit;
use crate::scene::keys::{next_state, Direction};
use crate::scene::theme::Theme;

/// What reacts to one kind of DOM event on the canvas.
type Handler = fn(&Shared, &HtmlCanvasElement, &web_sys::Event);

fn point(canvas: &HtmlCanvasElement, e: &web_sys::MouseEvent) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    (
        e.client_x() as f64 - rect.left(),
        e.client_y() as f64 - rect.top(),
    )
}

fn to_selection(hit: Option<Hit>) -> Option<Selection> {
    hit.map(|h| match h {
        Hit::State(s) => Selection::State(s),
        Hit::Tie(t) => Selection::Tie(t),
    })
}

/// Listens to pointer, key and wheel events on the canvas.
pub(super) fn listeners(canvas: &HtmlCanvasElement, shared: &Shared) -> Vec<EventListener> {
    let on = |kind: &'static str, passive: bool, f: Handler| {
        let (shared, c) = (shared.clone(), canvas.clone());
        let options = if passive {
            EventListenerOptions::default()
        } else {
            EventListenerOptions::enable_prevent_default()
        };
        EventListener::new_with_options(canvas, kind, options, move |e| f(&shared, &c, e))
    };
    vec![
        on("pointerdown", true, press),
        on("pointermove", true, moved),
        on("pointerleave", true, left),
        on("pointerup", true, released),
        on("pointercancel", true, released),
        on("keydown", false, key),
        on("dblclick", true, double_click),
        on("wheel", false, wheel),
    ]
}

/// A finger or button goes down: a glide stops, and a gesture starts (grabbing the state under it).
fn press(shared: &Shared, canvas: &HtmlCanvasElement, e: &web_sys::Event) {
    let Some(e) = e.dyn_ref::<PointerEvent>() else {
        return;
    };
    let _ = canvas.set_pointer_capture(e.pointer_id());
    if let Some(s) = shared.borrow_mut().as_mut() {
        let at = point(canvas, e);
        let grab = match s.hit(at) {
            Some(Hit::State(state)) => Some(state.0),
            _ => None,
        };
        s.camera.stop();
        s.gestures.down(e.pointer_id(), at, grab);
    }
}

/// The pointer moves: panning, pinching or dragging a state, or else resting on something.
fn moved(shared: &Shared, canvas: &HtmlCanvasElement, e: &web_sys::Event) {
    let Some(e) = e.dyn_ref::<PointerEvent>() else {
        return;
    };
    let at = point(canvas, e);
    let repaint = {
        let mut guard = shared.borrow_mut();
        let Some(s) = guard.as_mut() else { return };
        if s.gestures.active() {
            let mut view = s.camera.view();
            match s.gestures.moved(e.pointer_id(), at, &mut view) {
                Effect::Moved => {
                    *s.camera.take_over() = view;
                    true
                }
                Effect::Drag(body, at) => {
                    let world = s.camera.view().to_world(at);
                    s.placement.pin(body, world, s.settling.as_mut());
                    let _ = canvas.style().set_property("cursor", "grabbing");
                    true
                }
                _ => false,
            }
        } else {
            let hit = s.hit(at);
            let cursor = if hit.is_some() { "pointer" } else { "grab" };
            let _ = canvas.style().set_property("cursor", cursor);
            // Touch has no hover: a finger resting is a press.
            e.pointer_type() != "touch" && s.set_hover(hit, at)
        }
    };
    if repaint {
        request_paint(shared);
    }
}

/// The pointer leaves the map: nothing is hovered.
fn left(shared: &Shared, _canvas: &HtmlCanvasElement, _e: &web_sys::Event) {
    let changed = shared
        .borrow_mut()
        .as_mut()
        .is_some_and(|s| s.set_hover(None, (0.0, 0.0)));
    if changed {
        request_paint(shared);
    }
}

/// Arrow keys move along ties, Escape clears the selection, Enter goes to the details. In
/// the presenter view (drawn in its own theme) the plain arrows belong to the story, so the
/// map's need Shift.
fn key(shared: &Shared, _canvas: &HtmlCanvasElement, e: &web_sys::Event) {
    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    let key = e.key();
    let emit = {
        let guard = shared.borrow();
        let Some(s) = guard.as_ref() else { return };
        let presenting = s.theme.name == Theme::PRESENTER.name;
        let direction = Direction::from_key(&key).filter(|_| !presenting || e.shift_key());
        match (direction, key.as_str()) {
            (Some(dir), _) => {
                let (x, y, _) = s.camera.centre();
                let (data, bodies) = (&s.map.data, s.placement.bodies());
                next_state(data, s.frame(), bodies, s.selection(), (x, y), dir)
                    .map(|st| (Some(Selection::State(st)), s.told.on_select.clone()))
            }
            (None, "Escape") => Some((None, s.told.on_select.clone())),
            (None, "Enter") => {
                // The details of the selection are in the side panel: go there.
                if let Some(heading) = gloo::utils::document()
                    .query_selector(".detail h2")
                    .ok()
                    .flatten()
                {
                    if let Some(h) = heading.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = h.set_attribute("tabindex", "-1");
                        let _ = h.focus();
                    }
                }
                None
            }
            _ => return,
        }
    };
    e.prevent_default();
    if let Some((selection, on_select)) = emit {
        on_select.emit(selection);
    }
}

/// A double click selects what is under it and brings it into view.
fn double_click(shared: &Shared, canvas: &HtmlCanvasElement, e: &web_sys::Event) {
    let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() else {
        return;
    };
    let selected = {
        let guard = shared.borrow();
        let Some(s) = guard.as_ref() else { return };
        let selection = to_selection(s.hit(point(canvas, e)));
        selection.map(|sel| (sel, s.told.on_select.clone(), s.link.clone()))
    };
    if let Some((selection, on_select, link)) = selected {
        on_select.emit(Some(selection));
        link.send(MapCommand::ZoomToSelection(selection));
    }
}

/// The wheel zooms about the pointer.
fn wheel(shared: &Shared, canvas: &HtmlCanvasElement, e: &web_sys::Event) {
    let Some(e) = e.dyn_ref::<WheelEvent>() else {
        return;
    };
    e.prevent_default();
    // Lines (Firefox) and pages are turned into pixels.
    let unit = match e.delta_mode() {
        1 => 16.0,
        2 => 400.0,
        _ => 1.0,
    };
    let moved = shared.borrow_mut().as_mut().map(|s| {
        s.camera
            .zoom_at(point(canvas, e), wheel_factor(e.delta_y() * unit));
        (s.camera.framing(), s.told.on_view.clone())
    });
    request_paint(shared);
    if let Some((framed, on_view)) = moved {
        on_view.emit(framed);
    }
}

/// A finger or button comes up (or the gesture is cancelled): a click selects what is
/// under it; the map tells the page whether any state is pinned and where the view is.
fn released(shared: &Shared, canvas: &HtmlCanvasElement, e: &web_sys::Event) {
    let Some(e) = e.dyn_ref::<PointerEvent>() else {
        return;
    };
    let at = point(canvas, e);
    let (clicked, pinned, view) = {
        let mut guard = shared.borrow_mut();
        let Some(s) = guard.as_mut() else { return };
        let effect = s
            .gestures
            .up(e.pointer_id(), at, e.type_() == "pointercancel");
        let clicked = match effect {
            Effect::Click(at) => Some((to_selection(s.hit(at)), s.told.on_select.clone())),
            _ => None,
        };
        let view = s.camera.framing();
        (
            clicked,
            (s.placement.any_pinned(), s.told.on_pinned.clone()),
            (view, s.told.on_view.clone()),
        )
    };
    if let Some((selection, on_select)) = clicked {
        on_select.emit(selection);
    }
    pinned.1.emit(pinned.0);
    view.1.emit(view.0);
}
