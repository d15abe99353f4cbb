//! What the map's view frames, as a link records it: the whole map; states brought into
//! view whole with their labels (a selection, a scene's focus); or a region of the layout
//! the reader panned and zoomed to. Never a centre and zoom, which only mean something in
//! the box they were taken in: whoever opens the link sees the same framing fitted into
//! their own box.

use crate::model::dataset::StateIx;

/// What the view frames.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Framing {
    /// The whole map.
    #[default]
    Whole,
    /// These states, whole with their labels.
    States(Vec<StateIx>),
    /// This region of the layout, `[x0, y0, x1, y1]`.
    Region([f64; 4]),
}
