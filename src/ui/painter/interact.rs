//! What the reader does to the painted map directly: resting the pointer on something
//! (which brings it forward and names it in a tooltip), dragging a state to pin it, and
//! zooming to the selection.

use super::Painter;
use crate::model::view_state::Selection;
use crate::scene::hit::Hit;
use crate::scene::view::{Bounds, Viewport};

/// The closest zoom that bringing a selection into view goes to.
const SELECTION_SCALE: f64 = 2.0;

impl Painter {
    /// Sets what the pointer rests on (`at`, in pixels). Returns whether a repaint is needed.
    pub fn set_hover(&mut self, hover: Option<Hit>, at: (f64, f64)) -> bool {
        self.show_tip(hover, at);
        if hover == self.hover {
            return false;
        }
        self.hover = hover;
        self.refocus();
        true
    }

    /// Lets the tooltip element name what the pointer rests on.
    pub fn set_tip(&mut self, tip: web_sys::HtmlElement) {
        self.tip = Some(tip);
    }

    fn show_tip(&self, hover: Option<Hit>, at: (f64, f64)) {
        let Some(tip) = &self.tip else { return };
        let data = &self.map.data;
        let text = match hover {
            None => {
                let _ = tip.set_attribute("hidden", "");
                return;
            }
            Some(Hit::State(s)) => {
                let count = self
                    .frame
                    .ties
                    .iter()
                    .filter(|t| self.frame.members_drawn(data.tie(**t)).any(|m| m == s))
                    .count();
                format!(
                    "{} · {count} tie{}",
                    data.state(s).name,
                    if count == 1 { "" } else { "s" }
                )
            }
            Some(Hit::Tie(t)) => {
                let tie = data.tie(t);
                format!("{} · {}", tie.title, tie.period_in_words())
            }
        };
        tip.set_text_content(Some(&text));
        let _ = tip.remove_attribute("hidden");
        // Through the style object, which a strict Content-Security-Policy allows.
        let style = tip.style();
        let _ = style.set_property("left", &format!("{:.0}px", at.0 + 14.0));
        let _ = style.set_property("top", &format!("{:.0}px", at.1 + 14.0));
    }

    /// Takes a selection at once (before the view state brings it), to act on it now.
    pub fn select_now(&mut self, selection: Option<Selection>) {
        self.selection = selection;
        self.refocus();
    }

    /// Moves body `body` under the screen point `at` and pins it there.
    pub fn drag_to(&mut self, body: u32, at: (f64, f64)) {
        let b = body as usize;
        if b < self.bodies.len() {
            self.bodies[b] = self.view.to_world(at);
            self.pinned[b] = true;
        }
    }

    pub fn any_pinned(&self) -> bool {
        self.pinned.iter().any(|p| *p)
    }

    /// Returns every dragged body to where the layout put it.
    pub fn unpin_all(&mut self) {
        for i in 0..self.bodies.len() {
            if self.pinned[i] {
                self.bodies[i] = self.home[i];
                self.pinned[i] = false;
            }
        }
    }

    /// The view as drawn now, as an SVG image; `when` names the date.
    pub fn picture(&self, when: String) -> crate::export::svg::Image {
        let pic = crate::export::svg::Picture {
            map: &self.map,
            frame: &self.frame,
            bodies: &self.bodies,
            view: self.view,
            size: self.size,
            when,
        };
        crate::export::svg::svg(&pic)
    }

    /// The state an arrow key moves to: from the selected state (or a selected tie's first
    /// member) to the partner that way, else to any state shown that way; with nothing
    /// selected, the state in force nearest the middle of the map.
    pub fn key_step(
        &self,
        dir: crate::scene::keys::Direction,
    ) -> Option<crate::model::dataset::StateIx> {
        use crate::model::dataset::StateIx;
        use crate::scene::keys::step;
        let data = &self.map.data;
        let n = data.states.len();
        let from = match self.selection {
            Some(Selection::State(s)) => s.index(),
            Some(Selection::Tie(t)) => {
                let tie = data.tie(t);
                tie.members_to_show(self.frame.drawn_on(tie))[0].index()
            }
            None => {
                let (x, y, _) = self.centre();
                return (0..n)
                    .filter(|&i| self.frame.active[i])
                    .min_by(|&a, &b| {
                        let d = |i: usize| {
                            (self.bodies[i].0 - x).powi(2) + (self.bodies[i].1 - y).powi(2)
                        };
                        d(a).total_cmp(&d(b))
                    })
                    .map(|i| StateIx(i as u32));
            }
        };
        let partners: Vec<usize> = self
            .frame
            .ties
            .iter()
            .map(|t| data.tie(*t))
            .filter(|t| self.frame.members_drawn(t).any(|m| m.index() == from))
            .flat_map(|t| self.frame.members_drawn(t).map(|m| m.index()))
            .collect();
        step(&self.bodies, from, dir, partners)
            .or_else(|| {
                step(
                    &self.bodies,
                    from,
                    dir,
                    (0..n).filter(|&i| self.frame.active[i]),
                )
            })
            .or_else(|| step(&self.bodies, from, dir, 0..n))
            .map(|i| StateIx(i as u32))
    }

    /// The layout point at the middle of the map, and the zoom: what a link records.
    pub fn centre(&self) -> (f64, f64, f64) {
        // While gliding, where the view is going.
        let view = self.glide.map(|g| g.1).unwrap_or(self.view);
        let (x, y) = view.to_world((self.size.0 / 2.0, self.size.1 / 2.0));
        (x, y, view.scale)
    }

    /// Puts the layout point `(x, y)` in the middle of the map at zoom `scale`.
    pub fn set_centre(&mut self, (x, y, scale): (f64, f64, f64)) {
        self.glide = None;
        let scale = scale.clamp(crate::scene::view::MIN_SCALE, crate::scene::view::MAX_SCALE);
        self.view = Viewport {
            scale,
            tx: self.size.0 / 2.0 - x * scale,
            ty: self.size.1 / 2.0 - y * scale,
        };
        self.moved_by_reader = true;
    }

    /// Zooms so that the selection (a state with its partners in force, or a tie's members)
    /// fills the view, no closer than [`SELECTION_SCALE`].
    pub fn zoom_to_selection(&mut self) {
        let data = &self.map.data;
        let states: Vec<usize> = match self.selection {
            Some(Selection::State(s)) => {
                let mut v = vec![s.index()];
                for t in &self.frame.ties {
                    let tie = data.tie(*t);
                    if self.frame.members_drawn(tie).any(|m| m == s) {
                        v.extend(self.frame.members_drawn(tie).map(|m| m.index()));
                    }
                }
                v
            }
            Some(Selection::Tie(t)) => {
                let tie = data.tie(t);
                let members = tie.members_to_show(self.frame.drawn_on(tie));
                members.iter().map(|m| m.index()).collect()
            }
            None => return,
        };
        self.zoom_to_states(&states, 1.0);
    }

    /// Zooms so that `states` fill the view, `factor` times closer than fitting them (and no
    /// closer than [`SELECTION_SCALE`] for factor 1). Moves there smoothly unless the reader
    /// prefers reduced motion.
    pub fn zoom_to_states(&mut self, states: &[usize], factor: f64) {
        let Some(bounds) =
            Bounds::around(states.iter().filter_map(|&i| self.bodies.get(i).copied()))
        else {
            return;
        };
        let margin = (self.size.0.min(self.size.1) * 0.12).clamp(30.0, 80.0);
        let width = (self.size.0 - super::ZOOM_BUTTONS_WIDTH).max(self.size.0 * 0.5);
        let fitted = Viewport::fit(bounds, width, self.size.1, margin);
        let scale = (fitted.scale.min(SELECTION_SCALE) * factor)
            .clamp(crate::scene::view::MIN_SCALE, crate::scene::view::MAX_SCALE);
        let centre = (
            (bounds.min.0 + bounds.max.0) / 2.0,
            (bounds.min.1 + bounds.max.1) / 2.0,
        );
        let target = Viewport {
            scale,
            tx: width / 2.0 - centre.0 * scale,
            ty: self.size.1 / 2.0 - centre.1 * scale,
        };
        self.glide_to(target);
    }

    /// Moves the view to `target`: over [`GLIDE_MS`], or at once with reduced motion.
    pub fn glide_to(&mut self, target: Viewport) {
        self.moved_by_reader = true;
        if self.reduced_motion || self.size.0 == 0.0 {
            self.view = target;
            self.glide = None;
        } else {
            self.glide = Some((self.view, target, now()));
        }
    }

    /// Whether the reader asked for reduced motion.
    pub fn reduced_motion(&self) -> bool {
        self.reduced_motion
    }

    /// Stops a glide where it is (the reader took over).
    pub fn stop_glide(&mut self) {
        self.glide = None;
    }

    /// Advances a glide; returns whether it goes on (another frame is wanted).
    pub fn step_glide(&mut self) -> bool {
        let Some((from, to, start)) = self.glide else {
            return false;
        };
        let t = ((now() - start) / GLIDE_MS).clamp(0.0, 1.0);
        let e = t * t * (3.0 - 2.0 * t);
        // Interpolate the zoom geometrically and the centre linearly, for an even glide.
        let scale = from.scale * (to.scale / from.scale).powf(e);
        let (w, h) = (self.size.0 / 2.0, self.size.1 / 2.0);
        let c0 = from.to_world((w, h));
        let c1 = to.to_world((w, h));
        let c = (c0.0 + (c1.0 - c0.0) * e, c0.1 + (c1.1 - c0.1) * e);
        self.view = Viewport {
            scale,
            tx: w - c.0 * scale,
            ty: h - c.1 * scale,
        };
        if t >= 1.0 {
            self.view = to;
            self.glide = None;
        }
        self.glide.is_some()
    }
}

fn now() -> f64 {
    gloo::utils::window()
        .performance()
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// How long a glide to a new view takes.
const GLIDE_MS: f64 = 600.0;
