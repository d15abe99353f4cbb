//! The full view of a loaded dataset: the map, the timeline, the detail panel and the legend,
//! sharing one view state.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::detail::Detail;
use super::legend::Legend;
use super::map_view::MapView;
use super::store::Store;
use super::timeline_bar::TimelineBar;
use crate::model::view_state::{Action, Selection, ViewState};
use crate::scene::frame::Frame;
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
    let frame = use_memo((map.clone(), view.day), |(map, day)| {
        Frame::at(&map.data, &map.layout, *day)
    });
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
        "Map of {} states. On {}, {} ties are in force among {shown} of them.",
        data.states.len(),
        view.day,
        frame.ties.len()
    );
    html! {
        <div class="app">
            <header class="head">
                <h1>{ &data.title }</h1>
                if let Some(d) = &data.description { <p class="about">{ d }</p> }
            </header>
            <MapView map={map.clone()} frame={frame.clone()} selection={view.selection}
                on_select={on_select.clone()} description={AttrValue::from(description)} />
            <TimelineBar view={view} on_action={on_action} />
            <aside class="side">
                <Detail map={map.clone()} frame={frame.clone()} view={view} on_select={on_select} />
                <Legend map={map.clone()} />
            </aside>
        </div>
    }
}
