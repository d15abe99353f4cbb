//! The map on a canvas: draws a display list (see [`crate::scene::display`]) with
//! [`canvas::draw`], keeps the layer of invisible state buttons over the markers, and says
//! what it drew (the ties and the labels) for assistive tools and tests. Runs outside Yew's
//! virtual DOM; the map view asks for a paint and at most one happens per animation frame.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

use crate::scene::display::DisplayList;
use crate::scene::view::Viewport;

pub mod canvas;
pub mod measure;

use measure::CanvasMeasure;

/// The 2D context of `canvas`, or why there is none.
pub fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsValue> {
    canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("this browser gives no 2D canvas"))?
        .dyn_into::<CanvasRenderingContext2d>()
        .map_err(JsValue::from)
}

pub struct Painter {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    /// The layer of invisible buttons, one per state, kept over the markers.
    proxies: HtmlElement,
    measure: CanvasMeasure,
    /// The last `aria-busy` written.
    busy: Option<bool>,
    /// CSS pixels, and device pixels per CSS pixel.
    size: (f64, f64),
    ratio: f64,
    /// What the canvas last said it drew: tie ids, and label texts.
    drawn: (String, String),
}

impl Painter {
    pub fn new(canvas: HtmlCanvasElement, proxies: HtmlElement) -> Result<Painter, JsValue> {
        let ctx = context(&canvas)?;
        Ok(Painter {
            measure: CanvasMeasure::new(ctx.clone()),
            canvas,
            ctx,
            proxies,
            busy: None,
            size: (0.0, 0.0),
            ratio: 1.0,
            drawn: Default::default(),
        })
    }

    /// Measures text as the canvas draws it.
    pub fn measure(&self) -> &CanvasMeasure {
        &self.measure
    }

    /// Matches the canvas to its box (CSS pixels) and the screen's pixel ratio.
    pub fn resize(&mut self, width: f64, height: f64, ratio: f64) {
        if (width, height, ratio) != (self.size.0, self.size.1, self.ratio) {
            self.size = (width, height);
            self.ratio = ratio;
            self.canvas.set_width((width * ratio).round() as u32);
            self.canvas.set_height((height * ratio).round() as u32);
        }
    }

    /// Makes the browser rasterise now (by reading one pixel back), so that a timer around
    /// [`Painter::paint`] sees the whole cost of drawing. For measurement only.
    pub fn read_back(&self) {
        let _ = self.ctx.get_image_data(0.0, 0.0, 1.0, 1.0);
    }

    /// Tells assistive technology (and tests) whether the map is still moving into place.
    pub fn set_busy(&mut self, busy: bool) {
        if self.busy != Some(busy) {
            self.busy = Some(busy);
            let _ = self
                .canvas
                .set_attribute("aria-busy", if busy { "true" } else { "false" });
        }
    }

    /// Draws `list`, moves the state buttons over the markers (`bodies` through `view`,
    /// `radius` by state) and says which ties (`ties`, their ids) and labels it drew.
    pub fn paint(
        &mut self,
        list: &DisplayList,
        bodies: &[(f64, f64)],
        radius: &[f64],
        view: &Viewport,
        ties: String,
    ) {
        canvas::draw(&self.ctx, list, self.ratio);
        self.place_proxies(bodies, radius, view);
        let labels = list.labels().join("\n");
        if ties != self.drawn.0 {
            let _ = self.canvas.set_attribute("data-ties", &ties);
            self.drawn.0 = ties;
        }
        if labels != self.drawn.1 {
            let _ = self.canvas.set_attribute("data-labels", &labels);
            self.drawn.1 = labels;
        }
    }

    /// Keeps each state's invisible button over its marker, so the map can be reached by
    /// keyboard and assistive technology, and found by tests where a person would click.
    fn place_proxies(&self, bodies: &[(f64, f64)], radius: &[f64], view: &Viewport) {
        let buttons = self.proxies.children();
        for i in 0..buttons.length() {
            let (Some(button), Some(&p), Some(&r)) = (
                buttons.item(i),
                bodies.get(i as usize),
                radius.get(i as usize),
            ) else {
                continue;
            };
            let Some(button) = button.dyn_ref::<HtmlElement>() else {
                continue;
            };
            let (x, y) = view.to_screen(p);
            let r = r + 3.0;
            // Through the style object, which a strict Content-Security-Policy allows.
            let style = button.style();
            for (property, value) in [
                ("left", x - r),
                ("top", y - r),
                ("width", 2.0 * r),
                ("height", 2.0 * r),
            ] {
                let _ = style.set_property(property, &format!("{value:.1}px"));
            }
        }
    }
}
