//! One sheet read against the columns it must have: its header, its rows by line, and each
//! row's value in a named column. Problems of the sheet as a whole (an empty file, a missing
//! column, a row with more or fewer fields than the header) are reported here, before
//! anything is built from it.

use super::columns::{check_header, normalize, ragged, Column};
use super::rows;
use crate::model::error::{Problem, ProblemKind};

/// A problem of the sheet's layout, said in its own words.
fn problem(at: String, message: String) -> Problem {
    Problem {
        at,
        kind: ProblemKind::Shape(message),
    }
}

/// A sheet read against its expected columns: its header (as [`normalize`] compares it) and
/// its rows.
pub(super) struct Sheet {
    pub name: &'static str,
    columns: Vec<String>,
    /// Line number and fields.
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Sheet {
    /// The sheet `name` read from its text, reporting an empty file, missing or misnamed
    /// columns and rows whose number of cells is not the header's.
    pub(super) fn read(
        name: &'static str,
        text: &str,
        expected: &[Column],
        problems: &mut Vec<Problem>,
    ) -> Sheet {
        let mut all = rows(text);
        if all.is_empty() {
            problems.push(problem(
                name.to_string(),
                "the sheet is empty: expected a header row, then one row per item".into(),
            ));
            return Sheet {
                name,
                columns: Vec::new(),
                rows: Vec::new(),
            };
        }
        let (_, header) = all.remove(0);
        let sheet = name.trim_end_matches(".csv");
        for message in check_header(sheet, &header, expected) {
            problems.push(problem(format!("{name} line 1"), message));
        }
        let columns: Vec<String> = header.iter().map(|h| normalize(h)).collect();
        for (line, cells) in &all {
            if cells.len() != columns.len() {
                problems.push(problem(
                    format!("{name} line {line}"),
                    ragged(cells.len(), columns.len()),
                ));
            }
        }
        Sheet {
            name,
            columns,
            rows: all,
        }
    }

    /// The value of `column` in `row`, trimmed; empty when the row or the column lacks it.
    pub(super) fn get<'a>(&self, row: &'a [String], column: &str) -> &'a str {
        self.columns
            .iter()
            .position(|c| c == column)
            .and_then(|i| row.get(i))
            .map(|s| s.trim())
            .unwrap_or("")
    }
}
