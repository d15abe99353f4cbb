//! The dataset's states: every state that is a member of at least one alliance, in order of
//! COW code, with its id ([`super::ids`]), its English name and spells of independence from the
//! COW list, and its region ([`super::region`]).

use super::cow::CowState;
use super::error::{Error, ErrorKind};
use super::ids::{state_id, OUTSIDE_COW};
use super::output::{Spell, State};
use super::region::region;
use std::collections::{BTreeMap, BTreeSet};

/// The states for the COW codes in `codes`, and for each code its id and name.
pub fn states(
    codes: &BTreeSet<u32>,
    cow: &BTreeMap<u32, CowState>,
) -> Result<(Vec<State>, BTreeMap<u32, State>), Error> {
    let mut list = Vec::with_capacity(codes.len());
    let mut by_code = BTreeMap::new();
    let mut taken: BTreeMap<String, u32> = BTreeMap::new();
    for &ccode in codes {
        let (id, name, spells) = match cow.get(&ccode) {
            Some(s) => {
                let id =
                    state_id(ccode, &s.letters).map_err(|k| Error::new("cow-states.csv", k))?;
                let spells = s
                    .spells
                    .iter()
                    .map(|(start, end)| Spell {
                        start: start.to_string(),
                        end: end.map(|e| e.to_string()),
                    })
                    .collect();
                (id, s.name.clone(), spells)
            }
            None => match OUTSIDE_COW.iter().find(|(c, _, _)| *c == ccode) {
                Some((_, id, name)) => (id.to_string(), name.to_string(), Vec::new()),
                None => return Err(Error::new("atop5_1m.csv", ErrorKind::UnknownState(ccode))),
            },
        };
        if let Some(&first) = taken.get(&id) {
            let kind = ErrorKind::DuplicateId {
                id,
                first,
                second: ccode,
            };
            return Err(Error::new("the table of ids", kind));
        }
        taken.insert(id.clone(), ccode);
        let Some(region) = region(ccode) else {
            return Err(Error::new(
                "the table of regions",
                ErrorKind::NoRegion(ccode),
            ));
        };
        let state = State {
            id,
            name,
            region,
            spells,
        };
        by_code.insert(ccode, state.clone());
        list.push(state);
    }
    Ok((list, by_code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;

    fn cow(ccode: u32, letters: &str, name: &str, spells: &[(&str, Option<&str>)]) -> CowState {
        CowState {
            ccode,
            letters: letters.into(),
            name: name.into(),
            spells: spells
                .iter()
                .map(|(s, e)| (Date::parse(s).unwrap(), e.map(|e| Date::parse(e).unwrap())))
                .collect(),
        }
    }

    #[test]
    fn builds_ids_names_regions_and_spells() {
        let list = BTreeMap::from([
            (
                210,
                cow(
                    210,
                    "NTH",
                    "Netherlands",
                    &[("1816-01-01", Some("1940-07-14")), ("1945-06-26", None)],
                ),
            ),
            (
                245,
                cow(245, "BAV", "Bavaria", &[("1816-01-01", Some("1871-01-18"))]),
            ),
        ]);
        let codes = BTreeSet::from([245, 210, 8152]);
        let (states, by_code) = states(&codes, &list).unwrap();
        let ids: Vec<&str> = states.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["NLD", "XBAV", "XANM"]);
        assert_eq!(by_code[&8152].name, "Annam");
        assert_eq!(by_code[&8152].region, "Southeast Asia");
        let nld = &by_code[&210];
        assert_eq!(nld.spells.len(), 2);
        assert_eq!(nld.spells[0].end.as_deref(), Some("1940-07-14"));
        assert_eq!(nld.spells[1].end, None);
    }

    #[test]
    fn a_code_outside_both_lists_is_an_error() {
        let e = states(&BTreeSet::from([1234]), &BTreeMap::new()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::UnknownState(1234));
    }
}
