//! What a picture that stands alone adds around the map: the theme's paper, the title, the
//! date and what is selected above, and below a rule, the legend (each domain's line,
//! rivalry's ticks, the diamonds, a selection's pale lines and the ended ties' grey when
//! comparing, in as many rows as the width needs) and the sources line, wrapped to the
//! width.

use super::legend::{entries, legend, rows};
use super::{Item, Layer, Measure, Paint, Shape, Stroke, Tag, View};
use crate::model::view_state::Selection;
use crate::model::words::{noun, plural};
use crate::scene::labels::Rect;
use crate::scene::theme::{Font, Token};

/// The height of the title and date above the map.
const HEADER: f64 = 52.0;
/// The height of the line naming the selection, when there is one.
const SELECTED: f64 = 18.0;
/// The left margin of every text.
pub(super) const MARGIN: f64 = 16.0;
/// The distance between two lines of the sources line.
pub(super) const LEADING: f64 = 16.0;

/// The parts of a picture around its map.
pub(super) struct Frame {
    pub size: (f64, f64),
    pub map_area: Rect,
    pub above: Layer,
    pub below: Layer,
}

/// Splits text into lines no wider than `width` pixels, at spaces (a single word wider than
/// that stands on a line of its own).
///
/// # Examples
/// ```
/// use alliance_map::scene::display::decor::wrap;
/// use alliance_map::scene::theme::Font;
/// let narrow = |_: Font, s: &str| s.chars().count() as f64;
/// assert_eq!(wrap("one two three", 8.0, Font::Small, &narrow), ["one two", "three"]);
/// ```
pub fn wrap(text: &str, width: f64, font: Font, measure: &dyn Measure) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let longer = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && measure.width(font, &longer) > width {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = longer;
        }
    }
    lines.push(line);
    lines
}

pub(super) fn text(text: String, at: (f64, f64), font: Font, color: Token) -> Item {
    Item::Text {
        text,
        at,
        font,
        paint: Paint::solid(color),
        halo: None,
        tag: Tag::None,
    }
}

fn line(a: (f64, f64), b: (f64, f64), color: Token, width: f64, dash: &'static [f64]) -> Item {
    Item::Stroke {
        stroke: Stroke {
            paint: Paint::solid(color),
            width,
            dash,
        },
        shapes: vec![(Tag::None, Shape::Segment(a, b))],
        ticks: None,
    }
}

/// What the picture's title block says is selected: a tie by its title on the date shown,
/// a state with its ties.
fn selected(view: &View) -> Option<String> {
    let data = &view.map.data;
    Some(match view.emphasis.selection? {
        Selection::Tie(t) => format!("Selected: {}", data.title_on(data.tie(t), view.frame.day)),
        Selection::State(s) => {
            let ties = data.ties_of(s, view.frame.day).count();
            format!(
                "Selected: {} ({} in force)",
                data.state(s).name,
                plural(ties, "tie", "ties")
            )
        }
    })
}

impl Frame {
    pub(super) fn of(view: &View, when: &str, measure: &dyn Measure) -> Frame {
        let data = &view.map.data;
        let (w, h) = view.size;
        let selected = selected(view);
        let header = HEADER + if selected.is_some() { SELECTED } else { 0.0 };
        let sources = wrap(
            &format!(
                "{}: {}",
                noun(data.sources.len(), "Source", "Sources"),
                data.sources_line()
            ),
            w - 2.0 * MARGIN,
            Font::Small,
            measure,
        );
        let entries = entries(view);
        let placed = rows(&entries, w, measure);
        let extra = LEADING * 1.25 * placed.last().map_or(0, |p| p.0) as f64;
        let footer = 34.0 + extra + LEADING * sources.len() as f64;
        let size = (w, header + h + footer);
        let paper = Item::Fill {
            paint: Paint::solid(Token::Paper),
            outline: None,
            shapes: vec![(
                Tag::None,
                Shape::Rect(Rect {
                    x: 0.0,
                    y: 0.0,
                    w: size.0,
                    h: size.1,
                }),
            )],
        };
        let mut above = vec![
            paper,
            text(data.title.clone(), (MARGIN, 24.0), Font::Title, Token::Ink),
            text(
                format!("Ties in force on {when}"),
                (MARGIN, 43.0),
                Font::Subtitle,
                Token::Muted,
            ),
        ];
        if let Some(line) = selected {
            above.push(text(line, (MARGIN, 61.0), Font::Subtitle, Token::Ink));
        }
        let above = Layer {
            clip: None,
            items: above,
        };
        let top = header + h;
        let mut items = vec![line((0.0, top), (w, top), Token::Rule, 1.0, &[])];
        legend(&entries, &placed, top + 20.0, &mut items);
        for (k, l) in sources.into_iter().enumerate() {
            let y = top + 40.0 + extra + LEADING * k as f64;
            items.push(text(l, (MARGIN, y), Font::Small, Token::Muted));
        }
        Frame {
            size,
            map_area: Rect {
                x: 0.0,
                y: header,
                w,
                h,
            },
            above,
            below: Layer { clip: None, items },
        }
    }
}
