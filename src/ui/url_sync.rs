//! The browser side of links: reading the page's query string, writing the view back into
//! it (replacing the history entry as the reader moves, adding one when the selection
//! changes, so Back steps through selections without flooding the history), and hearing
//! Back and Forward.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::map_view::MapLink;
use super::store::Store;
use crate::model::url::UrlState;
use crate::model::view_state::{Action, ViewState};
use crate::scene::command::MapCommand;
use crate::scene::framing::Framing;
use crate::scene::link::{capture, restore};
use crate::scene::map_data::MapData;

/// Milliseconds the address bar waits for the view to rest before it is rewritten.
const URL_DELAY_MS: u32 = 250;

/// Keeps the address bar and the view in step: the address follows the view once it rests
/// (a new history entry for a new selection), and Back and Forward bring back the view the
/// address describes (its frame goes to `framed` and, as a command, to the map).
#[hook]
pub fn use_link_sync(
    map: Rc<MapData>,
    url: Rc<UrlState>,
    view: ViewState,
    framed: UseStateHandle<Framing>,
    dispatcher: UseReducerDispatcher<Store>,
    link: MapLink,
) {
    let from_history = use_mut_ref(|| false);
    {
        let (map, url) = (map.clone(), url.clone());
        let last_selection = use_mut_ref(|| view.selection);
        let from_history = from_history.clone();
        use_effect_with((view, (*framed).clone()), move |(view, framed)| {
            let link = capture(&map, view, framed, &url, url.embed);
            // After Back or Forward the address already says this view.
            let skip = from_history.replace(false);
            let push = *last_selection.borrow() != view.selection && !skip;
            *last_selection.borrow_mut() = view.selection;
            let timeout = (!view.playing && !skip)
                .then(|| Timeout::new(URL_DELAY_MS, move || write(&link.to_query(), push)));
            move || drop(timeout)
        });
    }
    use_effect_with(map.clone(), move |_| {
        let listener = on_history(move || {
            *from_history.borrow_mut() = true;
            let (url, _) = UrlState::parse(&query());
            let (restored, _) = restore(&map, &url, ViewState::new(map.timeline));
            dispatcher.dispatch(Action::Restore(restored));
            link.send(MapCommand::from_link(&map, &url));
        });
        move || drop(listener)
    });
}

/// The page's query string, with its `?`.
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Writes `query` into the address bar: a new history entry when `push`, else in place.
pub fn write(query: &str, push: bool) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path.clone()
    } else {
        format!("{path}?{query}")
    };
    // Already there: nothing to write (and no history entry to add).
    if url == format!("{path}{}", self::query()) {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Calls `f` when the reader goes back or forward; dropping the listener stops it.
pub fn on_history(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| f())
}
