//! Paints a [`Frame`] on a canvas: lines per tie and domain, framework hubs, state markers
//! and labels, dimming what the selection leaves out. Runs outside Yew's virtual DOM; the
//! map view asks for a paint and at most one happens per animation frame.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

use crate::model::dataset::{Stance, StateIx};
use crate::model::view_state::Selection;
use crate::scene::focus::Focus;
use crate::scene::frame::Frame;
use crate::scene::hit::{hit, Hit, HUB_RADIUS};
use crate::scene::labels::{marker_box, place, Rect, Wanted};
use crate::scene::map_data::MapData;
use crate::scene::style::{domain_style, RIVALRY_TICK_GAP};
use crate::scene::view::Viewport;

const INK: &str = "#1e293b";
const FADED: &str = "#94a3b8";
const HALO: &str = "#ffffff";
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
    selection: Option<Selection>,
    pub view: Viewport,
    /// CSS pixels.
    size: (f64, f64),
    ratio: f64,
    /// Whether the reader moved or zoomed the view (then resizing keeps their view).
    pub moved_by_reader: bool,
    drawn: String,
    /// Label widths in pixels, measured once: by state, and by tie for framework hubs.
    state_label_w: Vec<f64>,
    hub_label_w: Vec<f64>,
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
        let hub_label_w = map
            .data
            .ties
            .iter()
            .map(|t| measure(HUB_FONT, &short(&t.title)))
            .collect();
        Ok(Painter {
            canvas,
            ctx,
            proxies,
            map,
            frame,
            focus,
            selection: None,
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
        self.focus = Focus::of(&self.map.data, &frame, selection);
        self.frame = frame;
        self.selection = selection;
    }

    /// Matches the canvas to its box (CSS pixels) and the screen's pixel ratio.
    pub fn resize(&mut self, width: f64, height: f64, ratio: f64) {
        if (width, height, ratio) == (self.size.0, self.size.1, self.ratio) {
            return;
        }
        self.size = (width, height);
        self.ratio = ratio;
        self.canvas.set_width((width * ratio).round() as u32);
        self.canvas.set_height((height * ratio).round() as u32);
        if !self.moved_by_reader {
            self.fit();
        }
    }

    /// Shows the whole map.
    pub fn fit(&mut self) {
        // Room for labels around the markers, and on the right for the zoom buttons.
        let margin = (self.size.0.min(self.size.1) * 0.08).clamp(20.0, 48.0);
        let width = (self.size.0 - ZOOM_BUTTONS_WIDTH).max(self.size.0 * 0.5);
        self.view = Viewport::fit(self.map.bounds(), width, self.size.1, margin);
        self.moved_by_reader = false;
    }

    pub fn size(&self) -> (f64, f64) {
        self.size
    }

    pub fn hit(&self, at: (f64, f64)) -> Option<Hit> {
        hit(
            &self.frame,
            &self.map.layout.states,
            &self.map.radius,
            &self.view,
            at,
        )
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

    fn paint_strands(&self) {
        let ctx = &self.ctx;
        let data = &self.map.data;
        for s in &self.frame.strands {
            let tie = data.tie(s.tie);
            let style = domain_style(s.domain.index());
            let selected = self.selection == Some(Selection::Tie(s.tie));
            let c = s.on_screen(&self.view);
            ctx.set_global_alpha(self.alpha(self.focus.ties[s.tie.index()]));
            ctx.set_stroke_style_str(style.color);
            ctx.set_line_width(if selected { 4.0 } else { 2.2 });
            let _ = ctx.set_line_dash(&dash(style.dash));
            ctx.begin_path();
            ctx.move_to(c.from.0, c.from.1);
            ctx.quadratic_curve_to(c.control.0, c.control.1, c.to.0, c.to.1);
            ctx.stroke();
            if tie.stance == Stance::Rivalry {
                let _ = ctx.set_line_dash(&dash(&[]));
                ctx.set_line_width(1.6);
                ctx.begin_path();
                for t in c.marks(RIVALRY_TICK_GAP) {
                    let (p, n) = (c.point(t), c.normal(t));
                    ctx.move_to(p.0 - n.0 * 4.5, p.1 - n.1 * 4.5);
                    ctx.line_to(p.0 + n.0 * 4.5, p.1 + n.1 * 4.5);
                }
                ctx.stroke();
            }
        }
        let _ = ctx.set_line_dash(&dash(&[]));
        ctx.set_global_alpha(1.0);
    }

    fn paint_hubs(&self) {
        let ctx = &self.ctx;
        let data = &self.map.data;
        for (t, p) in &self.frame.hubs {
            let tie = data.tie(*t);
            let (x, y) = self.view.to_screen(*p);
            let lit = self.focus.ties[t.index()];
            let selected = self.selection == Some(Selection::Tie(*t));
            ctx.set_global_alpha(self.alpha(lit));
            let r = if selected {
                HUB_RADIUS + 2.0
            } else {
                HUB_RADIUS
            };
            ctx.begin_path();
            ctx.move_to(x, y - r);
            ctx.line_to(x + r, y);
            ctx.line_to(x, y + r);
            ctx.line_to(x - r, y);
            ctx.close_path();
            ctx.set_fill_style_str(if tie.stance == Stance::Rivalry {
                "#fde2e2"
            } else {
                HALO
            });
            ctx.fill();
            ctx.set_stroke_style_str(INK);
            ctx.set_line_width(if selected { 2.5 } else { 1.5 });
            ctx.stroke();
        }
        ctx.set_global_alpha(1.0);
    }

    fn paint_states(&self) {
        let ctx = &self.ctx;
        for i in 0..self.map.data.states.len() {
            let (x, y) = self.view.to_screen(self.map.layout.states[i]);
            let r = self.map.radius[i];
            let active = self.frame.active[i];
            let selected = self.selection == Some(Selection::State(StateIx(i as u32)));
            ctx.set_global_alpha(self.alpha(self.focus.states[i]));
            ctx.begin_path();
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            ctx.set_fill_style_str(if active { INK } else { "#e2e8f0" });
            ctx.fill();
            ctx.set_line_width(if active { 2.0 } else { 1.5 });
            ctx.set_stroke_style_str(if active { HALO } else { FADED });
            ctx.stroke();
            if selected {
                ctx.begin_path();
                let _ = ctx.arc(x, y, r + 4.0, 0.0, std::f64::consts::TAU);
                ctx.set_line_width(2.5);
                ctx.set_stroke_style_str("#b45309");
                ctx.stroke();
            }
        }
        ctx.set_global_alpha(1.0);
    }

    /// Labels of states, then of hubs, placed so that none covers another or a marker:
    /// the selection and its partners first, then states in force by size, then the rest.
    fn paint_labels(&self) {
        let map = &self.map;
        let selected = |i: usize| self.selection == Some(Selection::State(StateIx(i as u32)));
        let mut order: Vec<usize> = (0..map.data.states.len()).collect();
        order.sort_by(|&a, &b| {
            let key = |i: usize| {
                (
                    selected(i),
                    self.focus.any && self.focus.states[i],
                    self.frame.active[i],
                )
            };
            key(b)
                .cmp(&key(a))
                .then(map.radius[b].total_cmp(&map.radius[a]))
                .then(a.cmp(&b))
        });
        let mut wanted: Vec<Wanted> = order
            .iter()
            .map(|&i| Wanted {
                at: self.view.to_screen(map.layout.states[i]),
                radius: map.radius[i],
                width: self.state_label_w[i],
                height: LABEL_HEIGHT,
            })
            .collect();
        // Hub labels only where they are asked for: the ties in focus, or when zoomed in.
        let zoomed = self.view.scale >= HUB_LABEL_SCALE;
        let hubs: Vec<_> = self
            .frame
            .hubs
            .iter()
            .filter(|(t, _)| {
                if self.focus.any {
                    self.focus.ties[t.index()]
                } else {
                    zoomed
                }
            })
            .collect();
        wanted.extend(hubs.iter().map(|(t, p)| Wanted {
            at: self.view.to_screen(*p),
            radius: HUB_RADIUS,
            width: self.hub_label_w[t.index()],
            height: LABEL_HEIGHT,
        }));
        let mut markers: Vec<Rect> = (0..map.data.states.len())
            .map(|i| marker_box(self.view.to_screen(map.layout.states[i]), map.radius[i]))
            .collect();
        markers.extend(
            self.frame
                .hubs
                .iter()
                .map(|(_, p)| marker_box(self.view.to_screen(*p), HUB_RADIUS)),
        );
        let area = Rect {
            x: 0.0,
            y: 0.0,
            w: self.size.0,
            h: self.size.1,
        };
        let placed = place(&wanted, &markers, area);

        let ctx = &self.ctx;
        ctx.set_text_align("left");
        ctx.set_text_baseline("top");
        ctx.set_font(LABEL_FONT);
        for (k, &i) in order.iter().enumerate() {
            let Some(b) = placed[k] else { continue };
            ctx.set_global_alpha(self.alpha(self.focus.states[i]));
            let color = if self.frame.active[i] { INK } else { "#64748b" };
            label(ctx, &map.data.states[i].name, b.x, b.y + 1.0, color);
        }
        ctx.set_font(HUB_FONT);
        for (k, (t, _)) in hubs.iter().enumerate() {
            let Some(b) = placed[order.len() + k] else {
                continue;
            };
            ctx.set_global_alpha(1.0);
            label(
                ctx,
                &short(&map.data.tie(*t).title),
                b.x,
                b.y + 2.0,
                "#475569",
            );
        }
        ctx.set_global_alpha(1.0);
    }

    /// Keeps each state's invisible button over its marker, so the map can be reached by
    /// keyboard and assistive technology, and found by tests where a person would click.
    fn place_proxies(&self) {
        let buttons = self.proxies.children();
        for i in 0..buttons.length() {
            let Some(button) = buttons.item(i) else {
                continue;
            };
            let Some(&p) = self.map.layout.states.get(i as usize) else {
                continue;
            };
            let (x, y) = self.view.to_screen(p);
            let r = self.map.radius[i as usize] + 3.0;
            let style = format!(
                "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                x - r,
                y - r,
                2.0 * r,
                2.0 * r
            );
            let _ = button.set_attribute("style", &style);
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

fn dash(pattern: &[f64]) -> JsValue {
    pattern
        .iter()
        .map(|d| JsValue::from_f64(*d))
        .collect::<js_sys::Array>()
        .into()
}

/// Text with a white halo, readable over lines.
fn label(ctx: &CanvasRenderingContext2d, text: &str, x: f64, y: f64, color: &str) {
    ctx.set_line_join("round");
    ctx.set_line_width(4.0);
    ctx.set_stroke_style_str(HALO);
    let _ = ctx.stroke_text(text, x, y);
    ctx.set_fill_style_str(color);
    let _ = ctx.fill_text(text, x, y);
}

/// A title cut to a label's length.
fn short(title: &str) -> String {
    const MAX: usize = 34;
    if title.chars().count() <= MAX {
        title.to_string()
    } else {
        let cut: String = title.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
