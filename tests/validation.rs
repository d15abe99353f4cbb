//! Every kind of problem a dataset can have, with the exact message a person sees.

use alliance_map::model::parse::parse;
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

/// The messages for a dataset built by editing the minimal fixture.
fn problems(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = minimal();
    edit(&mut v);
    match parse("test.json", &v.to_string()) {
        Ok(_) => vec![],
        Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn the_minimal_fixture_is_valid_and_complete() {
    let d = parse("minimal.json", MINIMAL).unwrap();
    assert_eq!(d.title, "Minimal");
    assert_eq!(
        (
            d.domains.len(),
            d.states.len(),
            d.sources.len(),
            d.ties.len()
        ),
        (2, 3, 1, 3)
    );
    assert_eq!(d.ties[1].members.len(), 3);
    assert_eq!(d.ties[1].sources[0].quote, "The three met.");
    assert_eq!(d.ties[2].end, None);
    assert_eq!(d.states[2].region, None);
}

#[test]
fn syntax_errors_name_line_and_column() {
    let err = parse(
        "broken.json",
        "{\n  \"format\": \"alliance-map\",\n  \"version\": 1,,\n}",
    )
    .unwrap_err();
    assert_eq!(err.problems.len(), 1);
    assert_eq!(
        err.problems[0].to_string(),
        "line 3, column 16: the file is not valid JSON: key must be a string"
    );
    let err = parse("cut.json", "{\"format\": \"alli").unwrap_err();
    assert_eq!(
        err.problems[0].to_string(),
        "line 1, column 16: the file is not valid JSON: EOF while parsing a string"
    );
    assert_eq!(err.to_string(), "cut.json has 1 problem\n- line 1, column 16: the file is not valid JSON: EOF while parsing a string");
}

#[test]
fn a_trailing_comma_is_pointed_at() {
    let err = parse(
        "t.json",
        "{\"format\": \"alliance-map\",\n \"version\": 1,\n}",
    )
    .unwrap_err();
    assert_eq!(
        err.problems[0].to_string(),
        "line 3, column 1: the file is not valid JSON: trailing comma"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(parse("bom.json", &format!("\u{feff}{MINIMAL}")).is_ok());
}

#[test]
fn not_an_object_or_not_this_format() {
    assert_eq!(
        parse("a.json", "[1, 2]").unwrap_err().problems[0].to_string(),
        "(top level): expected an object with the dataset's fields, found an array"
    );
    assert_eq!(
        problems(|v| v["format"] = json!("gexf")),
        ["format: expected \"alliance-map\", found string \"gexf\""]
    );
    assert_eq!(
        problems(|v| v["version"] = json!("1")),
        ["version: expected version 1, found \"1\""]
    );
    assert_eq!(
        problems(|v| {
            v.as_object_mut().unwrap().remove("format");
        }),
        ["(top level): missing required field `format`"]
    );
}

#[test]
fn missing_and_mistyped_fields_name_their_path() {
    assert_eq!(
        problems(|v| {
            v.as_object_mut().unwrap().remove("title");
        }),
        ["(top level): missing required field `title`"]
    );
    assert_eq!(
        problems(|v| v["states"] = json!({})),
        ["states: expected an array, found an object"]
    );
    assert_eq!(
        problems(|v| v["ties"][0]["members"][1] = json!(5)),
        ["ties[0].members[1]: invalid type: integer `5`, expected a string"]
    );
    assert_eq!(
        problems(|v| {
            v["ties"][2].as_object_mut().unwrap().remove("summary");
        }),
        ["ties[2]: missing field `summary`"]
    );
    assert_eq!(
        problems(|v| v["sources"][0]["url"] = json!(["x"])),
        ["sources[0].url: invalid type: sequence, expected a string"]
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let found = problems(|v| {
        v["ties"][0]["members"][1] = json!("ZZZ");
        v["ties"][1]["start"] = json!("2016-13-01");
        v["ties"][2]["stance"] = json!("friendly");
        v["states"][1]["name"] = json!(null);
    });
    assert_eq!(
        found,
        [
            "states[1].name: invalid type: null, expected a string",
            "ties[0].members[1]: unknown id \"ZZZ\": it is not declared in `states`",
            "ties[1].start: \"2016-13-01\": month 13 does not exist (expected 01 to 12)",
            "ties[2].stance: expected \"cooperation\" or \"rivalry\", found \"friendly\"",
        ]
    );
}

#[test]
fn unknown_ids_in_each_list() {
    assert_eq!(
        problems(|v| v["ties"][1]["domains"][0] = json!("ai")),
        ["ties[1].domains[0]: unknown id \"ai\": it is not declared in `domains`"]
    );
    assert_eq!(
        problems(|v| v["ties"][2]["sources"][0]["source"] = json!("nope")),
        ["ties[2].sources[0].source: unknown id \"nope\": it is not declared in `sources`"]
    );
}

#[test]
fn duplicate_and_empty_ids() {
    assert_eq!(
        problems(|v| v["states"][2]["id"] = json!("AAA")),
        [
            "states[2].id: duplicate id \"AAA\": already used at states[0].id",
            // The state that had CCC as its id no longer has it, so the ties naming it are told.
            "ties[1].members[2]: unknown id \"CCC\": it is not declared in `states`",
            "ties[2].members[1]: unknown id \"CCC\": it is not declared in `states`",
        ]
    );
    assert_eq!(
        problems(|v| v["ties"][1]["id"] = json!("ab")),
        ["ties[1].id: duplicate id \"ab\": already used at ties[0].id"]
    );
    assert_eq!(
        problems(|v| v["domains"][0]["id"] = json!(" ")),
        [
            "domains[0].id: the id is empty",
            "ties[0].domains[0]: unknown id \"space\": it is not declared in `domains`",
            "ties[1].domains[1]: unknown id \"space\": it is not declared in `domains`",
        ]
    );
}

#[test]
fn ties_need_two_distinct_members() {
    assert_eq!(
        problems(|v| v["ties"][0]["members"] = json!(["AAA"])),
        ["ties[0].members: a tie needs at least two members, found 1"]
    );
    assert_eq!(
        problems(|v| v["ties"][1]["members"] = json!(["AAA", "BBB", "AAA"])),
        ["ties[1].members[2]: state \"AAA\" is listed twice"]
    );
}

#[test]
fn dates_must_exist_and_ends_follow_starts() {
    assert_eq!(
        problems(|v| v["ties"][2]["start"] = json!("2021-02-30")),
        ["ties[2].start: \"2021-02-30\": day 30 does not exist in that month (it has 28 days)"]
    );
    assert_eq!(
        problems(|v| v["ties"][0]["end"] = json!("15 May 2016")),
        ["ties[0].end: \"15 May 2016\": expected a date as YYYY, YYYY-MM or YYYY-MM-DD"]
    );
    assert_eq!(
        problems(|v| v["ties"][0]["end"] = json!("2014-12")),
        ["ties[0].end: the tie ends (2014-12) before it starts (2015)"]
    );
    // A tie may start and end within the same period.
    assert_eq!(
        problems(|v| v["ties"][0]["end"] = json!("2015")),
        Vec::<String>::new()
    );
    assert_eq!(
        problems(|v| v["sources"][0]["date"] = json!("2016-7")),
        ["sources[0].date: \"2016-7\": expected a date as YYYY, YYYY-MM or YYYY-MM-DD"]
    );
}

#[test]
fn at_most_64_domains() {
    let found = problems(|v| {
        let domains: Vec<Value> = (0..65)
            .map(|i| json!({ "id": format!("d{i}"), "label": "D" }))
            .collect();
        v["domains"] = json!(domains);
        v["ties"][0]["domains"] = json!(["d0"]);
        v["ties"][1]["domains"] = json!(["d1"]);
        v["ties"][2]["domains"] = json!(["d2"]);
    });
    assert_eq!(
        found,
        ["domains: at most 64 domains are supported, found 65"]
    );
}

#[test]
fn story_scenes_must_name_known_states_ties_and_domains() {
    let found = problems(|v| {
        v["stories"] = json!([{ "id": "s", "title": "S", "scenes": [
            { "title": "One", "caption": "c", "date": "2016", "focus": ["AAA", "ab"], "domains": ["space"] },
            { "title": "Two", "caption": "c", "date": "2016-02-30", "focus": ["nobody"], "domains": ["ai"], "zoom": 0 }
        ] }]);
    });
    assert_eq!(
        found,
        [
            "stories[0].scenes[1].date: \"2016-02-30\": day 30 does not exist in that month (it has 29 days)",
            "stories[0].scenes[1].domains[0]: unknown id \"ai\": it is not declared in `domains`",
            "stories[0].scenes[1].focus[0]: unknown id \"nobody\": it is not declared in `states` or `ties`",
            "stories[0].scenes[1].zoom: expected a number above 0, found 0",
        ]
    );
    let ok = parse("s.json", &{
        let mut v = minimal();
        v["stories"] = json!([{ "id": "s", "title": "S", "scenes": [{ "title": "One", "caption": "c", "date": "2016", "focus": ["AAA", "ab"] }] }]);
        v.to_string()
    })
    .unwrap();
    assert_eq!(ok.stories[0].scenes[0].focus.len(), 2);
}

#[test]
fn stories_wait_for_a_list_of_ties() {
    // Without ties there is nothing for scenes to show: only the ties are reported.
    let found = problems(|v| {
        v["ties"] = json!({});
        v["stories"] = json!([{ "id": "s", "title": "S", "scenes": [] }]);
    });
    assert_eq!(found, ["ties: expected an array, found an object"]);
}

#[test]
fn lists_must_not_be_empty() {
    assert_eq!(
        problems(|v| v["ties"] = json!([])),
        ["ties: expected at least one tie, found none"]
    );
    assert_eq!(
        problems(|v| v["ties"][0]["sources"] = json!([])),
        ["ties[0].sources: expected at least one source citation, found none"]
    );
    assert_eq!(
        problems(|v| v["ties"][0]["domains"] = json!([])),
        ["ties[0].domains: expected at least one domain, found none"]
    );
}

#[test]
fn the_default_dataset_is_valid() {
    let text = include_str!("../data/space-cyber-isr.json");
    let d = parse("space-cyber-isr.json", text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        d.sources.len(),
        5,
        "each of the five source documents is listed"
    );
    for (i, t) in d.ties.iter().enumerate() {
        assert!(!t.sources.is_empty(), "tie {i} cites a source");
        for c in &t.sources {
            assert!(
                !c.quote.trim().is_empty() && c.quote.chars().count() <= 320,
                "tie {} quote",
                t.id
            );
        }
    }
    assert_eq!(d.stories.len(), 1);
    assert!(
        (8..=12).contains(&d.stories[0].scenes.len()),
        "around ten scenes"
    );
    for s in 0..d.sources.len() {
        assert!(
            d.ties
                .iter()
                .any(|t| t.sources.iter().any(|c| c.source.index() == s)),
            "source {s} is cited"
        );
    }
}
