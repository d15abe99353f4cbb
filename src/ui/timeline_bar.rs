//! The timeline: a chart of ties over time, a slider over the dataset's days with the
//! chosen date in words, a play button, steps to the previous and next event, and a second
//! date to compare with. A date can be typed too ([`DateField`]), and the sliders take a
//! month per step with Shift and a year with Ctrl or ⌘ (`model::date::months_per_key`).

use std::rc::Rc;

use yew::prelude::*;

use super::date_field::DateField;
use super::timeline_chart::{timeline_chart, TimelineChartProps};
use crate::model::date::{months_per_key, Day};
use crate::model::timeline::{next_event, previous_event};
use crate::model::view_state::{Action, ViewState};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

pub struct TimelineBarProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
    /// Slider and play only (embed mode).
    pub compact: bool,
}

fn day_input(on_action: &Callback<Action>, make: fn(Day) -> Action) -> Callback<InputEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Ok(day) = input.value().parse::<i32>() {
            on_action.emit(make(Day(day)));
        }
    })
}

/// Shift or Ctrl (⌘) with an arrow: a month or a year from `day`, instead of a day.
fn month_keys(
    on_action: &Callback<Action>,
    day: Day,
    make: fn(Day) -> Action,
) -> Callback<KeyboardEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: KeyboardEvent| {
        let ctrl = e.ctrl_key() || e.meta_key();
        if e.alt_key() {
            return;
        }
        if let Some(months) = months_per_key(&e.key(), e.shift_key(), ctrl) {
            e.prevent_default();
            on_action.emit(make(day.add_months(months)));
        }
    })
}

fn emit(on_action: &Callback<Action>, action: Option<Action>) -> Callback<MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |_| {
        if let Some(a) = action {
            on_action.emit(a);
        }
    })
}

/// A bar and a triangle: "go to the next (or previous) event".
fn step_icon(forward: bool) -> Html {
    let d = if forward {
        "M3 2L10 7L3 12ZM11 2H13V12H11Z"
    } else {
        "M11 2L4 7L11 12ZM1 2H3V12H1Z"
    };
    html! {
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d={d} fill="currentColor" /></svg>
    }
}

pub fn timeline_bar(props: &TimelineBarProps) -> Html {
    let view = props.view;
    let t = view.timeline;
    let events = &props.map.events;
    let previous = previous_event(events, view.day);
    let next = next_event(events, view.day).filter(|d| *d <= t.last);
    let words = view.day.to_string();
    let play = if view.playing {
        Action::Pause
    } else {
        Action::Play
    };
    let compare_default = previous.unwrap_or(t.first);
    let on_compare_toggle = {
        let on_action = props.on_action.clone();
        let comparing = view.compare.is_some();
        Callback::from(move |_: Event| {
            on_action.emit(Action::SetCompare((!comparing).then_some(compare_default)))
        })
    };
    let f = &props.frame;
    html! {
        <section class="timeline" aria-label="Timeline">
            <div class="timeline-row">
                <button type="button" class="play" onclick={emit(&props.on_action, Some(play))}
                    aria-label={if view.playing { "Pause" } else { "Play through time" }}>
                    { if view.playing { "❚❚" } else { "▶" } }
                </button>
                <button type="button" class="step" onclick={emit(&props.on_action, previous.map(Action::SetDay))}
                    disabled={previous.is_none()} aria-label="Previous event" title="Previous event">{ step_icon(false) }</button>
                <div class="slider">
                    <label for="date-slider" class="date-label">
                        { "Ties in force on " }<output for="date-slider" class="date">{ &words }</output>
                    </label>
                    if !props.compact {
                        { timeline_chart(&TimelineChartProps { map: props.map.clone(), view, on_action: props.on_action.clone() }) }
                    }
                    <input id="date-slider" type="range" min={t.first.0.to_string()} max={t.last.0.to_string()}
                        step="1" value={view.day.0.to_string()} aria-valuetext={words.clone()}
                        oninput={day_input(&props.on_action, Action::SetDay)}
                        onkeydown={month_keys(&props.on_action, view.day, Action::SetDay)} />
                    <div class="ends" aria-hidden="true">
                        <span>{ t.first.to_date().year }</span><span>{ t.last.to_date().year }</span>
                    </div>
                </div>
                <button type="button" class="step" onclick={emit(&props.on_action, next.map(Action::SetDay))}
                    disabled={next.is_none()} aria-label="Next event" title="Next event">{ step_icon(true) }</button>
            </div>
            if !props.compact {
            <div class="compare">
                <DateField day={view.day} first={t.first} last={t.last} on_action={props.on_action.clone()} />
                <label class="switch">
                    <input type="checkbox" checked={view.compare.is_some()} onchange={on_compare_toggle} />
                    { "Compare with another date" }
                </label>
                if let Some(c) = view.compare {
                    <label for="compare-slider" class="date-label">
                        { "Compared with " }<output for="compare-slider" class="compare-date">{ c.to_string() }</output>
                    </label>
                    <input id="compare-slider" type="range" min={t.first.0.to_string()} max={t.last.0.to_string()}
                        step="1" value={c.0.to_string()} aria-valuetext={c.to_string()}
                        oninput={day_input(&props.on_action, |d| Action::SetCompare(Some(d)))}
                        onkeydown={month_keys(&props.on_action, c, |d| Action::SetCompare(Some(d)))} />
                    <p class="changes" role="status">
                        <span class="added">{ format!("{} added", f.added) }</span>{ " · " }
                        <span class="ended">{ format!("{} ended", f.ended) }</span>{ " · " }
                        <span class="same">{ format!("{} unchanged", f.same) }</span>
                    </p>
                }
            </div>
            }
        </section>
    }
}
