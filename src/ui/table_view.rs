//! The table of the ties shown: always in the page for assistive technology, and on screen
//! when the header's **Table** asks for it (`ViewState::table`).

use std::rc::Rc;

use yew::prelude::*;

use super::ties_table::TiesTable;
use crate::model::view_state::{Action, ViewState};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

/// `frame` while the date rests; while playing, the one it rested on before. The table
/// follows the date only once it rests: rewriting thousands of rows at every step of playing
/// would cost more than a frame.
#[hook]
fn use_resting(frame: Rc<Frame>, playing: bool) -> Rc<Frame> {
    let rested = use_state(|| frame.clone());
    {
        let rested = rested.clone();
        use_effect_with((frame.clone(), playing), move |(frame, playing)| {
            if !*playing && !Rc::ptr_eq(&rested, frame) {
                rested.set(frame.clone());
            }
        });
    }
    if playing {
        (*rested).clone()
    } else {
        frame
    }
}

#[derive(Properties, PartialEq)]
pub struct TableViewProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
    /// Whether to fill in the table yet (a turn after the map, for a large dataset).
    pub rows: bool,
}

#[component]
pub fn TableView(props: &TableViewProps) -> Html {
    let open = props.view.table;
    let shown = use_resting(props.frame.clone(), props.view.playing);
    let close = props
        .on_action
        .reform(|_: MouseEvent| Action::ShowTable(false));
    html! {
        <div id="ties-table" class={classes!("handout", if open { "table-view" } else { "visually-hidden" })}>
            if open {
                <button type="button" class="close" aria-label="Hide the table" onclick={close}>{ "×" }</button>
            }
            if props.rows {
                <TiesTable map={props.map.clone()} frame={shown.clone()} day={shown.day} />
            }
            <p class="credit">{ format!("Sources: {}", props.map.data.sources_line()) }</p>
        </div>
    }
}
