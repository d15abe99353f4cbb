//! Moving around the map with arrow keys: from the selected state to the partner that lies
//! in the arrow's direction (or, with no partner that way, to the nearest state that way).

use super::frame::Frame;
use crate::model::dataset::{Dataset, StateIx};
use crate::model::view_state::Selection;

/// An arrow key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    pub fn from_key(key: &str) -> Option<Direction> {
        Some(match key {
            "ArrowLeft" => Direction::Left,
            "ArrowRight" => Direction::Right,
            "ArrowUp" => Direction::Up,
            "ArrowDown" => Direction::Down,
            _ => return None,
        })
    }

    fn unit(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }
}

/// The candidate (an index into `points`) that best continues from `from` towards `dir`:
/// among those within 60 degrees of the direction, the one with the smallest distance,
/// counting sideways offset double. `None` when none lies that way.
///
/// # Examples
/// ```
/// use alliance_map::scene::keys::{step, Direction};
/// let points = [(0.0, 0.0), (10.0, 1.0), (-5.0, 0.0), (3.0, 9.0)];
/// assert_eq!(step(&points, 0, Direction::Right, [1, 2, 3]), Some(1));
/// assert_eq!(step(&points, 0, Direction::Left, [1, 2, 3]), Some(2));
/// assert_eq!(step(&points, 0, Direction::Down, [1, 2, 3]), Some(3)); // y grows downwards
/// assert_eq!(step(&points, 0, Direction::Up, [1, 2, 3]), None);
/// ```
pub fn step(
    points: &[(f64, f64)],
    from: usize,
    dir: Direction,
    candidates: impl IntoIterator<Item = usize>,
) -> Option<usize> {
    let (ux, uy) = dir.unit();
    let origin = points[from];
    candidates
        .into_iter()
        .filter(|&c| c != from)
        .filter_map(|c| {
            let (dx, dy) = (points[c].0 - origin.0, points[c].1 - origin.1);
            let along = dx * ux + dy * uy;
            let across = (dx * uy - dy * ux).abs();
            // Within 60 degrees: across <= along * tan(60°).
            (along > 0.0 && across <= along * 3f64.sqrt()).then_some((c, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c)
}

/// The state an arrow key moves to: from the selected state (or a selected tie's first
/// member) to the partner that way, else to any state in force that way, else to any state
/// that way; with nothing selected, the state in force nearest `centre` (layout units).
/// `bodies` are where the states are drawn.
pub fn next_state(
    data: &Dataset,
    frame: &Frame,
    bodies: &[(f64, f64)],
    selection: Option<Selection>,
    centre: (f64, f64),
    dir: Direction,
) -> Option<StateIx> {
    let n = data.states.len();
    let from = match selection {
        Some(Selection::State(s)) => s.index(),
        Some(Selection::Tie(t)) => {
            let tie = data.tie(t);
            tie.members_to_show(frame.drawn_on(tie))[0].index()
        }
        None => {
            let d = |i: usize| (bodies[i].0 - centre.0).powi(2) + (bodies[i].1 - centre.1).powi(2);
            return (0..n)
                .filter(|&i| frame.active[i])
                .min_by(|&a, &b| d(a).total_cmp(&d(b)))
                .map(|i| StateIx(i as u32));
        }
    };
    let partners = frame.partners(data, StateIx(from as u32));
    step(bodies, from, dir, partners.iter().map(|p| p.index()))
        .or_else(|| step(bodies, from, dir, (0..n).filter(|&i| frame.active[i])))
        .or_else(|| step(bodies, from, dir, 0..n))
        .map(|i| StateIx(i as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_straightest_near_candidate_wins() {
        let points = [(0.0, 0.0), (20.0, 0.0), (8.0, 6.0), (10.0, -40.0)];
        // (8, 6) scores 8 + 2 x 6 = 20, (10, -40) lies 76 degrees off the arrow and
        // is left out.
        assert_eq!(step(&points, 0, Direction::Right, [3, 2]), Some(2));
        assert_eq!(step(&points, 0, Direction::Right, [3]), None);
        assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
        assert_eq!(Direction::from_key("a"), None);
    }

    #[test]
    fn arrows_follow_ties_first_then_any_state_that_way() {
        use crate::layout::map::MapLayout;
        use crate::model::{date::Date, parse::parse};
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let frame = Frame::at(
            &data,
            &MapLayout::unsettled(&data),
            Date::parse("1925").unwrap().first_day(),
        );
        // Aland (0) and Cland (2) are partners in 1925; Bland (1) and Dland (3) are not.
        let bodies = [(0.0, 0.0), (10.0, 0.0), (40.0, 5.0), (-30.0, 0.0)];
        let from = Some(Selection::State(StateIx(0)));
        let go = |dir| next_state(&data, &frame, &bodies, from, (0.0, 0.0), dir);
        assert_eq!(
            go(Direction::Right),
            Some(StateIx(2)),
            "the partner, past a nearer state"
        );
        assert_eq!(
            go(Direction::Left),
            Some(StateIx(3)),
            "no partner that way: any state"
        );
        let none = next_state(&data, &frame, &bodies, None, (35.0, 0.0), Direction::Up);
        assert_eq!(
            none,
            Some(StateIx(2)),
            "the state in force nearest the centre"
        );
    }
}
