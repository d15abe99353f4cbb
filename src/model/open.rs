//! Opening a reader's own files: one `.json` dataset, or the two spreadsheets of the CSV
//! form (told apart by their columns, whatever their names).

use super::dataset::Dataset;
use super::error::{LoadError, Problem, ProblemKind};
use super::parse::parse;
use super::sheets::columns::suggest;
use super::sheets::{from_sheets, rows};

fn refuse(origin: String, message: &str) -> LoadError {
    LoadError {
        origin,
        problems: vec![Problem {
            at: "files".into(),
            kind: ProblemKind::Shape(message.into()),
        }],
    }
}

/// The one JSON dataset among the files given, if that is what they are: its name and text.
///
/// # Examples
/// ```
/// use alliance_map::model::open::single_json;
/// let one = [("Mine.JSON".to_string(), "{}".to_string())];
/// assert_eq!(single_json(&one), Some(("Mine.JSON", "{}")));
/// assert_eq!(single_json(&[]), None);
/// ```
pub fn single_json(files: &[(String, String)]) -> Option<(&str, &str)> {
    match files {
        [(name, text)] if name.to_lowercase().ends_with(".json") => Some((name, text)),
        _ => None,
    }
}

/// Reads the files given as (name, text).
///
/// # Examples
/// ```
/// use alliance_map::model::open::open_files;
/// let json = include_str!("../../tests/fixtures/minimal.json");
/// assert_eq!(open_files(&[("mine.json".into(), json.into())]).unwrap().title, "Minimal");
/// let err = open_files(&[("a.txt".into(), "x".into())]).unwrap_err();
/// assert_eq!(err.problems[0].to_string(), "files: expected one .json file, or two .csv files (states and ties)");
/// ```
pub fn open_files(files: &[(String, String)]) -> Result<Dataset, LoadError> {
    let names = files
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if let Some((name, text)) = single_json(files) {
        return parse(name, text);
    }
    let is = |name: &str, ext: &str| name.to_lowercase().ends_with(ext);
    match files {
        [a, b] if is(&a.0, ".csv") && is(&b.0, ".csv") => {
            let has_members = |text: &str| {
                rows(text).first().is_some_and(|(_, header)| {
                    // `member` or `states` tells it as well: its message then says "did you mean".
                    header.iter().any(|h| suggest(h, &["members"]).is_some())
                })
            };
            match (has_members(&a.1), has_members(&b.1)) {
                (false, true) => from_sheets(&a.1, &b.1),
                (true, false) => from_sheets(&b.1, &a.1),
                _ => Err(refuse(names, "expected one sheet of states (id, name, region) and one of ties (with a members column)")),
            }
        }
        _ => Err(refuse(
            names,
            "expected one .json file, or two .csv files (states and ties)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheets_are_told_apart_by_their_columns() {
        let states = include_str!("../../data/examples/states.csv").to_string();
        let ties = include_str!("../../data/examples/ties.csv").to_string();
        let d = open_files(&[
            ("b.csv".into(), ties.clone()),
            ("a.csv".into(), states.clone()),
        ])
        .unwrap();
        assert_eq!(d.ties.len(), 6);
        let e = open_files(&[
            ("a.csv".into(), states.clone()),
            ("b.csv".into(), states.clone()),
        ])
        .unwrap_err();
        assert_eq!(e.origin, "a.csv, b.csv");
        // A guessed name for `members` still tells the ties sheet, and is then explained.
        let guessed = ties.replacen(",members,", ",member,", 1);
        let e = open_files(&[("t.csv".into(), guessed), ("s.csv".into(), states)]).unwrap_err();
        assert!(
            e.problems[0]
                .to_string()
                .starts_with("ties.csv line 1: unknown column `member`: did you mean `members`?"),
            "{e}"
        );
    }
}
