//! Embed mode (`?embed=1`): the map, a compact timeline and a one-line legend, with a link
//! to the full view and a line naming the sources.

use std::rc::Rc;

use yew::prelude::*;

use super::help::help;
use super::legend::legend;
use super::timeline_bar::{timeline_bar, TimelineBarProps};
use crate::model::view_state::{Action, ViewState};
use crate::model::words::noun;
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

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

pub fn embed_view(props: &EmbedViewProps) -> Html {
    let (map, data, view) = (&props.map, &props.map.data, props.view);
    let sources = data.sources_line();
    html! {
        <div class="app embed">
            <h1 class="visually-hidden">{ &data.title }</h1>
            { props.map_pane.clone() }
            { timeline_bar(&TimelineBarProps { map: map.clone(), frame: props.frame.clone(), view, on_action: props.on_action.clone(), compact: true }) }
            <footer class="embed-foot">
                { legend(map, view.compare.is_some(), true) }
                <p class="credit-line" title={sources.clone()}>
                    <a href={format!("?{}", props.full_query)} target="_blank" rel="noopener">{ "Open full view" }</a>
                    { format!(" · {} · {}: {sources}", data.title, noun(data.sources.len(), "Source", "Sources")) }
                </p>
            </footer>
            // A story's keys work here too (see `presenter`), ? among them.
            if view.help {
                { help(props.on_action.reform(|_| Action::ShowHelp(false))) }
            }
        </div>
    }
}
