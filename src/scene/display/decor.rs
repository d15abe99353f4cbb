//! What a picture that stands alone adds around the map: the theme's paper, the title and
//! the date above, and below a rule, the legend (each domain's line, rivalry's ticks, and
//! the ended ties' grey when comparing) and the sources line, wrapped to the width.

use super::{Item, Layer, Measure, Paint, Shape, Stroke, Tag, View};
use crate::model::words::noun;
use crate::scene::labels::Rect;
use crate::scene::style::domain_style;
use crate::scene::theme::{Font, Token};

/// The height of the title and date above the map.
const HEADER: f64 = 52.0;
/// The left margin of every text.
const MARGIN: f64 = 16.0;
/// The distance between two lines of the sources line.
const LEADING: f64 = 16.0;

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

fn text(text: String, at: (f64, f64), font: Font, color: Token) -> Item {
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

impl Frame {
    pub(super) fn of(view: &View, when: &str, measure: &dyn Measure) -> Frame {
        let data = &view.map.data;
        let (w, h) = view.size;
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
        let footer = 34.0 + LEADING * sources.len() as f64;
        let size = (w, HEADER + h + footer);
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
        let above = Layer {
            clip: None,
            items: vec![
                paper,
                text(data.title.clone(), (MARGIN, 24.0), Font::Title, Token::Ink),
                text(
                    format!("Ties in force on {when}"),
                    (MARGIN, 43.0),
                    Font::Subtitle,
                    Token::Muted,
                ),
            ],
        };
        let top = HEADER + h;
        let mut items = vec![line((0.0, top), (w, top), Token::Rule, 1.0, &[])];
        legend(view, top + 20.0, measure, &mut items);
        for (k, l) in sources.into_iter().enumerate() {
            let y = top + 40.0 + LEADING * k as f64;
            items.push(text(l, (MARGIN, y), Font::Small, Token::Muted));
        }
        Frame {
            size,
            map_area: Rect {
                x: 0.0,
                y: HEADER,
                w,
                h,
            },
            above,
            below: Layer { clip: None, items },
        }
    }
}

/// One entry per domain, then rivalry, then (when comparing) the ended ties, on the line
/// whose baseline is `y`.
fn legend(view: &View, y: f64, measure: &dyn Measure, out: &mut Vec<Item>) {
    let mut x = MARGIN;
    let mut entry =
        |out: &mut Vec<Item>, color: Token, dash: &'static [f64], ticks: bool, label: &str| {
            out.push(line((x, y - 4.0), (x + 28.0, y - 4.0), color, 2.4, dash));
            if ticks {
                for dx in [9.0, 19.0] {
                    out.push(line((x + dx, y - 8.0), (x + dx, y), color, 1.6, &[]));
                }
            }
            out.push(text(
                label.to_string(),
                (x + 34.0, y),
                Font::Legend,
                Token::Ink,
            ));
            x += 44.0 + measure.width(Font::Legend, label);
        };
    for (i, d) in view.map.data.domains.iter().enumerate() {
        let style = domain_style(&view.map.data.domains, i);
        entry(out, style.token(), style.dash, false, &d.label);
    }
    entry(out, Token::Muted, &[], true, "Rivalry");
    if view.frame.comparing {
        entry(
            out,
            Token::Ended,
            &[],
            false,
            "Ended since the comparison date",
        );
    }
}
