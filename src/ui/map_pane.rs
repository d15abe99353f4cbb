//! The map as the explorer shows it: [`MapView`] given the words that describe it and the
//! states a story's scene brings into view.

use std::rc::Rc;

use yew::prelude::*;

use super::map_view::MapView;
use crate::model::dataset::StateIx;
use crate::model::view_state::{Selection, ViewState};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;
use crate::scene::story::focus_states;

#[derive(Properties, PartialEq)]
pub struct MapPaneProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub view: ViewState,
    pub on_select: Callback<Option<Selection>>,
    /// A centre and zoom to show (from a link or the history), numbered.
    pub view_request: (u32, Option<(f64, f64, f64)>),
    /// Told the centre and zoom after the reader moves the view.
    pub on_view: Callback<Option<(f64, f64, f64)>>,
    /// Zooms asked for by key, numbered.
    pub zoom_step: (u32, f64),
}

/// What the map shows, in words, for assistive technology.
fn describe(map: &MapData, frame: &Frame, view: &ViewState) -> String {
    let shown = frame.active.iter().filter(|a| **a).count();
    format!(
        "Map of {} states. On {}, {} ties are shown in force among {shown} of them.",
        map.data.states.len(),
        view.day,
        frame.same + frame.added
    )
}

/// The states the story's scene brings into view, and how far to zoom in on them.
fn focus(map: &MapData, view: &ViewState) -> (Vec<StateIx>, f64) {
    let Some((st, k)) = view.story else {
        return (Vec::new(), 1.0);
    };
    let zoom = map
        .data
        .stories
        .get(st as usize)
        .and_then(|s| s.scenes.get(k as usize))
        .and_then(|s| s.zoom)
        .unwrap_or(1.0);
    (focus_states(map, st as usize, k as usize), zoom)
}

#[component]
pub fn MapPane(props: &MapPaneProps) -> Html {
    let (map, frame, view) = (&props.map, &props.frame, &props.view);
    let description = describe(map, frame, view);
    let when = match view.compare {
        Some(c) => format!("{} compared with {c}", view.day),
        None => view.day.to_string(),
    };
    let (focus, focus_zoom) = focus(map, view);
    let (on_select, view_request, on_view, zoom_step) = (
        props.on_select.clone(),
        props.view_request,
        props.on_view.clone(),
        props.zoom_step,
    );
    html! {
        <MapView map={map.clone()} frame={frame.clone()} selection={view.selection}
            on_select={on_select.clone()} description={AttrValue::from(description)} recentre={view.recentre}
            view_request={view_request} on_view={on_view} day={view.day} when={AttrValue::from(when)}
            focus={Rc::new(focus)} focus_zoom={focus_zoom} zoom_step={zoom_step} />
    }
}
