//! How far a state's marker and label reach around its place on the map, in pixels: what
//! bringing the state into view must leave room for (see [`crate::scene::aim`]). The label
//! is taken where it goes first, centred under the marker, as [`super::labels`] places it.

use super::labels::label_height;
use super::Measure;
use crate::scene::aim::Mark;
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
