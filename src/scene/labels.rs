//! Placing labels so that none covers another or a marker: each label tries below its
//! marker, then above, right and left; a label with no free place is left out until zooming
//! in makes room. Labels are placed in priority order, so the important ones win.

use super::grid::Grid;

/// A screen rectangle: top-left corner and size, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub(super) fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

/// A label to place: its marker's centre and radius, and the text's size (pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wanted {
    pub at: (f64, f64),
    pub radius: f64,
    pub width: f64,
    pub height: f64,
}

pub(super) const GAP: f64 = 2.0;

fn candidates(w: &Wanted) -> [Rect; 4] {
    let (x, y) = w.at;
    let r = w.radius + GAP;
    [
        Rect {
            x: x - w.width / 2.0,
            y: y + r,
            w: w.width,
            h: w.height,
        },
        Rect {
            x: x - w.width / 2.0,
            y: y - r - w.height,
            w: w.width,
            h: w.height,
        },
        Rect {
            x: x + r + GAP,
            y: y - w.height / 2.0,
            w: w.width,
            h: w.height,
        },
        Rect {
            x: x - r - GAP - w.width,
            y: y - w.height / 2.0,
            w: w.width,
            h: w.height,
        },
    ]
}

/// Places labels in the order given (most important first). `markers` are boxes no label
/// may cover (every marker on the map), `area` the visible screen. Returns, per label, where
/// its box goes, or `None` when it is left out.
///
/// # Examples
/// ```
/// use alliance_map::scene::labels::{place, Rect, Wanted};
/// let a = Wanted { at: (50.0, 50.0), radius: 5.0, width: 40.0, height: 14.0 };
/// let b = Wanted { at: (52.0, 50.0), ..a }; // almost the same spot: it goes above
/// let area = Rect { x: 0.0, y: 0.0, w: 200.0, h: 200.0 };
/// let placed = place(&[a, b], &[], area);
/// assert_eq!(placed[0].unwrap().y, 57.0); // below the first marker
/// assert_eq!(placed[1].unwrap().y, 29.0); // above the second
/// ```
pub fn place(labels: &[Wanted], markers: &[Rect], area: Rect) -> Vec<Option<Rect>> {
    place_firm(labels, markers, area, 0)
}

/// Like [`place`], except that the first `firm` labels, when every spot near their marker
/// covers another marker, take the first spot that covers no other label.
///
/// # Examples
/// ```
/// use alliance_map::scene::labels::{place_firm, Rect, Wanted};
/// let a = Wanted { at: (50.0, 50.0), radius: 5.0, width: 40.0, height: 14.0 };
/// // Markers all around: no free spot for a label.
/// let crowd: Vec<Rect> = (0..9).flat_map(|i| (0..9).map(move |j| Rect { x: i as f64 * 12.0, y: j as f64 * 12.0, w: 10.0, h: 10.0 })).collect();
/// let area = Rect { x: 0.0, y: 0.0, w: 200.0, h: 200.0 };
/// assert_eq!(place_firm(&[a, a], &crowd, area, 0), [None, None]);
/// let firm = place_firm(&[a, a], &crowd, area, 1);
/// assert!(firm[0].is_some() && firm[1].is_none());
/// ```
pub fn place_firm(
    labels: &[Wanted],
    markers: &[Rect],
    area: Rect,
    firm: usize,
) -> Vec<Option<Rect>> {
    let mut grid = Grid::new(area, 48.0);
    let mut placed = Grid::new(area, 48.0);
    for m in markers {
        if m.overlaps(&area) {
            grid.insert(*m);
        }
    }
    let inside = |c: &Rect| {
        c.x >= area.x
            && c.y >= area.y
            && c.x + c.w <= area.x + area.w
            && c.y + c.h <= area.y + area.h
    };
    labels
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let spots = candidates(w);
            let spot = spots
                .iter()
                .find(|c| inside(c) && grid.free(c))
                .or_else(|| {
                    let spare = spots.iter().find(|c| inside(c) && placed.free(c));
                    spare.filter(|_| k < firm)
                })
                .copied();
            if let Some(c) = spot {
                grid.insert(c);
                placed.insert(c);
            }
            spot
        })
        .collect()
}

/// The box of a round marker.
pub fn marker_box(at: (f64, f64), radius: f64) -> Rect {
    Rect {
        x: at.0 - radius,
        y: at.1 - radius,
        w: 2.0 * radius,
        h: 2.0 * radius,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: Rect = Rect {
        x: 0.0,
        y: 0.0,
        w: 300.0,
        h: 300.0,
    };

    fn wanted(x: f64, y: f64) -> Wanted {
        Wanted {
            at: (x, y),
            radius: 6.0,
            width: 60.0,
            height: 14.0,
        }
    }

    #[test]
    fn labels_never_overlap_each_other_or_markers() {
        let labels: Vec<Wanted> = (0..30)
            .map(|i| wanted(40.0 + (i % 6) as f64 * 45.0, 40.0 + (i / 6) as f64 * 40.0))
            .collect();
        let markers: Vec<Rect> = labels.iter().map(|w| marker_box(w.at, w.radius)).collect();
        let placed = place(&labels, &markers, AREA);
        let boxes: Vec<Rect> = placed.iter().flatten().copied().collect();
        assert!(boxes.len() >= 10, "most find a place: {}", boxes.len());
        for (i, a) in boxes.iter().enumerate() {
            assert!(!markers.iter().any(|m| m.overlaps(a)));
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_label_at_the_edge_moves_inside_or_is_left_out() {
        let placed = place(&[wanted(150.0, 295.0)], &[], AREA);
        assert_eq!(
            placed[0].unwrap().y,
            295.0 - 8.0 - 14.0,
            "above, since below is off screen"
        );
        let placed = place(
            &[Wanted {
                width: 400.0,
                ..wanted(150.0, 150.0)
            }],
            &[],
            AREA,
        );
        assert_eq!(placed[0], None, "wider than the screen");
    }

    #[test]
    fn the_grid_finds_the_same_places_as_checking_every_pair() {
        // A brute-force reference: the first free candidate against all placed boxes.
        let labels: Vec<Wanted> = (0..400)
            .map(|i| {
                wanted(
                    ((i * 73) % 290) as f64 + 5.0,
                    ((i * 151) % 290) as f64 + 5.0,
                )
            })
            .collect();
        let markers: Vec<Rect> = labels.iter().map(|w| marker_box(w.at, w.radius)).collect();
        let mut placed: Vec<Rect> = Vec::new();
        let reference: Vec<Option<Rect>> = labels
            .iter()
            .map(|w| {
                let ok = |c: &Rect| {
                    c.x >= 0.0
                        && c.y >= 0.0
                        && c.x + c.w <= 300.0
                        && c.y + c.h <= 300.0
                        && !placed.iter().chain(&markers).any(|o| o.overlaps(c))
                };
                let spot = candidates(w).into_iter().find(ok);
                placed.extend(spot);
                spot
            })
            .collect();
        assert_eq!(place(&labels, &markers, AREA), reference);
    }

    #[test]
    fn earlier_labels_win() {
        let placed = place(
            &[
                wanted(100.0, 100.0),
                wanted(100.0, 100.0),
                wanted(100.0, 100.0),
                wanted(100.0, 100.0),
                wanted(100.0, 100.0),
            ],
            &[],
            AREA,
        );
        assert!(placed[..4].iter().all(Option::is_some));
        assert_eq!(placed[4], None);
    }
}
