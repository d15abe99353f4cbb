//! The list of the presenter's keys, over the map (the ? key shows and hides it). Whether it
//! is shown is in the view state (`ViewState::help`), because Esc closes it before leaving the
//! presenter view.

use yew::prelude::*;

use super::dialog::Dialog;

/// The keys and what each does.
const KEYS: [(&str, &str); 9] = [
    ("→, Page Down or Space", "next scene"),
    ("← or Page Up", "previous scene"),
    ("Home, End", "first, last scene"),
    ("P", "play or pause the timeline (leaves the scene)"),
    ("Shift + arrows", "from state to state on the map"),
    ("+ and −", "zoom in and out"),
    ("F", "full screen"),
    ("Esc", "leave the presenter view, then the story"),
    ("?", "show or hide this help"),
];

/// The list of keys, as a modal dialog. A key or the "? keys" button opened it, so focus goes
/// back to whatever had it before.
pub fn help(on_close: Callback<()>) -> Html {
    html! {
        <Dialog class="help" labelled_by="help-title" on_close={on_close.clone()}>
            <h2 id="help-title">{ "Keys" }</h2>
            <table>
                { for KEYS.iter().map(|(k, what)| html! { <tr><th scope="row"><kbd>{ *k }</kbd></th><td>{ *what }</td></tr> }) }
            </table>
            <div class="dialog-buttons">
                <button type="button" onclick={on_close.reform(|_: MouseEvent| ())}>{ "Close" }</button>
            </div>
        </Dialog>
    }
}
