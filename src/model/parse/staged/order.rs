//! The stages a parse goes through, in their order, and the move from each to the next: the
//! text checked for characters that could not be read, read tie by tie where it can be
//! ([`crate::model::parse::text::by_tie`]) and otherwise whole, then the passes of
//! [`crate::model::parse::stages`]: the head, each tie's shape, the ids and dated fields, each tie's
//! meaning and the stories. Each move is small (at most one tie), so that the driver can stop
//! between any two.

use std::mem;
use std::ops::Range;

use serde_json::{Map, Value};

use super::Staged;
use crate::model::dataset::{Dataset, Tie};
use crate::model::error::Problem;
use crate::model::parse::checker::{shape_of, Checker};
use crate::model::parse::stages::{ties_of, Head, Middle};
use crate::model::parse::text::{self, ByTie};
use crate::model::raw::RawTie;

/// What a move from one stage to the next amounts to.
pub(super) enum Flow {
    /// Nothing to count: go on.
    Again,
    /// A unit of work, after which this many are done.
    Unit(usize),
    /// The end: the dataset, unless a problem was reported.
    Over(Option<Dataset>),
}

/// The passes, in their order.
pub(super) enum Stage {
    /// The text, not yet looked at.
    Start,
    /// The text is UTF-8 throughout: find its ties next.
    Clean,
    /// The file read in one go (when it could not be read tie by tie), or a value given.
    Whole(Value),
    /// Reading the ties one by one, everything else read already.
    Read {
        root: Map<String, Value>,
        items: Vec<Range<usize>>,
        values: Vec<Value>,
    },
    /// Everything read: format, version and every list but the ties' elements next.
    Head(Map<String, Value>),
    /// Each tie's shape.
    Shape {
        root: Map<String, Value>,
        head: Box<Head>,
        raw: Vec<(usize, RawTie)>,
        next: usize,
    },
    /// Each tie's meaning, the ids and dated fields read; the stories last.
    Check {
        root: Map<String, Value>,
        middle: Box<Middle>,
        raw: std::vec::IntoIter<(usize, RawTie)>,
        ties: Vec<Tie>,
    },
    Over,
}

impl Staged<'_> {
    /// The text read in one go, or its syntax error.
    fn whole(&self) -> Result<Stage, Problem> {
        text::whole(text::body(&self.text)).map(Stage::Whole)
    }

    /// Takes the parse one stage further; a text that is not UTF-8 or not JSON is refused
    /// with its problem.
    pub(super) fn next(&mut self) -> Result<Flow, Problem> {
        let done = match mem::replace(&mut self.stage, Stage::Over) {
            Stage::Start => {
                if let Some(problem) = text::unreadable(text::body(&self.text)) {
                    return Err(problem);
                }
                self.stage = Stage::Clean;
                0
            }
            Stage::Clean => {
                self.stage = match text::by_tie(text::body(&self.text)) {
                    Some(ByTie { root, items }) => {
                        self.ties = items.len();
                        let values = Vec::with_capacity(items.len());
                        Stage::Read {
                            root,
                            items,
                            values,
                        }
                    }
                    None => self.whole()?,
                };
                return Ok(Flow::Again);
            }
            Stage::Whole(value) => {
                let Value::Object(root) = value else {
                    let expected = "an object with the dataset's fields";
                    self.checker
                        .problem("(top level)", shape_of(expected, &value));
                    return Ok(Flow::Over(None));
                };
                self.ties = ties_of(&root).len();
                self.stage = Stage::Head(root);
                self.ties
            }
            Stage::Read {
                mut root,
                items,
                mut values,
            } => {
                let Some(range) = items.get(values.len()) else {
                    root.insert("ties".into(), Value::Array(values));
                    self.stage = Stage::Head(root);
                    return Ok(Flow::Again);
                };
                let Some(value) = text::tie(text::body(&self.text), range.clone()) else {
                    self.stage = self.whole()?;
                    return Ok(Flow::Again);
                };
                values.push(value);
                let done = values.len();
                self.stage = Stage::Read {
                    root,
                    items,
                    values,
                };
                done
            }
            Stage::Head(root) => {
                let Some(head) = self.checker.head(&root) else {
                    return Ok(Flow::Over(None));
                };
                self.stage = Stage::Shape {
                    root,
                    head: Box::new(head),
                    raw: Vec::with_capacity(self.ties),
                    next: 0,
                };
                return Ok(Flow::Again);
            }
            Stage::Shape {
                mut root,
                head,
                mut raw,
                next: i,
            } => {
                let items = ties_of(&root);
                if !head.ties_listed || i >= items.len() {
                    self.stage = Stage::Check {
                        middle: Box::new(self.checker.middle(&root, *head)),
                        root,
                        raw: raw.into_iter(),
                        ties: Vec::with_capacity(self.ties),
                    };
                    return Ok(Flow::Again);
                }
                if let Some(t) = self.checker.element::<RawTie>("ties", i, &items[i]) {
                    raw.push((i, t));
                }
                slim(&mut root, i);
                self.stage = Stage::Shape {
                    root,
                    head,
                    raw,
                    next: i + 1,
                };
                self.ties + i + 1
            }
            Stage::Check {
                root,
                middle,
                mut raw,
                mut ties,
            } => {
                let Some((i, t)) = raw.next() else {
                    let dataset = self.checker.finish(&root, *middle, ties);
                    return Ok(Flow::Over(dataset));
                };
                ties.extend(self.checker.tie_in(&middle, i, t));
                self.stage = Stage::Check {
                    root,
                    middle,
                    raw,
                    ties,
                };
                2 * self.ties + i + 1
            }
            Stage::Over => {
                self.checker = Checker::default();
                self.stage = Stage::Start;
                return Ok(Flow::Again);
            }
        };
        Ok(Flow::Unit(done))
    }
}

/// Once tie `i` has been read, only its id is needed again (to resolve references to it):
/// the rest is let go then, a slice at a time, rather than all at once at the end.
fn slim(root: &mut Map<String, Value>, i: usize) {
    if let Some(Value::Array(items)) = root.get_mut("ties") {
        let item = &mut items[i];
        let id = item.get_mut("id").map(Value::take);
        *item = match id {
            Some(id) => Value::Object(Map::from_iter([("id".to_string(), id)])),
            None => Value::Null,
        };
    }
}
