//! Presenting to a room: the keys a presentation clicker or a keyboard sends, and the help
//! overlay that lists them.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a key asks for while a story or the presenter view is on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    Next,
    Previous,
    TogglePlay,
    ZoomIn,
    ZoomOut,
    FullScreen,
    Leave,
    Help,
}

/// The key's meaning: right/left or page down/up (what clickers send) for scenes, space to
/// play, + and − to zoom, F for full screen, Esc to leave, ? for help.
pub fn meaning(key: &str) -> Option<Key> {
    Some(match key {
        "ArrowRight" | "PageDown" => Key::Next,
        "ArrowLeft" | "PageUp" => Key::Previous,
        " " | "Spacebar" => Key::TogglePlay,
        "+" | "=" => Key::ZoomIn,
        "-" | "_" => Key::ZoomOut,
        "f" | "F" => Key::FullScreen,
        "Escape" => Key::Leave,
        "?" => Key::Help,
        _ => return None,
    })
}

/// Listens for those keys on the whole page, except while the reader types in a field or
/// works a slider or a list.
pub fn listen(on_key: Callback<Key>) -> EventListener {
    let document = gloo::utils::document();
    EventListener::new_with_options(
        &document,
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(
                        el.tag_name().as_str(),
                        "INPUT" | "SELECT" | "TEXTAREA" | "CANVAS"
                    )
                });
            if in_field {
                return;
            }
            if let Some(k) = meaning(&e.key()) {
                e.prevent_default();
                on_key.emit(k);
            }
        },
    )
}

/// Enters or leaves the browser's full screen.
pub fn toggle_full_screen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

/// The list of keys, over the map.
#[component]
pub fn Help(props: &HelpProps) -> Html {
    let rows = [
        ("→ or Page Down", "next scene"),
        ("← or Page Up", "previous scene"),
        ("Space", "play or pause the timeline"),
        ("+ and −", "zoom in and out"),
        ("F", "full screen"),
        ("Esc", "leave the presenter view"),
        ("?", "show or hide this help"),
    ];
    html! {
        <div class="dialog-backdrop" onclick={props.on_close.reform(|_: MouseEvent| ())}>
            <div class="dialog help" role="dialog" aria-modal="true" aria-labelledby="help-title">
                <h2 id="help-title">{ "Keys" }</h2>
                <table>
                    { for rows.iter().map(|(k, what)| html! { <tr><th scope="row"><kbd>{ *k }</kbd></th><td>{ *what }</td></tr> }) }
                </table>
            </div>
        </div>
    }
}
