//! The full view of a dataset: the header and its tools, the map, the timeline, the side
//! panel (story, details, layers, legend), the table of ties and the presenter's list of
//! keys. Its own small state (what is shown a turn later, whether the notices and the full
//! description are shown, what the live region says) is [`Page`], kept by [`use_page`] in the
//! component that shows it.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::announcer::{announcer, use_announcement};
use super::detail::Detail;
use super::header::{header, HeaderProps};
use super::help::help;
use super::layers::{layers, LayersProps};
use super::legend::{legend, Drawn};
use super::notices::notices;
use super::story_panel::{story_panel, StoryPanelProps};
use super::table_view::{table_view, use_table, Table, TableViewProps};
use super::timeline_bar::{timeline_bar, TimelineBarProps};
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

/// The full view's own state.
pub struct Page {
    /// Whether the details and the table of ties are filled in yet ([`use_later`]).
    later: bool,
    /// The header's Table button, which gets focus back when the table closes.
    table_button: NodeRef,
    /// The table's state.
    table: Table,
    /// The notices about the address, until dismissed.
    notices_shown: UseStateHandle<bool>,
    /// Whether the dataset's description is shown in full.
    about_open: UseStateHandle<bool>,
    /// What the live region says.
    announcement: AttrValue,
}

/// The full view's state, for the frame `frame` of `map` in `view`.
#[hook]
pub fn use_page(map: Rc<MapData>, frame: Rc<Frame>, view: ViewState) -> Page {
    let table_button = use_node_ref();
    Page {
        later: use_later(),
        table: use_table(frame.clone(), view, table_button.clone()),
        table_button,
        notices_shown: use_state_eq(|| true),
        about_open: use_state_eq(|| false),
        announcement: use_announcement(map, frame, view.playing),
    }
}

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
    pub page: Page,
}

pub fn full_view(props: FullViewProps) -> Html {
    let (map, frame, view, on_action) = (&props.map, &props.frame, props.view, &props.on_action);
    let Page {
        later,
        table_button,
        table,
        notices_shown,
        about_open,
        announcement,
    } = props.page;
    html! {
        <div class={classes!("app", view.presenting.then_some("presenter"))}>
            { header(&HeaderProps { map: map.clone(), view, on_action: on_action.clone(), embed_query: props.embed_query.clone(),
                on_open: props.on_open.clone(), picker: props.picker, dataset: props.dataset, table_button: table_button.clone(), about_open }) }
            { notices(&props.notices, &notices_shown) }
            { announcer(announcement) }
            // The table, when on screen, covers the map: the map is out of reach meanwhile.
            <div class="map-slot" inert={view.table}>{ props.map_pane.clone() }</div>
            { timeline_bar(&TimelineBarProps { map: map.clone(), frame: frame.clone(), view, on_action: on_action.clone(), compact: false }) }
            <aside class="side">
                { story_panel(&StoryPanelProps { map: map.clone(), view, on_action: on_action.clone() }) }
                if later {
                    <Detail map={map.clone()} frame={frame.clone()} view={view} on_select={props.on_select.clone()} on_action={on_action.clone()} />
                }
                { layers(&LayersProps { map: map.clone(), view, on_action: on_action.clone() }) }
                { legend(map, Drawn::of(map, &view), false) }
            </aside>
            { table_view(TableViewProps { map: map.clone(), view, on_action: on_action.clone(), rows: later, table }) }
            if view.help {
                { help(on_action.reform(|_| Action::ShowHelp(false))) }
            }
        </div>
    }
}
