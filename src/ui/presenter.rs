//! Presenting to a room: the keys a presentation clicker or a keyboard sends while a story is
//! shown, what each does, and full screen. In the presenter view the story's keys work
//! whatever has focus, the map too (its own arrow keys then need Shift: Alt with an arrow
//! goes back or forward in the browser's history); space goes to the next scene, as with
//! slides, and P plays or pauses time.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::map_view::MapLink;
use super::story_panel::scene;
use crate::model::view_state::{Action, ViewState};
use crate::scene::command::MapCommand;
use crate::scene::map_data::MapData;

/// What a key asks for while a story or the presenter view is on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    Next,
    Previous,
    First,
    Last,
    TogglePlay,
    ZoomIn,
    ZoomOut,
    FullScreen,
    Leave,
    Help,
}

/// The key's meaning: right/left, page down/up (what clickers send) and space for scenes,
/// Home and End for the first and last, P to play, + and − to zoom, F for full screen, Esc
/// to leave, ? for help.
pub fn meaning(key: &str) -> Option<Key> {
    Some(match key {
        "ArrowRight" | "PageDown" | " " | "Spacebar" => Key::Next,
        "ArrowLeft" | "PageUp" => Key::Previous,
        "Home" => Key::First,
        "End" => Key::Last,
        "p" | "P" => Key::TogglePlay,
        "+" | "=" => Key::ZoomIn,
        "-" | "_" => Key::ZoomOut,
        "f" | "F" => Key::FullScreen,
        "Escape" => Key::Leave,
        "?" => Key::Help,
        _ => return None,
    })
}

/// Listens for those keys on the whole page, except while the reader types in a field or
/// works a slider or a list, and (outside the presenter view) while the map has focus; a
/// key the map has already answered is left alone.
pub fn listen(presenting: bool, on_key: Callback<Key>) -> EventListener {
    let document = gloo::utils::document();
    EventListener::new_with_options(
        &document,
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
                return;
            }
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| match el.tag_name().as_str() {
                    "INPUT" | "SELECT" | "TEXTAREA" => true,
                    "CANVAS" => !presenting,
                    _ => false,
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

/// Takes the page full screen, unless it is already. Browsers allow this only in answer to
/// the reader's own click or key, so it is called from there, not from an effect.
pub fn enter_full_screen() {
    if gloo::utils::document().fullscreen_element().is_none() {
        toggle_full_screen();
    }
}

/// Leaves full screen when the presenter view ends, however it ends.
#[hook]
pub fn use_full_screen_ends_with(presenting: bool) {
    use_effect_with(presenting, |on| {
        let on = *on;
        move || {
            let document = gloo::utils::document();
            if on && document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            }
        }
    });
}

/// What a key does to the view while a story is shown; `None` for nothing, and for the keys
/// that act on the page rather than the view (zoom, full screen).
pub fn key_action(map: &MapData, view: ViewState, key: Key) -> Option<Action> {
    let (story, k) = view.story?;
    match key {
        Key::Next => scene(map, view, story, k.checked_add(1)?),
        Key::Previous => scene(map, view, story, k.checked_sub(1)?),
        Key::First => scene(map, view, story, 0),
        Key::Last => {
            let n = map.data.stories.get(story as usize)?.scenes.len();
            scene(map, view, story, u16::try_from(n).ok()?.checked_sub(1)?)
        }
        Key::TogglePlay => Some(Action::TogglePlay),
        Key::Help => Some(Action::ShowHelp(!view.help)),
        Key::Leave => Some(Action::Leave),
        Key::ZoomIn | Key::ZoomOut | Key::FullScreen => None,
    }
}

/// Answers the presenter's keys while a story is shown; zooms go straight to the map.
#[hook]
pub fn use_presenter_keys(
    map: Rc<MapData>,
    view: ViewState,
    on_action: Callback<Action>,
    link: MapLink,
) {
    // A scene is computed from the story alone, so the listener follows the story, the
    // presenter view and the help, not every step of the date.
    let deps = (map, view.story, view.presenting, view.help);
    use_effect_with(deps, move |(map, _, _, _)| {
        let map = map.clone();
        let listener = view.story.is_some().then(|| {
            listen(
                view.presenting,
                Callback::from(move |key: Key| match key {
                    Key::ZoomIn => link.send(MapCommand::ZoomBy(1.3)),
                    Key::ZoomOut => link.send(MapCommand::ZoomBy(1.0 / 1.3)),
                    Key::FullScreen => toggle_full_screen(),
                    _ => {
                        if let Some(action) = key_action(&map, view, key) {
                            on_action.emit(action);
                        }
                    }
                }),
            )
        });
        move || drop(listener)
    });
}
