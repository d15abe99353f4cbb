//! Where a problem of the dataset built from the sheets lies in the sheets: a JSON path such
//! as `ties[2].members[2]` becomes `ties.csv line 4, column members (item 3)`, and a source's
//! problem points to the first row that names it.

use super::sheet::Sheet;
use super::Source;
use crate::model::error::ProblemKind;

/// A problem of the built dataset said in the sheets' words: an unknown state is one that
/// no row of the states sheet gives, and a duplicate id's first use is a sheet's line.
pub(super) fn reword(kind: ProblemKind, locate: impl Fn(&str) -> String) -> ProblemKind {
    match kind {
        ProblemKind::UnknownId { list: "states", id } => ProblemKind::NotInSheet {
            id,
            what: "state",
            sheet: "states",
        },
        ProblemKind::DuplicateId { id, first } => ProblemKind::DuplicateId {
            first: locate(&first),
            id,
        },
        other => other,
    }
}

/// Turns a JSON path of the built dataset into a file, line and column.
pub(super) fn locate(path: &str, states: &Sheet, ties: &Sheet, sources: &[Source]) -> String {
    let index = |rest: &str| -> Option<(usize, String)> {
        let (n, tail) = rest.split_once(']')?;
        Some((n.parse().ok()?, tail.trim_start_matches('.').to_string()))
    };
    let column = |tail: &str| -> String {
        let field = tail.split(['.', '[']).next().unwrap_or("");
        match (field, tail.split_once('[')) {
            ("sources", _) => "source".into(),
            (f, Some((_, item))) if !f.is_empty() => format!(
                "{f} (item {})",
                item.trim_end_matches(']')
                    .parse::<usize>()
                    .map(|i| i + 1)
                    .unwrap_or(0)
            ),
            (f, _) => f.to_string(),
        }
    };
    let at = |sheet: &Sheet, row: usize, col: String| match sheet.rows.get(row) {
        Some((line, _)) if col.is_empty() => format!("{} line {line}", sheet.name),
        Some((line, _)) => format!("{} line {line}, column {col}", sheet.name),
        None => sheet.name.to_string(),
    };
    if let Some(rest) = path.strip_prefix("states[") {
        if let Some((i, tail)) = index(rest) {
            return at(states, i, column(&tail));
        }
    }
    if let Some(rest) = path.strip_prefix("ties[") {
        if let Some((i, tail)) = index(rest) {
            return at(ties, i, column(&tail));
        }
    }
    if let Some(rest) = path.strip_prefix("sources[") {
        if let Some((i, tail)) = index(rest) {
            let col = if tail == "url" {
                "source_url".to_string()
            } else if tail == "date" {
                "source_date".into()
            } else {
                "source".into()
            };
            return at(ties, sources.get(i).map_or(0, |s| s.row), col);
        }
    }
    match path {
        "states" => "states.csv".into(),
        "ties" | "domains" | "sources" => "ties.csv".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_lines_and_columns() {
        let mut problems = Vec::new();
        let states = Sheet::read(
            "states.csv",
            "id,name\nAAA,A\n",
            &crate::model::sheets::STATE_COLUMNS[..1],
            &mut problems,
        );
        // A blank line, skipped: rows and lines no longer match.
        let ties = Sheet::read(
            "ties.csv",
            "id,source\n\nx,S\ny,T\n",
            &crate::model::sheets::STATE_COLUMNS[..1],
            &mut problems,
        );
        assert!(problems.is_empty());
        let source = |title: &str, row| Source {
            title: title.into(),
            date: String::new(),
            url: String::new(),
            row,
        };
        let sources = [source("S", 0), source("T", 1)];
        let at = |path| locate(path, &states, &ties, &sources);
        assert_eq!(at("states[0]"), "states.csv line 2");
        assert_eq!(at("ties[1].start"), "ties.csv line 4, column start");
        assert_eq!(
            at("ties[1].members[2]"),
            "ties.csv line 4, column members (item 3)"
        );
        assert_eq!(
            at("ties[0].sources[0].source"),
            "ties.csv line 3, column source"
        );
        assert_eq!(at("sources[1].date"), "ties.csv line 4, column source_date");
        assert_eq!(at("sources[0].url"), "ties.csv line 3, column source_url");
        assert_eq!(at("ties[9]"), "ties.csv");
        assert_eq!(at("domains"), "ties.csv");
        assert_eq!(at("(top level)"), "(top level)");
    }
}
