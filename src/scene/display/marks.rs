//! The map's marks: lines per tie and domain in batches by look (with cross ticks for
//! rivalry), a diamond per framework hub, a disc per state, and the ring around the
//! selected state. Dimming, the selection and the comparison's styles are decided here.

use super::{Item, Paint, Shape, Stroke, Tag, Ticks, View};
use crate::model::dataset::{Stance, StateIx};
use crate::model::view_state::Selection;
use crate::scene::batches::line_width;
use crate::scene::frame::Change;
use crate::scene::hit::HUB_RADIUS;
use crate::scene::style::{domain_style, strand_look, RIVALRY_TICK_GAP};
use crate::scene::theme::Token;
use crate::scene::view::Viewport;

/// Up to this many states, markers get an outline: on maps of more it is lost, and costly.
pub const OUTLINED_STATES: usize = 400;
/// The opacity of the marker of a state that does not exist on the date.
pub const ABSENT_ALPHA: f64 = 0.25;
/// Half the length of a rivalry's cross tick, in pixels.
const TICK_HALF: f64 = 4.5;

/// One stroke per batch of strands that look alike, then its rivalry ticks.
pub(super) fn strands(view: &View, camera: &Viewport, out: &mut Vec<Item>) {
    let frame = view.frame;
    let width = line_width(frame.strands.len());
    for batch in &view.emphasis.batches {
        let look = batch.look;
        let style = domain_style(&view.map.data.domains, look.domain.index());
        let (color, alpha, extra) = strand_look(style, frame.comparing, look.change);
        let paint = Paint {
            color,
            alpha: view.theme.line_alpha(view.alpha(look.lit) * alpha),
        };
        let curves: Vec<(Tag, Shape)> = batch
            .strands
            .iter()
            .map(|&k| {
                let s = &frame.strands[k as usize];
                (
                    Tag::Tie(s.tie),
                    Shape::Curve(s.on_screen(camera, view.bodies)),
                )
            })
            .collect();
        let ticks = look.rivalry.then_some(Ticks {
            stroke: Stroke {
                paint,
                width: width * 0.75,
                dash: &[],
            },
            gap: RIVALRY_TICK_GAP,
            half: TICK_HALF,
        });
        out.push(Item::Stroke {
            stroke: Stroke {
                paint,
                width: if look.selected {
                    width + 2.0
                } else {
                    width + extra
                },
                dash: style.dash,
            },
            shapes: curves,
            ticks,
        });
    }
}

/// A diamond per framework hub drawn: pale red for a rivalry, grey outline when ended.
pub(super) fn hubs(view: &View, camera: &Viewport, out: &mut Vec<Item>) {
    let data = &view.map.data;
    for (t, body, change) in &view.frame.hubs {
        let selected = view.emphasis.selection == Some(Selection::Tie(*t));
        let alpha = view.alpha(view.emphasis.focus.ties[t.index()]);
        let fill = if data.tie(*t).stance == Stance::Rivalry {
            Token::RivalryHub
        } else {
            Token::Paper
        };
        let outline = if *change == Change::Ended {
            Token::Ended
        } else {
            Token::Ink
        };
        let r = if selected {
            HUB_RADIUS + 2.0
        } else {
            HUB_RADIUS
        };
        out.push(Item::Fill {
            paint: Paint { color: fill, alpha },
            outline: Some(Stroke {
                paint: Paint {
                    color: outline,
                    alpha,
                },
                width: if selected { 2.5 } else { 1.5 },
                dash: &[],
            }),
            shapes: vec![(
                Tag::Hub(*t),
                Shape::Diamond {
                    at: camera.to_screen(view.bodies[*body as usize]),
                    r,
                },
            )],
        });
    }
}

/// The states that do not exist on the date, faded, underneath; then the others in four
/// passes (in force or not, in focus or not); then the ring around the selected state.
pub(super) fn states(view: &View, camera: &Viewport, out: &mut Vec<Item>) {
    let frame = view.frame;
    let focus = &view.emphasis.focus;
    discs(view, camera, |i| !frame.exists[i], false, ABSENT_ALPHA, out);
    for (active, lit) in [(false, false), (false, true), (true, false), (true, true)] {
        let which = |i: usize| {
            frame.exists[i]
                && frame.active[i] == active
                && (view.alpha(focus.states[i]) == 1.0) == lit
        };
        discs(view, camera, which, active, view.alpha(lit), out);
    }
    if let Some(Selection::State(StateIx(s))) = view.emphasis.selection {
        out.push(Item::Stroke {
            stroke: Stroke {
                paint: Paint::solid(Token::Ring),
                width: 2.5,
                dash: &[],
            },
            shapes: vec![(
                Tag::State(StateIx(s)),
                Shape::Circle {
                    at: camera.to_screen(view.bodies[s as usize]),
                    r: view.map.radius[s as usize] + 4.0,
                },
            )],
            ticks: None,
        });
    }
}

/// The discs of the states `which` picks, as one item, drawn as in force or not.
fn discs(
    view: &View,
    camera: &Viewport,
    which: impl Fn(usize) -> bool,
    active: bool,
    alpha: f64,
    out: &mut Vec<Item>,
) {
    let n = view.map.data.states.len();
    let shapes: Vec<(Tag, Shape)> = (0..n)
        .filter(|&i| which(i))
        .map(|i| {
            let at = camera.to_screen(view.bodies[i]);
            let r = view.map.radius[i];
            (Tag::State(StateIx(i as u32)), Shape::Circle { at, r })
        })
        .collect();
    if shapes.is_empty() {
        return;
    }
    let outline = (n <= OUTLINED_STATES).then_some(Stroke {
        paint: Paint {
            color: if active {
                Token::Paper
            } else {
                Token::FadedStroke
            },
            alpha,
        },
        width: if active { 2.0 } else { 1.5 },
        dash: &[],
    });
    out.push(Item::Fill {
        paint: Paint {
            color: if active { Token::Ink } else { Token::FadedFill },
            alpha,
        },
        outline,
        shapes,
    });
}
