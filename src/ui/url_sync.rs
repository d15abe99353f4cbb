//! The browser side of links: reading the page's query string, writing the view back into
//! it (replacing the history entry as the reader moves, adding one when the selection
//! changes, so Back steps through selections without flooding the history), and hearing
//! Back and Forward.

use gloo::events::EventListener;

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
        path
    } else {
        format!("{path}?{query}")
    };
    if url
        == format!(
            "{}{}",
            window.location().pathname().unwrap_or_default(),
            query_or_empty()
        )
    {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

fn query_or_empty() -> String {
    query()
}

/// Calls `f` when the reader goes back or forward; dropping the listener stops it.
pub fn on_history(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| f())
}
