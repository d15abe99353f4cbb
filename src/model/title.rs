//! A tie's title on a date: a tie with a short `name` (such as "NATO (North Atlantic
//! Treaty), phase 2") is titled by that name and the members taking part on the date shown,
//! so that a title never mixes members from different periods. English lists live here too.

use super::dataset::{Dataset, Tie};
use super::date::Day;

/// Items joined as English lists them: "a", "a and b", "a, b and c".
///
/// # Examples
/// ```
/// use alliance_map::model::title::list;
/// assert_eq!(list(&["Greece", "Turkey"]), "Greece and Turkey");
/// assert_eq!(list(&["a", "b", "c"]), "a, b and c");
/// ```
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// Up to four items in full; more as the first three and "and N more".
///
/// # Examples
/// ```
/// use alliance_map::model::title::short_list;
/// let five = ["A", "B", "C", "D", "E"];
/// assert_eq!(short_list(&five), "A, B, C and 2 more");
/// assert_eq!(short_list(&five[..4]), "A, B, C and D");
/// ```
pub fn short_list<S: AsRef<str>>(items: &[S]) -> String {
    const SHOWN: usize = 3;
    if items.len() <= SHOWN + 1 {
        return list(items);
    }
    let head: Vec<&str> = items[..SHOWN].iter().map(AsRef::as_ref).collect();
    format!("{} and {} more", head.join(", "), items.len() - SHOWN)
}

impl Dataset {
    /// The tie's title as shown on `day`: its name and the members taking part then, when it
    /// has a name and is in force; otherwise its stored title.
    pub fn title_on(&self, tie: &Tie, day: Day) -> String {
        let Some(name) = tie.name.as_deref() else {
            return tie.title.clone();
        };
        let names = self.member_names_on(tie, day);
        if !tie.is_active(day) || names.is_empty() {
            return tie.title.clone();
        }
        format!("{name}: {}", short_list(&names))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    #[test]
    fn lists_of_every_length() {
        let none: [&str; 0] = [];
        assert_eq!(list(&none), "");
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b", "c", "d"]), "a, b, c and d");
        assert_eq!(short_list(&["a", "b"]), "a and b");
        assert_eq!(
            short_list(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]),
            "a, b, c and 9 more"
        );
    }

    const DATA: &str = r#"{"format": "alliance-map", "version": 1, "title": "t",
        "domains": [{"id": "defense", "label": "Defense"}],
        "states": [{"id": "FRA", "name": "France"}, {"id": "XGFR", "name": "German Federal Republic"},
                   {"id": "DEU", "name": "Germany"}, {"id": "ITA", "name": "Italy"}],
        "sources": [{"id": "s", "title": "S", "date": "2022"}],
        "ties": [
          {"id": "a", "title": "Treaty: France, German Federal Republic and Germany (1963)",
           "name": "Treaty", "members": ["FRA", {"state": "XGFR", "end": "1990-10-03"},
           {"state": "DEU", "start": "1990-10-03"}], "domains": ["defense"],
           "stance": "cooperation", "kind": "pact", "start": "1963-01-22", "end": "2000",
           "summary": "s", "sources": [{"source": "s", "quote": "q"}]},
          {"id": "b", "title": "Stored", "members": ["FRA", "ITA"], "domains": ["defense"],
           "stance": "cooperation", "kind": "pact", "start": "1963",
           "summary": "s", "sources": [{"source": "s", "quote": "q"}]}]}"#;

    fn day(s: &str) -> Day {
        crate::model::date::Date::parse(s).unwrap().first_day()
    }

    #[test]
    fn a_named_tie_lists_the_members_taking_part_on_the_day() {
        let data = parse("t.json", DATA).unwrap();
        let tie = &data.ties[0];
        assert_eq!(
            data.title_on(tie, day("1985-06-01")),
            "Treaty: France and German Federal Republic"
        );
        assert_eq!(
            data.title_on(tie, day("1995-06-01")),
            "Treaty: France and Germany"
        );
        // Not in force: the stored title.
        assert_eq!(data.title_on(tie, day("1950")), tie.title);
        assert_eq!(data.title_on(tie, day("2005")), tie.title);
    }

    #[test]
    fn a_tie_without_a_name_keeps_its_title() {
        let data = parse("t.json", DATA).unwrap();
        assert_eq!(data.title_on(&data.ties[1], day("1985")), "Stored");
    }
}
