//! The table of common names (`sources/atop/names.tsv`): every row matches the ATOP files
//! (the conversion checks it, and stops on a row that does not), the named ties carry the
//! name in their title and short name, and each tie has its facts in words above the
//! verbatim source row.
#![cfg(not(target_arch = "wasm32"))]

use alliance_map::convert::atop::{convert, ErrorKind, SourceFiles};
use serde_json::Value;
use std::path::Path;

fn files() -> SourceFiles {
    SourceFiles::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("sources/atop")).unwrap()
}

fn data() -> Value {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/atop-5.1.json"))
            .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The conversion's message when `from` in the table is replaced by `to`.
fn error_with(from: &str, to: &str) -> String {
    let mut f = files();
    assert!(f.names.contains(from), "the table holds {from:?}");
    f.names = f.names.replacen(from, to, 1);
    let e = convert(&f).expect_err("a wrong row stops the conversion");
    assert!(matches!(e.kind, ErrorKind::Name(_)), "{e}");
    e.to_string()
}

#[test]
fn every_row_of_the_table_matches_the_atop_files() {
    let f = files();
    let rows = f.names.lines().skip(1).filter(|l| !l.is_empty()).count();
    assert!(rows >= 30, "{rows} names");
    // The conversion checks each row (id, date of signature, signatories) and succeeds.
    let c = convert(&f).unwrap();
    let named = c
        .dataset
        .ties
        .iter()
        .filter(|t| !t.name.starts_with("ATOP "))
        .map(|t| t.id.split('-').nth(1).unwrap().to_string())
        .collect::<std::collections::BTreeSet<_>>();
    assert_eq!(named.len(), rows, "every row names one alliance");
}

#[test]
fn a_wrong_row_stops_the_conversion() {
    let date = error_with(
        "3180\tNATO (North Atlantic Treaty)\tNorth Atlantic Treaty\tWashington\t1949-04-04",
        "3180\tNATO (North Atlantic Treaty)\tNorth Atlantic Treaty\tWashington\t1949-04-05",
    );
    assert!(
        date.contains("names.tsv line") && date.contains("signed on 1949-04-04"),
        "{date}"
    );
    let members = error_with(
        "\t1955-05-14\t265 290 315 310 339 355 360 365\t",
        "\t1955-05-14\t265 290 315 310 339 355 360\t",
    );
    assert!(members.contains("missing [365]"), "{members}");
    let extra = error_with("\t1879-10-07\t255 300\t", "\t1879-10-07\t255 300 365\t");
    assert!(extra.contains("not founders [365]"), "{extra}");
    let id = error_with("\n3285\t", "\n3286\t");
    assert!(id.contains("alliance 3286 is not in atop5_1a.csv"), "{id}");
}

#[test]
fn nato_is_named_and_its_facts_are_in_words() {
    let d = data();
    let t = d["ties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "atop-3180-p2")
        .unwrap();
    assert_eq!(t["name"], "NATO (North Atlantic Treaty), phase 2");
    assert!(t["title"].as_str().unwrap().starts_with("NATO (North Atlantic Treaty), phase 2: United States of America, Canada, United Kingdom and 9 more"));
    let fact = |label: &str| {
        t["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["label"] == label)
            .unwrap_or_else(|| panic!("no fact {label}"))["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(fact("Signed"), "4 April 1949");
    assert_eq!(fact("Treaty"), "North Atlantic Treaty, Washington");
    assert_eq!(
        fact("Obligations"),
        "defense, non-aggression and consultation"
    );
    assert!(fact("Signatories").starts_with("United States of America, Canada, United Kingdom"));
    assert!(fact("Signatories").ends_with("Denmark and Iceland"));
    assert_eq!(t["sources"][0]["row"], true);
}

#[test]
fn the_app_composes_the_title_from_the_members_on_the_date() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/atop-5.1.json"))
            .unwrap();
    let data = alliance_map::model::parse::parse("atop-5.1.json", &text).unwrap();
    let nato = data.ties.iter().find(|t| t.id == "atop-3180-p2").unwrap();
    let day = |s: &str| {
        alliance_map::model::date::Date::parse(s)
            .unwrap()
            .first_day()
    };
    let title = data.title_on(nato, day("1985-06-01"));
    assert_eq!(
        title,
        "NATO (North Atlantic Treaty), phase 2: United States of America, Canada, United Kingdom and 13 more"
    );
    let names = data.member_names_on(nato, day("1985-06-01"));
    assert!(names.contains(&"German Federal Republic"));
    assert!(!names.contains(&"Germany"));
    assert!(data
        .title_on(nato, day("2018-06-30"))
        .ends_with("and 26 more"));
    assert!(nato.sources[0].row);
    assert_eq!(nato.facts[0].label, "ATOP");
}
