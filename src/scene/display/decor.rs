//! What a picture that stands alone adds around the map: the theme's paper, the title, the
//! date and what is selected above, and below a rule, the legend (each domain's line,
//! rivalry's ticks, the diamonds, a selection's pale lines and the ended ties' grey when
//! comparing, in as many rows as the width needs) and the sources line, wrapped to the
//! width.

use super::{Item, Layer, Measure, Paint, Shape, Stroke, Tag, View};
use crate::model::view_state::Selection;
use crate::model::words::{noun, plural};
use crate::scene::labels::Rect;
use crate::scene::style::domain_style;
use crate::scene::theme::{Font, Token};

/// The height of the title and date above the map.
const HEADER: f64 = 52.0;
/// The height of the line naming the selection, when there is one.
const SELECTED: f64 = 18.0;
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

/// What a legend entry shows before its words.
#[derive(Clone, Copy)]
enum Swatch {
    /// A line in a colour, with a dash pattern and an opacity, with rivalry's ticks or not.
    Line(Token, &'static [f64], f64, bool),
    /// A hub's diamond.
    Diamond,
}

/// The legend's entries for `view`: each domain, rivalry, the diamonds when the map has any,
/// a selection's pale lines, and the comparison's ended ties.
fn entries(view: &View) -> Vec<(Swatch, String)> {
    let data = &view.map.data;
    let mut out: Vec<(Swatch, String)> = data
        .domains
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let style = domain_style(&data.domains, i);
            (
                Swatch::Line(style.token(), style.dash, 1.0, false),
                d.label.clone(),
            )
        })
        .collect();
    out.push((Swatch::Line(Token::Muted, &[], 1.0, true), "Rivalry".into()));
    if !view.frame.hubs.is_empty() {
        out.push((Swatch::Diamond, "Tie of three or more states".into()));
    }
    if view.emphasis.focus.any {
        let pale = view.theme.line_alpha(view.theme.dim);
        out.push((
            Swatch::Line(Token::Muted, &[], pale, false),
            "Pale: not selected".into(),
        ));
    }
    if view.frame.comparing {
        out.push((
            Swatch::Line(Token::Ended, &[], 1.0, false),
            "Ended since the comparison date".into(),
        ));
    }
    out
}

/// The legend's entries placed in rows no wider than `width`: each entry's row and left edge.
fn rows(entries: &[(Swatch, String)], width: f64, measure: &dyn Measure) -> Vec<(usize, f64)> {
    let (mut row, mut x) = (0, MARGIN);
    entries
        .iter()
        .map(|(_, label)| {
            let w = 34.0 + measure.width(Font::Legend, label);
            if x > MARGIN && x + w > width - MARGIN {
                row += 1;
                x = MARGIN;
            }
            let at = (row, x);
            x += w + 10.0;
            at
        })
        .collect()
}

/// The legend's items, its first row's baseline at `y`, a row every `LEADING` pixels.
fn legend(entries: &[(Swatch, String)], placed: &[(usize, f64)], y: f64, out: &mut Vec<Item>) {
    for ((swatch, label), &(row, x)) in entries.iter().zip(placed) {
        let y = y + LEADING * 1.25 * row as f64;
        match *swatch {
            Swatch::Line(color, dash, alpha, ticks) => {
                let paint = Paint { color, alpha };
                let mut stroke = |a: (f64, f64), b: (f64, f64), width: f64, dash| {
                    out.push(Item::Stroke {
                        stroke: Stroke { paint, width, dash },
                        shapes: vec![(Tag::None, Shape::Segment(a, b))],
                        ticks: None,
                    })
                };
                stroke((x, y - 4.0), (x + 28.0, y - 4.0), 2.4, dash);
                if ticks {
                    for dx in [9.0, 19.0] {
                        stroke((x + dx, y - 8.0), (x + dx, y), 1.6, &[]);
                    }
                }
            }
            Swatch::Diamond => out.push(Item::Fill {
                paint: Paint::solid(Token::Paper),
                outline: Some(Stroke {
                    paint: Paint::solid(Token::Ink),
                    width: 1.5,
                    dash: &[],
                }),
                shapes: vec![(
                    Tag::None,
                    Shape::Diamond {
                        at: (x + 14.0, y - 4.0),
                        r: 6.0,
                    },
                )],
            }),
        }
        out.push(text(label.clone(), (x + 34.0, y), Font::Legend, Token::Ink));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::theme::fixed_width;

    #[test]
    fn legend_entries_wrap_into_rows_that_fit() {
        let entries: Vec<(Swatch, String)> = [
            "Space",
            "Cyber",
            "ISR",
            "Rivalry",
            "Tie of three or more states",
        ]
        .iter()
        .map(|l| (Swatch::Diamond, l.to_string()))
        .collect();
        let wide = rows(&entries, 2000.0, &fixed_width);
        assert!(wide.iter().all(|p| p.0 == 0), "one row when it fits");
        let narrow = rows(&entries, 320.0, &fixed_width);
        assert!(narrow.last().unwrap().0 >= 1, "{narrow:?}");
        for ((_, label), (_, x)) in entries.iter().zip(&narrow) {
            let end = x + 34.0 + fixed_width(Font::Legend, label);
            assert!(
                *x == MARGIN || end <= 320.0 - MARGIN,
                "{label} ends at {end}"
            );
        }
    }
}
