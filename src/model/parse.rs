//! Turning a dataset file into a [`Dataset`], checking everything on the way and collecting
//! every problem rather than stopping at the first.
//!
//! Three passes: JSON syntax (with line and column), the shape of each list element (with its
//! JSON path), then meaning: ids unique and resolvable, dates real, ties well formed. They
//! are written once, in [`staged`], which can run them a slice at a time; [`parse`] runs
//! them in one go.

use serde_json::Value;

use super::dataset::Dataset;
use super::error::LoadError;
use staged::Staged;

mod checker;
mod member;
mod period;
pub mod split;
pub mod staged;
mod stages;
mod story;
mod text;
mod tie;

/// Parses and validates a dataset. `origin` names the file or address in messages.
///
/// # Examples
/// ```
/// use alliance_map::model::parse::parse;
/// let err = parse("mine.json", r#"{"format": "alliance-map", "version": 2}"#).unwrap_err();
/// assert_eq!(err.problems[0].to_string(), "version: expected version 1, found 2");
/// ```
pub fn parse(origin: &str, text: &str) -> Result<Dataset, LoadError> {
    Staged::new(origin, text).finish()
}

/// Validates a dataset already read as JSON (from a JSON file, or built from spreadsheets),
/// with the same checks and messages as [`parse`].
///
/// # Examples
/// ```
/// use alliance_map::model::parse::parse_value;
/// let err = parse_value("built", serde_json::json!([1])).unwrap_err();
/// assert_eq!(
///     err.problems[0].to_string(),
///     "(top level): expected an object with the dataset's fields, found an array"
/// );
/// ```
pub fn parse_value(origin: &str, value: Value) -> Result<Dataset, LoadError> {
    Staged::of_value(origin, value).finish()
}
