//! A loaded dataset together with everything derived from it once: the layout, the marker
//! sizes and the timeline. The interface shares one of these behind an `Rc`.

use super::hit::marker_radius;
use crate::layout::map::MapLayout;
use crate::model::dataset::Dataset;
use crate::model::date::Day;
use crate::model::filter::Regions;
use crate::model::timeline::{events, Timeline};

#[derive(Debug, Clone)]
pub struct MapData {
    pub data: Dataset,
    pub layout: MapLayout,
    /// Marker radius in pixels, by state.
    pub radius: Vec<f64>,
    pub timeline: Timeline,
    /// The regions the states name, and each state's.
    pub regions: Regions,
    /// The days on which the map changes (see [`crate::model::timeline::events`]).
    pub events: Vec<Day>,
    /// Whether `layout` is final; if not, the view settles it (see
    /// [`crate::layout::map::simulation`]) a few ticks per frame.
    pub settled: bool,
}

/// Loaded datasets are compared by identity, never by content: two are equal only when they
/// are the same value, which is what the interface needs to know (and is instant).
impl PartialEq for MapData {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl MapData {
    /// The dataset with its settled layout.
    pub fn new(data: Dataset) -> MapData {
        let layout = MapLayout::compute(&data);
        MapData::with_layout(data, layout)
    }

    /// The dataset with its layout not yet run: bodies at their starting places, for a view
    /// that settles it without blocking the page.
    pub fn unsettled(data: Dataset) -> MapData {
        let layout = MapLayout::unsettled(&data);
        MapData {
            settled: false,
            ..MapData::with_layout(data, layout)
        }
    }

    /// The dataset with bodies placed as given.
    pub fn with_layout(data: Dataset, layout: MapLayout) -> MapData {
        let mut counts = vec![0usize; data.states.len()];
        for t in &data.ties {
            for m in &t.members {
                counts[m.index()] += 1;
            }
        }
        let n = data.states.len();
        let radius = counts.into_iter().map(|c| marker_radius(c, n)).collect();
        let timeline = Timeline::of(&data);
        let regions = Regions::of(&data);
        let events = events(&data);
        MapData {
            data,
            layout,
            radius,
            timeline,
            regions,
            events,
            settled: true,
        }
    }
}
