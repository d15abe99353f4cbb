//! Datasets kept as two spreadsheets, saved as CSV: `states.csv` (id, name, region) and
//! `ties.csv` (one tie per row, one source per tie). They are turned into the JSON form and
//! checked like any dataset; problems are reported by sheet, line and column, in the
//! sheets' words.
//!
//! The columns of each sheet, and which may be left out, are in `columns` (`ties.csv`: `id,
//! title, members, domains, stance, kind, start, end, summary, source, source_date,
//! source_url, quote`). `members` and `domains` hold several ids separated by `;`. `end` and
//! `source_url` may be empty or left out. Sources are told apart by their title; domains
//! get their label from their id.
//!
//! This module builds the dataset; CSV's quoting is read in `csv`, each sheet against its
//! columns in `sheet`, and `locate` turns a problem's JSON path back into a sheet's line
//! and column, and its JSON words into the sheets'.

use serde_json::{json, Map, Value};

use super::dataset::Dataset;
use super::error::LoadError;
use super::parse::parse_value;
use locate::{locate, reword};
use sheet::Sheet;

pub mod columns;
mod csv;
mod locate;
mod sheet;

pub use columns::{STATE_COLUMNS, TIE_COLUMNS};
pub use csv::rows;

/// A source as the ties sheet gives it: the rows naming the same title share it.
struct Source {
    title: String,
    date: String,
    url: String,
    /// The first row of the ties sheet naming it (counting from 0, the header not counted),
    /// where its problems are reported.
    row: usize,
}

fn list(text: &str) -> Vec<Value> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| json!(s))
        .collect()
}

fn label(id: &str) -> String {
    if id.chars().count() <= 3 {
        id.to_uppercase()
    } else {
        let mut c = id.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    }
}

/// Builds and checks a dataset from the two sheets' text.
pub fn from_sheets(states_csv: &str, ties_csv: &str) -> Result<Dataset, LoadError> {
    let origin = "states.csv and ties.csv";
    let mut problems = Vec::new();
    let states = Sheet::read("states.csv", states_csv, &STATE_COLUMNS, &mut problems);
    let ties = Sheet::read("ties.csv", ties_csv, &TIE_COLUMNS, &mut problems);
    if !problems.is_empty() {
        return Err(LoadError {
            origin: origin.into(),
            problems,
        });
    }
    let state_values: Vec<Value> = states
        .rows
        .iter()
        .map(|(_, r)| {
            let mut o = Map::new();
            o.insert("id".into(), json!(states.get(r, "id")));
            o.insert("name".into(), json!(states.get(r, "name")));
            let region = states.get(r, "region");
            if !region.is_empty() {
                o.insert("region".into(), json!(region));
            }
            Value::Object(o)
        })
        .collect();
    let mut domains: Vec<String> = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    let mut tie_values = Vec::new();
    for (k, (_, r)) in ties.rows.iter().enumerate() {
        for d in ties
            .get(r, "domains")
            .split(';')
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            if !domains.iter().any(|x| x == d) {
                domains.push(d.to_string());
            }
        }
        let title = ties.get(r, "source");
        let source = match sources.iter().position(|s| s.title == title) {
            Some(i) => i,
            None => {
                sources.push(Source {
                    title: title.to_string(),
                    date: ties.get(r, "source_date").to_string(),
                    url: ties.get(r, "source_url").to_string(),
                    row: k,
                });
                sources.len() - 1
            }
        };
        let end = ties.get(r, "end");
        tie_values.push(json!({
            "id": ties.get(r, "id"), "title": ties.get(r, "title"), "members": list(ties.get(r, "members")),
            "domains": list(ties.get(r, "domains")), "stance": ties.get(r, "stance"), "kind": ties.get(r, "kind"),
            "start": ties.get(r, "start"), "end": if end.is_empty() { Value::Null } else { json!(end) },
            "summary": ties.get(r, "summary"),
            "sources": [{ "source": format!("source-{}", source + 1), "quote": ties.get(r, "quote") }],
        }));
    }
    let source_values: Vec<Value> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut o =
                json!({ "id": format!("source-{}", i + 1), "title": s.title, "date": s.date });
            if !s.url.is_empty() {
                o["url"] = json!(s.url);
            }
            o
        })
        .collect();
    let dataset = json!({
        "format": "alliance-map", "version": 1, "title": "Dataset from states.csv and ties.csv",
        "domains": domains.iter().map(|d| json!({ "id": d, "label": label(d) })).collect::<Vec<_>>(),
        "states": state_values, "sources": source_values, "ties": tie_values,
    });
    parse_value(origin, dataset).map_err(|mut e| {
        let place = |path: &str| locate(path, &states, &ties, &sources);
        for p in &mut e.problems {
            p.at = place(&p.at);
            p.kind = reword(p.kind.clone(), place);
        }
        e
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every problem of `e`, as a person reads it.
    fn texts(e: &LoadError) -> Vec<String> {
        e.problems.iter().map(|p| p.to_string()).collect()
    }

    const STATES: &str = "id,name,region\nAAA,Aland,North\nBBB,Bland,North\nCCC,Cland,\n";
    const TIES: &str = "id,title,members,domains,stance,kind,start,end,summary,source,source_date,source_url,quote\n\
ab,A-B accord,AAA;BBB,space,cooperation,agreement,2015,2016-06,\"A and B, in space.\",A document,2016-07,https://example.org,\"A and B signed.\"\n\
abc,Forum,AAA; BBB; CCC,cyber;space,cooperation,framework,2016-03-01,,Three meet.,A document,2016-07,,The three met.\n";

    #[test]
    fn two_sheets_make_a_dataset() {
        let d = from_sheets(STATES, TIES).unwrap();
        assert_eq!(d.states.len(), 3);
        assert_eq!(d.states[2].region, None);
        assert_eq!(d.ties.len(), 2);
        assert_eq!(d.ties[1].members.len(), 3);
        assert_eq!(
            d.domains
                .iter()
                .map(|x| x.label.as_str())
                .collect::<Vec<_>>(),
            ["Space", "Cyber"]
        );
        assert_eq!(d.sources.len(), 1, "one source, named twice");
        assert_eq!(d.sources[0].url.as_deref(), Some("https://example.org"));
        assert_eq!(d.ties[0].summary, "A and B, in space.");
    }

    #[test]
    fn problems_name_file_line_and_column() {
        let ties = TIES
            .replace("AAA; BBB; CCC", "AAA; BBB; ZZZ")
            .replace("2016-03-01", "2016-02-30");
        let texts = texts(&from_sheets(STATES, &ties).unwrap_err());
        assert_eq!(
            texts,
            [
                "ties.csv line 3, column members (item 3): unknown id \"ZZZ\": not a state id in the states sheet",
                "ties.csv line 3, column start: \"2016-02-30\": day 30 does not exist in that month (it has 29 days)",
            ]
        );
    }

    #[test]
    fn missing_columns_and_ragged_rows_are_reported() {
        let texts = texts(&from_sheets("id,region\nAAA,North\n", "id,title\nx,y,z\n").unwrap_err());
        assert_eq!(
            texts[0],
            "states.csv line 1: missing column `name` (the states sheet's columns are id, name and region (optional))"
        );
        assert!(texts
            .iter()
            .any(|t| t == "ties.csv line 2: the row has 3 cells but the header has 2 columns"));
        assert_eq!(
            texts.iter().filter(|t| t.contains("columns are")).count(),
            2,
            "the columns are listed once per sheet: {texts:#?}"
        );
    }

    #[test]
    fn guessed_column_names_get_a_did_you_mean_and_the_list_once() {
        let ties = TIES
            .replacen("id,title,", "id,name,", 1)
            .replacen(",domains,", ",Domain,", 1);
        let e = from_sheets(STATES, &ties).unwrap_err();
        let texts = texts(&e);
        assert_eq!(
            texts,
            [
                "ties.csv line 1: unknown column `name`: did you mean `title`? (the ties sheet's columns are id, title, members, domains, stance, kind, start, end (optional), summary, source, source_date, source_url (optional) and quote)",
                "ties.csv line 1: unknown column `Domain`: did you mean `domains`?",
            ]
        );
        assert_eq!(
            e.to_string().lines().next(),
            Some("states.csv and ties.csv has 2 problems")
        );
    }

    #[test]
    fn sheet_problems_speak_of_sheets_rows_and_one_of_each() {
        let states = format!("{STATES}AAA,Again,South\n");
        let ties = TIES
            .replacen("id,title,", "id,title,notes,", 1)
            .replace("\nab,A-B accord,", "\nab,A-B accord,,");
        assert_eq!(
            texts(&from_sheets(&states, &ties).unwrap_err()),
            ["ties.csv line 3: the row has 13 cells but the header has 14 columns",],
            "an extra column of one's own is allowed; a short row is not"
        );
        let e = from_sheets(&states, TIES).unwrap_err();
        assert_eq!(
            e.to_string(),
            "states.csv and ties.csv has 1 problem\n- states.csv line 5, column id: duplicate id \"AAA\": already used at states.csv line 2, column id"
        );
        let one = "id,name\nAAA\n";
        let e = from_sheets(one, TIES).unwrap_err();
        assert_eq!(
            e.problems[0].to_string(),
            "states.csv line 2: the row has 1 cell but the header has 2 columns"
        );
    }

    #[test]
    fn optional_columns_may_be_left_out() {
        let ties = TIES
            .replacen(",end,", ",", 1)
            .replace(",2016-06,", ",")
            .replace(",2016-03-01,,", ",2016-03-01,");
        let d = from_sheets("id,name\nAAA,A\nBBB,B\nCCC,C\n", &ties).unwrap();
        assert_eq!(d.ties[0].end, None);
        assert_eq!(d.states[0].region, None);
    }

    #[test]
    fn the_example_sheets_load() {
        let d = from_sheets(
            include_str!("../../data/examples/states.csv"),
            include_str!("../../data/examples/ties.csv"),
        )
        .unwrap();
        assert_eq!(d.ties.len(), 6);
        assert!(d
            .ties
            .iter()
            .any(|t| t.id == "quad-summit-2021" && t.members.len() == 4));
    }
}
