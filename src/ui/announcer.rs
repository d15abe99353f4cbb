//! The polite live region that tells screen readers what changed once the date rests (not
//! while playing): the date, the counts, and the ties that began or ended since the last
//! time it spoke. What it last spoke about is its own state, kept in step by an effect.

use std::rc::Rc;

use yew::prelude::*;

use crate::scene::announce::announce;
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub playing: bool,
}

/// The frame last announced, and what was said about it.
type Said = (Rc<Frame>, String);

/// What to say about `frame`, after `before`.
fn say(map: &MapData, before: &Frame, frame: &Rc<Frame>) -> Said {
    let text = announce(&map.data, &before.ties, frame, frame.day);
    (frame.clone(), text)
}

#[component]
pub fn Announcer(props: &AnnouncerProps) -> Html {
    // The first frame is said from nothing, as the page shows it (not spoken on its own).
    let said = use_state(|| say(&props.map, &Frame::default(), &props.frame));
    {
        let (said, map) = (said.clone(), props.map.clone());
        use_effect_with(
            (props.frame.clone(), props.playing),
            move |(frame, playing)| {
                if !*playing && !Rc::ptr_eq(&said.0, frame) {
                    said.set(say(&map, &said.0, frame));
                }
            },
        );
    }
    html! {
        <p class="visually-hidden" role="status" aria-live="polite">
            { if props.playing { "" } else { said.1.as_str() } }
        </p>
    }
}
