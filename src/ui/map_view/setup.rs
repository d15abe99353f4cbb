//! Setting the map's surface up once per dataset: the painter on the canvas, the camera,
//! the input listeners, the resize observer, and the print listeners (a printed page gets
//! the print theme). Dropping the wiring unhooks everything.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement, ResizeObserver};
use yew::prelude::*;

use super::input::listeners;
use super::link::MapLink;
use super::surface::{cancel_paint, request_paint, start, Shared, Surface, Told};
use crate::scene::camera::Camera;
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;
use crate::scene::theme::Theme;
use crate::ui::painter::Painter;

/// The elements the surface works with.
#[derive(Clone)]
pub(super) struct Parts {
    pub(super) canvas: NodeRef,
    pub(super) proxies: NodeRef,
    pub(super) area: NodeRef,
    pub(super) tip: NodeRef,
}

/// The listeners and observer tied to one surface; dropping them unhooks everything.
struct Wiring {
    _listeners: Vec<EventListener>,
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
}

fn prefers(query: &str) -> bool {
    gloo::utils::window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The theme the screen asks for.
pub(super) fn screen_theme(presenting: bool) -> Theme {
    match (presenting, prefers("(prefers-color-scheme: dark)")) {
        (true, _) => Theme::PRESENTER,
        (false, true) => Theme::DARK,
        (false, false) => Theme::LIGHT,
    }
}

/// Follows the size of the map's box.
fn on_resize(shared: &Shared, area: &HtmlElement) -> Closure<dyn FnMut(js_sys::Array)> {
    let (shared, area) = (shared.clone(), area.clone());
    Closure::new(move |_| {
        let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
        let (w, h) = (area.client_width() as f64, area.client_height() as f64);
        if let Some(s) = shared.borrow_mut().as_mut() {
            s.painter.resize(w, h, ratio);
            if s.camera.size() != (w, h) {
                s.camera.resize(w, h, s.placement.bodies());
            }
        }
        request_paint(&shared);
    })
}

/// Paints with the print theme while the page is printed (at once: no animation frame
/// comes before the page is laid out for print).
fn print_listeners(shared: &Shared) -> Vec<EventListener> {
    ["beforeprint", "afterprint"]
        .into_iter()
        .map(|kind| {
            let shared = shared.clone();
            EventListener::new(&gloo::utils::window(), kind, move |_| {
                if let Some(s) = shared.borrow_mut().as_mut() {
                    s.printing = kind == "beforeprint";
                    s.paint();
                }
            })
        })
        .collect()
}

fn wire(shared: &Shared, canvas: &HtmlCanvasElement, area: &HtmlElement) -> Option<Wiring> {
    let resize = on_resize(shared, area);
    let observer = ResizeObserver::new(resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(area);
    let mut listeners = listeners(canvas, shared);
    listeners.extend(print_listeners(shared));
    Some(Wiring {
        _listeners: listeners,
        observer,
        _on_resize: resize,
    })
}

/// Builds the surface for `map` (once per dataset); returns the shared surface and a
/// message when the map cannot be drawn in this browser.
#[hook]
pub(super) fn use_surface(
    map: Rc<MapData>,
    frame: Rc<Frame>,
    parts: Parts,
    told: Told,
    link: MapLink,
    presenting: bool,
) -> (Shared, UseStateHandle<Option<String>>) {
    let shared: Shared = use_mut_ref(|| None);
    let failed = use_state(|| None::<String>);
    {
        let (shared, failed) = (shared.clone(), failed.clone());
        use_effect_with(map, move |map| {
            let canvas = parts.canvas.cast::<HtmlCanvasElement>();
            let proxies = parts.proxies.cast::<HtmlElement>();
            let area = parts.area.cast::<HtmlElement>();
            let mut wiring = None;
            if let (Some(canvas), Some(proxies), Some(area)) = (canvas, proxies, area) {
                match Painter::new(canvas.clone(), proxies) {
                    Ok(painter) => {
                        let camera = Camera::new(prefers("(prefers-reduced-motion: reduce)"));
                        let mut surface =
                            Surface::new(painter, map.clone(), frame, camera, told, link.clone());
                        surface.tip = parts.tip.cast::<HtmlElement>();
                        surface.theme = screen_theme(presenting);
                        *shared.borrow_mut() = Some(surface);
                        start(&shared);
                        wiring = wire(&shared, &canvas, &area);
                    }
                    Err(e) => failed.set(Some(
                        e.as_string()
                            .unwrap_or_else(|| "the map could not be drawn".into()),
                    )),
                }
            }
            move || {
                if let Some(wiring) = wiring {
                    wiring.observer.disconnect();
                }
                link.attach(None);
                if let Some(s) = shared.borrow_mut().take() {
                    cancel_paint(&s);
                }
            }
        });
    }
    (shared, failed)
}
