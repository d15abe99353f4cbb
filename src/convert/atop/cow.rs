//! The COW State System Membership List (v2011) as `cow-states.csv` carries it: one row per
//! spell of independence, `ccode,cowc,country_name,start,end,microstate`, with ISO dates and
//! an empty end for a state that still is one.

use super::csv::Table;
use super::error::{Error, ErrorKind};
use crate::model::date::Date;
use std::collections::BTreeMap;

/// One COW state with all its spells in the system.
#[derive(Debug, Clone, PartialEq)]
pub struct CowState {
    pub ccode: u32,
    /// The COW letter code, such as `UKG`.
    pub letters: String,
    /// The English name in the list.
    pub name: String,
    /// (start, end) of each spell, in order; `None` = still a state.
    pub spells: Vec<(Date, Option<Date>)>,
}

/// Reads the list into states keyed by COW code, their spells sorted by start.
pub fn states(table: &Table) -> Result<BTreeMap<u32, CowState>, Error> {
    let ccode = table.column("ccode")?;
    let letters = table.column("cowc")?;
    let name = table.column("country_name")?;
    let start = table.column("start")?;
    let end = table.column("end")?;
    let mut out: BTreeMap<u32, CowState> = BTreeMap::new();
    for record in &table.records {
        let text = record.get(ccode);
        let code: u32 = text.parse().map_err(|_| {
            let at = table.at(record, ccode);
            Error::new(at, ErrorKind::NotANumber(text.to_string()))
        })?;
        let date = |column| {
            let value = record.get(column);
            Date::parse(value).map_err(|e| {
                let kind = ErrorKind::BadDate {
                    value: value.to_string(),
                    reason: e.to_string(),
                };
                Error::new(table.at(record, column), kind)
            })
        };
        let spell = (
            date(start)?,
            match record.get(end) {
                "" => None,
                _ => Some(date(end)?),
            },
        );
        let state = out.entry(code).or_insert_with(|| CowState {
            ccode: code,
            letters: record.get(letters).to_string(),
            name: record.get(name).to_string(),
            spells: Vec::new(),
        });
        if state.name != record.get(name) || state.letters != record.get(letters) {
            let kind = ErrorKind::NameMismatch {
                ccode: code,
                first: format!("{} ({})", state.name, state.letters),
                other: format!("{} ({})", record.get(name), record.get(letters)),
            };
            return Err(Error::new(table.at(record, name), kind));
        }
        state.spells.push(spell);
    }
    for state in out.values_mut() {
        state.spells.sort_by_key(|(s, _)| s.first_day());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "ccode,cowc,country_name,start,end,microstate\n";

    #[test]
    fn gathers_the_spells_of_each_state_in_order() {
        let text = format!(
            "{HEAD}366,EST,Estonia,1991-09-06,,False\n366,EST,Estonia,1918-02-24,1940-06-16,False\n2,USA,United States of America,1816-01-01,,False\n"
        );
        let t = Table::parse("cow.csv", &text).unwrap();
        let s = states(&t).unwrap();
        assert_eq!(s.keys().copied().collect::<Vec<_>>(), [2, 366]);
        let est = &s[&366];
        assert_eq!(est.spells.len(), 2);
        assert_eq!(est.spells[0].0.to_string(), "1918-02-24");
        assert_eq!(est.spells[0].1.unwrap().to_string(), "1940-06-16");
        assert_eq!(est.spells[1].1, None);
    }

    #[test]
    fn refuses_a_state_named_two_ways_and_bad_dates() {
        let t = Table::parse(
            "cow.csv",
            &format!(
                "{HEAD}2,USA,America,1816-01-01,,False\n2,USA,United States,1816-01-01,,False\n"
            ),
        )
        .unwrap();
        assert!(matches!(
            states(&t).unwrap_err().kind,
            ErrorKind::NameMismatch { ccode: 2, .. }
        ));
        let t = Table::parse("cow.csv", &format!("{HEAD}2,USA,USA,1816-13-01,,False\n")).unwrap();
        assert_eq!(states(&t).unwrap_err().at, "cow.csv line 2, column start");
    }
}
