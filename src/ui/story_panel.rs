//! The story panel: the scene's title and caption, previous and next, the list of scenes,
//! and the buttons to present or leave.

use std::rc::Rc;

use yew::prelude::*;

use crate::scene::map_data::MapData;

#[derive(Properties, PartialEq)]
pub struct StoryPanelProps {
    pub map: Rc<MapData>,
    /// Story and scene indices.
    pub at: (u16, u16),
    /// Go to a scene of the same story.
    pub on_scene: Callback<u16>,
    pub on_present: Callback<()>,
    pub on_leave: Callback<()>,
    /// Whether the presenter view is on (the present button then says so).
    pub presenting: bool,
}

#[component]
pub fn StoryPanel(props: &StoryPanelProps) -> Html {
    let (s, k) = (props.at.0 as usize, props.at.1 as usize);
    let Some(story) = props.map.data.stories.get(s) else {
        return html! {};
    };
    let Some(scene) = story.scenes.get(k) else {
        return html! {};
    };
    let n = story.scenes.len();
    let go = |to: Option<usize>| {
        let on_scene = props.on_scene.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = to {
                on_scene.emit(t as u16);
            }
        })
    };
    let previous = k.checked_sub(1);
    let next = (k + 1 < n).then_some(k + 1);
    html! {
        <section class="story" aria-label="Story">
            <p class="story-title">{ &story.title }</p>
            <h2 class="scene-title">
                <span class="scene-count">{ format!("Scene {} of {n}", k + 1) }</span>
                { &scene.title }
            </h2>
            <p class="caption" aria-live="polite">{ &scene.caption }</p>
            <div class="story-buttons">
                <button type="button" onclick={go(previous)} disabled={previous.is_none()}>{ "← Previous" }</button>
                <button type="button" onclick={go(next)} disabled={next.is_none()}>{ "Next →" }</button>
                if !props.presenting {
                    <button type="button" onclick={props.on_present.reform(|_: MouseEvent| ())}>{ "Present" }</button>
                }
                <button type="button" onclick={props.on_leave.reform(|_: MouseEvent| ())}>
                    { if props.presenting { "Leave presenter view" } else { "Leave story" } }
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
