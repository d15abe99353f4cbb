//! The painter's marks: a line per tie and domain (with cross ticks for rivalry), a diamond
//! per framework hub, a disc per state.

use super::{dash, Painter, FADED, HALO, INK};
use crate::model::dataset::{Stance, StateIx};
use crate::model::view_state::Selection;
use crate::scene::hit::HUB_RADIUS;
use crate::scene::style::{domain_style, RIVALRY_TICK_GAP};

impl Painter {
    pub(super) fn paint_strands(&self) {
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

    pub(super) fn paint_hubs(&self) {
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

    pub(super) fn paint_states(&self) {
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
}
