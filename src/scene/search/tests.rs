use super::*;
use crate::model::date::Date;
use crate::model::parse::parse;

fn day(s: &str) -> Day {
    Date::parse(s).unwrap().first_day()
}

fn bundled() -> Dataset {
    parse("d", include_str!("../../../data/space-cyber-isr.json")).unwrap()
}

fn atop() -> Dataset {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/atop-5.1.json");
    parse("atop-5.1.json", &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The ids of the ties found for `query` on `date`.
fn tie_ids(data: &Dataset, query: &str, date: &str) -> Vec<String> {
    ties(data, query, day(date))
        .iter()
        .map(|t| data.tie(*t).id.clone())
        .collect()
}

#[test]
fn a_match_at_the_start_beats_one_at_a_word_which_beats_one_inside() {
    assert_eq!(rank("quad summit", "quad"), Some(0));
    assert_eq!(rank("the quad", "quad"), Some(1));
    assert_eq!(rank("u.s.-japan", "japan"), Some(1));
    assert_eq!(rank("quadrilateral and quad", "quad"), Some(0));
    assert_eq!(rank("squad", "quad"), Some(2));
    assert_eq!(rank("squad and the quad", "quad"), Some(1));
    assert_eq!(rank("brics", "nato"), None);
}

#[test]
fn prefixes_and_codes_come_before_other_states() {
    let data = bundled();
    let names = |q: &str| {
        states(&data, q)
            .iter()
            .map(|s| data.state(*s).name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names("jap"), ["Japan"]);
    assert_eq!(names("JPN"), ["Japan"]);
    assert_eq!(names("in"), ["India", "China", "Ukraine"]);
    assert_eq!(names("  "), Vec::<String>::new());
    assert_eq!(names("atlantis"), Vec::<String>::new());
    assert!(names("a").len() <= STATES);
}

#[test]
fn ties_are_found_by_their_titles() {
    let data = bundled();
    let mut quad = tie_ids(&data, "quad", "2021-06-15");
    quad.sort();
    assert_eq!(
        quad,
        [
            "quad-critical-technology-working-group-2021",
            "quad-summit-2021"
        ]
    );
    let mut brics = tie_ids(&data, "BRICS", "2021-06-15");
    brics.sort();
    assert_eq!(
        brics,
        [
            "brics-eu-space-code-opposition-2015",
            "brics-outer-space-statement-2015"
        ]
    );
    assert_eq!(
        tie_ids(&data, " Guidelines ", "2021-06-15"),
        ["us-japan-defense-guidelines-2015"]
    );
    assert!(tie_ids(&data, "atlantis", "2021-06-15").is_empty());
    assert!(tie_ids(&data, "", "2021-06-15").is_empty());
}

#[test]
fn states_come_before_ties_and_japan_first() {
    let data = bundled();
    let found = find(&data, "jap", day("2021-06-15"));
    let japan = data.states.iter().position(|s| s.id == "JPN").unwrap();
    assert_eq!(found[0], Found::State(StateIx(japan as u32)));
    let ties = found.iter().filter(|f| matches!(f, Found::Tie(_))).count();
    assert!(ties > 0 && ties <= TIES, "{ties} ties");
    // No state after a tie.
    let first_tie = found
        .iter()
        .position(|f| matches!(f, Found::Tie(_)))
        .unwrap();
    assert!(found[first_tie..]
        .iter()
        .all(|f| matches!(f, Found::Tie(_))));
}

#[test]
fn ties_in_force_come_before_those_that_are_not() {
    let data = bundled();
    // Both codes of conduct match at the start of a word; in 2012 only the first is in
    // force, in 2020 only the revised one.
    let first = "code-of-conduct-information-security-2011";
    let revised = "code-of-conduct-information-security-2015";
    let at = |date| tie_ids(&data, "information security", date);
    assert_eq!(at("2012-06-01"), [first, revised]);
    assert_eq!(at("2020-06-01"), [revised, first]);
}

#[test]
fn the_day_to_show_is_the_nearest_day_in_force() {
    let data = bundled();
    let tie = data
        .ties
        .iter()
        .find(|t| t.id == "ppwt-draft-2008")
        .unwrap();
    // February 2008 to June 2014, both months included.
    assert_eq!(day_to_show(tie, day("2001-01-01")), Some(day("2008-02-01")));
    assert_eq!(day_to_show(tie, day("2010-05-05")), Some(day("2010-05-05")));
    assert_eq!(day_to_show(tie, day("2021-06-15")), Some(day("2014-06-30")));
}

#[test]
fn nato_is_found_once_by_its_name_as_the_phase_of_the_date() {
    let data = atop();
    let nato = |date| tie_ids(&data, "nato", date);
    assert_eq!(nato("1985-06-01")[0], "atop-3180-p2");
    assert_eq!(nato("1950-01-01")[0], "atop-3180-p1");
    // Before it, the nearest phase: the first.
    assert_eq!(nato("1900-01-01")[0], "atop-3180-p1");
    for date in ["1985-06-01", "1950-01-01"] {
        let phases = nato(date)
            .iter()
            .filter(|t| t.starts_with("atop-3180-"))
            .count();
        assert_eq!(phases, 1, "NATO once on {date}");
    }
    // The four phases of the Triple Alliance, as one.
    let triple = tie_ids(&data, "Triple Alliance", "1890-01-01");
    let named = triple
        .iter()
        .filter(|t| family(data.ties.iter().find(|x| &x.id == *t).unwrap()) == "Triple Alliance")
        .count();
    assert_eq!(named, 1, "{triple:?}");
    assert!(tie_ids(&data, "atop", "1900-01-01").len() == TIES);
}

#[test]
fn the_family_of_a_phase_is_its_name_without_the_phase() {
    let data = atop();
    let by_id = |id: &str| data.ties.iter().find(|t| t.id == id).unwrap();
    assert_eq!(
        family(by_id("atop-3180-p2")),
        "NATO (North Atlantic Treaty)"
    );
    assert_eq!(
        tie_label(by_id("atop-3180-p2")),
        "NATO (North Atlantic Treaty), phase 2"
    );
    let bundled = bundled();
    let quad = bundled
        .ties
        .iter()
        .find(|t| t.id == "quad-summit-2021")
        .unwrap();
    assert_eq!(family(quad), quad.title);
    assert_eq!(tie_label(quad), quad.title);
}
