//! A picture's legend: an entry per domain's line, rivalry's ticks, the diamonds when the
//! map has any, a selection's pale lines and the ended ties' grey when comparing, placed in
//! as many rows as the picture's width needs.

use super::decor::{text, LEADING, MARGIN};
use super::{Item, Measure, Paint, Shape, Stroke, Tag, View};
use crate::scene::style::domain_style;
use crate::scene::theme::{Font, Token};

/// What a legend entry shows before its words.
#[derive(Clone, Copy)]
pub(super) enum Swatch {
    /// A line in a colour, with a dash pattern and an opacity, with rivalry's ticks or not.
    Line(Token, &'static [f64], f64, bool),
    /// A hub's diamond.
    Diamond,
}

/// The legend's entries for `view`: each domain, rivalry, the diamonds when the map has any,
/// a selection's pale lines, and the comparison's ended ties.
pub(super) fn entries(view: &View) -> Vec<(Swatch, String)> {
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
pub(super) fn rows(
    entries: &[(Swatch, String)],
    width: f64,
    measure: &dyn Measure,
) -> Vec<(usize, f64)> {
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
pub(super) fn legend(
    entries: &[(Swatch, String)],
    placed: &[(usize, f64)],
    y: f64,
    out: &mut Vec<Item>,
) {
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
