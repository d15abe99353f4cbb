//! The map's surface: the painter with everything a picture depends on (the frame, the
//! selection and what the pointer rests on, the camera, the bodies' places and pins, the
//! theme), the gestures in progress and the layout while it settles. Its one
//! animation-frame callback (in [`frames`]) applies the commands sent through the
//! [`MapLink`] and repaints.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use web_sys::HtmlElement;
use yew::Callback;

use super::link::MapLink;

mod frames;
use crate::layout::placement::Placement;
use crate::layout::simulation::Simulation;
use crate::model::view_state::Selection;
use crate::scene::camera::Camera;
use crate::scene::display::reach::Lettering;
use crate::scene::display::{self, DisplayList, Emphasis, View};
use crate::scene::frame::Frame;
use crate::scene::framing::Framing;
use crate::scene::gesture::Gestures;
use crate::scene::hit::{describe, hit, Hit};
use crate::scene::map_data::MapData;
use crate::scene::theme::Theme;
use crate::ui::painter::Painter;
pub(super) use frames::{cancel_paint, request_paint, start};

/// What the map tells the page.
#[derive(Clone)]
pub(super) struct Told {
    pub(super) on_select: Callback<Option<Selection>>,
    /// Whether any state is pinned, after each press.
    pub(super) on_pinned: Callback<bool>,
    /// Told what the view frames after it moves.
    pub(super) on_view: Callback<Framing>,
}

pub(super) struct Surface {
    pub(super) painter: Painter,
    pub(super) map: Rc<MapData>,
    frame: Rc<Frame>,
    hover: Option<Hit>,
    emphasis: Emphasis,
    pub(super) camera: Camera,
    pub(super) placement: Placement,
    /// The theme of the screen, unless the page is being printed.
    pub(super) theme: Theme,
    pub(super) printing: bool,
    pub(super) tip: Option<HtmlElement>,
    pub(super) gestures: Gestures,
    pub(super) told: Told,
    pub(super) link: MapLink,
    pending: Option<i32>,
    repaint: Option<Closure<dyn FnMut(f64)>>,
    /// The layout while it settles, a slice of ticks per animation frame.
    pub(super) settling: Option<Simulation>,
}

/// Time a frame may spend on layout ticks while the map settles, in milliseconds: enough
/// to settle a small map before its first paint, little enough to keep the page responsive.
const SETTLE_BUDGET_MS: f64 = 8.0;

pub(super) fn now() -> f64 {
    gloo::utils::window()
        .performance()
        .map(|p| p.now())
        .unwrap_or(0.0)
}

impl Surface {
    pub(super) fn new(
        painter: Painter,
        map: Rc<MapData>,
        frame: Rc<Frame>,
        camera: Camera,
        told: Told,
        link: MapLink,
    ) -> Surface {
        let emphasis = Emphasis::of(&map, &frame, None, None);
        Surface {
            painter,
            placement: Placement::new(&map.layout.bodies),
            settling: (!map.settled).then(|| crate::layout::map::simulation(&map.data)),
            map,
            frame,
            hover: None,
            emphasis,
            camera,
            theme: Theme::LIGHT,
            printing: false,
            tip: None,
            gestures: Gestures::default(),
            told,
            link,
            pending: None,
            repaint: None,
        }
    }

    pub(super) fn frame(&self) -> &Frame {
        &self.frame
    }

    pub(super) fn selection(&self) -> Option<Selection> {
        self.emphasis.selection
    }

    pub(super) fn set_frame(&mut self, frame: Rc<Frame>, selection: Option<Selection>) {
        self.frame = frame;
        self.emphasis = Emphasis::of(&self.map, &self.frame, selection, self.hover);
    }

    /// Sets what the pointer rests on (`at`, in pixels) and names it in the tooltip.
    /// Returns whether a repaint is needed.
    pub(super) fn set_hover(&mut self, hover: Option<Hit>, at: (f64, f64)) -> bool {
        if let Some(tip) = &self.tip {
            let text = hover.map(|h| describe(&self.map.data, &self.frame, h));
            super::tip::show(tip, text, at);
        }
        if hover == self.hover {
            return false;
        }
        self.hover = hover;
        self.emphasis = Emphasis::of(&self.map, &self.frame, self.selection(), hover);
        true
    }

    pub(super) fn hit(&self, at: (f64, f64)) -> Option<Hit> {
        let view = self.camera.view();
        hit(
            &self.frame,
            self.placement.bodies(),
            &self.map.radius,
            &view,
            at,
        )
    }

    fn view(&self) -> View<'_> {
        View {
            map: &self.map,
            frame: &self.frame,
            emphasis: &self.emphasis,
            bodies: self.placement.bodies(),
            camera: self.camera.view(),
            size: self.camera.size(),
            theme: if self.printing {
                Theme::PRINT
            } else {
                self.theme
            },
        }
    }

    /// The map as drawn now, as a picture that stands alone; `when` names the date.
    pub(super) fn picture(&self, when: &str) -> DisplayList {
        display::picture(&self.view(), when, self.painter.measure())
    }

    /// Draws the map as it is now.
    pub(super) fn paint(&mut self) {
        let list = display::on_screen(&self.view(), self.painter.measure());
        let data = &self.map.data;
        let ties: Vec<&str> = self
            .frame
            .ties
            .iter()
            .map(|t| data.tie(*t).id.as_str())
            .collect();
        let view = self.camera.view();
        let (bodies, radius) = (self.placement.bodies(), &self.map.radius);
        self.painter
            .paint(&list, bodies, radius, &view, ties.join(" "));
    }

    /// Runs layout ticks for up to [`SETTLE_BUDGET_MS`] and moves the bodies. Returns
    /// whether the layout is still settling.
    fn settle(&mut self) -> bool {
        let Some(sim) = self.settling.as_mut() else {
            return false;
        };
        let start = now();
        // With reduced motion the layout settles before it is first shown.
        let budget = if self.camera.reduced_motion() {
            f64::INFINITY
        } else {
            SETTLE_BUDGET_MS
        };
        while !sim.settled() && now() - start < budget {
            sim.tick();
        }
        self.placement.follow(sim);
        self.camera.follow(self.placement.bodies());
        if sim.settled() {
            self.settling = None;
        }
        self.settling.is_some()
    }

    /// Applies the commands sent since the last frame; returns the view to report, if any
    /// command came.
    fn run_commands(&mut self) -> Option<Framing> {
        // Until the map has a size there is no view to move: the commands wait for it.
        let (w, h) = self.camera.size();
        if w <= 0.0 || h <= 0.0 {
            return None;
        }
        let commands = self.link.take();
        let mut seen = None;
        for c in &commands {
            let (bodies, measure) = (self.placement.bodies(), self.painter.measure());
            let letters = Lettering {
                measure,
                font: self.theme.state_font,
            };
            seen = Some(c.apply(
                &mut self.camera,
                &self.map,
                &self.frame,
                bodies,
                letters,
                now(),
            ));
        }
        seen
    }
}

pub(super) type Shared = Rc<RefCell<Option<Surface>>>;
