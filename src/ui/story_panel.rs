//! The story panel: the scene's title and caption (and a word when the map has left the
//! scene), previous and next, the list of scenes, the buttons to present or leave, and in
//! the presenter view a button that lists the keys. Which story and scene are shown, and whether they are
//! presented, is in the view state: the address, Back and Forward, and the presenter's keys
//! move through scenes too.

use std::rc::Rc;

use yew::prelude::*;

use super::presenter::enter_full_screen;
use crate::model::date::Date;
use crate::model::view_state::{Action, ViewState};
use crate::scene::map_data::MapData;
use crate::scene::story::scene_view;

/// The action that shows scene `k` of story `story` (`None` when there is no such scene).
pub fn scene(map: &MapData, view: ViewState, story: u16, k: u16) -> Option<Action> {
    scene_view(map, view, story as usize, k as usize).map(Action::Scene)
}

pub struct StoryPanelProps {
    pub map: Rc<MapData>,
    /// The view, with the story and scene shown.
    pub view: ViewState,
    pub on_action: Callback<Action>,
}

pub fn story_panel(props: &StoryPanelProps) -> Html {
    let (view, on_action) = (props.view, &props.on_action);
    let Some((st, at)) = view.story else {
        return html! {};
    };
    let (s, k) = (st as usize, at as usize);
    let Some(story) = props.map.data.stories.get(s) else {
        return html! {};
    };
    let Some(shown) = story.scenes.get(k) else {
        return html! {};
    };
    let n = story.scenes.len();
    let go = |to: Option<usize>| {
        let action = to.and_then(|t| scene(&props.map, view, st, t as u16));
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = action {
                on_action.emit(a);
            }
        })
    };
    let present = on_action.reform(|_: MouseEvent| {
        enter_full_screen();
        Action::Present
    });
    let previous = k.checked_sub(1);
    let next = (k + 1 < n).then_some(k + 1);
    html! {
        <section class="story" aria-label="Story">
            if view.presenting {
                <button type="button" class="keys-hint" title="The presenter's keys (?)"
                    onclick={on_action.reform(|_: MouseEvent| Action::ShowHelp(true))}>
                    <kbd>{ "?" }</kbd>{ " keys" }
                </button>
            }
            <p class="story-title">{ &story.title }</p>
            <h2 class="scene-title">
                <span class="scene-count">{ format!("Scene {} of {n}", k + 1) }</span>
                { &shown.title }
            </h2>
            <p class="caption" aria-live="polite">{ &shown.caption }</p>
            if view.off_scene {
                { off_scene(view, &shown.date, go(Some(k))) }
            }
            <div class="story-buttons">
                <button type="button" onclick={go(previous)} disabled={previous.is_none()}>{ "← Previous" }</button>
                <button type="button" onclick={go(next)} disabled={next.is_none()}>{ "Next →" }</button>
                if !view.presenting {
                    <button type="button" onclick={present}>{ "Present" }</button>
                }
                <button type="button" onclick={on_action.reform(|_: MouseEvent| Action::Leave)}>
                    { if view.presenting { "Leave presenter view" } else { "Leave story" } }
                </button>
            </div>
            <ol class="scenes" aria-label="Scenes">
                { for story.scenes.iter().enumerate().map(|(i, sc)| html! {
                    <li>
                        <button type="button" class={classes!("link", (i == k).then_some("current"))}
                            aria-current={(i == k).then_some("step")} onclick={go(Some(i))}>{ &sc.title }</button>
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// The word that the map no longer shows the scene (time was played, or another date
/// chosen), with the way back to it.
fn off_scene(view: ViewState, scene_date: &Date, back: Callback<MouseEvent>) -> Html {
    html! {
        <p class="off-scene" role="status">
            { format!("The map has left this scene: it shows {}; the caption is about {}. ", view.day.to_date().in_words(), scene_date.in_words()) }
            <button type="button" class="link" onclick={back}>{ "Back to the scene" }</button>
        </p>
    }
}
