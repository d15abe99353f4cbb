//! The map as the explorer shows it: [`MapView`] given the words that describe it, the
//! date in words for its pictures, and the link that moves its view.

use std::rc::Rc;

use yew::prelude::*;

use super::map_view::{MapLink, MapView};
use crate::model::view_state::{Selection, ViewState};
use crate::model::words::{noun, plural};
use crate::scene::frame::Frame;
use crate::scene::framing::Framing;
use crate::scene::map_data::MapData;

/// What the map is shown with.
pub struct MapPaneProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub view: ViewState,
    pub on_select: Callback<Option<Selection>>,
    /// Carries commands to the map (zoom, fit, bring into view).
    pub link: MapLink,
    /// Told what the view frames after it moves.
    pub on_view: Callback<Framing>,
}

/// What the map shows, in words, for assistive technology.
fn describe(map: &MapData, frame: &Frame, view: &ViewState) -> String {
    let shown = frame.active.iter().filter(|a| **a).count();
    let ties = frame.same + frame.added;
    format!(
        "Map of {}. On {}, {} {} shown in force among {shown} of them.",
        plural(map.data.states.len(), "state", "states"),
        view.day,
        plural(ties, "tie", "ties"),
        noun(ties, "is", "are")
    )
}

/// The map, as the explorer shows it.
pub fn map_pane(props: &MapPaneProps) -> Html {
    let (map, frame, view) = (&props.map, &props.frame, &props.view);
    let description = describe(map, frame, view);
    let when = match view.compare {
        Some(c) => format!("{} compared with {c}", view.day),
        None => view.day.to_string(),
    };
    html! {
        <MapView map={map.clone()} frame={frame.clone()} selection={view.selection}
            on_select={props.on_select.clone()} description={AttrValue::from(description)} link={props.link.clone()}
            on_view={props.on_view.clone()} day={view.day} when={AttrValue::from(when)} presenting={view.presenting} />
    }
}
