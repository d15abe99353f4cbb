//! Text widths measured by the canvas, each text measured once: a map of thousands of ties
//! measures a hub's title only when it is first drawn.

use std::cell::RefCell;
use std::collections::BTreeMap;

use web_sys::CanvasRenderingContext2d;

use crate::scene::display::Measure;
use crate::scene::theme::{fixed_width, Font};

/// Measures with a canvas context, remembering every width.
pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    known: RefCell<BTreeMap<Font, BTreeMap<String, f64>>>,
}

impl CanvasMeasure {
    pub fn new(ctx: CanvasRenderingContext2d) -> CanvasMeasure {
        CanvasMeasure {
            ctx,
            known: RefCell::new(BTreeMap::new()),
        }
    }
}

impl Measure for CanvasMeasure {
    fn width(&self, font: Font, text: &str) -> f64 {
        if let Some(w) = self.known.borrow().get(&font).and_then(|k| k.get(text)) {
            return *w;
        }
        self.ctx.save();
        self.ctx.set_font(&font.css());
        let width = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or_else(|_| fixed_width(font, text));
        self.ctx.restore();
        let mut known = self.known.borrow_mut();
        known
            .entry(font)
            .or_default()
            .insert(text.to_string(), width);
        width
    }
}
