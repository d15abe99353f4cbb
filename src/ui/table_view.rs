//! The table of the ties shown: always in the page for assistive technology, and on screen
//! in place of the map when the header's **Table** asks for it (`ViewState::table`). On
//! screen it is a dialog that leaves the header, the timeline and the layers in reach (they
//! change what it lists): not modal, so the map it covers is inert meanwhile. Escape or its ×
//! closes it, and focus goes back to the Table button.
//!
//! The table keeps its own filters and order ([`TiesTable`]): typing in its filter then
//! draws the table again, not the page, and the query outlives closing and opening the
//! table. Nothing else needs it, so it is not in the view state or the address.

use std::rc::Rc;

use yew::prelude::*;

use super::dialog::{is_escape, use_dialog_focus};
use super::ties_table::TiesTable;
use crate::model::view_state::{Action, ViewState};
use crate::model::words::noun;
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

/// The table's own state: its element, and the frame it lists.
pub struct Table {
    node: NodeRef,
    shown: Rc<Frame>,
}

/// The table's state for `frame` and `view`; focus moves into it when it opens and back to
/// `opener` when it closes.
#[hook]
pub fn use_table(frame: Rc<Frame>, view: ViewState, opener: NodeRef) -> Table {
    let node = use_node_ref();
    use_dialog_focus(view.table, node.clone(), opener);
    Table {
        node,
        shown: use_resting(frame, view.playing),
    }
}

pub struct TableViewProps {
    pub map: Rc<MapData>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
    /// Whether to fill in the table yet (a turn after the map, for a large dataset).
    pub rows: bool,
    /// Its state ([`use_table`]).
    pub table: Table,
}

pub fn table_view(props: TableViewProps) -> Html {
    let open = props.view.table;
    let Table { node, shown } = props.table;
    let close = props
        .on_action
        .reform(|_: MouseEvent| Action::ShowTable(false));
    let on_key = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if open && is_escape(&e) {
                on_action.emit(Action::ShowTable(false));
            }
        })
    };
    html! {
        <div id="ties-table" ref={node} class={classes!("handout", if open { "table-view" } else { "visually-hidden" })}
            role={open.then_some("dialog")} aria-labelledby={open.then_some("table-title")}
            tabindex={open.then_some("-1")} onkeydown={on_key}>
            if open {
                <div class="table-head">
                    <h2 id="table-title">{ "Table of the ties shown" }</h2>
                    <button type="button" class="close" aria-label="Hide the table" onclick={close}>{ "×" }</button>
                </div>
            }
            if props.rows {
                <TiesTable map={props.map.clone()} frame={shown.clone()} day={shown.day} open={open} />
            }
            <p class="credit">{ format!("{}: {}", noun(props.map.data.sources.len(), "Source", "Sources"), props.map.data.sources_line()) }</p>
        </div>
    }
}
