//! Embed mode (`?embed=1`): a one-line title (what the view is about, and the dataset), the
//! map, a compact timeline and a legend of the marks drawn, with a link to the full view
//! and a line naming the sources.

use std::rc::Rc;

use yew::prelude::*;

use super::help::help;
use super::legend::{legend, Drawn};
use super::timeline_bar::{timeline_bar, TimelineBarProps};
use crate::model::view_state::{Action, ViewState};
use crate::model::words::noun;
use crate::scene::frame::Frame;
use crate::scene::headline::headline;
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
    let subject = headline(data, &view);
    let full_title = match &subject {
        Some(s) => format!("{s} · {}", data.title),
        None => data.title.clone(),
    };
    html! {
        <div class="app embed">
            <div class="embed-head">
                <h1 class="embed-title" title={full_title}>
                    if let Some(subject) = subject {
                        { subject }<span class="embed-of">{ format!(" · {}", data.title) }</span>
                    } else {
                        { &data.title }
                    }
                </h1>
                <a class="embed-open" href={format!("?{}", props.full_query)} target="_blank" rel="noopener">{ "Open full view" }</a>
            </div>
            { props.map_pane.clone() }
            { timeline_bar(&TimelineBarProps { map: map.clone(), frame: props.frame.clone(), view, on_action: props.on_action.clone(), compact: true }) }
            <footer class="embed-foot">
                { legend(map, Drawn::of(map, &view), true) }
                <p class="credit-line" title={sources.clone()}>
                    { format!("{}: {sources}", noun(data.sources.len(), "Source", "Sources")) }
                </p>
            </footer>
            // A story's keys work here too (see `presenter`), ? among them.
            if view.help {
                { help(props.on_action.reform(|_| Action::ShowHelp(false))) }
            }
        </div>
    }
}
