//! A state's region, from its COW code: COW numbers states by region, so ranges of codes give
//! the dataset format's region names, with a few states placed by hand.
//!
//! | COW codes | region | states |
//! | --- | --- | --- |
//! | 2–95 | North America | the United States, Canada, the Caribbean, Mexico, Central America |
//! | 100–165 | South America | Colombia to Uruguay |
//! | 200–395 | Europe | the United Kingdom to Iceland, with the Caucasus (371–373) |
//! | 365 | Eurasia | Russia (and the Soviet Union) |
//! | 400–626 | Africa | Cape Verde to South Sudan |
//! | 630–698 | Middle East | Iran, Turkey, Egypt, the Levant and the Arabian peninsula |
//! | 700 | South Asia | Afghanistan |
//! | 701–705 | Central Asia | Turkmenistan to Kazakhstan |
//! | 710–740 | East Asia | China, Mongolia, Taiwan, the Koreas, Japan |
//! | 750–790 | South Asia | India to Nepal |
//! | 775 | Southeast Asia | Myanmar |
//! | 800–860 | Southeast Asia | Thailand to East Timor |
//! | 8152 | Southeast Asia | Annam (not in the COW list) |
//! | 900–990 | Oceania | Australia to Samoa |

/// Single states placed by hand, checked before the ranges.
const SINGLE: &[(u32, &str)] = &[
    (365, "Eurasia"),
    (700, "South Asia"),
    (775, "Southeast Asia"),
    (8152, "Southeast Asia"),
];

/// Ranges of COW codes, both ends included.
const RANGES: &[(u32, u32, &str)] = &[
    (2, 95, "North America"),
    (100, 165, "South America"),
    (200, 395, "Europe"),
    (400, 626, "Africa"),
    (630, 698, "Middle East"),
    (701, 705, "Central Asia"),
    (710, 740, "East Asia"),
    (750, 790, "South Asia"),
    (800, 860, "Southeast Asia"),
    (900, 990, "Oceania"),
];

/// The region of the state with COW code `ccode`, if the code is in a known range.
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::region::region;
/// assert_eq!(region(2), Some("North America"));
/// assert_eq!(region(365), Some("Eurasia"));
/// assert_eq!(region(640), Some("Middle East"));
/// assert_eq!(region(1), None);
/// ```
pub fn region(ccode: u32) -> Option<&'static str> {
    if let Some((_, r)) = SINGLE.iter().find(|(c, _)| *c == ccode) {
        return Some(r);
    }
    RANGES
        .iter()
        .find(|(lo, hi, _)| (*lo..=*hi).contains(&ccode))
        .map(|(_, _, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::atop::iso::TABLE;

    #[test]
    fn every_cow_state_has_a_region() {
        for (ccode, letters, _) in TABLE {
            assert!(region(*ccode).is_some(), "{ccode} {letters}");
        }
    }

    #[test]
    fn places_states_by_hand_where_the_ranges_do_not_fit() {
        assert_eq!(region(700), Some("South Asia"));
        assert_eq!(region(701), Some("Central Asia"));
        assert_eq!(region(770), Some("South Asia"));
        assert_eq!(region(775), Some("Southeast Asia"));
        assert_eq!(region(8152), Some("Southeast Asia"));
        assert_eq!(region(372), Some("Europe"));
        assert_eq!(region(651), Some("Middle East"));
        assert_eq!(region(95), Some("North America"));
        assert_eq!(region(990), Some("Oceania"));
        assert_eq!(region(627), None);
    }
}
