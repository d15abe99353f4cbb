//! Members with dates of their own and the spells in which states exist: what they mean
//! once read, and the exact message for each problem they can have.

use alliance_map::model::dataset::StateIx;
use alliance_map::model::date::{Date, Day};
use alliance_map::model::parse::parse;
use serde_json::{json, Value};

/// The messages for a dataset built by editing the minimal fixture (ties: `ab` 2015 to
/// 2016-06; `abc` from 2016-03-01, open; `bc` from 2016-05-10, open).
fn problems(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    edit(&mut v);
    match parse("test.json", &v.to_string()) {
        Ok(_) => vec![],
        Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
    }
}

/// The messages for member `k` of tie `t` set to `member`.
fn member_problems(t: usize, k: usize, member: Value) -> Vec<String> {
    problems(|v| v["ties"][t]["members"][k] = member)
}

/// The third member of the open cyber forum (`ties[1]`, from 2016-03-01) set to `member`.
fn third_member(member: Value) -> Vec<String> {
    member_problems(1, 2, member)
}

/// The second member of the A-B accord (`ties[0]`, 2015 to 2016-06) set to `member`.
fn second_member(member: Value) -> Vec<String> {
    member_problems(0, 1, member)
}

/// Checks each case: tie, member, the member written, and the messages expected.
fn expect(cases: &[(usize, usize, Value, &[&str])]) {
    for (t, k, member, want) in cases {
        assert_eq!(member_problems(*t, *k, member.clone()), *want, "{member}");
    }
}

fn day(s: &str) -> Day {
    Date::parse(s).unwrap().first_day()
}

#[test]
fn a_member_may_be_an_object_with_its_own_dates() {
    let mut v: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    v["ties"][1]["members"][2] = json!({ "state": "CCC", "start": "2016-04", "role": "observer" });
    v["ties"][2]["members"][0] = json!({ "state": "BBB" });
    let d = parse("t.json", &v.to_string()).unwrap();
    assert_eq!(d.ties[1].members, [StateIx(0), StateIx(1), StateIx(2)]);
    let words: Vec<String> = d.ties[1]
        .member_spans
        .iter()
        .map(|s| s[0].in_words())
        .collect();
    assert_eq!(
        words,
        [
            "1 March 2016 – ongoing",
            "1 March 2016 – ongoing",
            "April 2016 – ongoing"
        ]
    );
    // An object without dates means the same as the bare id.
    assert!(d.ties[2].member_spans.is_empty());
    let on = |s| d.ties[1].members_on(day(s)).count();
    assert_eq!((on("2016-03-31"), on("2016-04-01")), (2, 3));
}

#[test]
fn dates_a_member_may_have() {
    // No end in an open tie; an end in an open tie; an end before the tie's; null.
    assert!(third_member(json!({ "state": "CCC", "start": "2016-03" })).is_empty());
    assert!(third_member(json!({ "state": "CCC", "end": "2020" })).is_empty());
    assert!(second_member(json!({ "state": "BBB", "end": "2016-06-30" })).is_empty());
    assert!(second_member(json!({ "state": "BBB", "start": "2016", "end": null })).is_empty());
}

#[test]
fn a_member_object_names_a_declared_state_once() {
    expect(&[
        (
            1,
            2,
            json!({ "start": "2016" }),
            &["ties[1].members[2]: missing field `state`"],
        ),
        (
            1,
            2,
            json!({ "state": 7 }),
            &["ties[1].members[2].state: invalid type: integer `7`, expected a string"],
        ),
        (
            1,
            2,
            json!({ "state": "ZZZ", "start": "2016" }),
            &["ties[1].members[2]: unknown id \"ZZZ\": it is not declared in `states`"],
        ),
        (
            1,
            2,
            json!({ "state": "AAA", "end": "2018" }),
            &["ties[1].members[2]: state \"AAA\" is listed twice"],
        ),
        (
            1,
            2,
            json!(null),
            &["ties[1].members[2]: invalid type: null, expected a string"],
        ),
    ]);
    assert_eq!(
        problems(|v| v["ties"][1]["members"] = json!([{ "state": "AAA" }])),
        ["ties[1].members: a tie needs at least two members, found 1"]
    );
}

#[test]
fn a_members_dates_are_real_dates() {
    expect(&[
        (
            1,
            2,
            json!({ "state": "CCC", "end": "2016-02-30" }),
            &["ties[1].members[2].end: \"2016-02-30\": day 30 does not exist in that month (it has 29 days)"],
        ),
        (
            1,
            2,
            json!({ "state": "CCC", "start": 2016 }),
            &["ties[1].members[2].start: invalid type: integer `2016`, expected a string"],
        ),
        (
            1,
            2,
            json!({ "state": "ZZZ", "start": "soon" }),
            &[
                "ties[1].members[2]: unknown id \"ZZZ\": it is not declared in `states`",
                "ties[1].members[2].start: \"soon\": expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
            ],
        ),
    ]);
}

#[test]
fn a_members_dates_lie_within_the_ties() {
    expect(&[
        (
            1,
            2,
            json!({ "state": "CCC", "start": "2017", "end": "2016-12" }),
            &["ties[1].members[2].end: the member ends (2016-12) before it starts (2017)"],
        ),
        (
            1,
            2,
            json!({ "state": "CCC", "start": "2016" }),
            &["ties[1].members[2].start: the member starts (2016) before the tie does (2016-03-01)"],
        ),
        (
            0,
            1,
            json!({ "state": "BBB", "end": "2016" }),
            &["ties[0].members[1].end: the member ends (2016) after the tie does (2016-06)"],
        ),
        (
            0,
            1,
            json!({ "state": "BBB", "start": "2017" }),
            &["ties[0].members[1].start: the member starts (2017) after the tie ends (2016-06)"],
        ),
        (
            0,
            1,
            json!({ "state": "BBB", "end": "2014-12" }),
            &["ties[0].members[1].end: the member ends (2014-12) before it starts (2015)"],
        ),
        (
            0,
            1,
            json!({ "state": "BBB", "start": "2014", "end": "2017" }),
            &[
                "ties[0].members[1].start: the member starts (2014) before the tie does (2015)",
                "ties[0].members[1].end: the member ends (2017) after the tie does (2016-06)",
            ],
        ),
    ]);
    // A tie whose own dates are wrong says so, and its members' are not measured against them.
    assert_eq!(
        problems(|v| {
            v["ties"][0]["end"] = json!("2014");
            v["ties"][0]["members"][1] = json!({ "state": "BBB", "start": "2015-06" });
        }),
        ["ties[0].end: the tie ends (2014) before it starts (2015)"]
    );
}

#[test]
fn spells_say_when_a_state_exists() {
    let mut v: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    v["states"][1]["spells"] =
        json!([{ "start": "1816-01-01", "end": "1940-06-14" }, { "start": "1991-09-06" }]);
    v["states"][2]["spells"] = Value::Null;
    let d = parse("t.json", &v.to_string()).unwrap();
    let bland = &d.states[1];
    assert_eq!(bland.spells.len(), 2);
    assert!(bland.exists_on(day("1940-06-14")) && !bland.exists_on(day("1940-06-15")));
    assert!(!bland.exists_on(day("1991-09-05")) && bland.exists_on(day("2024")));
    assert!(d.states[0].spells.is_empty() && d.states[2].spells.is_empty());
    assert!(d.states[2].exists_on(day("1000")));
}

#[test]
fn every_problem_with_spells_names_its_path() {
    let spells = |s: Value| problems(|v| v["states"][1]["spells"] = s);
    assert_eq!(
        spells(json!([{ "start": "1816" }, { "start": "1991", "end": "1991-13" }])),
        ["states[1].spells[1].end: \"1991-13\": month 13 does not exist (expected 01 to 12)"]
    );
    assert_eq!(
        spells(json!([{ "start": "1816-01-01", "end": "1815" }])),
        ["states[1].spells[0].end: the spell ends (1815) before it starts (1816-01-01)"]
    );
    assert_eq!(
        spells(json!([{ "end": "1900" }])),
        ["states[1].spells[0]: missing field `start`"]
    );
    assert_eq!(
        spells(json!("always")),
        ["states[1].spells: invalid type: string \"always\", expected a sequence"]
    );
    assert_eq!(
        spells(json!([])),
        ["states[1].spells: expected at least one spell, found none"]
    );
}

#[test]
fn a_state_that_left_and_came_back_is_listed_again() {
    let mut v: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    // ties[1]: AAA, BBB, CCC from 1 March 2016; CCC out from 2017 to 2019.
    v["ties"][1]["members"][2] = json!({ "state": "CCC", "end": "2016-12" });
    let members = v["ties"][1]["members"].as_array_mut().unwrap();
    members.push(json!({ "state": "CCC", "start": "2019" }));
    let d = parse("t.json", &v.to_string()).unwrap();
    let tie = &d.ties[1];
    assert_eq!(tie.members, [StateIx(0), StateIx(1), StateIx(2)]);
    let day = |s| Date::parse(s).unwrap().first_day();
    assert!(tie.takes_part(StateIx(2), day("2016-12-31")));
    assert!(!tie.takes_part(StateIx(2), day("2018")));
    assert!(tie.takes_part(StateIx(2), day("2019")));
    assert_eq!(tie.member_periods(2).len(), 2);

    // Overlapping periods, or a state listed again without dates, are refused.
    v["ties"][1]["members"][3] = json!({ "state": "CCC", "start": "2016-10" });
    let e = parse("t.json", &v.to_string()).unwrap_err();
    assert_eq!(
        e.problems[0].to_string(),
        "ties[1].members[3]: state \"CCC\" is listed again for a period that overlaps an earlier one"
    );
    v["ties"][1]["members"][3] = json!("CCC");
    let e = parse("t.json", &v.to_string()).unwrap_err();
    assert_eq!(
        e.problems[0].to_string(),
        "ties[1].members[3]: state \"CCC\" is listed twice"
    );
}
