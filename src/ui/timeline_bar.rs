//! The timeline: a slider over the dataset's days, the chosen date in words, and a play
//! button that animates through time.

use yew::prelude::*;

use crate::model::date::Day;
use crate::model::view_state::{Action, ViewState};

#[derive(Properties, PartialEq)]
pub struct TimelineBarProps {
    pub view: ViewState,
    pub on_action: Callback<Action>,
}

#[component]
pub fn TimelineBar(props: &TimelineBarProps) -> Html {
    let view = props.view;
    let t = view.timeline;
    let on_input = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(day) = input.value().parse::<i32>() {
                on_action.emit(Action::SetDay(Day(day)));
            }
        })
    };
    let on_play = {
        let on_action = props.on_action.clone();
        let playing = view.playing;
        Callback::from(move |_: MouseEvent| {
            on_action.emit(if playing { Action::Pause } else { Action::Play })
        })
    };
    let words = view.day.to_string();
    html! {
        <section class="timeline" aria-label="Timeline">
            <button type="button" class="play" onclick={on_play}
                aria-label={if view.playing { "Pause" } else { "Play through time" }}>
                { if view.playing { "❚❚" } else { "▶" } }
            </button>
            <div class="slider">
                <label for="date-slider" class="date-label">
                    { "Ties in force on " }<output for="date-slider" class="date">{ &words }</output>
                </label>
                <input id="date-slider" type="range" min={t.first.0.to_string()} max={t.last.0.to_string()}
                    step="1" value={view.day.0.to_string()} aria-valuetext={words.clone()} oninput={on_input} />
                <div class="ends" aria-hidden="true">
                    <span>{ t.first.to_date().year }</span><span>{ t.last.to_date().year }</span>
                </div>
            </div>
        </section>
    }
}
