//! Embed mode (`?embed=1`): the map, a compact timeline and a one-line legend, with a link
//! to the full view and a line naming the sources.

use std::rc::Rc;

use yew::prelude::*;

use super::help::Help;
use super::legend::Legend;
use super::timeline_bar::TimelineBar;
use crate::model::view_state::{Action, ViewState};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
    /// The map itself (a `MapPane`).
    pub map_pane: Html,
    /// The query string of the same view in full.
    pub full_query: String,
}

#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let (map, data, view) = (&props.map, &props.map.data, props.view);
    let sources = data.sources_line();
    html! {
        <div class="app embed">
            <h1 class="visually-hidden">{ &data.title }</h1>
            { props.map_pane.clone() }
            <TimelineBar map={map.clone()} frame={props.frame.clone()} view={view} on_action={props.on_action.clone()} compact=true />
            <footer class="embed-foot">
                <Legend map={map.clone()} comparing={view.compare.is_some()} compact=true />
                <p class="credit-line" title={sources.clone()}>
                    <a href={format!("?{}", props.full_query)} target="_blank" rel="noopener">{ "Open full view" }</a>
                    { format!(" · {} · Sources: {sources}", data.title) }
                </p>
            </footer>
            // A story's keys work here too (see `presenter`), ? among them.
            if view.help {
                <Help on_close={props.on_action.reform(|_| Action::ShowHelp(false))} />
            }
        </div>
    }
}
