//! The canvas backend of the display list: strokes, fills and texts, translated into 2D
//! canvas calls. It decides nothing about what is drawn; lines of many strands are stroked
//! as one path, and dashes are cut into pieces by [`crate::scene::curve::Curve::dash`]
//! rather than by the canvas's dash setting, which keeps thousands of dashed lines cheap to
//! rasterise.

use web_sys::CanvasRenderingContext2d;

use crate::scene::display::{DisplayList, Item, Shape, Stroke, HALO_WIDTH};
use crate::scene::theme::{Font, Theme};

const TAU: f64 = std::f64::consts::TAU;

/// Draws `list` on `ctx`, scaled by `ratio` (device pixels per CSS pixel), over a cleared
/// canvas.
pub fn draw(ctx: &CanvasRenderingContext2d, list: &DisplayList, ratio: f64) {
    // The transform cannot fail with finite numbers.
    let _ = ctx.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, list.size.0, list.size.1);
    ctx.set_text_align("left");
    ctx.set_text_baseline("alphabetic");
    ctx.set_line_join("round");
    let mut font = None;
    for layer in &list.layers {
        if let Some(c) = layer.clip {
            ctx.save();
            ctx.begin_path();
            ctx.rect(c.x, c.y, c.w, c.h);
            ctx.clip();
        }
        for item in &layer.items {
            self::item(ctx, &list.theme, item, &mut font);
        }
        if layer.clip.is_some() {
            ctx.restore();
            font = None;
        }
    }
    ctx.set_global_alpha(1.0);
}

fn item(ctx: &CanvasRenderingContext2d, theme: &Theme, item: &Item, font: &mut Option<Font>) {
    match item {
        Item::Stroke {
            stroke,
            shapes,
            ticks,
        } => {
            ctx.begin_path();
            for (_, s) in shapes {
                trace(ctx, s, stroke.dash);
            }
            apply_stroke(ctx, theme, stroke);
            ctx.stroke();
            if let Some(ticks) = ticks {
                ctx.begin_path();
                for (a, b) in shapes.iter().flat_map(|(_, s)| ticks.along(s)) {
                    ctx.move_to(a.0, a.1);
                    ctx.line_to(b.0, b.1);
                }
                apply_stroke(ctx, theme, &ticks.stroke);
                ctx.stroke();
            }
        }
        Item::Fill {
            paint,
            outline,
            shapes,
        } => {
            ctx.begin_path();
            for (_, s) in shapes {
                trace(ctx, s, &[]);
            }
            ctx.set_global_alpha(paint.alpha);
            ctx.set_fill_style_str(theme.color(paint.color));
            ctx.fill();
            if let Some(o) = outline {
                apply_stroke(ctx, theme, o);
                ctx.stroke();
            }
        }
        Item::Text {
            text,
            at,
            font: f,
            paint,
            halo,
            ..
        } => {
            if *font != Some(*f) {
                ctx.set_font(&f.css());
                *font = Some(*f);
            }
            ctx.set_global_alpha(paint.alpha);
            if let Some(h) = halo {
                ctx.set_line_width(HALO_WIDTH);
                ctx.set_stroke_style_str(theme.color(*h));
                let _ = ctx.stroke_text(text, at.0, at.1);
            }
            ctx.set_fill_style_str(theme.color(paint.color));
            let _ = ctx.fill_text(text, at.0, at.1);
        }
    }
}

fn apply_stroke(ctx: &CanvasRenderingContext2d, theme: &Theme, stroke: &Stroke) {
    ctx.set_global_alpha(stroke.paint.alpha);
    ctx.set_stroke_style_str(theme.color(stroke.paint.color));
    ctx.set_line_width(stroke.width);
}

/// Adds the shape to the current path, dashed by `dash` when it is a line.
fn trace(ctx: &CanvasRenderingContext2d, shape: &Shape, dash: &[f64]) {
    match shape {
        Shape::Curve(c) if !dash.is_empty() => c.dash(dash, |a, b| {
            ctx.move_to(a.0, a.1);
            ctx.line_to(b.0, b.1);
        }),
        Shape::Curve(c) if c.is_straight() => {
            ctx.move_to(c.from.0, c.from.1);
            ctx.line_to(c.to.0, c.to.1);
        }
        Shape::Curve(c) => {
            ctx.move_to(c.from.0, c.from.1);
            ctx.quadratic_curve_to(c.control.0, c.control.1, c.to.0, c.to.1);
        }
        Shape::Segment(a, b) if !dash.is_empty() => {
            let c = crate::scene::curve::Curve {
                from: *a,
                control: ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0),
                to: *b,
            };
            c.dash(dash, |a, b| {
                ctx.move_to(a.0, a.1);
                ctx.line_to(b.0, b.1);
            });
        }
        Shape::Segment(a, b) => {
            ctx.move_to(a.0, a.1);
            ctx.line_to(b.0, b.1);
        }
        Shape::Circle { at, r } => {
            ctx.move_to(at.0 + r, at.1);
            let _ = ctx.arc(at.0, at.1, *r, 0.0, TAU);
        }
        Shape::Diamond { at: (x, y), r } => {
            ctx.move_to(*x, y - r);
            ctx.line_to(x + r, *y);
            ctx.line_to(*x, y + r);
            ctx.line_to(x - r, *y);
            ctx.close_path();
        }
        Shape::Rect(r) => ctx.rect(r.x, r.y, r.w, r.h),
    }
}
