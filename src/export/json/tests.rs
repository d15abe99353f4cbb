//! Tests of [`super`].

use super::*;
use crate::model::parse::parse;
use crate::model::sheets::from_sheets;

/// Writes `data`, reads it back, and checks that nothing was lost and that writing again
/// gives the same text.
fn round_trip(data: &Dataset) {
    let written = dataset_json(data);
    let again = parse("written", &written).unwrap_or_else(|e| panic!("{e:?}\n{written}"));
    assert_eq!(&again, data);
    assert_eq!(dataset_json(&again), written);
}

fn file(path: &str) -> Dataset {
    let text = std::fs::read_to_string(path).unwrap();
    parse(path, &text).unwrap()
}

#[test]
fn the_default_dataset_with_its_story_reads_back_the_same() {
    let data = file("data/space-cyber-isr.json");
    assert!(!data.stories.is_empty());
    round_trip(&data);
}

#[test]
fn atop_with_members_dates_spells_facts_and_rows_reads_back_the_same() {
    let data = file("data/atop-5.1.json");
    assert!(data.ties.iter().any(|t| !t.member_spans.is_empty()));
    assert!(data.states.iter().any(|s| !s.spells.is_empty()));
    assert!(data.ties.iter().any(|t| t.sources.iter().any(|c| c.row)));
    round_trip(&data);
}

#[test]
fn the_example_sheets_read_back_the_same() {
    let states = std::fs::read_to_string("data/examples/states.csv").unwrap();
    let ties = std::fs::read_to_string("data/examples/ties.csv").unwrap();
    round_trip(&from_sheets(&states, &ties).unwrap());
}

#[test]
fn fixtures_with_dated_members_and_hostile_text_read_back_the_same() {
    round_trip(&file("tests/fixtures/dated.json"));
    round_trip(&file("tests/fixtures/hostile.json"));
}

#[test]
fn a_member_who_left_and_came_back_is_listed_once_per_period() {
    let text = r#"{"format":"alliance-map","version":1,"title":"T",
        "domains":[{"id":"d","label":"D"}],
        "states":[{"id":"AAA","name":"A"},{"id":"BBB","name":"B"},{"id":"CCC","name":"C"}],
        "sources":[{"id":"s","title":"S","date":"2000"}],
        "ties":[{"id":"t","title":"T","members":["AAA",{"state":"BBB","end":"2001"},
            {"state":"CCC"},{"state":"BBB","start":"2003"}],
          "domains":["d"],"stance":"rivalry","kind":"k","start":"2000","summary":"",
          "sources":[{"source":"s","quote":"q"}]}]}"#;
    let data = parse("t", text).unwrap();
    let written = dataset_json(&data);
    assert!(
        written.contains(r#""members":["AAA",{"state":"BBB","start":"2000","end":"2001"},{"state":"BBB","start":"2003"},"CCC"]"#),
        "{written}"
    );
    round_trip(&data);
}

#[test]
fn members_whose_dates_are_all_the_ties_keep_them() {
    let text = r#"{"format":"alliance-map","version":1,"title":"T",
        "domains":[{"id":"d","label":"D"}],
        "states":[{"id":"AAA","name":"A"},{"id":"BBB","name":"B"}],
        "sources":[{"id":"s","title":"S","date":"2000"}],
        "ties":[{"id":"t","title":"T","members":[{"state":"AAA","start":"2000"},"BBB"],
          "domains":["d"],"stance":"cooperation","kind":"k","start":"2000","summary":"",
          "sources":[{"source":"s","quote":"q"}]}]}"#;
    let data = parse("t", text).unwrap();
    assert!(!data.ties[0].member_spans.is_empty());
    round_trip(&data);
}

#[test]
fn quotes_backslashes_and_control_characters_are_escaped() {
    let mut out = String::new();
    string(&mut out, "a \"b\" \\ c\nd\u{1}é</script>");
    assert_eq!(out, r#""a \"b\" \\ c\nd\u0001é</script>""#);
    let back: String = serde_json::from_str(&out).unwrap();
    assert_eq!(back, "a \"b\" \\ c\nd\u{1}é</script>");
}
