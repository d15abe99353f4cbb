//! The display list: everything one picture of the map draws, in order, decided once. A
//! view (the frame, where the bodies are, the camera, the theme, the size, what is hovered,
//! selected or compared) goes in; layers of marks and placed labels come out, in screen
//! pixels, with colours as theme [`Token`]s. The canvas painter and the SVG export only
//! translate it, so the two never drift apart.
//!
//! - [`map`]: the map itself: lines in batches by look, hubs, markers, the selection ring.
//! - [`labels`]: which labels are drawn and where.
//! - [`decor`]: what a picture adds around the map: title, date, legend, sources line.
//! - `legend`: the picture's legend entries, in rows.

use super::curve::Curve;
use super::labels::Rect;
use super::theme::{Font, Theme, Token};
use crate::model::dataset::{StateIx, TieIx};

pub mod decor;
pub mod labels;
mod legend;
pub mod map;
pub mod marks;
pub mod reach;

pub use map::{on_screen, picture, Emphasis, View};

/// What a shape stands for, so a surface can name it (the SVG's `data-tie`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    None,
    State(StateIx),
    Tie(TieIx),
    /// A framework's hub (a tie of three or more states).
    Hub(TieIx),
}

/// A piece of geometry, in screen pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// A quadratic curve (straight when its control point lies on the chord).
    Curve(Curve),
    Segment((f64, f64), (f64, f64)),
    Circle {
        at: (f64, f64),
        r: f64,
    },
    /// A closed polygon of four corners (a hub's diamond).
    Diamond {
        at: (f64, f64),
        r: f64,
    },
    Rect(Rect),
}

/// A colour and its opacity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    pub color: Token,
    pub alpha: f64,
}

impl Paint {
    pub fn solid(color: Token) -> Paint {
        Paint { color, alpha: 1.0 }
    }
}

/// How a line is drawn: paint, width in pixels and dash pattern (on/off lengths in pixels,
/// empty for solid).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub paint: Paint,
    pub width: f64,
    pub dash: &'static [f64],
}

/// Cross ticks along every curve of a stroke (rivalry): one every `gap` pixels, reaching
/// `half` pixels to each side, drawn with `stroke`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ticks {
    pub stroke: Stroke,
    pub gap: f64,
    pub half: f64,
}

impl Ticks {
    /// The ticks along `shape` (a curve; other shapes have none), as segments.
    pub fn along(self, shape: &Shape) -> impl Iterator<Item = ((f64, f64), (f64, f64))> {
        let curve = match shape {
            Shape::Curve(c) => Some(*c),
            _ => None,
        };
        let (gap, half) = (self.gap, self.half);
        curve.into_iter().flat_map(move |c| {
            c.marks(gap).map(move |t| {
                let (p, n) = (c.point(t), c.normal(t));
                let a = (p.0 - n.0 * half, p.1 - n.1 * half);
                (a, (p.0 + n.0 * half, p.1 + n.1 * half))
            })
        })
    }
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Shapes stroked alike, as one path, then their cross ticks, if any, as another.
    Stroke {
        stroke: Stroke,
        shapes: Vec<(Tag, Shape)>,
        ticks: Option<Ticks>,
    },
    /// Shapes filled alike (and outlined, if `outline`), as one path.
    Fill {
        paint: Paint,
        outline: Option<Stroke>,
        shapes: Vec<(Tag, Shape)>,
    },
    /// A line of text, its baseline starting at `at`, with a halo of `halo` when given.
    Text {
        text: String,
        at: (f64, f64),
        font: Font,
        paint: Paint,
        halo: Option<Token>,
        tag: Tag,
    },
}

/// Items drawn together, inside `clip` when it is set.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layer {
    pub clip: Option<Rect>,
    pub items: Vec<Item>,
}

/// The width of the halo around text, in pixels.
pub const HALO_WIDTH: f64 = 4.0;

/// A whole picture: its size in pixels, the theme its tokens resolve in, and its layers,
/// bottom first. A picture meant to stand alone also has a title and a description (for
/// assistive technology).
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayList {
    pub size: (f64, f64),
    pub theme: Theme,
    pub layers: Vec<Layer>,
    pub title: Option<String>,
    pub description: Option<String>,
}

/// How wide a text is in pixels: the canvas measures, native code uses
/// [`super::theme::fixed_width`].
pub trait Measure {
    fn width(&self, font: Font, text: &str) -> f64;
}

impl<F: Fn(Font, &str) -> f64> Measure for F {
    fn width(&self, font: Font, text: &str) -> f64 {
        self(font, text)
    }
}

impl DisplayList {
    /// Every item, layer after layer.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.layers.iter().flat_map(|l| l.items.iter())
    }

    /// The texts drawn, in order.
    pub fn texts(&self) -> Vec<&str> {
        self.items()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The texts of labels on the map (of states and hubs), in order.
    pub fn labels(&self) -> Vec<&str> {
        self.items()
            .filter_map(|i| match i {
                Item::Text {
                    text,
                    tag: Tag::State(_) | Tag::Hub(_),
                    ..
                } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// How many shapes of each tag are drawn, stroked or filled: what a surface's marks must
    /// match.
    pub fn marks(&self) -> Vec<(Tag, usize)> {
        let mut out: Vec<(Tag, usize)> = Vec::new();
        for item in self.items() {
            let shapes = match item {
                Item::Stroke { shapes, .. } | Item::Fill { shapes, .. } => shapes,
                Item::Text { .. } => continue,
            };
            for (tag, _) in shapes {
                match out.iter_mut().find(|(t, _)| t == tag) {
                    Some((_, n)) => *n += 1,
                    None => out.push((*tag, 1)),
                }
            }
        }
        out
    }
}
