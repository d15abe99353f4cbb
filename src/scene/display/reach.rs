//! How far a state's marker and label reach around its place on the map, in pixels: what
//! bringing the state into view must leave room for (see [`crate::scene::aim`]). The label
//! is taken where it goes first, centred under the marker, as [`super::labels`] places it.
//! A framework's diamond among the states brought into view comes too, with its title's
//! line under it.

use super::labels::label_height;
use super::Measure;
use crate::scene::aim::Mark;
use crate::scene::frame::Frame;
use crate::scene::hit::HUB_RADIUS;
use crate::scene::labels::GAP;
use crate::scene::map_data::MapData;
use crate::scene::theme::Font;

/// State `i` at `at` (layout units), with the room its marker and label (in `font`) take
/// around it.
///
/// # Examples
/// ```
/// use alliance_map::model::parse::parse;
/// use alliance_map::scene::{display::reach::mark, map_data::MapData, theme::{fixed_width, Font}};
/// # let text = include_str!("../../../tests/fixtures/minimal.json");
/// let map = MapData::unsettled(parse("minimal.json", text).unwrap());
/// let m = mark(&map, 0, (1.0, 2.0), &fixed_width, Font::State);
/// assert_eq!(m.at, (1.0, 2.0));
/// assert!(m.down > m.up && m.left == m.right && m.left > map.radius[0]);
/// ```
pub fn mark(map: &MapData, i: usize, at: (f64, f64), measure: &dyn Measure, font: Font) -> Mark {
    let radius = map.radius.get(i).copied().unwrap_or(0.0);
    let name = map.data.states.get(i).map_or("", |s| s.name.as_str());
    let half = (measure.width(font, name) / 2.0).max(radius);
    Mark {
        at,
        body: Some(i),
        left: half,
        right: half,
        up: radius,
        down: radius + GAP + label_height(font),
    }
}

/// How labels are lettered: their font, and how wide a text is in it.
#[derive(Clone, Copy)]
pub struct Lettering<'a> {
    pub measure: &'a dyn Measure,
    pub font: Font,
}

/// The diamonds of the ties drawn in `frame` whose members taking part are all among
/// `states` (indices), at their bodies in `bodies`, with room for the diamond and a line of
/// its title under it: bringing states into view brings their own frameworks too.
pub fn hubs_among(
    map: &MapData,
    frame: &Frame,
    bodies: &[(f64, f64)],
    states: &[usize],
    letters: Lettering,
) -> Vec<Mark> {
    let font = if letters.font == Font::StateLarge {
        Font::HubLarge
    } else {
        Font::Hub
    };
    let r = HUB_RADIUS + 2.0;
    frame
        .hubs
        .iter()
        .filter(|(t, _, _)| {
            let tie = map.data.tie(*t);
            tie.members
                .iter()
                .filter(|m| tie.takes_part(**m, frame.day))
                .all(|m| states.contains(&m.index()))
        })
        .filter_map(|&(_, body, _)| {
            let at = *bodies.get(body as usize)?;
            // Not a state's body: the link made of the view names the states alone, and
            // the diamonds come again with them.
            Some(Mark {
                at,
                body: None,
                left: r,
                right: r,
                up: r,
                down: r + GAP + label_height(font),
            })
        })
        .collect()
}
