//! How far states move on screen when the slider moves by one step: the map must not
//! reshuffle as the date changes. Reports the mean displacement between neighbouring slider
//! positions (one play step apart) across the default dataset's whole timeline, as a
//! fraction of the map's width.

use alliance_map::layout::map::MapLayout;
use alliance_map::model::date::Day;
use alliance_map::model::parse::parse;
use alliance_map::scene::frame::Frame;
use alliance_map::scene::view::Bounds;

/// Where each state with a tie in force is drawn on `day` (None when it has none): the
/// ends of the strands the frame draws.
fn drawn_states(layout: &MapLayout, frame: &Frame, states: usize) -> Vec<Option<(f64, f64)>> {
    let mut at = vec![None; states];
    for s in &frame.strands {
        for body in [s.from, s.to] {
            if (body as usize) < states {
                at[body as usize] = Some(layout.bodies[body as usize]);
            }
        }
    }
    at
}

#[test]
fn states_stay_put_while_the_slider_moves() {
    let data = parse(
        "space-cyber-isr.json",
        include_str!("../data/space-cyber-isr.json"),
    )
    .unwrap();
    let layout = MapLayout::compute(&data);
    let timeline = alliance_map::model::timeline::Timeline::of(&data);
    let width = Bounds::around(layout.bodies.iter().copied())
        .unwrap()
        .width();
    let (mut total, mut pairs, mut worst) = (0.0, 0usize, 0.0f64);
    let mut day = timeline.first;
    let mut before = drawn_states(&layout, &Frame::at(&data, &layout, day), data.states.len());
    while day < timeline.last {
        day = Day((day.0 + timeline.play_step()).min(timeline.last.0));
        let now = drawn_states(&layout, &Frame::at(&data, &layout, day), data.states.len());
        for (a, b) in before.iter().zip(&now) {
            if let (Some(a), Some(b)) = (a, b) {
                let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt() / width;
                total += d;
                worst = worst.max(d);
                pairs += 1;
            }
        }
        before = now;
    }
    let mean = total / pairs as f64;
    println!("mean displacement between neighbouring slider positions: {mean} of the map's width (worst {worst}, {pairs} state pairs)");
    assert!(pairs > 100, "the timeline shows states at many dates");
    assert!(mean <= 0.001 && worst <= 0.01, "mean {mean}, worst {worst}");
}
