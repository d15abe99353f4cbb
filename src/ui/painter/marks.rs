//! The painter's marks: lines per tie and domain (with cross ticks for rivalry), a diamond
//! per framework hub, a disc per state. Lines are stroked a batch at a time, discs a kind at
//! a time: a few canvas calls per frame, however many ties there are.

use super::Painter;
use crate::model::dataset::{Stance, StateIx};
use crate::model::view_state::Selection;
use crate::scene::batches::line_width;
use crate::scene::frame::Change;
use crate::scene::hit::HUB_RADIUS;
use crate::scene::style::{domain_style, strand_look, ENDED, RIVALRY_TICK_GAP};

const TAU: f64 = std::f64::consts::TAU;
/// Up to this many states, markers get an outline.
const OUTLINED_STATES: usize = 400;
/// The opacity of the marker of a state that does not exist on the date.
const ABSENT_ALPHA: f64 = 0.25;

impl Painter {
    pub(super) fn paint_strands(&self) {
        let ctx = &self.ctx;
        let width = line_width(self.frame.strands.len());
        for batch in &self.batches {
            let look = batch.look;
            let style = domain_style(look.domain.index());
            let (color, alpha, extra) =
                strand_look(look.domain.index(), self.frame.comparing, look.change);
            ctx.set_global_alpha(self.alpha(look.lit) * alpha);
            ctx.set_stroke_style_str(color);
            ctx.set_line_width(if look.selected {
                width + 2.0
            } else {
                width + extra
            });
            ctx.begin_path();
            for &k in &batch.strands {
                let c = self.frame.strands[k as usize].on_screen(&self.view, &self.bodies);
                if !style.dash.is_empty() {
                    c.dash(style.dash, |a, b| {
                        ctx.move_to(a.0, a.1);
                        ctx.line_to(b.0, b.1);
                    });
                } else if c.is_straight() {
                    ctx.move_to(c.from.0, c.from.1);
                    ctx.line_to(c.to.0, c.to.1);
                } else {
                    ctx.move_to(c.from.0, c.from.1);
                    ctx.quadratic_curve_to(c.control.0, c.control.1, c.to.0, c.to.1);
                }
            }
            ctx.stroke();
            if look.rivalry {
                ctx.set_line_width(width * 0.75);
                ctx.begin_path();
                for &k in &batch.strands {
                    let c = self.frame.strands[k as usize].on_screen(&self.view, &self.bodies);
                    for t in c.marks(RIVALRY_TICK_GAP) {
                        let (p, n) = (c.point(t), c.normal(t));
                        ctx.move_to(p.0 - n.0 * 4.5, p.1 - n.1 * 4.5);
                        ctx.line_to(p.0 + n.0 * 4.5, p.1 + n.1 * 4.5);
                    }
                }
                ctx.stroke();
            }
        }
        ctx.set_global_alpha(1.0);
    }

    pub(super) fn paint_hubs(&self) {
        let ctx = &self.ctx;
        let data = &self.map.data;
        for (t, body, change) in &self.frame.hubs {
            let tie = data.tie(*t);
            let (x, y) = self.view.to_screen(self.bodies[*body as usize]);
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
                self.palette.rivalry_hub
            } else {
                self.palette.halo
            });
            ctx.fill();
            ctx.set_stroke_style_str(if *change == Change::Ended {
                ENDED
            } else {
                self.palette.ink
            });
            ctx.set_line_width(if selected { 2.5 } else { 1.5 });
            ctx.stroke();
        }
        ctx.set_global_alpha(1.0);
    }

    /// The states that do not exist on the date, faded, underneath; then the others in four
    /// passes (in force or not, in focus or not), each one path. On maps of many states the
    /// white outline is left out: it is lost at that size, and costly.
    pub(super) fn paint_states(&self) {
        let ctx = &self.ctx;
        let frame = &self.frame;
        self.paint_discs(|i| !frame.exists[i], false, ABSENT_ALPHA);
        for (active, lit) in [(false, false), (false, true), (true, false), (true, true)] {
            self.paint_discs(
                |i| {
                    frame.exists[i]
                        && frame.active[i] == active
                        && (self.alpha(self.focus.states[i]) == 1.0) == lit
                },
                active,
                self.alpha(lit),
            );
        }
        if let Some(Selection::State(StateIx(s))) = self.selection {
            let (x, y) = self.view.to_screen(self.bodies[s as usize]);
            ctx.set_global_alpha(1.0);
            ctx.begin_path();
            let _ = ctx.arc(x, y, self.map.radius[s as usize] + 4.0, 0.0, TAU);
            ctx.set_line_width(2.5);
            ctx.set_stroke_style_str(self.palette.ring);
            ctx.stroke();
        }
        ctx.set_global_alpha(1.0);
    }

    /// The discs of the states `which` picks, as one path, drawn as in force or not.
    fn paint_discs(&self, which: impl Fn(usize) -> bool, active: bool, alpha: f64) {
        let ctx = &self.ctx;
        let n = self.map.data.states.len();
        ctx.begin_path();
        let mut any = false;
        for i in (0..n).filter(|&i| which(i)) {
            let (x, y) = self.view.to_screen(self.bodies[i]);
            let r = self.map.radius[i];
            ctx.move_to(x + r, y);
            let _ = ctx.arc(x, y, r, 0.0, TAU);
            any = true;
        }
        if !any {
            return;
        }
        ctx.set_global_alpha(alpha);
        let p = self.palette;
        ctx.set_fill_style_str(if active { p.ink } else { p.faded_fill });
        ctx.fill();
        if n <= OUTLINED_STATES {
            ctx.set_line_width(if active { 2.0 } else { 1.5 });
            ctx.set_stroke_style_str(if active { p.halo } else { p.faded_stroke });
            ctx.stroke();
        }
    }
}
