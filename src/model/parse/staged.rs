//! Parsing and checking a large dataset a slice at a time, so that the page can draw and
//! answer in between: the caller runs [`Staged::step`] until it is done, giving each step a
//! way to say when its time is up. The result is exactly [`super::parse`]'s, problems and
//! their order included: the ties are read one by one through the same checks, and a file
//! whose text is not clean JSON is handed to `parse` whole, which reports it.

use std::mem;
use std::ops::Range;

use serde_json::{Map, Value};

use super::stages::{ties_of, Head, Middle};
use super::{parse, split, Checker};
use crate::model::dataset::{Dataset, Tie};
use crate::model::error::LoadError;
use crate::model::raw::RawTie;

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

enum Stage {
    Start,
    /// The text is known to be clean: split it next.
    Clean,
    Read {
        root: Map<String, Value>,
        items: Vec<Range<usize>>,
        values: Vec<Value>,
    },
    Shape {
        root: Map<String, Value>,
        head: Box<Head>,
        raw: Vec<(usize, RawTie)>,
        next: usize,
    },
    Check {
        root: Map<String, Value>,
        middle: Box<Middle>,
        raw: std::vec::IntoIter<(usize, RawTie)>,
        ties: Vec<Tie>,
    },
    Over,
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
pub struct Staged {
    origin: String,
    text: String,
    checker: Checker,
    stage: Stage,
    ties: usize,
}

impl Staged {
    pub fn new(origin: &str, text: String) -> Staged {
        Staged {
            origin: origin.to_string(),
            text,
            checker: Checker::default(),
            stage: Stage::Start,
            ties: 0,
        }
    }

    fn progress(&self, done: usize) -> Step {
        Step::Working(Progress {
            done,
            total: 3 * self.ties,
        })
    }

    /// The file read in one go (for text that is not clean JSON, or has no list of ties).
    fn whole(&mut self) -> Step {
        self.stage = Stage::Over;
        Step::Done(parse(&self.origin, &self.text))
    }

    fn over(&mut self, dataset: Option<Dataset>) -> Step {
        self.stage = Stage::Over;
        let checker = mem::take(&mut self.checker);
        Step::Done(checker.outcome(&self.origin, dataset))
    }

    /// Works until `more()` answers false (it is asked after each unit of work) or the
    /// dataset is done.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> Step {
        loop {
            match mem::replace(&mut self.stage, Stage::Over) {
                Stage::Start => {
                    let body = self.text.strip_prefix('\u{feff}').unwrap_or(&self.text);
                    if body.contains('\u{fffd}') {
                        return self.whole();
                    }
                    self.stage = Stage::Clean;
                    if !more() {
                        return self.progress(0);
                    }
                }
                Stage::Clean => match self.split() {
                    Some(stage) => self.stage = stage,
                    None => return self.whole(),
                },
                Stage::Read {
                    mut root,
                    items,
                    mut values,
                } => {
                    let Some(range) = items.get(values.len()) else {
                        root.insert("ties".into(), Value::Array(values));
                        match self.checker.head(&root) {
                            Some(head) => {
                                let raw = Vec::with_capacity(self.ties);
                                self.stage = Stage::Shape {
                                    root,
                                    head: Box::new(head),
                                    raw,
                                    next: 0,
                                };
                            }
                            None => return self.over(None),
                        }
                        continue;
                    };
                    let Ok(value) = serde_json::from_str(&self.text[range.clone()]) else {
                        return self.whole();
                    };
                    values.push(value);
                    let done = values.len();
                    self.stage = Stage::Read {
                        root,
                        items,
                        values,
                    };
                    if !more() {
                        return self.progress(done);
                    }
                }
                Stage::Shape {
                    mut root,
                    head,
                    mut raw,
                    next: i,
                } => {
                    let items = ties_of(&root);
                    if !head.ties_listed || i >= items.len() {
                        let middle = Box::new(self.checker.middle(&root, *head));
                        let raw = raw.into_iter();
                        let ties = Vec::with_capacity(self.ties);
                        self.stage = Stage::Check {
                            root,
                            middle,
                            raw,
                            ties,
                        };
                        continue;
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
                    if !more() {
                        return self.progress(self.ties + i + 1);
                    }
                }
                Stage::Check {
                    root,
                    middle,
                    mut raw,
                    mut ties,
                } => {
                    let Some((i, t)) = raw.next() else {
                        let dataset = self.checker.finish(&root, *middle, Some(ties));
                        return self.over(dataset);
                    };
                    ties.extend(self.checker.tie_in(&middle, i, t));
                    self.stage = Stage::Check {
                        root,
                        middle,
                        raw,
                        ties,
                    };
                    if !more() {
                        return self.progress(2 * self.ties + i + 1);
                    }
                }
                Stage::Over => return self.whole(),
            }
        }
    }

    /// Splits the text: everything but the ties' elements parsed, and where each tie is.
    /// `None` when the text is not one JSON object with a list of ties.
    fn split(&mut self) -> Option<Stage> {
        let body = self.text.strip_prefix('\u{feff}').unwrap_or(&self.text);
        let offset = self.text.len() - body.len();
        let split = split::ties(body)?;
        let rest = format!(
            "{}[]{}",
            &body[..split.array.start],
            &body[split.array.end..]
        );
        let Ok(Value::Object(root)) = serde_json::from_str(&rest) else {
            return None;
        };
        let items: Vec<Range<usize>> = split
            .items
            .into_iter()
            .map(|r| r.start + offset..r.end + offset)
            .collect();
        self.ties = items.len();
        Some(Stage::Read {
            root,
            values: Vec::with_capacity(items.len()),
            items,
        })
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
