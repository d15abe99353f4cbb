//! Notices about the address: parameters that were ignored, each said once, dismissible.
//! Whether they are still shown is the full view's state (`FullView`), handed down.

use yew::prelude::*;

/// The notices, while `shown`; their × sets it false.
pub fn notices(notices: &[String], shown: &UseStateHandle<bool>) -> Html {
    if notices.is_empty() || !**shown {
        return html! {};
    }
    let shown = shown.clone();
    let dismiss = Callback::from(move |_: MouseEvent| shown.set(false));
    html! {
        <div class="notices" role="status">
            <p>{ "Some of this link could not be used:" }</p>
            <ul>{ for notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <button type="button" class="close" aria-label="Dismiss these notices" onclick={dismiss}>{ "×" }</button>
        </div>
    }
}
