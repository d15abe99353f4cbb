//! The table of the ties shown: always in the page for assistive technology, and on screen
//! in place of the map when the header's **Table** asks for it (`ViewState::table`). On
//! screen it is a dialog that leaves the header, the timeline and the layers in reach (they
//! change what it lists): not modal, so the map it covers is inert meanwhile. Escape or its ×
//! closes it, and focus goes back to the Table button.
//!
//! Above the table, a text, a domain and a stance filter it; its headings sort it. That
//! query is the table's own state, kept in [`use_table`] with the rest of the page's: it
//! outlives closing and opening the table, but nothing else needs it, so it is not in the
//! view state or the address.

use std::rc::Rc;

use yew::prelude::*;

use super::dialog::{is_escape, use_dialog_focus};
use super::ties_table::TiesTable;
use crate::model::dataset::{DomainIx, Stance};
use crate::model::view_state::{Action, ViewState};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;
use crate::scene::table::{Column, Query};

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

/// The table's own state: its element, the frame it lists, and the reader's query.
pub struct Table {
    node: NodeRef,
    shown: Rc<Frame>,
    query: UseStateHandle<Query>,
    /// Sorts by a column; the same callback while the query stays, so that the table is
    /// not drawn again for nothing.
    on_sort: Callback<Column>,
}

/// The table's state for `frame` and `view`; focus moves into it when it opens and back to
/// `opener` when it closes.
#[hook]
pub fn use_table(frame: Rc<Frame>, view: ViewState, opener: NodeRef) -> Table {
    let node = use_node_ref();
    use_dialog_focus(view.table, node.clone(), opener);
    let query = use_state(Query::default);
    let on_sort = use_callback(query.clone(), |column: Column, query| {
        query.set(query.sorted_by(column))
    });
    Table {
        node,
        shown: use_resting(frame, view.playing),
        query,
        on_sort,
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

/// The filters above the table: a text, a domain and a stance.
fn filters(map: &MapData, query: &UseStateHandle<Query>) -> Html {
    let set = |change: fn(&mut Query, String)| {
        let query = query.clone();
        move |value: String| {
            let mut next = (*query).clone();
            change(&mut next, value);
            query.set(next);
        }
    };
    let on_text = {
        let set = set(|q, v| q.text = v);
        Callback::from(move |e: InputEvent| {
            set(e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value())
        })
    };
    let on_domain = {
        let set = set(|q, v| q.domain = v.parse().ok().map(DomainIx));
        Callback::from(move |e: Event| {
            set(e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value())
        })
    };
    let on_stance = {
        let set = set(|q, v| {
            q.stance = [Stance::Cooperation, Stance::Rivalry]
                .into_iter()
                .find(|s| s.label() == v)
        });
        Callback::from(move |e: Event| {
            set(e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value())
        })
    };
    let domain = query.domain.map(|d| d.0);
    let stance = query.stance;
    html! {
        <div class="table-filters" role="search" aria-label="Filter the table">
            <label>{ "Text" }
                <input type="search" value={query.text.clone()} oninput={on_text}
                    placeholder="Tie, member or domain" />
            </label>
            <label>{ "Domain" }
                <select onchange={on_domain}>
                    <option value="" selected={domain.is_none()}>{ "All domains" }</option>
                    { for map.data.domains.iter().enumerate().map(|(i, d)| html! {
                        <option value={i.to_string()} selected={domain == Some(i as u32)}>{ &d.label }</option>
                    }) }
                </select>
            </label>
            <label>{ "Stance" }
                <select onchange={on_stance}>
                    <option value="" selected={stance.is_none()}>{ "Both stances" }</option>
                    { for [Stance::Cooperation, Stance::Rivalry].into_iter().map(|s| html! {
                        <option value={s.label()} selected={stance == Some(s)}>{ s.label() }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}

pub fn table_view(props: TableViewProps) -> Html {
    let open = props.view.table;
    let Table {
        node,
        shown,
        query,
        on_sort,
    } = props.table;
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
                { filters(&props.map, &query) }
            }
            if props.rows {
                <TiesTable map={props.map.clone()} frame={shown.clone()} day={shown.day}
                    query={(*query).clone()} on_sort={on_sort} open={open} />
            }
            <p class="credit">{ format!("Sources: {}", props.map.data.sources_line()) }</p>
        </div>
    }
}
