//! From a file's text to JSON: the text without its byte order mark, the place of the first
//! character that was not UTF-8, a syntax error with its line and column, and the file read
//! as the top-level object with each tie still text (see [`super::split`]).

use std::ops::Range;

use serde_json::{Map, Value};

use super::split;
use crate::model::error::{Problem, ProblemKind};

/// The text without the byte order mark some editors put first.
pub(super) fn body(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Bytes that were not UTF-8 reach here as replacement characters: says so, and where the
/// first one is.
pub(super) fn unreadable(body: &str) -> Option<Problem> {
    let at = body.find('\u{fffd}')?;
    let before = &body[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some(Problem {
        at: format!("line {line}, column {column}"),
        kind: ProblemKind::Encoding,
    })
}

/// The text read in one go, or its syntax error with line and column.
pub(super) fn whole(body: &str) -> Result<Value, Problem> {
    serde_json::from_str(body).map_err(|e| {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        Problem {
            at: format!("line {}, column {}", e.line(), e.column()),
            kind: ProblemKind::Syntax(message),
        }
    })
}

/// A file to be read tie by tie.
pub(super) struct ByTie {
    /// The top-level object, its list of ties empty.
    pub root: Map<String, Value>,
    /// Where each tie lies in the text.
    pub items: Vec<Range<usize>>,
}

/// The top-level object and where each tie lies in `body`. `None` when the text is not one
/// JSON object with a list of ties, or not clean JSON: it is then read [`whole`], which
/// reports any problem exactly.
pub(super) fn by_tie(body: &str) -> Option<ByTie> {
    let split = split::ties(body)?;
    let rest = format!(
        "{}[]{}",
        &body[..split.array.start],
        &body[split.array.end..]
    );
    match serde_json::from_str(&rest) {
        Ok(Value::Object(root)) => Some(ByTie {
            root,
            items: split.items,
        }),
        _ => None,
    }
}

/// The tie at `range` of `body`; `None` when it is not clean JSON on its own (the text is then
/// read [`whole`]).
pub(super) fn tie(body: &str, range: Range<usize>) -> Option<Value> {
    serde_json::from_str(body.get(range)?).ok()
}
