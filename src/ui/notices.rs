//! Notices about the address: parameters that were ignored, each said once, dismissible.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notices" role="status">
            <p>{ "Some of this link could not be used:" }</p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <button type="button" class="close" aria-label="Dismiss these notices" onclick={dismiss}>{ "×" }</button>
        </div>
    }
}
