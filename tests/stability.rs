//! How far states move on screen when the slider moves by one step: the map must not
//! reshuffle as the date changes. The states are followed through the code the map itself
//! runs: the layout settled as the map settles it, one camera fitted once, and for every
//! slider position the frame of that date and the display list drawn from it. Reports the
//! mean displacement of the states' markers between neighbouring slider positions (one play
//! step apart) across the default dataset's whole timeline, as a fraction of the map's width.

use alliance_map::layout::map::simulation;
use alliance_map::layout::placement::Placement;
use alliance_map::model::date::Day;
use alliance_map::model::filter::Filter;
use alliance_map::model::parse::parse;
use alliance_map::scene::camera::Camera;
use alliance_map::scene::display::{on_screen, Emphasis, Item, Shape, Tag, View};
use alliance_map::scene::frame::{Frame, Lens};
use alliance_map::scene::map_data::MapData;
use alliance_map::scene::theme::{fixed_width, Theme};

const SIZE: (f64, f64) = (1000.0, 700.0);

/// Where each state's marker is drawn on `day`, by state (None when not drawn as in
/// force: the states a reader follows).
fn markers(
    map: &MapData,
    placement: &Placement,
    camera: &Camera,
    day: Day,
) -> Vec<Option<(f64, f64)>> {
    let lens = Lens {
        day,
        compare: None,
        filter: Filter::default(),
        regions: &map.regions,
    };
    let frame = Frame::of(&map.data, &map.layout, &lens);
    let emphasis = Emphasis::of(map, &frame, None, None);
    let view = View {
        map,
        frame: &frame,
        emphasis: &emphasis,
        bodies: placement.bodies(),
        camera: camera.view(),
        size: SIZE,
        theme: Theme::LIGHT,
    };
    let mut at = vec![None; map.data.states.len()];
    for item in on_screen(&view, &fixed_width).items() {
        if let Item::Fill { shapes, .. } = item {
            for (tag, shape) in shapes {
                if let (Tag::State(s), Shape::Circle { at: p, .. }) = (tag, shape) {
                    if frame.active[s.index()] {
                        at[s.index()] = Some(*p);
                    }
                }
            }
        }
    }
    at
}

#[test]
fn states_stay_put_while_the_slider_moves() {
    let text = include_str!("../data/space-cyber-isr.json");
    let map = MapData::unsettled(parse("space-cyber-isr.json", text).unwrap());
    // Settled as the map settles it: the whole period's simulation, then its places.
    let mut sim = simulation(&map.data);
    sim.run(1_000);
    let mut placement = Placement::new(&map.layout.bodies);
    placement.follow(&sim);
    let mut camera = Camera::new(true);
    camera.resize(SIZE.0, SIZE.1, placement.bodies());
    let timeline = map.timeline;
    let (mut total, mut pairs, mut worst) = (0.0, 0usize, 0.0f64);
    let mut day = timeline.first;
    let mut before = markers(&map, &placement, &camera, day);
    while day < timeline.last {
        day = Day((day.0 + timeline.play_step()).min(timeline.last.0));
        let now = markers(&map, &placement, &camera, day);
        for (a, b) in before.iter().zip(&now) {
            if let (Some(a), Some(b)) = (a, b) {
                let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt() / SIZE.0;
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
