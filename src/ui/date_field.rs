//! A date typed to move the timeline: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, applied on Enter
//! or **Go**. A date that does not exist or lies outside the timeline is explained beside the
//! field and not applied (the rules are in `model/date/typed.rs`).
//!
//! A component because it keeps what is being typed and the message about it; the field
//! shows the chosen date again once the date moves.

use yew::prelude::*;

use crate::model::date::{typed_day, Day};
use crate::model::view_state::Action;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The chosen date, shown in the field while nothing else is typed.
    pub day: Day,
    /// The timeline's first and last days.
    pub first: Day,
    pub last: Day,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let draft = use_state_eq(|| None::<String>);
    let error = use_state_eq(|| None::<String>);
    {
        // A date chosen some other way (the slider, playing, a story) replaces what was typed.
        let (draft, error) = (draft.clone(), error.clone());
        use_effect_with(props.day, move |_| {
            draft.set(None);
            error.set(None);
        });
    }
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            draft.set(Some(input.value()));
        })
    };
    let on_submit = {
        let (draft, error) = (draft.clone(), error.clone());
        let (first, last, on_action) = (props.first, props.last, props.on_action.clone());
        let day = props.day;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(text) = (*draft).clone() else {
                return;
            };
            match typed_day(&text, first, last) {
                Ok(d) if d == day => {
                    draft.set(None);
                    error.set(None);
                }
                Ok(d) => on_action.emit(Action::SetDay(d)),
                Err(e) => error.set(Some(e.to_string())),
            }
        })
    };
    let value = (*draft)
        .clone()
        .unwrap_or_else(|| props.day.to_date().to_string());
    let invalid = error.is_some();
    html! {
        <form class="date-field" onsubmit={on_submit}>
            <label for="date-typed">{ "Go to date" }</label>
            <input id="date-typed" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                size="10" placeholder="YYYY-MM-DD" value={value} oninput={on_input}
                aria-invalid={invalid.then_some("true")} aria-describedby="date-typed-error date-typed-hint" />
            <button type="submit">{ "Go" }</button>
            <span id="date-typed-hint" class="visually-hidden">{ "As YYYY, YYYY-MM or YYYY-MM-DD" }</span>
            <p id="date-typed-error" class="date-error" role="alert">{ (*error).clone().unwrap_or_default() }</p>
        </form>
    }
}
