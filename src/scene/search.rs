//! Finding states by name or code, for the search box.

use super::map_data::MapData;
use crate::model::dataset::StateIx;

/// Most suggestions shown at once.
pub const SUGGESTIONS: usize = 8;

/// States matching `query`: names or codes that start with it first, then names containing
/// it, each group in alphabetical order.
pub fn matches(map: &MapData, query: &str) -> Vec<StateIx> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, &str, StateIx)> = map
        .data
        .states
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let name = s.name.to_lowercase();
            let rank = if name.starts_with(&q) || s.id.to_lowercase() == q {
                0
            } else if name.contains(&q) {
                1
            } else {
                return None;
            };
            Some((rank, s.name.as_str(), StateIx(i as u32)))
        })
        .collect();
    found.sort();
    found
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, _, s)| s)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    #[test]
    fn prefixes_and_codes_come_before_other_matches() {
        let data = parse("d", include_str!("../../data/space-cyber-isr.json")).unwrap();
        let map = MapData::unsettled(data);
        let names = |q: &str| {
            matches(&map, q)
                .iter()
                .map(|s| map.data.state(*s).name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("jap"), ["Japan"]);
        assert_eq!(names("JPN"), ["Japan"]);
        assert_eq!(names("in"), ["India", "China", "Ukraine"]);
        assert_eq!(names("  "), Vec::<String>::new());
        assert_eq!(names("atlantis"), Vec::<String>::new());
        assert!(names("a").len() <= 8);
    }
}
