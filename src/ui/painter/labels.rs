//! The painter's labels: states first, then framework hubs, placed by
//! [`crate::scene::labels::place`] so that none covers another or a marker.

use super::{label, short, Painter, HUB_FONT, HUB_LABEL_SCALE, LABEL_FONT, LABEL_HEIGHT};
use crate::model::dataset::{StateIx, TieIx};
use crate::model::view_state::Selection;
use crate::scene::hit::HUB_RADIUS;
use crate::scene::labels::{marker_box, place_firm, Rect, Wanted};

/// How many of the most important labels may cover a marker when there is no other room:
/// on a dense map the largest states would otherwise go unnamed.
const FIRM_LABELS: usize = 10;

impl Painter {
    /// The width of a hub's label, measured the first time it is asked for.
    fn hub_label_width(&self, t: TieIx) -> f64 {
        let known = &self.hub_label_w[t.index()];
        if known.get().is_nan() {
            let text = short(&self.map.data.tie(t).title);
            self.ctx.set_font(HUB_FONT);
            let width = self.ctx.measure_text(&text).map(|m| m.width());
            known.set(width.unwrap_or(text.chars().count() as f64 * 7.5));
        }
        known.get()
    }

    /// Labels of states, then of hubs, placed so that none covers another or a marker
    /// (the first few, the most important, may cover a marker if they must; markers of states
    /// that do not exist on the date never stop a label):
    /// the selection and its partners first, then states in force by size, then the rest
    /// (states that do not exist on the date get none).
    pub(super) fn paint_labels(&self) {
        let map = &self.map;
        let selected = |i: usize| self.selection == Some(Selection::State(StateIx(i as u32)));
        // A state that does not exist on the date has no label.
        let mut order: Vec<usize> = (0..map.data.states.len())
            .filter(|&i| self.frame.exists[i])
            .collect();
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
                at: self.view.to_screen(self.bodies[i]),
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
            .filter(|(t, _, _)| {
                if self.focus.any {
                    self.focus.ties[t.index()]
                } else {
                    zoomed
                }
            })
            .collect();
        wanted.extend(hubs.iter().map(|(t, p, _)| Wanted {
            at: self.view.to_screen(self.bodies[*p as usize]),
            radius: HUB_RADIUS,
            width: self.hub_label_width(*t),
            height: LABEL_HEIGHT,
        }));
        let mut markers: Vec<Rect> = (0..map.data.states.len())
            .filter(|&i| self.frame.exists[i])
            .map(|i| marker_box(self.view.to_screen(self.bodies[i]), map.radius[i]))
            .collect();
        markers.extend(self.frame.hubs.iter().map(|(_, b, _)| {
            marker_box(self.view.to_screen(self.bodies[*b as usize]), HUB_RADIUS)
        }));
        let area = Rect {
            x: 0.0,
            y: 0.0,
            w: self.size.0,
            h: self.size.1,
        };
        let placed = place_firm(&wanted, &markers, area, FIRM_LABELS);

        let ctx = &self.ctx;
        ctx.set_text_align("left");
        ctx.set_text_baseline("top");
        ctx.set_font(LABEL_FONT);
        for (k, &i) in order.iter().enumerate() {
            let Some(b) = placed[k] else { continue };
            ctx.set_global_alpha(self.alpha(self.focus.states[i]));
            let p = self.palette;
            let color = if self.frame.active[i] {
                p.ink
            } else {
                p.faded_label
            };
            label(ctx, &map.data.states[i].name, b.x, b.y + 1.0, color, p.halo);
        }
        ctx.set_font(HUB_FONT);
        for (k, (t, _, _)) in hubs.iter().enumerate() {
            let Some(b) = placed[order.len() + k] else {
                continue;
            };
            ctx.set_global_alpha(1.0);
            label(
                ctx,
                &short(&map.data.tie(*t).title),
                b.x,
                b.y + 2.0,
                self.palette.hub_label,
                self.palette.halo,
            );
        }
        ctx.set_global_alpha(1.0);
    }
}
