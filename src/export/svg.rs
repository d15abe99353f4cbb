//! The SVG backend of the display list: a standalone SVG image of exactly what the list
//! draws. It only translates (tokens through the list's theme, shapes to paths, layers to
//! clipped groups); every decision about what is drawn and how was made in
//! [`crate::scene::display`]. Every text is escaped; the image carries `<title>` and
//! `<desc>` for assistive technology.

use std::fmt::Write;

use super::xml::escape;
use crate::model::dataset::Dataset;
use crate::scene::display::{DisplayList, Item, Paint, Shape, Stroke, Tag, Ticks, HALO_WIDTH};
use crate::scene::style::dasharray;
use crate::scene::theme::{Font, FAMILY};

/// An SVG document and its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub text: String,
    pub width: f64,
    pub height: f64,
}

fn p(v: f64) -> String {
    format!("{v:.1}")
}

/// The attribute naming what a shape stands for, with a leading space (or nothing).
fn tag(data: &Dataset, tag: Tag) -> String {
    match tag {
        Tag::None => String::new(),
        Tag::State(s) => format!(" data-state=\"{}\"", escape(&data.state(s).id)),
        Tag::Tie(t) => format!(" data-tie=\"{}\"", escape(&data.tie(t).id)),
        Tag::Hub(t) => format!(" data-hub=\"{}\"", escape(&data.tie(t).id)),
    }
}

/// The shape as an SVG element carrying `attrs`.
fn shape(out: &mut String, shape: &Shape, attrs: &str) {
    let _ = match shape {
        Shape::Curve(c) if c.is_straight() => writeln!(
            out,
            "<path{attrs} d=\"M{} {}L{} {}\"/>",
            p(c.from.0),
            p(c.from.1),
            p(c.to.0),
            p(c.to.1)
        ),
        Shape::Curve(c) => writeln!(
            out,
            "<path{attrs} d=\"M{} {}Q{} {} {} {}\"/>",
            p(c.from.0),
            p(c.from.1),
            p(c.control.0),
            p(c.control.1),
            p(c.to.0),
            p(c.to.1)
        ),
        Shape::Segment(a, b) => writeln!(
            out,
            "<path{attrs} d=\"M{} {}L{} {}\"/>",
            p(a.0),
            p(a.1),
            p(b.0),
            p(b.1)
        ),
        Shape::Circle { at, r } => writeln!(
            out,
            "<circle{attrs} cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
            p(at.0),
            p(at.1),
            p(*r)
        ),
        Shape::Diamond { at: (x, y), r } => writeln!(
            out,
            "<path{attrs} d=\"M{} {}L{} {}L{} {}L{} {}Z\"/>",
            p(*x),
            p(y - r),
            p(x + r),
            p(*y),
            p(*x),
            p(y + r),
            p(x - r),
            p(*y)
        ),
        Shape::Rect(r) => writeln!(
            out,
            "<rect{attrs} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
            p(r.x),
            p(r.y),
            p(r.w),
            p(r.h)
        ),
    };
}

/// Presentation attributes of a stroke, with a leading space.
fn stroke_attrs(list: &DisplayList, s: &Stroke) -> String {
    let mut a = format!(
        " stroke=\"{}\" stroke-width=\"{}\"",
        list.theme.color(s.paint.color),
        p(s.width)
    );
    if s.paint.alpha < 1.0 {
        let _ = write!(a, " stroke-opacity=\"{}\"", s.paint.alpha);
    }
    if !s.dash.is_empty() {
        let _ = write!(a, " stroke-dasharray=\"{}\"", dasharray(s.dash));
    }
    a
}

fn fill_attrs(list: &DisplayList, paint: &Paint) -> String {
    let mut a = format!(" fill=\"{}\"", list.theme.color(paint.color));
    if paint.alpha < 1.0 {
        let _ = write!(a, " fill-opacity=\"{}\"", paint.alpha);
    }
    a
}

fn font_attrs(font: Font) -> String {
    let (size, weight, italic) = font.spec();
    let mut a = format!(" font-size=\"{size}\"");
    if weight != 400 {
        let _ = write!(a, " font-weight=\"{weight}\"");
    }
    if italic {
        a.push_str(" font-style=\"italic\"");
    }
    a
}

/// A group of shapes sharing the presentation attributes `attrs`.
fn group(out: &mut String, data: &Dataset, attrs: &str, shapes: &[(Tag, Shape)]) {
    let _ = writeln!(out, "<g{attrs}>");
    for (t, s) in shapes {
        shape(out, s, &tag(data, *t));
    }
    out.push_str("</g>\n");
}

/// The cross ticks along `shapes`, as one path.
fn tick_path(out: &mut String, list: &DisplayList, ticks: &Ticks, shapes: &[(Tag, Shape)]) {
    let mut d = String::new();
    for (a, b) in shapes.iter().flat_map(|(_, s)| ticks.along(s)) {
        let _ = write!(d, "M{} {}L{} {}", p(a.0), p(a.1), p(b.0), p(b.1));
    }
    let attrs = stroke_attrs(list, &ticks.stroke);
    let _ = writeln!(out, "<g fill=\"none\"{attrs}><path d=\"{d}\"/></g>");
}

/// A text element, with its halo drawn under it when it has one.
fn text(out: &mut String, list: &DisplayList, data: &Dataset, item: &Item) {
    let Item::Text {
        text,
        at,
        font,
        paint,
        halo,
        tag: t,
    } = item
    else {
        return;
    };
    let halo = halo
        .map(|h| {
            format!(
                " stroke=\"{}\" stroke-width=\"{HALO_WIDTH}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
                list.theme.color(h)
            )
        })
        .unwrap_or_default();
    let (x, y) = (p(at.0), p(at.1));
    let (f, fill) = (font_attrs(*font), fill_attrs(list, paint));
    let (t, text) = (tag(data, *t), escape(text));
    let _ = writeln!(
        out,
        "<text{t} x=\"{x}\" y=\"{y}\"{f}{fill}{halo}>{text}</text>"
    );
}

fn item(out: &mut String, list: &DisplayList, data: &Dataset, item: &Item) {
    match item {
        Item::Stroke {
            stroke: s,
            shapes,
            ticks,
        } => {
            group(
                out,
                data,
                &format!(" fill=\"none\"{}", stroke_attrs(list, s)),
                shapes,
            );
            if let Some(ticks) = ticks {
                tick_path(out, list, ticks, shapes);
            }
        }
        Item::Fill {
            paint,
            outline,
            shapes,
        } => {
            let outline = outline.map(|o| stroke_attrs(list, &o)).unwrap_or_default();
            group(
                out,
                data,
                &format!("{}{outline}", fill_attrs(list, paint)),
                shapes,
            );
        }
        Item::Text { .. } => text(out, list, data, item),
    }
}

/// The SVG document of `list`, whose tags name `data`'s states and ties.
pub fn svg(list: &DisplayList, data: &Dataset) -> Image {
    let (w, h) = list.size;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"t d\" font-family=\"{FAMILY}\">",
        p(w), p(h), p(w), p(h)
    );
    if let Some(title) = &list.title {
        let _ = writeln!(out, "<title id=\"t\">{}</title>", escape(title));
    }
    if let Some(desc) = &list.description {
        let _ = writeln!(out, "<desc id=\"d\">{}</desc>", escape(desc));
    }
    for (k, layer) in list.layers.iter().enumerate() {
        if let Some(c) = layer.clip {
            let _ = writeln!(
                out,
                "<clipPath id=\"clip{k}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath><g clip-path=\"url(#clip{k})\">",
                p(c.x), p(c.y), p(c.w), p(c.h)
            );
        }
        for i in &layer.items {
            item(&mut out, list, data, i);
        }
        if layer.clip.is_some() {
            out.push_str("</g>\n");
        }
    }
    out.push_str("</svg>\n");
    Image {
        text: out,
        width: w,
        height: h,
    }
}
