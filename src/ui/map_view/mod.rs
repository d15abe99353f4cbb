//! The map: a canvas painted by [`Painter`] outside the virtual DOM, with pointer, wheel and
//! touch gestures, zoom buttons, and a layer of invisible state buttons over the markers.
//! Yew renders this component only when the date or the selection changes.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement, ResizeObserver};
use yew::prelude::*;

use super::download;
use super::painter::Painter;
use crate::export::csv::ties_csv;
use crate::export::gexf::gexf;
use crate::layout;
use crate::model::dataset::TieIx;
use crate::model::date::Day;

mod input;
mod surface;

use crate::model::dataset::StateIx;
use crate::model::view_state::Selection;
use crate::scene::frame::Frame;
use crate::scene::gesture::Gestures;
use crate::scene::map_data::MapData;
use input::listeners;
use surface::{make_repaint, request_paint, Shared, Surface};

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub selection: Option<Selection>,
    pub on_select: Callback<Option<Selection>>,
    /// Words describing what the map shows, for assistive technology.
    pub description: AttrValue,
    /// When this changes, the map zooms to `focus` (or, when empty, to the selection).
    pub recentre: u32,
    /// States to bring into view on the next recentre (a story scene's focus).
    #[prop_or_default]
    pub focus: Rc<Vec<StateIx>>,
    /// How far to zoom in on `focus`, relative to fitting it.
    #[prop_or(1.0)]
    pub focus_zoom: f64,
    /// A zoom about the centre asked for by a key, numbered: each new number is applied once.
    #[prop_or_default]
    pub zoom_step: (u32, f64),
    /// A centre and zoom to show (from a link or the history), numbered: each new number is
    /// applied once.
    pub view_request: (u32, Option<(f64, f64, f64)>),
    /// Told the centre and zoom after the reader moves the view (None: fitted again).
    pub on_view: Callback<Option<(f64, f64, f64)>>,
    /// The chosen date (the CSV lists the ties in force then).
    pub day: Day,
    /// The date in words, for exported images ("15 June 2021", or with the comparison).
    pub when: AttrValue,
}

/// The listeners and observer tied to one painter; dropping them unhooks everything.
struct Wiring {
    _listeners: Vec<EventListener>,
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let canvas_ref = use_node_ref();
    let proxies_ref = use_node_ref();
    let box_ref = use_node_ref();
    let tip_ref = use_node_ref();
    let shared: Shared = use_mut_ref(|| None);
    let failed = use_state(|| None::<String>);
    let pinned = use_state_eq(|| false);
    let on_pinned = {
        let pinned = pinned.clone();
        Callback::from(move |p: bool| pinned.set(p))
    };

    // Set up once per dataset: the painter, its listeners and the resize observer.
    {
        let (shared, failed) = (shared.clone(), failed.clone());
        let (canvas_ref, proxies_ref, box_ref, tip_ref) = (
            canvas_ref.clone(),
            proxies_ref.clone(),
            box_ref.clone(),
            tip_ref.clone(),
        );
        let (frame, on_select, on_view) = (
            props.frame.clone(),
            props.on_select.clone(),
            props.on_view.clone(),
        );
        use_effect_with(props.map.clone(), move |map| {
            let mut wiring: Option<Wiring> = None;
            let parts = (
                canvas_ref.cast::<HtmlCanvasElement>(),
                proxies_ref.cast::<HtmlElement>(),
                box_ref.cast::<HtmlElement>(),
            );
            if let (Some(canvas), Some(proxies), Some(area)) = parts {
                match Painter::new(canvas.clone(), proxies, map.clone(), frame) {
                    Ok(mut painter) => {
                        if let Some(tip) = tip_ref.cast::<HtmlElement>() {
                            painter.set_tip(tip);
                        }
                        let repaint = make_repaint(Rc::downgrade(&shared));
                        *shared.borrow_mut() = Some(Surface {
                            painter,
                            gestures: Gestures::default(),
                            on_select,
                            on_pinned,
                            on_view,
                            pending: None,
                            repaint: Some(repaint),
                            settling: (!map.settled).then(|| layout::map::simulation(&map.data)),
                        });
                        let resize = {
                            let (shared, area) = (shared.clone(), area.clone());
                            Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
                                let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
                                if let Some(s) = shared.borrow_mut().as_mut() {
                                    s.painter.resize(
                                        area.client_width() as f64,
                                        area.client_height() as f64,
                                        ratio,
                                    );
                                }
                                request_paint(&shared);
                            })
                        };
                        if let Ok(observer) = ResizeObserver::new(resize.as_ref().unchecked_ref()) {
                            observer.observe(&area);
                            wiring = Some(Wiring {
                                _listeners: listeners(&canvas, &shared),
                                observer,
                                _on_resize: resize,
                            });
                        }
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
                if let Some(s) = shared.borrow_mut().take() {
                    if let Some(id) = s.pending {
                        let _ = gloo::utils::window().cancel_animation_frame(id);
                    }
                }
            }
        });
    }

    // Every render brings the current frame, selection and callback to the painter.
    {
        let shared = shared.clone();
        let (frame, selection, on_select) = (
            props.frame.clone(),
            props.selection,
            props.on_select.clone(),
        );
        use_effect_with((frame, selection), move |(frame, selection)| {
            if let Some(s) = shared.borrow_mut().as_mut() {
                s.painter.set_frame(frame.clone(), *selection);
                s.on_select = on_select;
            }
            request_paint(&shared);
        });
    }

    // A request to bring the selection into view (from search or the detail panel).
    {
        let shared = shared.clone();
        let selection = props.selection;
        let on_view = props.on_view.clone();
        let (focus, factor) = (props.focus.clone(), props.focus_zoom);
        use_effect_with(props.recentre, move |recentre| {
            if *recentre > 0 {
                let centre = shared.borrow_mut().as_mut().map(|s| {
                    s.painter.select_now(selection);
                    if focus.is_empty() {
                        s.painter.zoom_to_selection();
                    } else {
                        s.painter.zoom_to_states(
                            &focus.iter().map(|f| f.index()).collect::<Vec<_>>(),
                            factor,
                        );
                    }
                    s.painter.centre()
                });
                request_paint(&shared);
                on_view.emit(centre);
            }
        });
    }

    // A centre and zoom asked for by a link or by going back through the history.
    {
        let shared = shared.clone();
        use_effect_with(props.view_request, move |(_, request)| {
            if let Some(s) = shared.borrow_mut().as_mut() {
                match request {
                    Some(centre) => s.painter.set_centre(*centre),
                    None => s.painter.fit(),
                }
            }
            request_paint(&shared);
        });
    }

    // Downloads: the view as SVG or PNG, the ties shown as CSV, the dataset as GEXF.
    let stem = format!("alliance-map-{}", props.day.to_date());
    let save_svg = {
        let (shared, when, name) = (
            shared.clone(),
            props.when.to_string(),
            format!("{stem}.svg"),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = shared.borrow().as_ref() {
                let _ = download::save_text(
                    &s.painter.picture(when.clone()).text,
                    "image/svg+xml",
                    &name,
                );
            }
        })
    };
    let save_png = {
        let (shared, when, name) = (
            shared.clone(),
            props.when.to_string(),
            format!("{stem}.png"),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = shared.borrow().as_ref() {
                let image = s.painter.picture(when.clone());
                let _ = download::save_png(&image.text, image.width, image.height, 2.0, &name);
            }
        })
    };
    let save_csv = {
        let (map, frame, day, name) = (
            props.map.clone(),
            props.frame.clone(),
            props.day,
            format!("{stem}.csv"),
        );
        Callback::from(move |_: MouseEvent| {
            let ties: Vec<TieIx> = frame
                .ties
                .iter()
                .copied()
                .filter(|t| map.data.tie(*t).is_active(day))
                .collect();
            let _ = download::save_text(&ties_csv(&map.data, &ties, day), "text/csv", &name);
        })
    };
    let save_gexf = {
        let map = props.map.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download::save_text(&gexf(&map.data), "application/xml", "alliance-map.gexf");
        })
    };

    // A zoom asked for by the keyboard.
    {
        let (shared, on_view) = (shared.clone(), props.on_view.clone());
        use_effect_with(props.zoom_step, move |(n, factor)| {
            if *n > 0 {
                let centre = shared.borrow_mut().as_mut().map(|s| {
                    let (w, h) = s.painter.size();
                    s.painter.stop_glide();
                    s.painter.view.zoom_at((w / 2.0, h / 2.0), *factor);
                    s.painter.moved_by_reader = true;
                    s.painter.centre()
                });
                request_paint(&shared);
                on_view.emit(centre);
            }
        });
    }

    let unpin = {
        let (shared, pinned) = (shared.clone(), pinned.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = shared.borrow_mut().as_mut() {
                s.painter.unpin_all();
            }
            pinned.set(false);
            request_paint(&shared);
        })
    };

    let zoom = |factor: f64| {
        let (shared, on_view) = (shared.clone(), props.on_view.clone());
        Callback::from(move |_: MouseEvent| {
            let centre = shared.borrow_mut().as_mut().map(|s| {
                let (w, h) = s.painter.size();
                s.painter.view.zoom_at((w / 2.0, h / 2.0), factor);
                s.painter.moved_by_reader = true;
                s.painter.centre()
            });
            request_paint(&shared);
            on_view.emit(centre);
        })
    };
    let fit = {
        let (shared, on_view) = (shared.clone(), props.on_view.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = shared.borrow_mut().as_mut() {
                s.painter.fit();
            }
            request_paint(&shared);
            on_view.emit(None);
        })
    };

    let data = &props.map.data;
    // Ties shown per state, counted in one pass.
    let mut shown = vec![0usize; data.states.len()];
    for t in &props.frame.ties {
        props
            .frame
            .members_drawn(data.tie(*t))
            .for_each(|m| shown[m.index()] += 1);
    }
    let proxies = data.states.iter().zip(shown).enumerate().map(|(i, (state, count))| {
        let ix = StateIx(i as u32);
        let on_select = props.on_select.clone();
        let pressed = props.selection == Some(Selection::State(ix));
        let label = format!("{}: {count} tie{} shown", state.name, if count == 1 { "" } else { "s" });
        html! {
            <button key={state.id.clone()} class="proxy" data-state={state.id.clone()} aria-label={label}
                aria-pressed={pressed.to_string()} tabindex="-1"
                onclick={Callback::from(move |_: MouseEvent| on_select.emit(Some(Selection::State(ix))))} />
        }
    });

    html! {
        <div class="map" ref={box_ref}>
            <canvas ref={canvas_ref} class="map-canvas" role="application" aria-roledescription="map" tabindex="0"
                aria-label={props.description.clone()} aria-describedby="map-keys" aria-busy={(!props.map.settled).to_string()} />
            <p id="map-keys" class="visually-hidden">{ "Arrow keys move from state to state along their ties; Enter goes to the details; Escape clears the selection." }</p>
            <div class="proxies" ref={proxies_ref}>{ for proxies }</div>
            <div class="zoom" role="group" aria-label="Zoom">
                <button type="button" onclick={zoom(1.4)} aria-label="Zoom in" title="Zoom in">{ "+" }</button>
                <button type="button" onclick={zoom(1.0 / 1.4)} aria-label="Zoom out" title="Zoom out">{ "−" }</button>
                <button type="button" onclick={fit} aria-label="Show the whole map" title="Show the whole map">{ "⤢" }</button>
                if *pinned {
                    <button type="button" class="unpin" onclick={unpin} title="Put dragged states back">{ "Unpin all" }</button>
                }
            </div>
            <div class="tip" ref={tip_ref} hidden=true aria-hidden="true"></div>
            <details class="downloads">
                <summary>{ "Download" }</summary>
                <ul>
                    <li><button type="button" onclick={save_svg}>{ "SVG image" }</button></li>
                    <li><button type="button" onclick={save_png}>{ "PNG image" }</button></li>
                    <li><button type="button" onclick={save_csv}>{ "CSV of the ties shown" }</button></li>
                    <li><button type="button" onclick={save_gexf}>{ "GEXF for Gephi" }</button></li>
                </ul>
            </details>
            if let Some(message) = &*failed {
                <p class="map-failed" role="alert">{ format!("The map cannot be drawn in this browser: {message}") }</p>
            }
        </div>
    }
}
