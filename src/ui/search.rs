//! The search box: a combobox that suggests states and ties as one types (see
//! [`crate::scene::search`]), states first, each group under its heading. Picking a state
//! selects it and brings it and its partners into view; picking a tie selects it and brings
//! all its members into view, first moving the date to a day the tie is in force when it
//! is not on the date shown, and showing its layers (and letting go of a region) when they
//! hide it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::date::Day;
use crate::model::filter::Filter;
use crate::model::view_state::{Action, Selection};
use crate::scene::command::MapCommand;
use crate::scene::map_data::MapData;
use crate::scene::search::{day_to_show, find, tie_label, Found};
use crate::ui::map_view::MapLink;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub map: Rc<MapData>,
    /// The date shown: ties in force then are preferred, and a tie picked that is not in
    /// force then moves it.
    pub day: Day,
    /// The layers and region shown: a tie picked that they hide is shown.
    pub filter: Filter,
    pub on_action: Callback<Action>,
}

fn option_id(k: usize) -> String {
    format!("find-option-{k}")
}

/// Scrolls the list of suggestions, if need be, so that option `k` is in sight.
fn keep_in_sight(k: usize) {
    let document = gloo::utils::document();
    let (Some(list), Some(option)) = (
        document.get_element_by_id("find-options"),
        document.get_element_by_id(&option_id(k)),
    ) else {
        return;
    };
    let Ok(option) = option.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let (top, bottom) = (
        option.offset_top(),
        option.offset_top() + option.offset_height(),
    );
    if top < list.scroll_top() {
        list.set_scroll_top(top);
    } else if bottom > list.scroll_top() + list.client_height() {
        list.set_scroll_top(bottom - list.client_height());
    }
}

/// One suggestion: its name and, smaller, its kind (a state's code, a tie's dates).
fn option(map: &MapData, found: Found, k: usize, active: bool, pick: &Callback<Found>) -> Html {
    let (class, name, kind) = match found {
        Found::State(s) => {
            let state = map.data.state(s);
            (
                "state",
                state.name.as_str(),
                format!("state · {}", state.id),
            )
        }
        Found::Tie(t) => {
            let tie = map.data.tie(t);
            (
                "tie",
                tie_label(tie),
                format!("tie · {}", tie.period_in_words()),
            )
        }
    };
    let pick = pick.clone();
    html! {
        <li id={option_id(k)} role="option" class={class} aria-selected={active.to_string()}
            onmousedown={Callback::from(move |e: MouseEvent| { e.prevent_default(); pick.emit(found) })}>
            <span class="name">{ name }</span>
            { " " }
            <span class="kind">{ kind }</span>
        </li>
    }
}

#[component]
pub fn Search(props: &SearchProps) -> Html {
    let query = use_state(String::new);
    let active = use_state(|| 0usize);
    let found = find(&props.map.data, &query, props.day);
    let pick = {
        let (query, on_action, map, day, filter) = (
            query.clone(),
            props.on_action.clone(),
            props.map.clone(),
            props.day,
            props.filter,
        );
        let link = use_context::<MapLink>().unwrap_or_default();
        Callback::from(move |found: Found| {
            query.set(String::new());
            let selection = match found {
                Found::State(s) => Selection::State(s),
                Found::Tie(t) => {
                    // A tie not in force on the date shown would not be drawn: go to a day
                    // it is, before selecting it, so that the map brings in its members then.
                    let then = day_to_show(map.data.tie(t), day).unwrap_or(day);
                    if then != day {
                        on_action.emit(Action::SetDay(then));
                    }
                    // Nor would a tie the layers or the region hide: show it.
                    let shown = filter.revealing(map.data.tie(t), &map.regions, then);
                    if shown != filter {
                        on_action.emit(Action::SetFilter(shown));
                    }
                    Selection::Tie(t)
                }
            };
            on_action.emit(Action::Select(Some(selection)));
            link.send(MapCommand::ZoomToSelection(selection));
        })
    };
    use_effect_with(*active, |k| keep_in_sight(*k));
    let on_input = {
        let (query, active) = (query.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            active.set(0);
        })
    };
    let on_key = {
        let (found, active, pick, query) =
            (found.clone(), active.clone(), pick.clone(), query.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !found.is_empty() => {
                e.prevent_default();
                active.set((*active + 1) % found.len());
            }
            "ArrowUp" if !found.is_empty() => {
                e.prevent_default();
                active.set((*active + found.len() - 1) % found.len());
            }
            "Enter" => {
                if let Some(f) = found.get(*active) {
                    e.prevent_default();
                    pick.emit(*f);
                }
            }
            "Escape" => query.set(String::new()),
            _ => {}
        })
    };
    let open = !found.is_empty();
    let states = found
        .iter()
        .filter(|f| matches!(f, Found::State(_)))
        .count();
    let group = |id: &str, heading: &str, range: std::ops::Range<usize>| {
        html! {
            if !range.is_empty() {
                <ul role="group" aria-labelledby={id.to_string()}>
                    <li role="presentation" id={id.to_string()} class="heading">{ heading }</li>
                    { for range.map(|k| option(&props.map, found[k], k, k == *active, &pick)) }
                </ul>
            }
        }
    };
    html! {
        <div class="search">
            <input type="search" role="combobox" aria-label="Find a state or tie" placeholder="Find a state or tie…"
                aria-expanded={open.to_string()} aria-controls="find-options" aria-autocomplete="list"
                aria-activedescendant={open.then(|| option_id(*active))}
                value={(*query).clone()} oninput={on_input} onkeydown={on_key} autocomplete="off" />
            if open {
                <div id="find-options" role="listbox" aria-label="Found">
                    { group("find-states", "States", 0..states) }
                    { group("find-ties", "Ties", states..found.len()) }
                </div>
            } else if !query.trim().is_empty() {
                <p class="no-match" role="status">{ "No state or tie matches." }</p>
            }
        </div>
    }
}
