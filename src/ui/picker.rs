//! The dataset picker in the header: the bundled datasets by name. Choosing one opens it as
//! a fresh view (`?dataset=ID`), so that Back returns to the one before.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::bundled::{find, BUNDLED};

/// The picker, with `current` (the bundled dataset shown, if the map shows one) chosen.
pub fn picker(current: Option<&'static str>) -> Html {
    let onchange = Callback::from(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(b) = find(&select.value()) {
            let _ = gloo::utils::window()
                .location()
                .set_search(&format!("dataset={}", b.id));
        }
    });
    html! {
        <select class="tool picker" aria-label="Dataset" {onchange}>
            if current.is_none() {
                <option value="" selected=true disabled=true>{ "Your dataset" }</option>
            }
            { for BUNDLED.iter().map(|b| html! {
                <option value={b.id} selected={current == Some(b.id)}>{ b.label }</option>
            }) }
        </select>
    }
}
