//! The dataset's title and description at the top of the page. A description longer than
//! two lines or so (one that carries its citations, say) shows two lines until "More".
//! Whether it is shown in full is the full view's state (`FullView`), handed down.

use yew::prelude::*;

/// Characters beyond which a description is shortened until asked for.
const LONG: usize = 160;

/// The title and the description, shown in full while `open`.
pub fn titles(title: &str, description: Option<&str>, state: &UseStateHandle<bool>) -> Html {
    let long = description.is_some_and(|d| d.chars().count() > LONG);
    let open = **state;
    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(!open))
    };
    html! {
        <div class="titles">
            <h1>{ title }</h1>
            if let Some(d) = description {
                <p id="about" class={classes!("about", (long && !open).then_some("clamped"))}>{ d }</p>
                if long {
                    <button type="button" class="more" aria-expanded={open.to_string()} aria-controls="about"
                        onclick={toggle}>{ if open { "Less" } else { "More" } }</button>
                }
            }
        </div>
    }
}
