//! A loaded dataset together with everything derived from it once: the layout, the marker
//! sizes and the timeline. The interface shares one of these behind an `Rc`.

use super::hit::marker_radius;
use super::view::Bounds;
use crate::layout::map::MapLayout;
use crate::model::dataset::Dataset;
use crate::model::timeline::Timeline;

#[derive(Debug, Clone)]
pub struct MapData {
    pub data: Dataset,
    pub layout: MapLayout,
    /// Marker radius in pixels, by state.
    pub radius: Vec<f64>,
    pub timeline: Timeline,
}

/// Loaded datasets are compared by identity, never by content: two are equal only when they
/// are the same value, which is what the interface needs to know (and is instant).
impl PartialEq for MapData {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl MapData {
    pub fn new(data: Dataset) -> MapData {
        let layout = MapLayout::compute(&data);
        let mut counts = vec![0usize; data.states.len()];
        for t in &data.ties {
            for m in &t.members {
                counts[m.index()] += 1;
            }
        }
        let radius = counts.into_iter().map(marker_radius).collect();
        let timeline = Timeline::of(&data);
        MapData {
            data,
            layout,
            radius,
            timeline,
        }
    }

    /// The box around every state and hub.
    pub fn bounds(&self) -> Bounds {
        let points = self
            .layout
            .states
            .iter()
            .chain(self.layout.hubs.iter().flatten())
            .copied();
        Bounds::around(points).unwrap_or(Bounds {
            min: (0.0, 0.0),
            max: (0.0, 0.0),
        })
    }
}
