//! The polite live region that tells screen readers what changed once the date rests (not
//! while playing): the date, the counts, and the ties that began or ended since the last
//! time it spoke. What it last spoke about is the state of its hook, kept in step by an effect.

use std::rc::Rc;

use yew::prelude::*;

use crate::scene::announce::{announce, Moved};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

/// The frame last announced, and what was said about it.
type Said = (Rc<Frame>, String);

/// What to say about `frame`, after `before`, having moved `moved`.
fn say(map: &MapData, before: &Frame, frame: &Rc<Frame>, moved: Moved) -> Said {
    let text = announce(&map.data, &before.ties, frame, moved);
    (frame.clone(), text)
}

/// What the polite live region says about `frame`: what changed since it last spoke, said
/// once the date rests (nothing while playing).
#[hook]
pub fn use_announcement(map: Rc<MapData>, frame: Rc<Frame>, playing: bool) -> AttrValue {
    // The first frame is said from nothing, as the page shows it (not spoken on its own).
    let said = use_state(|| say(&map, &Frame::default(), &frame, Moved::Forward));
    {
        let said = said.clone();
        use_effect_with((frame, playing), move |(frame, playing)| {
            if !*playing && !Rc::ptr_eq(&said.0, frame) {
                let moved = Moved::between(said.0.day, frame.day);
                said.set(say(&map, &said.0, frame, moved));
            }
        });
    }
    if playing {
        AttrValue::default()
    } else {
        AttrValue::from(said.1.clone())
    }
}

/// The live region, saying `text`.
pub fn announcer(text: AttrValue) -> Html {
    html! {
        <p class="visually-hidden" role="status" aria-live="polite">{ text }</p>
    }
}
