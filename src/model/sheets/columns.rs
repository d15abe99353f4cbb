//! The columns a sheet has, which of them may be left out, and what a header that does not
//! match them is told: a column the sheet needs but lacks, and, for an unknown column, the
//! one it was probably meant to be ("did you mean `title`?"), by a short list of usual
//! other names and a small edit distance. The columns expected are listed once per sheet.

use crate::model::words::{noun, plural};

/// One column of a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// Whether the column may be left out of the header (its cells are then empty).
    pub optional: bool,
}

const fn needed(name: &'static str) -> Column {
    Column {
        name,
        optional: false,
    }
}

const fn optional(name: &'static str) -> Column {
    Column {
        name,
        optional: true,
    }
}

/// The states sheet's columns.
pub const STATE_COLUMNS: [Column; 3] = [needed("id"), needed("name"), optional("region")];

/// The ties sheet's columns.
pub const TIE_COLUMNS: [Column; 13] = [
    needed("id"),
    needed("title"),
    needed("members"),
    needed("domains"),
    needed("stance"),
    needed("kind"),
    needed("start"),
    optional("end"),
    needed("summary"),
    needed("source"),
    needed("source_date"),
    optional("source_url"),
    needed("quote"),
];

/// Other names people give a column, and the column they mean.
const ALIASES: [(&str, &str); 16] = [
    ("name", "title"),
    ("title", "name"),
    ("label", "name"),
    ("country", "name"),
    ("code", "id"),
    ("states", "members"),
    ("countries", "members"),
    ("parties", "members"),
    ("type", "kind"),
    ("begin", "start"),
    ("from", "start"),
    ("until", "end"),
    ("to", "end"),
    ("description", "summary"),
    ("url", "source_url"),
    ("citation", "quote"),
];

/// A header cell as compared: trimmed, lower case, spaces and hyphens as underscores.
pub fn normalize(cell: &str) -> String {
    cell.trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// The number of single-character insertions, deletions, substitutions and swaps of two
/// neighbours that turn `a` into `b`.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![(0..=b.len()).collect::<Vec<usize>>()];
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (rows[i - 1][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        rows.push(row);
    }
    rows[a.len()][b.len()]
}

/// The column among `candidates` that the unknown header cell `cell` was probably meant to
/// be: one of its usual other names, or one at most two edits away (one for short names).
///
/// # Examples
/// ```
/// use alliance_map::model::sheets::columns::suggest;
/// let ties = ["title", "domains", "source_date"];
/// assert_eq!(suggest("name", &ties), Some("title"));
/// assert_eq!(suggest("Domain", &ties), Some("domains"));
/// assert_eq!(suggest("source date", &ties), Some("source_date"));
/// assert_eq!(suggest("colour", &ties), None);
/// ```
pub fn suggest(cell: &str, candidates: &[&'static str]) -> Option<&'static str> {
    let cell = normalize(cell);
    if let Some(c) = candidates.iter().find(|c| **c == cell) {
        return Some(c);
    }
    if let Some((_, to)) = ALIASES
        .iter()
        .find(|(from, to)| *from == cell && candidates.contains(to))
    {
        return candidates.iter().copied().find(|c| c == to);
    }
    candidates
        .iter()
        .map(|c| (distance(&cell, c), *c))
        .filter(|(d, c)| *d <= if c.len() <= 4 { 1 } else { 2 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The columns of a sheet named `sheet`, listed once, the optional ones marked.
///
/// # Examples
/// ```
/// use alliance_map::model::sheets::columns::{listing, STATE_COLUMNS};
/// assert_eq!(listing("states", &STATE_COLUMNS), "the states sheet's columns are id, name and region (optional)");
/// ```
pub fn listing(sheet: &str, columns: &[Column]) -> String {
    let names: Vec<String> = columns
        .iter()
        .map(|c| {
            if c.optional {
                format!("{} (optional)", c.name)
            } else {
                c.name.to_string()
            }
        })
        .collect();
    let list = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    };
    format!("the {sheet} sheet's columns are {list}")
}

/// What is wrong with a header: unknown columns that resemble a missing one, then the
/// missing columns left. The first message carries the [`listing`] of the sheet's columns.
/// Other unknown columns are left alone (a sheet may carry notes of its own).
///
/// # Examples
/// ```
/// use alliance_map::model::sheets::columns::{check_header, STATE_COLUMNS};
/// let header = ["code".to_string(), "country".to_string()];
/// let found = check_header("states", &header, &STATE_COLUMNS);
/// assert_eq!(found, [
///     "unknown column `code`: did you mean `id`? (the states sheet's columns are id, name and region (optional))",
///     "unknown column `country`: did you mean `name`?",
/// ]);
/// ```
pub fn check_header(sheet: &str, header: &[String], columns: &[Column]) -> Vec<String> {
    let has = |name: &str| header.iter().any(|h| normalize(h) == name);
    let mut missing: Vec<&'static str> = columns
        .iter()
        .filter(|c| !c.optional && !has(c.name))
        .map(|c| c.name)
        .collect();
    let mut out = Vec::new();
    // An unknown column may stand for a missing one, needed or optional.
    let mut absent: Vec<&'static str> = columns
        .iter()
        .filter(|c| !has(c.name))
        .map(|c| c.name)
        .collect();
    for cell in header {
        if columns.iter().any(|c| c.name == normalize(cell)) {
            continue;
        }
        if let Some(meant) = suggest(cell, &absent) {
            absent.retain(|a| *a != meant);
            missing.retain(|m| *m != meant);
            out.push(format!(
                "unknown column `{}`: did you mean `{meant}`?",
                cell.trim()
            ));
        }
    }
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
        out.push(format!(
            "missing {} {}",
            noun(missing.len(), "column", "columns"),
            names.join(", ")
        ));
    }
    if let Some(first) = out.first_mut() {
        first.push_str(&format!(" ({})", listing(sheet, columns)));
    }
    out
}

/// What a row whose number of cells is not the header's is told.
pub fn ragged(cells: usize, columns: usize) -> String {
    format!(
        "the row has {} but the header has {}",
        plural(cells, "cell", "cells"),
        plural(columns, "column", "columns")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(columns: &[Column]) -> Vec<&'static str> {
        columns.iter().map(|c| c.name).collect()
    }

    #[test]
    fn guessed_names_get_the_column_meant() {
        let ties = names(&TIE_COLUMNS);
        for (guess, meant) in [
            ("name", "title"),
            ("domain", "domains"),
            ("Member", "members"),
            ("Source URL", "source_url"),
            ("sumary", "summary"),
            ("stnace", "stance"),
            ("quotes", "quote"),
        ] {
            assert_eq!(suggest(guess, &ties), Some(meant), "{guess}");
        }
        for unrelated in ["notes", "colour", "x", ""] {
            assert_eq!(suggest(unrelated, &ties), None, "{unrelated}");
        }
        assert_eq!(distance("stance", "stnace"), 1);
        assert_eq!(distance("kind", "kinds"), 1);
        assert_eq!(distance("", "abc"), 3);
    }

    #[test]
    fn the_columns_are_listed_once_with_the_optional_ones_marked() {
        let header: Vec<String> = ["id", "name", "domain", "stance"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let found = check_header("ties", &header, &TIE_COLUMNS);
        assert_eq!(
            found,
            [
                "unknown column `name`: did you mean `title`? (the ties sheet's columns are id, title, members, domains, stance, kind, start, end (optional), summary, source, source_date, source_url (optional) and quote)",
                "unknown column `domain`: did you mean `domains`?",
                "missing columns `members`, `kind`, `start`, `summary`, `source`, `source_date`, `quote`",
            ]
        );
        assert_eq!(
            found.iter().filter(|t| t.contains("columns are")).count(),
            1
        );
    }

    #[test]
    fn a_good_header_and_extra_columns_are_fine() {
        let header: Vec<String> = ["ID", "Name", "notes"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(check_header("states", &header, &STATE_COLUMNS).is_empty());
        assert_eq!(
            ragged(1, 2),
            "the row has 1 cell but the header has 2 columns"
        );
    }
}
