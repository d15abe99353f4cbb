//! The search box: a combobox that suggests states as one types (see
//! [`crate::scene::search`]); picking one selects the state and brings it into view.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::StateIx;
use crate::model::view_state::{Action, Selection};
use crate::scene::command::MapCommand;
use crate::scene::map_data::MapData;
use crate::scene::search::matches;
use crate::ui::map_view::MapLink;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub map: Rc<MapData>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Search(props: &SearchProps) -> Html {
    let query = use_state(String::new);
    let active = use_state(|| 0usize);
    let found = matches(&props.map, &query);
    let pick = {
        let (query, on_action) = (query.clone(), props.on_action.clone());
        let link = use_context::<MapLink>().unwrap_or_default();
        Callback::from(move |s: StateIx| {
            query.set(String::new());
            let found = Selection::State(s);
            on_action.emit(Action::Select(Some(found)));
            link.send(MapCommand::ZoomToSelection(found));
        })
    };
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
                if let Some(s) = found.get(*active) {
                    e.prevent_default();
                    pick.emit(*s);
                }
            }
            "Escape" => query.set(String::new()),
            _ => {}
        })
    };
    let open = !found.is_empty();
    let option_id = |k: usize| format!("find-option-{k}");
    html! {
        <div class="search">
            <input type="search" role="combobox" aria-label="Find a state" placeholder="Find a state…"
                aria-expanded={open.to_string()} aria-controls="find-options" aria-autocomplete="list"
                aria-activedescendant={open.then(|| option_id(*active))}
                value={(*query).clone()} oninput={on_input} onkeydown={on_key} autocomplete="off" />
            if open {
                <ul id="find-options" role="listbox" aria-label="States found">
                    { for found.iter().enumerate().map(|(k, s)| {
                        let state = props.map.data.state(*s);
                        let pick = pick.clone();
                        let s = *s;
                        html! {
                            <li id={option_id(k)} role="option" aria-selected={(k == *active).to_string()}
                                onmousedown={Callback::from(move |e: MouseEvent| { e.prevent_default(); pick.emit(s) })}>
                                { &state.name }
                                <span class="code">{ &state.id }</span>
                            </li>
                        }
                    }) }
                </ul>
            } else if !query.trim().is_empty() {
                <p class="no-match" role="status">{ "No state matches." }</p>
            }
        </div>
    }
}
