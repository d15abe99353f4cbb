//! Commands sent straight to the map: zoom by a factor, fit, bring a selection or a set of
//! states into view, or show a frame or a centre and zoom from a link. They are messages,
//! not numbers bumped in a state for an effect to notice; the map applies each once, to its
//! [`Camera`], after the frame of the same change is in place. Whatever is brought into
//! view comes whole, labels included, in a box of any size ([`crate::scene::aim`]).

use super::aim::Mark;
use super::camera::{Camera, SELECTION_SCALE};
use super::display::reach::{hubs_among, mark, Lettering};
use super::focus::selection_states;
use super::frame::Frame;
use super::framing::Framing;
use super::map_data::MapData;
use super::view::MAX_SCALE;
use crate::model::dataset::StateIx;
use crate::model::url::UrlState;
use crate::model::view_state::Selection;

/// What the map is asked to do with its view.
#[derive(Debug, Clone, PartialEq)]
pub enum MapCommand {
    /// Zoom about the middle of the map.
    ZoomBy(f64),
    /// Show the whole map.
    Fit,
    /// Bring a selection into view: a state with its partners, or a tie's members.
    ZoomToSelection(Selection),
    /// Bring these states into view, up to `factor` times closer than a selection comes (a
    /// story scene's focus).
    ZoomToStates(Vec<StateIx>, f64),
    /// Show the region `[x0, y0, x1, y1]` of the layout a link framed, whole, in whatever box
    /// the map has.
    Frame([f64; 4]),
    /// Show this centre and zoom (layout units), or fit the map when there is none (links
    /// made before frames were recorded).
    SetView(Option<(f64, f64, f64)>),
}

impl MapCommand {
    /// What a link asks of the map's view: the states it focuses, its frame, or the centre
    /// and zoom of an older link, or (with none) the whole map.
    pub fn from_link(map: &MapData, url: &UrlState) -> MapCommand {
        let ids = &map.data.states;
        let focus: Vec<StateIx> = url
            .focus
            .iter()
            .filter_map(|id| ids.iter().position(|s| &s.id == id))
            .map(|i| StateIx(i as u32))
            .collect();
        match (focus.is_empty(), url.frame) {
            (false, _) => MapCommand::ZoomToStates(focus, 1.0),
            (true, Some(region)) => MapCommand::Frame(region),
            (true, None) => MapCommand::SetView(url.view),
        }
    }

    /// Applies the command to `camera` at time `now` (milliseconds), with the bodies where
    /// they are drawn; `letters` says how wide the labels are. Returns what the view frames
    /// now, for a link to record.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::{model::parse::parse, scene::map_data::MapData};
    /// use alliance_map::scene::{camera::Camera, command::MapCommand, frame::Frame, framing::Framing, theme::{fixed_width, Font}};
    /// use alliance_map::scene::display::reach::Lettering;
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let map = MapData::unsettled(parse("minimal.json", text).unwrap());
    /// let frame = Frame::at(&map.data, &map.layout, map.data.ties[0].start.first_day());
    /// let bodies = map.layout.bodies.clone();
    /// let mut camera = Camera::new(true);
    /// camera.resize(800.0, 600.0, &bodies);
    /// let seen = MapCommand::ZoomBy(2.0).apply(&mut camera, &map, &frame, &bodies, Lettering { measure: &fixed_width, font: Font::State }, 0.0);
    /// assert_eq!(seen, Framing::Region(camera.visible()));
    /// assert_eq!(MapCommand::Fit.apply(&mut camera, &map, &frame, &bodies, Lettering { measure: &fixed_width, font: Font::State }, 0.0), Framing::Whole);
    /// ```
    pub fn apply(
        &self,
        camera: &mut Camera,
        map: &MapData,
        frame: &Frame,
        bodies: &[(f64, f64)],
        letters: Lettering,
        now: f64,
    ) -> Framing {
        // The states with their labels, and the diamonds of the ties among them alone.
        let marks = |states: &mut dyn Iterator<Item = usize>| -> Vec<Mark> {
            let states: Vec<usize> = states.collect();
            let mut found: Vec<Mark> = states
                .iter()
                .filter_map(|&i| {
                    bodies
                        .get(i)
                        .map(|&at| mark(map, i, at, letters.measure, letters.font))
                })
                .collect();
            if !found.is_empty() {
                found.extend(hubs_among(map, frame, bodies, &states, letters));
            }
            found
        };
        match self {
            MapCommand::ZoomBy(factor) => camera.zoom_by(*factor),
            MapCommand::Fit | MapCommand::SetView(None) => camera.fit(bodies),
            MapCommand::ZoomToSelection(selection) => {
                let states = selection_states(&map.data, frame, *selection);
                camera.aim_at(&marks(&mut states.into_iter()), SELECTION_SCALE, now);
            }
            MapCommand::ZoomToStates(states, factor) => {
                let found = marks(&mut states.iter().map(|s| s.index()));
                camera.aim_at(&found, SELECTION_SCALE * factor, now);
            }
            MapCommand::Frame([x0, y0, x1, y1]) => {
                // The region whole, its corners at the box's edges (into the margin).
                let edge = -camera.margin();
                let corners = [(*x0, *y0), (*x1, *y1)].map(|at| Mark {
                    at,
                    body: None,
                    left: edge,
                    right: edge,
                    up: edge,
                    down: edge,
                });
                camera.aim_at(&corners, MAX_SCALE, now);
            }
            MapCommand::SetView(Some(centre)) => camera.set_centre(*centre),
        }
        camera.framing()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::map::MapLayout;
    use crate::model::dataset::TieIx;
    use crate::model::{date::Date, parse::parse};
    use crate::scene::theme::{fixed_width, Font};

    /// Boxes from a small embed to a projector.
    const BOXES: [(f64, f64); 4] = [
        (320.0, 320.0),
        (390.0, 600.0),
        (640.0, 400.0),
        (1280.0, 720.0),
    ];

    /// Whether state `i`'s marker and label are inside the room left of the zoom buttons.
    fn whole(camera: &Camera, map: &MapData, bodies: &[(f64, f64)], i: usize) -> bool {
        let m = mark(map, i, bodies[i], &fixed_width, Font::State);
        let (x, y) = camera.view().to_screen(m.at);
        let (w, h) = camera.size();
        x - m.left >= 0.0 && x + m.right <= w - 48.0 && y - m.up >= 0.0 && y + m.down <= h
    }

    #[test]
    fn a_selection_brings_its_partners_or_members_into_view_with_their_labels() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let frame = Frame::at(
            &data,
            &MapLayout::unsettled(&data),
            Date::parse("1925").unwrap().first_day(),
        );
        let map = MapData::unsettled(data);
        let bodies = [
            (0.0, 0.0),
            (500.0, 0.0),
            (100.0, 0.0),
            (-500.0, 0.0),
            (50.0, 200.0),
        ];
        let mut camera = Camera::new(true);
        camera.resize(848.0, 600.0, &bodies);
        let run = |c: MapCommand, camera: &mut Camera| {
            c.apply(
                camera,
                &map,
                &frame,
                &bodies,
                Lettering {
                    measure: &fixed_width,
                    font: Font::State,
                },
                0.0,
            )
        };
        // Aland's partner in 1925 is Cland: the view centres between them across (in the
        // room left of the zoom buttons), leaving Bland and Dland out.
        let seen = run(
            MapCommand::ZoomToSelection(Selection::State(StateIx(0))),
            &mut camera,
        );
        let v = camera.view();
        assert_eq!(v.to_screen((50.0, 0.0)).0, 400.0);
        assert!(whole(&camera, &map, &bodies, 0) && whole(&camera, &map, &bodies, 2));
        assert!(v.to_screen(bodies[1]).0 > 848.0 && v.to_screen(bodies[3]).0 < 0.0);
        assert_eq!(seen, Framing::States(vec![StateIx(0), StateIx(2)]));
        // Their framework's diamond (body 4, far below them) comes into view with them.
        assert_eq!(frame.hubs.len(), 1);
        let (x, y) = v.to_screen(bodies[frame.hubs[0].1 as usize]);
        assert!(
            (0.0..848.0).contains(&x) && (0.0..600.0).contains(&y),
            "{x}, {y}"
        );
        // The link made of that view brings the same states into view: in a box of the same
        // size the same view, in any other the states whole with their labels.
        let before = camera.view();
        run(
            MapCommand::ZoomToStates(vec![StateIx(0), StateIx(2)], 1.0),
            &mut camera,
        );
        assert_eq!(camera.view(), before);
        for (w, h) in BOXES {
            camera.resize(w, h, &bodies);
            assert!(
                whole(&camera, &map, &bodies, 0) && whole(&camera, &map, &bodies, 2),
                "{w}x{h}"
            );
        }
        camera.resize(848.0, 600.0, &bodies);
        // The pact, not in force in 1925, shows all its members whole: Aland, Bland, Dland.
        run(
            MapCommand::ZoomToSelection(Selection::Tie(TieIx(1))),
            &mut camera,
        );
        assert!([0, 1, 3].iter().all(|&i| whole(&camera, &map, &bodies, i)));
        // A link's old centre and zoom still work; the link then records the region shown.
        let seen = run(MapCommand::SetView(Some((10.0, 20.0, 3.0))), &mut camera);
        assert_eq!(camera.centre(), (10.0, 20.0, 3.0));
        assert_eq!(seen, Framing::Region(camera.visible()));
        // A region from a link: shown whole in a box of any size, and recorded unchanged.
        let region = [-20.0, -20.0, 120.0, 60.0];
        for (w, h) in BOXES {
            camera.resize(w, h, &bodies);
            assert_eq!(
                run(MapCommand::Frame(region), &mut camera),
                Framing::Region(region)
            );
            let [x0, y0, x1, y1] = camera.visible();
            let eps = 1e-9;
            assert!(
                x0 <= region[0] + eps
                    && y0 <= region[1] + eps
                    && x1 >= region[2] - eps
                    && y1 >= region[3] - eps,
                "{w}x{h}"
            );
            assert!(
                (x0 - region[0]).abs() < eps || (y0 - region[1]).abs() < eps,
                "{w}x{h}: as close as it fits"
            );
            camera.resize(w * 0.8, h * 0.9, &bodies);
            assert_eq!(
                camera.framing(),
                Framing::Region(region),
                "a resize keeps the frame"
            );
        }
        // Fitting again: the whole map.
        assert_eq!(run(MapCommand::Fit, &mut camera), Framing::Whole);
    }
}
