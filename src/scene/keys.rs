//! Moving around the map with arrow keys: from the selected state to the partner that lies
//! in the arrow's direction (or, with no partner that way, to the nearest state that way).

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
}
