//! The full view of a dataset: the header and its tools, the map, the timeline, the side
//! panel (story, details, layers, legend), the table of ties and the presenter's list of
//! keys.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::announcer::Announcer;
use super::detail::Detail;
use super::header::Header;
use super::help::Help;
use super::layers::Layers;
use super::legend::Legend;
use super::notices::Notices;
use super::story_panel::StoryPanel;
use super::table_view::TableView;
use super::timeline_bar::TimelineBar;
use crate::model::view_state::{Action, Selection, ViewState};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

/// False at first, true a turn later. The map and the timeline come first; the details and
/// the table of ties (thousands of elements for a large dataset) a turn later, so the page
/// is never held up by both.
#[hook]
fn use_later() -> bool {
    let later = use_state_eq(|| false);
    {
        let later = later.clone();
        use_effect_with((), move |_| {
            let turn = Timeout::new(0, move || later.set(true));
            move || drop(turn)
        });
    }
    *later
}

#[derive(Properties, PartialEq)]
pub struct FullViewProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
    pub on_select: Callback<Option<Selection>>,
    /// The map itself (a `MapPane`).
    pub map_pane: Html,
    /// Parameters of the address that could not be used.
    pub notices: Vec<String>,
    /// The query string of the view in embed mode, for the embed snippet.
    pub embed_query: String,
    /// Told the (name, text) of files the reader opens.
    pub on_open: Callback<Vec<(String, String)>>,
    pub picker: bool,
    pub dataset: Option<&'static str>,
}

#[component]
pub fn FullView(props: &FullViewProps) -> Html {
    let (map, frame, view, on_action) = (&props.map, &props.frame, props.view, &props.on_action);
    let later = use_later();
    let table_button = use_node_ref();
    html! {
        <div class={classes!("app", view.presenting.then_some("presenter"))}>
            <Header map={map.clone()} view={view} on_action={on_action.clone()} embed_query={props.embed_query.clone()}
                on_open={props.on_open.clone()} picker={props.picker} dataset={props.dataset} table_button={table_button.clone()} />
            <Notices notices={props.notices.clone()} />
            <Announcer map={map.clone()} frame={frame.clone()} playing={view.playing} />
            // The table, when on screen, covers the map: the map is out of reach meanwhile.
            <div class="map-slot" inert={view.table}>{ props.map_pane.clone() }</div>
            <TimelineBar map={map.clone()} frame={frame.clone()} view={view} on_action={on_action.clone()} />
            <aside class="side">
                <StoryPanel map={map.clone()} view={view} on_action={on_action.clone()} />
                if later {
                    <Detail map={map.clone()} frame={frame.clone()} view={view} on_select={props.on_select.clone()} on_action={on_action.clone()} />
                }
                <Layers map={map.clone()} view={view} on_action={on_action.clone()} />
                <Legend map={map.clone()} comparing={view.compare.is_some()} />
            </aside>
            <TableView map={map.clone()} frame={frame.clone()} view={view} on_action={on_action.clone()} rows={later} opener={table_button} />
            if view.help {
                <Help on_close={on_action.reform(|_| Action::ShowHelp(false))} />
            }
        </div>
    }
}
