//! The dataset's title and description at the top of the page. A description longer than
//! two lines or so (one that carries its citations, say) shows two lines until "More".

use yew::prelude::*;

/// Characters beyond which a description is shortened until asked for.
const LONG: usize = 160;

#[derive(Properties, PartialEq)]
pub struct TitlesProps {
    pub title: AttrValue,
    pub description: Option<AttrValue>,
}

#[component]
pub fn Titles(props: &TitlesProps) -> Html {
    let open = use_state(|| false);
    let long = props
        .description
        .as_ref()
        .is_some_and(|d| d.chars().count() > LONG);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="titles">
            <h1>{ &props.title }</h1>
            if let Some(d) = &props.description {
                <p id="about" class={classes!("about", (long && !*open).then_some("clamped"))}>{ d }</p>
                if long {
                    <button type="button" class="more" aria-expanded={open.to_string()} aria-controls="about"
                        onclick={toggle}>{ if *open { "Less" } else { "More" } }</button>
                }
            }
        </div>
    }
}
