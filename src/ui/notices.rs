//! Notices about the address: parameters that were ignored, each said once, dismissible.
//! Whether they were dismissed is this component's own state: nothing else shows them.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let dismissed = use_state_eq(|| false);
    if props.notices.is_empty() || *dismissed {
        return html! {};
    }
    let dismiss = Callback::from(move |_: MouseEvent| dismissed.set(true));
    html! {
        <div class="notices" role="status">
            <p>{ "Some of this link could not be used:" }</p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <button type="button" class="close" aria-label="Dismiss these notices" onclick={dismiss}>{ "×" }</button>
        </div>
    }
}
