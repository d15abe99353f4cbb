//! The map as one layer of the display list, and the two compositions made of it: the map
//! on screen (the page around it shows the title and legend) and a picture that stands
//! alone (title, date, legend and sources around the map, see [`super::decor`]).

use super::{decor, labels, marks, DisplayList, Layer, Measure};
use crate::model::view_state::Selection;
use crate::model::words::plural;
use crate::scene::batches::{batches, Batch};
use crate::scene::focus::Focus;
use crate::scene::frame::Frame;
use crate::scene::hit::Hit;
use crate::scene::labels::Rect;
use crate::scene::map_data::MapData;
use crate::scene::theme::Theme;
use crate::scene::view::Viewport;

/// What stands out and how lines group: computed when the frame, the selection or what the
/// pointer rests on changes, not per animation frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Emphasis {
    pub selection: Option<Selection>,
    pub focus: Focus,
    /// The frame's strands grouped by look, in drawing order.
    pub batches: Vec<Batch>,
}

impl Emphasis {
    /// The emphasis of `frame` with `selection`, or else what the pointer rests on
    /// (`hover`), brought forward.
    pub fn of(
        map: &MapData,
        frame: &Frame,
        selection: Option<Selection>,
        hover: Option<Hit>,
    ) -> Emphasis {
        let hovered = hover.map(|h| match h {
            Hit::State(s) => Selection::State(s),
            Hit::Tie(t) => Selection::Tie(t),
        });
        let focus = Focus::of(&map.data, frame, selection.or(hovered));
        let batches = batches(&map.data, frame, &focus, selection);
        Emphasis {
            selection,
            focus,
            batches,
        }
    }
}

/// One view of the map: everything a picture of it depends on.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub map: &'a MapData,
    pub frame: &'a Frame,
    pub emphasis: &'a Emphasis,
    /// Where each body (state, then hub) is, in layout units.
    pub bodies: &'a [(f64, f64)],
    /// The camera's transform from layout units to the map's pixels.
    pub camera: Viewport,
    /// The map's size in pixels.
    pub size: (f64, f64),
    pub theme: Theme,
}

impl View<'_> {
    /// The opacity of a mark in focus (`lit`) or not: what the focus leaves out is dimmed as
    /// far as the theme says.
    pub(super) fn alpha(&self, lit: bool) -> f64 {
        if lit || !self.emphasis.focus.any {
            1.0
        } else {
            self.theme.dim
        }
    }

    /// The opacity of a state's name in focus or not: the states around the focus stay
    /// readable in the themes that say so.
    pub(super) fn label_alpha(&self, lit: bool) -> f64 {
        if lit || !self.emphasis.focus.any {
            1.0
        } else {
            self.theme.context
        }
    }
}

/// The map's marks and labels with the map's top-left corner at `origin`.
fn map_layer(view: &View, origin: (f64, f64), measure: &dyn Measure) -> Vec<super::Item> {
    let camera = Viewport {
        tx: view.camera.tx + origin.0,
        ty: view.camera.ty + origin.1,
        ..view.camera
    };
    let area = Rect {
        x: origin.0,
        y: origin.1,
        w: view.size.0,
        h: view.size.1,
    };
    let mut items = Vec::new();
    marks::strands(view, &camera, &mut items);
    marks::hubs(view, &camera, &mut items);
    marks::states(view, &camera, &mut items);
    labels::labels(view, &camera, area, measure, &mut items);
    items
}

/// The map as the page shows it: marks and labels only, on a transparent background.
///
/// # Examples
/// ```
/// use alliance_map::{model::parse::parse, scene::{frame::Frame, map_data::MapData}};
/// use alliance_map::scene::display::{on_screen, Emphasis, View};
/// use alliance_map::scene::{theme::{fixed_width, Theme}, view::Viewport};
/// # let text = include_str!("../../../tests/fixtures/minimal.json");
/// let map = MapData::new(parse("minimal.json", text).unwrap());
/// let frame = Frame::at(&map.data, &map.layout, map.data.ties[1].start.first_day());
/// let emphasis = Emphasis::of(&map, &frame, None, None);
/// let camera = Viewport { scale: 1.0, tx: 300.0, ty: 200.0 };
/// let view = View { map: &map, frame: &frame, emphasis: &emphasis, bodies: &map.layout.bodies,
///     camera, size: (600.0, 400.0), theme: Theme::LIGHT };
/// let list = on_screen(&view, &fixed_width);
/// // Every state is named, the one with most ties first.
/// assert_eq!(list.labels(), ["Bland", "Aland", "Cland"]);
/// ```
pub fn on_screen(view: &View, measure: &dyn Measure) -> DisplayList {
    DisplayList {
        size: view.size,
        theme: view.theme,
        layers: vec![Layer {
            clip: None,
            items: map_layer(view, (0.0, 0.0), measure),
        }],
        title: None,
        description: None,
    }
}

/// The map as a picture that stands alone: the title and `when` (the date in words) above,
/// the legend and the sources line below, on the theme's paper.
pub fn picture(view: &View, when: &str, measure: &dyn Measure) -> DisplayList {
    let frame = decor::Frame::of(view, when, measure);
    let map = Layer {
        clip: Some(frame.map_area),
        items: map_layer(view, (frame.map_area.x, frame.map_area.y), measure),
    };
    let data = &view.map.data;
    DisplayList {
        size: frame.size,
        theme: view.theme,
        title: Some(format!("{} — {when}", data.title)),
        description: Some(format!(
            "A map of {}; {} in force on {when}. Lines are ties, coloured and dashed by domain; rivalry lines carry cross ticks; diamonds join the members of ties of three or more states.",
            plural(data.states.len(), "state", "states"),
            plural(view.frame.same + view.frame.added, "tie", "ties")
        )),
        layers: vec![frame.above, map, frame.below],
    }
}
