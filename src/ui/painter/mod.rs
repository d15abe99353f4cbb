//! Paints a [`Frame`] on a canvas: lines per tie and domain, framework hubs, state markers
//! and labels, dimming what the selection leaves out. Runs outside Yew's virtual DOM; the
//! map view asks for a paint and at most one happens per animation frame.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

use crate::model::view_state::Selection;
use crate::scene::batches::{batches, Batch};
use crate::scene::focus::Focus;
use crate::scene::frame::Frame;
use crate::scene::hit::{hit, Hit};
use crate::scene::map_data::MapData;
use crate::scene::view::{Bounds, Viewport};

mod interact;
mod labels;
mod marks;

/// The painter's colours for one theme. Text colours keep at least 4.5:1 contrast with the
/// map's background in both.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Palette {
    pub ink: &'static str,
    pub halo: &'static str,
    pub faded_fill: &'static str,
    pub faded_stroke: &'static str,
    pub faded_label: &'static str,
    pub hub_label: &'static str,
    pub rivalry_hub: &'static str,
    pub ring: &'static str,
}

const LIGHT: Palette = Palette {
    ink: "#1e293b",
    halo: "#ffffff",
    faded_fill: "#e2e8f0",
    faded_stroke: "#94a3b8",
    faded_label: "#5b6776",
    hub_label: "#475569",
    rivalry_hub: "#fde2e2",
    ring: "#b45309",
};

const DARK: Palette = Palette {
    ink: "#e5e7eb",
    halo: "#0b1220",
    faded_fill: "#334155",
    faded_stroke: "#64748b",
    faded_label: "#a3adba",
    hub_label: "#c0c8d2",
    rivalry_hub: "#5c1d1d",
    ring: "#fbbf24",
};
const DIM_ALPHA: f64 = 0.18;
const LABEL_FONT: &str = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/// Width kept free on the right of the map for the zoom buttons.
const ZOOM_BUTTONS_WIDTH: f64 = 48.0;
const LABEL_HEIGHT: f64 = 16.0;
/// Zoom from which every framework hub shows its title.
const HUB_LABEL_SCALE: f64 = 1.5;
const HUB_FONT: &str = "italic 12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

pub struct Painter {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    /// The layer of invisible buttons, one per state, kept over the markers.
    proxies: HtmlElement,
    map: Rc<MapData>,
    frame: Rc<Frame>,
    focus: Focus,
    /// The frame's strands grouped by look, in drawing order.
    batches: Vec<Batch>,
    selection: Option<Selection>,
    /// What the pointer rests on; it is brought forward when nothing is selected.
    hover: Option<Hit>,
    /// Where each body (state, then hub) is drawn, in layout units.
    bodies: Vec<(f64, f64)>,
    /// Where the layout put each body; a dragged body is pinned away from it.
    home: Vec<(f64, f64)>,
    pinned: Vec<bool>,
    /// The tooltip that names what the pointer rests on.
    tip: Option<HtmlElement>,
    /// A move of the view under way: from, to, and when it started.
    glide: Option<(Viewport, Viewport, f64)>,
    /// Whether the reader asked for reduced motion (views then change at once).
    reduced_motion: bool,
    /// The last `aria-busy` written.
    busy: Option<bool>,
    /// Colours for the light or dark theme, as the system asks.
    palette: Palette,
    pub view: Viewport,
    /// CSS pixels.
    size: (f64, f64),
    ratio: f64,
    /// Whether the reader moved or zoomed the view (then resizing keeps their view).
    pub moved_by_reader: bool,
    drawn: String,
    /// Label widths in pixels, measured once: by state, and by tie for framework hubs.
    state_label_w: Vec<f64>,
    /// Measured when first drawn (a dataset may have thousands of ties): NaN until then.
    hub_label_w: Vec<std::cell::Cell<f64>>,
}

impl Painter {
    pub fn new(
        canvas: HtmlCanvasElement,
        proxies: HtmlElement,
        map: Rc<MapData>,
        frame: Rc<Frame>,
    ) -> Result<Painter, JsValue> {
        let ctx: CanvasRenderingContext2d = canvas
            .get_context("2d")?
            .ok_or_else(|| JsValue::from_str("this browser gives no 2D canvas"))?
            .dyn_into::<CanvasRenderingContext2d>()
            .map_err(JsValue::from)?;
        let focus = Focus::of(&map.data, &frame, None);
        let batches = batches(&map.data, &frame, &focus, None);
        let bodies = map.layout.bodies.clone();
        let home = bodies.clone();
        let pinned = vec![false; bodies.len()];
        let measure = |font: &str, text: &str| {
            ctx.set_font(font);
            ctx.measure_text(text)
                .map(|m| m.width())
                .unwrap_or(text.chars().count() as f64 * 7.5)
        };
        let state_label_w = map
            .data
            .states
            .iter()
            .map(|s| measure(LABEL_FONT, &s.name))
            .collect();
        let hub_label_w = vec![std::cell::Cell::new(f64::NAN); map.data.ties.len()];
        Ok(Painter {
            canvas,
            ctx,
            proxies,
            map,
            frame,
            focus,
            batches,
            selection: None,
            hover: None,
            bodies,
            home,
            pinned,
            tip: None,
            glide: None,
            busy: None,
            palette: if gloo::utils::window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches())
            {
                DARK
            } else {
                LIGHT
            },
            reduced_motion: gloo::utils::window()
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches()),
            view: Viewport::default(),
            size: (0.0, 0.0),
            ratio: 1.0,
            moved_by_reader: false,
            drawn: String::new(),
            state_label_w,
            hub_label_w,
        })
    }

    pub fn set_frame(&mut self, frame: Rc<Frame>, selection: Option<Selection>) {
        self.frame = frame;
        self.selection = selection;
        self.refocus();
    }

    /// Recomputes what stands out: the selection, or else what the pointer rests on.
    fn refocus(&mut self) {
        let hovered = self.hover.map(|h| match h {
            Hit::State(s) => Selection::State(s),
            Hit::Tie(t) => Selection::Tie(t),
        });
        let focus_on = self.selection.or(hovered);
        self.focus = Focus::of(&self.map.data, &self.frame, focus_on);
        self.batches = batches(&self.map.data, &self.frame, &self.focus, self.selection);
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

    /// Moves the bodies (while a layout settles): `xs[i], ys[i]` for body `i`. Pinned
    /// bodies stay where the reader put them.
    pub fn set_bodies(&mut self, xs: &[f64], ys: &[f64]) {
        for (i, p) in xs.iter().copied().zip(ys.iter().copied()).enumerate() {
            self.home[i] = p;
            if !self.pinned[i] {
                self.bodies[i] = p;
            }
        }
    }

    /// Matches the canvas to its box (CSS pixels) and the screen's pixel ratio.
    pub fn resize(&mut self, width: f64, height: f64, ratio: f64) {
        if (width, height, ratio) == (self.size.0, self.size.1, self.ratio) {
            return;
        }
        // A view the reader chose keeps its centre and zoom; otherwise the map is fitted.
        let centre = self.centre();
        self.size = (width, height);
        self.ratio = ratio;
        self.canvas.set_width((width * ratio).round() as u32);
        self.canvas.set_height((height * ratio).round() as u32);
        if self.moved_by_reader {
            self.set_centre(centre);
        } else {
            self.fit();
        }
    }

    /// Shows the whole map.
    pub fn fit(&mut self) {
        self.glide = None;
        // Room for labels around the markers, and on the right for the zoom buttons.
        let margin = (self.size.0.min(self.size.1) * 0.08).clamp(20.0, 48.0);
        let width = (self.size.0 - ZOOM_BUTTONS_WIDTH).max(self.size.0 * 0.5);
        let bounds = Bounds::around(self.bodies.iter().copied()).unwrap_or(Bounds {
            min: (0.0, 0.0),
            max: (0.0, 0.0),
        });
        self.view = Viewport::fit(bounds, width, self.size.1, margin);
        self.moved_by_reader = false;
    }

    pub fn size(&self) -> (f64, f64) {
        self.size
    }

    pub fn hit(&self, at: (f64, f64)) -> Option<Hit> {
        hit(&self.frame, &self.bodies, &self.map.radius, &self.view, at)
    }

    pub fn paint(&mut self) {
        let ctx = &self.ctx;
        // The transform cannot fail with finite numbers.
        let _ = ctx.set_transform(self.ratio, 0.0, 0.0, self.ratio, 0.0, 0.0);
        ctx.clear_rect(0.0, 0.0, self.size.0, self.size.1);
        self.paint_strands();
        self.paint_hubs();
        self.paint_states();
        self.paint_labels();
        self.place_proxies();
        self.publish_drawn();
    }

    fn alpha(&self, lit: bool) -> f64 {
        if lit || !self.focus.any {
            1.0
        } else {
            DIM_ALPHA
        }
    }

    /// Keeps each state's invisible button over its marker, so the map can be reached by
    /// keyboard and assistive technology, and found by tests where a person would click.
    fn place_proxies(&self) {
        let buttons = self.proxies.children();
        for i in 0..buttons.length() {
            let Some(button) = buttons.item(i) else {
                continue;
            };
            let Some(&p) = self.bodies.get(i as usize) else {
                continue;
            };
            let (x, y) = self.view.to_screen(p);
            let r = self.map.radius[i as usize] + 3.0;
            // Through the style object, which a strict Content-Security-Policy allows.
            let Some(button) = button.dyn_ref::<HtmlElement>() else {
                continue;
            };
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

    /// Writes the ids of the ties just drawn on the canvas, for assistive tools and tests.
    fn publish_drawn(&mut self) {
        let data = &self.map.data;
        let drawn = self
            .frame
            .ties
            .iter()
            .map(|t| data.tie(*t).id.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if drawn != self.drawn {
            let _ = self.canvas.set_attribute("data-ties", &drawn);
            self.drawn = drawn;
        }
    }
}

/// Text with a halo of the background's colour, readable over lines.
pub(crate) fn label(
    ctx: &CanvasRenderingContext2d,
    text: &str,
    x: f64,
    y: f64,
    color: &str,
    halo: &str,
) {
    ctx.set_line_join("round");
    ctx.set_line_width(4.0);
    ctx.set_stroke_style_str(halo);
    let _ = ctx.stroke_text(text, x, y);
    ctx.set_fill_style_str(color);
    let _ = ctx.fill_text(text, x, y);
}

/// A title cut to a label's length.
pub(crate) fn short(title: &str) -> String {
    const MAX: usize = 34;
    if title.chars().count() <= MAX {
        title.to_string()
    } else {
        let cut: String = title.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
