//! Text widths measured by the canvas, each text measured once: a map of thousands of ties
//! measures a hub's title only when it is first drawn.

use std::cell::RefCell;

use web_sys::CanvasRenderingContext2d;

use crate::scene::display::Measure;
use crate::scene::theme::{fixed_width, Font};

/// Measures with a canvas context, remembering every width.
pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    /// Widths known, sorted by font and text for a binary search.
    known: RefCell<Vec<(Font, Box<str>, f64)>>,
}

impl CanvasMeasure {
    pub fn new(ctx: CanvasRenderingContext2d) -> CanvasMeasure {
        CanvasMeasure {
            ctx,
            known: RefCell::new(Vec::new()),
        }
    }
}

impl Measure for CanvasMeasure {
    fn width(&self, font: Font, text: &str) -> f64 {
        let found = self
            .known
            .borrow()
            .binary_search_by(|(f, t, _)| (*f, &**t).cmp(&(font, text)));
        let at = match found {
            Ok(k) => return self.known.borrow()[k].2,
            Err(k) => k,
        };
        self.ctx.set_font(&font.css());
        let width = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or_else(|_| fixed_width(font, text));
        self.known
            .borrow_mut()
            .insert(at, (font, text.into(), width));
        width
    }
}
