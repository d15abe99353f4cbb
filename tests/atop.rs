//! The ATOP dataset (`data/atop-5.1.json`): the conversion of the copied source files
//! reproduces it byte for byte, and it holds facts read off the source files by hand.
//!
//! The file is checked as plain JSON, not through the app's parser, so these tests do not
//! depend on the parser reading the member objects and spells.
#![cfg(not(target_arch = "wasm32"))]

use alliance_map::convert::atop::{convert, Conversion, SourceFiles};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn conversion() -> &'static Conversion {
    static C: OnceLock<Conversion> = OnceLock::new();
    C.get_or_init(|| convert(&SourceFiles::read(&path("sources/atop")).unwrap()).unwrap())
}

fn committed_text() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| std::fs::read_to_string(path("data/atop-5.1.json")).unwrap())
}

fn data() -> &'static Value {
    static D: OnceLock<Value> = OnceLock::new();
    D.get_or_init(|| serde_json::from_str(committed_text()).unwrap())
}

fn list(key: &str) -> &'static Vec<Value> {
    data()[key].as_array().unwrap()
}

fn tie(id: &str) -> &'static Value {
    list("ties")
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("no tie {id}"))
}

/// A tie's members: id -> (own start, own end), `None` where the tie's date applies.
fn members(id: &str) -> BTreeMap<String, (Option<String>, Option<String>)> {
    let text = |v: &Value| v.as_str().map(str::to_string);
    tie(id)["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| match m {
            Value::String(s) => (s.clone(), (None, None)),
            _ => (
                m["state"].as_str().unwrap().to_string(),
                (text(&m["start"]), text(&m["end"])),
            ),
        })
        .collect()
}

fn plain(ids: &[&str]) -> BTreeMap<String, (Option<String>, Option<String>)> {
    ids.iter().map(|s| (s.to_string(), (None, None))).collect()
}

fn own(start: Option<&str>, end: Option<&str>) -> (Option<String>, Option<String>) {
    (start.map(str::to_string), end.map(str::to_string))
}

#[test]
fn the_conversion_reproduces_the_committed_file_byte_for_byte() {
    let text = conversion().dataset.to_json().unwrap();
    assert!(
        text == committed_text(),
        "data/atop-5.1.json is not what the conversion makes: run \
         `cargo run --release --locked --bin atop -- sources/atop data/atop-5.1.json`"
    );
    assert!(text.ends_with("}\n") && text.contains("\n  \"version\": 1,\n"));
}

#[test]
fn counts_alliances_phases_and_states() {
    assert_eq!(conversion().alliances, 789);
    assert_eq!(list("ties").len(), 849);
    let alliances: BTreeSet<&str> = list("ties")
        .iter()
        .map(|t| {
            t["sources"][0]["quote"]
                .as_str()
                .unwrap()
                .split(',')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(alliances.len(), 789);
    assert_eq!(list("states").len(), 208);
    assert_eq!(data()["format"], "alliance-map");
    assert_eq!(data()["version"], 1);
    assert!(data().get("stories").is_none());
}

#[test]
fn nato_founding_members_dates_and_later_members() {
    let p1 = tie("atop-3180-p1");
    assert_eq!(p1["start"], "1949-04-04");
    assert_eq!(p1["end"], "1951-06-19");
    assert_eq!(p1["kind"], "defense pact");
    let founders = [
        "USA", "CAN", "GBR", "NLD", "BEL", "LUX", "FRA", "PRT", "ITA", "NOR", "DNK", "ISL",
    ];
    assert_eq!(members("atop-3180-p1"), plain(&founders));

    // ATOP's second phase, from 19 June 1951, is still in force: no end.
    let p2 = tie("atop-3180-p2");
    assert_eq!(p2["start"], "1951-06-19");
    assert!(p2.get("end").is_none());
    let m = members("atop-3180-p2");
    assert_eq!(m.len(), 30);
    // Accessions are coded as member entry dates (the signing of the protocols), not as
    // new phases.
    assert_eq!(m["GRC"], own(Some("1951-10-22"), None));
    assert_eq!(m["TUR"], own(Some("1951-10-22"), None));
    assert_eq!(m["XGFR"], own(Some("1954-10-23"), Some("1990-10-03")));
    assert_eq!(m["DEU"], own(Some("1990-10-03"), None));
    assert_eq!(m["ESP"], own(Some("1981-12-10"), None));
    assert_eq!(m["MNE"], own(Some("2016-05-19"), None));
    for id in founders {
        assert_eq!(m[id], (None, None), "{id}");
    }
}

#[test]
fn the_warsaw_pact() {
    let t = tie("atop-3285");
    assert_eq!(t["start"], "1955-05-14");
    assert_eq!(t["end"], "1991-07-01");
    let mut expected = plain(&["POL", "HUN", "XCZE", "BGR", "ROU", "RUS"]);
    expected.insert("XGDR".into(), own(None, Some("1990-10-03")));
    expected.insert("ALB".into(), own(None, Some("1968-09-12")));
    assert_eq!(members("atop-3285"), expected);
}

#[test]
fn the_triple_alliance_and_a_nineteenth_century_accession() {
    let t = tie("atop-1350-p1");
    assert_eq!(t["start"], "1882-05-20");
    assert_eq!(t["end"], "1887-02-20");
    assert_eq!(t["members"], serde_json::json!(["DEU", "XAUH", "ITA"]));
    assert!(t["title"]
        .as_str()
        .unwrap()
        .starts_with("Triple Alliance, phase 1: Germany, Austria-Hungary and Italy"));
    assert_eq!(tie("atop-1350-p4")["end"], "1918-11-03");
    assert_eq!(
        members("atop-1350-p4")["ITA"],
        own(None, Some("1915-05-23"))
    );
    // The Three Emperors' League: Russia and Austria-Hungary on 3 June 1873, Germany
    // joined on 22 October.
    assert_eq!(tie("atop-1315")["start"], "1873-06-03");
    assert_eq!(members("atop-1315")["DEU"], own(Some("1873-10-22"), None));
}

#[test]
fn unknown_days_keep_the_month() {
    assert_eq!(tie("atop-1115")["start"], "1844-06");
    assert_eq!(tie("atop-1115")["end"], "1846-06-29");
    assert_eq!(tie("atop-1035")["end"], "1822-12");
    assert_eq!(members("atop-3455")["RWA"], own(Some("1963-03"), None));
}

#[test]
fn a_state_that_left_and_came_back_is_listed_for_each_period() {
    let egypt: Vec<&Value> = tie("atop-3015")["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["state"] == "EGY" || **m == "EGY")
        .collect();
    assert_eq!(
        egypt,
        [
            &serde_json::json!({ "state": "EGY", "end": "1979-03-31" }),
            &serde_json::json!({ "state": "EGY", "start": "1989-05-22" }),
        ]
    );
    let summary = tie("atop-3015")["summary"].as_str().unwrap();
    assert!(summary.contains("Egypt left on 31 March 1979 and came back on 22 May 1989"));
    // The app's own parser reads it so: Egypt is out of the Arab League in 1985.
    let data = alliance_map::model::parse::parse("atop", committed_text()).unwrap();
    let league = data.ties.iter().find(|t| t.id == "atop-3015").unwrap();
    let egy = data.states.iter().position(|s| s.id == "EGY").unwrap();
    let egy = alliance_map::model::dataset::StateIx(egy as u32);
    let day = |s| {
        alliance_map::model::date::Date::parse(s)
            .unwrap()
            .first_day()
    };
    assert!(league.takes_part(egy, day("1979-03-31")));
    assert!(!league.takes_part(egy, day("1985-01-01")));
    assert!(league.takes_part(egy, day("1989-05-22")));
}

#[test]
fn state_ids_are_unique_well_formed_and_cover_every_member() {
    let mut ids = BTreeSet::new();
    for s in list("states") {
        let id = s["id"].as_str().unwrap();
        let first = id.chars().next().unwrap();
        assert!(first.is_ascii_uppercase(), "{id}");
        assert!(id
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
        assert!(id.len() == 3 || (id.len() == 4 && first == 'X'), "{id}");
        assert!(ids.insert(id), "{id} twice");
        assert!(s["region"].is_string() && s["name"].is_string());
    }
    for t in list("ties") {
        for (id, _) in members(t["id"].as_str().unwrap()) {
            assert!(ids.contains(id.as_str()), "{id} in {}", t["id"]);
        }
    }
    let name = |id: &str| {
        let s = list("states").iter().find(|s| s["id"] == id).unwrap();
        s["name"].as_str().unwrap().to_string()
    };
    assert_eq!(name("GBR"), "United Kingdom");
    assert_eq!(name("DEU"), "Germany");
    assert_eq!(name("XGFR"), "German Federal Republic");
    assert_eq!(name("RUS"), "Russia");
    assert_eq!(name("XANM"), "Annam");
    assert_eq!(name("XBAD"), "Baden");
}

#[test]
fn spells_come_from_the_cow_list() {
    let est = list("states").iter().find(|s| s["id"] == "EST").unwrap();
    assert_eq!(
        est["spells"],
        serde_json::json!([
            { "start": "1918-02-24", "end": "1940-06-16" },
            { "start": "1991-09-06" }
        ])
    );
    let annam = list("states").iter().find(|s| s["id"] == "XANM").unwrap();
    assert!(annam.get("spells").is_none());
}

#[test]
fn every_quote_is_verbatim_from_the_phase_file() {
    let text = std::fs::read_to_string(path("sources/atop/atop5_1aph.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    for t in list("ties") {
        let cite = &t["sources"][0];
        assert_eq!(cite["source"], "atop-5.1");
        let quote = cite["quote"].as_str().unwrap();
        assert!(!quote.is_empty() && quote.len() <= 200, "{}", t["id"]);
        assert!(lines.iter().any(|l| l.contains(quote)), "{}", t["id"]);
    }
}

#[test]
fn every_tie_is_a_cooperation_with_domains_and_dates_in_order() {
    let domains: BTreeSet<&str> = list("domains")
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(domains.len(), 5);
    let mut last = String::new();
    for t in list("ties") {
        assert_eq!(t["stance"], "cooperation");
        let ds = t["domains"].as_array().unwrap();
        assert!(!ds.is_empty());
        assert!(ds.iter().all(|d| domains.contains(d.as_str().unwrap())));
        let start = t["start"].as_str().unwrap().to_string();
        assert!(start >= last, "ties are ordered by start: {}", t["id"]);
        last = start;
    }
}

#[test]
fn the_readme_lists_the_id_of_every_cow_state() {
    use alliance_map::convert::atop::ids::{state_id, OUTSIDE_COW};
    let readme = std::fs::read_to_string(path("sources/atop/README.md")).unwrap();
    let mut rows = 0;
    for line in readme.lines() {
        // | COW | letters | name in the COW list | id | note |
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Ok(ccode) = cells.get(1).unwrap_or(&"").parse::<u32>() else {
            continue;
        };
        if cells.len() != 7 {
            continue;
        }
        let id = match OUTSIDE_COW.iter().find(|(c, _, _)| *c == ccode) {
            Some((_, id, _)) => id.to_string(),
            None => state_id(ccode, cells[2]).unwrap(),
        };
        assert_eq!(cells[4], id, "{line}");
        rows += 1;
    }
    assert_eq!(rows, 217 + OUTSIDE_COW.len());
}
