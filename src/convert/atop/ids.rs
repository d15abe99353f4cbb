//! State ids: the ISO 3166-1 alpha-3 code where the COW state has one ([`super::iso`]),
//! otherwise `X` and the COW letter code (`XBAV` for Bavaria, `XGFR` for West Germany).
//!
//! The second kind has four letters, so it never clashes with a three-letter ISO code; both
//! match the dataset format's `^[A-Z][A-Z0-9]*$`. The one state ATOP codes that is not in the
//! COW list, Annam (8152, a state in Gleditsch and Ward's list), has no COW letter code and
//! is given `XANM` in [`OUTSIDE_COW`].

use super::error::ErrorKind;
use super::iso::TABLE;

/// States that ATOP codes but the COW list lacks: (ATOP code, id, English name).
pub const OUTSIDE_COW: &[(u32, &str, &str)] = &[(8152, "XANM", "Annam")];

/// The id of COW state `ccode`, whose letter code in the COW list is `letters`.
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::ids::state_id;
/// assert_eq!(state_id(200, "UKG").unwrap(), "GBR");
/// assert_eq!(state_id(245, "BAV").unwrap(), "XBAV");
/// assert!(state_id(200, "GBR").is_err());
/// ```
pub fn state_id(ccode: u32, letters: &str) -> Result<String, ErrorKind> {
    let Some(&(_, table, iso)) = TABLE.iter().find(|(c, _, _)| *c == ccode) else {
        return Err(ErrorKind::NoIdRule {
            ccode,
            letters: letters.to_string(),
        });
    };
    if table != letters {
        return Err(ErrorKind::LetterCode {
            ccode,
            table: table.to_string(),
            list: letters.to_string(),
        });
    }
    Ok(match iso {
        Some(code) => code.to_string(),
        None => format!("X{letters}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn all_ids() -> Vec<String> {
        let mut ids: Vec<String> = TABLE
            .iter()
            .map(|(c, l, _)| state_id(*c, l).unwrap())
            .collect();
        ids.extend(OUTSIDE_COW.iter().map(|(_, id, _)| id.to_string()));
        ids
    }

    #[test]
    fn every_id_is_unique_and_well_formed() {
        let ids = all_ids();
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
        for id in &ids {
            let upper = id.bytes().all(|b| b.is_ascii_uppercase());
            let iso = id.len() == 3;
            let own = id.len() == 4 && id.starts_with('X');
            assert!(upper && (iso || own), "{id}");
        }
    }

    #[test]
    fn the_table_is_sorted_by_cow_code_without_repeats() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(TABLE.len(), 217);
    }

    #[test]
    fn known_states() {
        for (ccode, letters, id) in [
            (2, "USA", "USA"),
            (255, "GMY", "DEU"),
            (260, "GFR", "XGFR"),
            (265, "GDR", "XGDR"),
            (300, "AUH", "XAUH"),
            (305, "AUS", "AUT"),
            (315, "CZE", "XCZE"),
            (316, "CZR", "CZE"),
            (365, "RUS", "RUS"),
            (678, "YAR", "XYAR"),
            (679, "YEM", "YEM"),
            (712, "MON", "MNG"),
            (341, "MNG", "MNE"),
            (732, "ROK", "KOR"),
            (730, "KOR", "XKOR"),
            (900, "AUL", "AUS"),
        ] {
            assert_eq!(state_id(ccode, letters).unwrap(), id, "{ccode}");
        }
    }

    #[test]
    fn unknown_codes_and_wrong_letters_are_refused() {
        assert!(matches!(
            state_id(999, "ZZZ"),
            Err(ErrorKind::NoIdRule { ccode: 999, .. })
        ));
        assert!(matches!(
            state_id(2, "US"),
            Err(ErrorKind::LetterCode { .. })
        ));
    }
}
