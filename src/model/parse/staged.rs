//! The one driver of parsing, run a slice at a time so that the page can draw and answer in
//! between: the caller runs [`Staged::step`] until it is done, giving each step a way to say
//! when its time is up, and is told how far it has got; [`super::parse`] runs it in one step.
//! The passes and their order are in `staged/order.rs`; slicing changes nothing in the result,
//! problems and their order included.

use std::borrow::Cow;
use std::mem;

use serde_json::Value;

use super::checker::Checker;
use crate::model::dataset::Dataset;
use crate::model::error::LoadError;
use order::{Flow, Stage};

mod order;

/// How far a staged parse has gone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Units of work done and in all: each tie is read, then its shape and its meaning
    /// checked.
    pub done: usize,
    pub total: usize,
}

/// What a step ended with.
#[derive(Debug)]
pub enum Step {
    Working(Progress),
    Done(Result<Dataset, LoadError>),
}

/// A dataset being parsed a slice at a time.
///
/// # Examples
/// ```
/// use alliance_map::model::parse::staged::{Staged, Step};
/// let text = std::fs::read_to_string("tests/fixtures/minimal.json").unwrap();
/// let mut staged = Staged::new("minimal.json", text);
/// let mut steps = 0;
/// let dataset = loop {
///     steps += 1;
///     // One unit of work a step: the slowest, finest slicing.
///     match staged.step(&mut || false) {
///         Step::Working(p) => assert!(p.done <= p.total),
///         Step::Done(result) => break result.unwrap(),
///     }
/// };
/// assert_eq!(dataset.ties.len(), 3);
/// assert!(steps > 9);
/// ```
pub struct Staged<'t> {
    origin: String,
    text: Cow<'t, str>,
    checker: Checker,
    stage: Stage,
    ties: usize,
}

impl<'t> Staged<'t> {
    /// A parse of `text` (owned, or borrowed for as long as the parse runs); `origin` names
    /// the file or address in messages.
    pub fn new(origin: &str, text: impl Into<Cow<'t, str>>) -> Staged<'t> {
        Staged {
            origin: origin.to_string(),
            text: text.into(),
            checker: Checker::default(),
            stage: Stage::Start,
            ties: 0,
        }
    }

    /// A check of a dataset already read as JSON (it has no text).
    pub(super) fn of_value(origin: &str, value: Value) -> Staged<'t> {
        Staged {
            stage: Stage::Whole(value),
            ..Staged::new(origin, "")
        }
    }

    /// Runs every step at once.
    pub fn finish(mut self) -> Result<Dataset, LoadError> {
        loop {
            if let Step::Done(result) = self.step(&mut || true) {
                return result;
            }
        }
    }

    /// Works until `more()` answers false (it is asked after each unit of work) or the
    /// dataset is done. Asked again once done, it starts over.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> Step {
        loop {
            let flow = self.next().unwrap_or_else(|problem| {
                // Only the text is refused so: nothing else has been reported before.
                self.checker.problem(problem.at, problem.kind);
                Flow::Over(None)
            });
            match flow {
                Flow::Again => {}
                Flow::Unit(_) if more() => {}
                Flow::Unit(done) => {
                    return Step::Working(Progress {
                        done,
                        total: 3 * self.ties,
                    })
                }
                Flow::Over(dataset) => {
                    self.stage = Stage::Over;
                    let checker = mem::take(&mut self.checker);
                    return Step::Done(checker.outcome(&self.origin, dataset));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::{parse, parse_value, text};

    const MINIMAL: &str = include_str!("../../../tests/fixtures/minimal.json");

    #[test]
    fn a_text_that_cannot_be_read_tie_by_tie_is_read_whole() {
        // A tie nesting 110 levels deep: valid JSON (and an unknown field, ignored), too deep
        // to be read on its own.
        let deep = format!("{}{}", "[".repeat(110), "]".repeat(110));
        let text = MINIMAL.replacen(
            r#""id": "ab""#,
            &format!(r#""deep": {deep}, "id": "ab""#),
            1,
        );
        assert_ne!(text, MINIMAL);
        let by_tie = text::by_tie(&text)
            .is_some_and(|b| b.items.into_iter().all(|r| text::tie(&text, r).is_some()));
        assert!(!by_tie);
        let value: Value = serde_json::from_str(&text).unwrap();
        let dataset = parse("deep.json", &text).unwrap();
        assert_eq!(dataset.ties.len(), 3);
        assert_eq!(Ok(dataset), parse_value("deep.json", value));
    }

    #[test]
    fn asked_again_once_done_it_starts_over() {
        let mut staged = Staged::new("minimal.json", MINIMAL);
        let first = staged.step(&mut || true);
        let again = staged.step(&mut || true);
        match (first, again) {
            (Step::Done(Ok(a)), Step::Done(Ok(b))) => assert_eq!(a, b),
            other => panic!("{other:?}"),
        }
    }
}
