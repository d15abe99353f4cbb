//! Commands sent straight to the map: zoom by a factor, fit, bring a selection or a set of
//! states into view, or show a centre and zoom from a link. They are messages, not numbers
//! bumped in a state for an effect to notice; the map applies each once, to its
//! [`Camera`], after the frame of the same change is in place.

use super::camera::Camera;
use super::focus::selection_states;
use super::frame::Frame;
use crate::model::dataset::{Dataset, StateIx};
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
    /// Bring these states into view, `factor` times closer than fitting them (a story
    /// scene's focus).
    ZoomToStates(Vec<StateIx>, f64),
    /// Show this centre and zoom (layout units), or fit the map when there is none.
    SetView(Option<(f64, f64, f64)>),
}

impl MapCommand {
    /// Applies the command to `camera` at time `now` (milliseconds), with the bodies where
    /// they are drawn. Returns the view a link should record: `None` when the map is
    /// fitted, else its centre and zoom.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::{layout::map::MapLayout, model::parse::parse};
    /// use alliance_map::scene::{camera::Camera, command::MapCommand, frame::Frame};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let layout = MapLayout::compute(&data);
    /// let frame = Frame::at(&data, &layout, data.ties[0].start.first_day());
    /// let mut camera = Camera::new(true);
    /// camera.resize(800.0, 600.0, &layout.bodies);
    /// let seen = MapCommand::ZoomBy(2.0).apply(&mut camera, &data, &frame, &layout.bodies, 0.0);
    /// assert_eq!(seen.map(|c| c.2), Some(camera.view().scale));
    /// assert_eq!(MapCommand::Fit.apply(&mut camera, &data, &frame, &layout.bodies, 0.0), None);
    /// ```
    pub fn apply(
        &self,
        camera: &mut Camera,
        data: &Dataset,
        frame: &Frame,
        bodies: &[(f64, f64)],
        now: f64,
    ) -> Option<(f64, f64, f64)> {
        let at = |states: &mut dyn Iterator<Item = usize>| -> Vec<(f64, f64)> {
            states.filter_map(|i| bodies.get(i).copied()).collect()
        };
        match self {
            MapCommand::ZoomBy(factor) => camera.zoom_by(*factor),
            MapCommand::Fit | MapCommand::SetView(None) => camera.fit(bodies),
            MapCommand::ZoomToSelection(selection) => {
                let states = selection_states(data, frame, *selection);
                camera.zoom_to(&at(&mut states.into_iter()), 1.0, now);
            }
            MapCommand::ZoomToStates(states, factor) => {
                let points = at(&mut states.iter().map(|s| s.index()));
                camera.zoom_to(&points, *factor, now);
            }
            MapCommand::SetView(Some(centre)) => camera.set_centre(*centre),
        }
        camera.moved_by_reader().then(|| camera.centre())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::map::MapLayout;
    use crate::model::dataset::TieIx;
    use crate::model::{date::Date, parse::parse};

    #[test]
    fn a_selection_brings_its_partners_or_members_into_view() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let frame = Frame::at(
            &data,
            &MapLayout::unsettled(&data),
            Date::parse("1925").unwrap().first_day(),
        );
        let bodies = [
            (0.0, 0.0),
            (500.0, 0.0),
            (100.0, 0.0),
            (-500.0, 0.0),
            (0.0, 50.0),
        ];
        let mut camera = Camera::new(true);
        camera.resize(848.0, 600.0, &bodies);
        // Aland's partner in 1925 is Cland: the view centres between them (in the room left
        // of the zoom buttons), leaving Bland and Dland out.
        let aland = MapCommand::ZoomToSelection(Selection::State(StateIx(0)));
        let centre = aland
            .apply(&mut camera, &data, &frame, &bodies, 0.0)
            .unwrap();
        let v = camera.view();
        assert_eq!(v.to_screen((50.0, 0.0)), (400.0, 300.0));
        assert!(v.to_screen(bodies[1]).0 > 848.0 && v.to_screen(bodies[3]).0 < 0.0);
        assert_eq!(centre.2, v.scale);
        // The pact, not in force in 1925, shows all its members: Aland, Bland and Dland.
        let pact = MapCommand::ZoomToSelection(Selection::Tie(TieIx(1)));
        pact.apply(&mut camera, &data, &frame, &bodies, 0.0);
        let v = camera.view();
        assert!([0, 1, 3]
            .iter()
            .all(|&i| (0.0..800.0).contains(&v.to_screen(bodies[i]).0)));
        let link = MapCommand::SetView(Some((10.0, 20.0, 3.0)));
        assert_eq!(
            link.apply(&mut camera, &data, &frame, &bodies, 0.0),
            Some((10.0, 20.0, 3.0))
        );
        let states = MapCommand::ZoomToStates(vec![StateIx(1), StateIx(3)], 1.0);
        let c = states
            .apply(&mut camera, &data, &frame, &bodies, 0.0)
            .unwrap();
        assert_eq!((c.0, c.1), (0.0 + 24.0 / c.2, 0.0));
    }
}
