//! Which state or tie lies under a point of the screen. Markers and line widths keep their
//! size in pixels whatever the zoom, so hits are measured in screen pixels.

use super::frame::Frame;
use super::view::Viewport;
use crate::model::dataset::{StateIx, TieIx};
use crate::model::words::plural;

/// What a pointer landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    State(StateIx),
    Tie(TieIx),
}

/// Radius in pixels of a framework hub's marker.
pub const HUB_RADIUS: f64 = 6.0;
/// How far from a line, in pixels, a pointer still hits it.
pub const LINE_SLACK: f64 = 5.0;
/// Segments used to measure distance to a curved strand.
const CURVE_STEPS: usize = 12;

/// Radius in pixels of a state's marker, growing gently with its number of ties, and
/// shrinking on maps of many states (`states`) so that markers do not bury each other.
pub fn marker_radius(tie_count: usize, states: usize) -> f64 {
    let density = (200.0 / states.max(1) as f64).sqrt().clamp(0.35, 1.0);
    (4.0 + 1.6 * (tie_count as f64).sqrt()).min(12.0) * density
}

fn dist2(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)
}

fn segment_dist2(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    dist2(p, (a.0 + t * dx, a.1 + t * dy))
}

/// The state, hub or strand nearest to `at` (screen pixels) within reach. States come
/// first, then hubs, then lines, so that a marker is never hidden by a line crossing it.
///
/// `bodies` are the layout positions of states and hubs (states first), and `radius` the
/// states' marker radii (pixels).
pub fn hit(
    frame: &Frame,
    bodies: &[(f64, f64)],
    radius: &[f64],
    view: &Viewport,
    at: (f64, f64),
) -> Option<Hit> {
    let nearest_state = bodies[..radius.len()]
        .iter()
        .enumerate()
        .map(|(i, p)| (i, dist2(view.to_screen(*p), at)))
        .filter(|(i, d2)| *d2 <= (radius[*i] + 3.0).powi(2))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((i, _)) = nearest_state {
        return Some(Hit::State(StateIx(i as u32)));
    }
    let hub = frame
        .hubs
        .iter()
        .map(|(t, b, _)| (*t, dist2(view.to_screen(bodies[*b as usize]), at)))
        .filter(|(_, d2)| *d2 <= (HUB_RADIUS + 3.0).powi(2))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((t, _)) = hub {
        return Some(Hit::Tie(t));
    }
    let mut best: Option<(TieIx, f64)> = None;
    for s in &frame.strands {
        let curve = s.on_screen(view, bodies);
        let mut prev = curve.from;
        for k in 1..=CURVE_STEPS {
            let next = curve.point(k as f64 / CURVE_STEPS as f64);
            let d2 = segment_dist2(at, prev, next);
            if d2 <= LINE_SLACK * LINE_SLACK && best.is_none_or(|(_, b)| d2 < b) {
                best = Some((s.tie, d2));
            }
            prev = next;
        }
    }
    best.map(|(t, _)| Hit::Tie(t))
}

/// What a tooltip says of a hit: a state's name and how many ties drawn join it, or a
/// tie's title on the date it is drawn for, and its period.
pub fn describe(data: &crate::model::dataset::Dataset, frame: &Frame, hit: Hit) -> String {
    match hit {
        Hit::State(s) => {
            let count = frame.shown[s.index()];
            format!(
                "{} · {}",
                data.state(s).name,
                plural(count as usize, "tie", "ties")
            )
        }
        Hit::Tie(t) => {
            let tie = data.tie(t);
            let title = data.title_on(tie, frame.drawn_on(tie));
            format!("{title} · {}", tie.period_in_words())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset::DomainIx;
    use crate::scene::frame::{Change, Strand};

    fn frame() -> Frame {
        let strand = |tie, bend| Strand {
            tie: TieIx(tie),
            domain: DomainIx(0),
            from: 0,
            to: 1,
            bend,
            change: Change::Same,
        };
        Frame {
            strands: vec![strand(0, -4.0), strand(1, 4.0)],
            hubs: vec![(TieIx(2), 2, Change::Same)],
            active: vec![true, true],
            ties: vec![TieIx(0), TieIx(1), TieIx(2)],
            ..Frame::default()
        }
    }

    #[test]
    fn states_then_hubs_then_the_nearest_strand() {
        let states = [(0.0, 0.0), (100.0, 0.0), (50.0, 80.0)];
        let radius = [6.0, 6.0];
        let view = Viewport {
            scale: 2.0,
            tx: 10.0,
            ty: 10.0,
        };
        let f = frame();
        assert_eq!(
            hit(&f, &states, &radius, &view, (12.0, 13.0)),
            Some(Hit::State(StateIx(0)))
        );
        assert_eq!(
            hit(&f, &states, &radius, &view, (210.0, 10.0)),
            Some(Hit::State(StateIx(1)))
        );
        assert_eq!(
            hit(&f, &states, &radius, &view, (110.0, 170.0)),
            Some(Hit::Tie(TieIx(2)))
        );
        // Strand 0 bows 4 px to -y at its middle, strand 1 to +y.
        assert_eq!(
            hit(&f, &states, &radius, &view, (110.0, 2.0)),
            Some(Hit::Tie(TieIx(0)))
        );
        assert_eq!(
            hit(&f, &states, &radius, &view, (110.0, 18.0)),
            Some(Hit::Tie(TieIx(1)))
        );
        assert_eq!(hit(&f, &states, &radius, &view, (110.0, 60.0)), None);
    }

    #[test]
    fn markers_grow_with_ties_but_stay_small() {
        assert!(marker_radius(1, 30) < marker_radius(9, 30));
        assert_eq!(marker_radius(10_000, 30), 12.0);
        assert_eq!(marker_radius(10_000, 800), 6.0);
        assert!((marker_radius(16, 20_000) - 3.64).abs() < 1e-12);
    }

    #[test]
    fn a_tooltip_counts_one_tie_in_the_singular() {
        let data = crate::model::parse::parse(
            "minimal.json",
            include_str!("../../tests/fixtures/minimal.json"),
        )
        .expect("the minimal fixture loads");
        let frame = Frame {
            shown: vec![1, 2, 0],
            ..frame()
        };
        let said = |s| describe(&data, &frame, Hit::State(StateIx(s)));
        assert_eq!(said(0), "Aland · 1 tie");
        assert_eq!(said(1), "Bland · 2 ties");
        assert_eq!(said(2), "Cland · 0 ties");
    }
}
