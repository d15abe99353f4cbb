//! The map: a canvas painted outside the virtual DOM from the display list, with pointer,
//! wheel and touch gestures, zoom buttons, downloads, and a layer of invisible state
//! buttons over the markers. Yew renders this component only when the date or the
//! selection changes; the rest of the page moves the map's view through a [`MapLink`].

use std::rc::Rc;

use yew::prelude::*;

mod downloads;
mod input;
pub mod link;
mod setup;
mod surface;
mod tip;

use crate::model::dataset::StateIx;
use crate::model::date::Day;
use crate::model::view_state::Selection;
use crate::model::words::plural;
use crate::scene::command::MapCommand;
use crate::scene::frame::Frame;
use crate::scene::framing::Framing;
use crate::scene::map_data::MapData;
use downloads::{downloads, DownloadsProps};
pub use link::MapLink;
use setup::{screen_theme, use_surface, Parts};
use surface::{request_paint, Shared, Told};

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub selection: Option<Selection>,
    pub on_select: Callback<Option<Selection>>,
    /// Words describing what the map shows, for assistive technology.
    pub description: AttrValue,
    /// Carries commands (zoom, fit, bring into view) to the map.
    pub link: MapLink,
    /// Told what the view frames after it moves.
    pub on_view: Callback<Framing>,
    /// The chosen date (the CSV lists the ties in force then).
    pub day: Day,
    /// The date in words, for exported images ("15 June 2021", or with the comparison).
    pub when: AttrValue,
    /// Whether the presenter view shows the map (its high-contrast theme).
    #[prop_or_default]
    pub presenting: bool,
}

/// Brings every new frame, selection and theme to the surface, and repaints.
#[hook]
fn use_frame_sync(shared: &Shared, props: &MapViewProps) {
    let shared = shared.clone();
    let deps = (props.frame.clone(), props.selection, props.presenting);
    use_effect_with(deps, move |(frame, selection, presenting)| {
        if let Some(s) = shared.borrow_mut().as_mut() {
            s.set_frame(frame.clone(), *selection);
            s.theme = screen_theme(*presenting);
        }
        request_paint(&shared);
    });
}

/// A button for each state over its marker, naming it and the ties shown.
fn proxies(props: &MapViewProps) -> Html {
    let data = &props.map.data;
    let buttons = data.states.iter().enumerate().map(|(i, state)| {
        let ix = StateIx(i as u32);
        let on_select = props.on_select.clone();
        let pressed = props.selection == Some(Selection::State(ix));
        let count = props.frame.shown[i];
        let label = format!("{}: {} shown", state.name, plural(count as usize, "tie", "ties"));
        html! {
            <button key={state.id.clone()} class="proxy" data-state={state.id.clone()} aria-label={label}
                aria-pressed={pressed.to_string()} tabindex="-1"
                onclick={Callback::from(move |_: MouseEvent| on_select.emit(Some(Selection::State(ix))))} />
        }
    });
    buttons.collect::<Html>()
}

/// The zoom buttons, and "Unpin all" while a dragged state is pinned.
fn zoom_buttons(shared: &Shared, link: &MapLink, pinned: &UseStateHandle<bool>) -> Html {
    let send = |command: MapCommand| {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| link.send(command.clone()))
    };
    let unpin = {
        let (shared, pinned) = (shared.clone(), pinned.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = shared.borrow_mut().as_mut() {
                s.placement.unpin_all(s.settling.as_mut());
            }
            pinned.set(false);
            request_paint(&shared);
        })
    };
    html! {
        <div class="zoom" role="group" aria-label="Zoom">
            <button type="button" onclick={send(MapCommand::ZoomBy(1.4))} aria-label="Zoom in" title="Zoom in">{ "+" }</button>
            <button type="button" onclick={send(MapCommand::ZoomBy(1.0 / 1.4))} aria-label="Zoom out" title="Zoom out">{ "−" }</button>
            <button type="button" onclick={send(MapCommand::Fit)} aria-label="Show the whole map" title="Show the whole map">{ "⤢" }</button>
            if **pinned {
                <button type="button" class="unpin" onclick={unpin} title="Put dragged states back">{ "Unpin all" }</button>
            }
        </div>
    }
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let parts = Parts {
        canvas: use_node_ref(),
        proxies: use_node_ref(),
        area: use_node_ref(),
        tip: use_node_ref(),
    };
    let pinned = use_state_eq(|| false);
    let told = Told {
        on_select: props.on_select.clone(),
        on_pinned: {
            let pinned = pinned.clone();
            Callback::from(move |p: bool| pinned.set(p))
        },
        on_view: props.on_view.clone(),
    };
    let (map, frame, link) = (props.map.clone(), props.frame.clone(), props.link.clone());
    let (shared, failed) = use_surface(map, frame, parts.clone(), told, link, props.presenting);
    use_frame_sync(&shared, props);
    html! {
        <div class="map" ref={parts.area}>
            <canvas ref={parts.canvas} class="map-canvas" role="application" aria-roledescription="map" tabindex="0"
                aria-label={props.description.clone()} aria-describedby="map-keys" aria-busy={(!props.map.settled).to_string()} />
            <p id="map-keys" class="visually-hidden">{ "Arrow keys move from state to state along their ties; Enter goes to the details; Escape clears the selection." }</p>
            <div class="proxies" ref={parts.proxies}>{ proxies(props) }</div>
            { zoom_buttons(&shared, &props.link, &pinned) }
            <div class="tip" ref={parts.tip} hidden=true aria-hidden="true"></div>
            { downloads(&DownloadsProps { shared: shared.clone(), map: props.map.clone(), frame: props.frame.clone(), day: props.day, when: props.when.clone() }) }
            if let Some(message) = &*failed {
                <p class="map-failed" role="alert">{ format!("The map cannot be drawn in this browser: {message}") }</p>
            }
        </div>
    }
}
