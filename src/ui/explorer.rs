//! The full view of a loaded dataset: the map, the timeline, the detail panel and the legend,
//! sharing one view state.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::detail::Detail;
use super::layers::Layers;
use super::legend::Legend;
use super::map_view::MapView;
use super::search::Search;
use super::store::Store;
use super::timeline_bar::TimelineBar;
use crate::model::view_state::{Action, Selection, ViewState};
use crate::scene::frame::{Frame, Lens};
use crate::scene::map_data::MapData;

/// Milliseconds between two steps while playing.
const PLAY_INTERVAL_MS: u32 = 60;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub map: Rc<MapData>,
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let map = props.map.clone();
    let store = use_reducer({
        let timeline = map.timeline;
        move || Store(ViewState::new(timeline))
    });
    let view = store.0;
    let frame = use_memo(
        (map.clone(), view.day, view.compare, view.filter),
        |(map, day, compare, filter)| {
            let lens = Lens {
                day: *day,
                compare: *compare,
                filter: *filter,
                regions: &map.regions,
            };
            Frame::of(&map.data, &map.layout, &lens)
        },
    );
    let dispatcher = store.dispatcher();
    let on_action = {
        let d = dispatcher.clone();
        use_callback((), move |action: Action, _| d.dispatch(action))
    };
    let on_select = {
        let d = dispatcher.clone();
        use_callback((), move |selection: Option<Selection>, _| {
            d.dispatch(Action::Select(selection))
        })
    };
    use_effect_with(view.playing, move |playing| {
        let interval = playing.then(|| {
            Interval::new(PLAY_INTERVAL_MS, move || {
                dispatcher.dispatch(Action::Advance)
            })
        });
        move || drop(interval)
    });

    let data = &map.data;
    let shown = frame.active.iter().filter(|a| **a).count();
    let description = format!(
        "Map of {} states. On {}, {} ties are shown in force among {shown} of them.",
        data.states.len(),
        view.day,
        frame.same + frame.added
    );
    html! {
        <div class="app">
            <header class="head">
                <div class="titles">
                    <h1>{ &data.title }</h1>
                    if let Some(d) = &data.description { <p class="about">{ d }</p> }
                </div>
                <Search map={map.clone()} on_action={on_action.clone()} />
            </header>
            <MapView map={map.clone()} frame={frame.clone()} selection={view.selection}
                on_select={on_select.clone()} description={AttrValue::from(description)} recentre={view.recentre} />
            <TimelineBar map={map.clone()} frame={frame.clone()} view={view} on_action={on_action.clone()} />
            <aside class="side">
                <Detail map={map.clone()} frame={frame.clone()} view={view} on_select={on_select} on_action={on_action.clone()} />
                <Layers map={map.clone()} view={view} on_action={on_action} />
                <Legend map={map.clone()} comparing={view.compare.is_some()} />
            </aside>
        </div>
    }
}
