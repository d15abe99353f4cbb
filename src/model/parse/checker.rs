//! The checker that the passes share: it collects every problem with where it is, and reads
//! the pieces all passes need (a top-level text field, a top-level list element by element,
//! the ids of a list, a date, a reference to an id), each reporting what is wrong.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::model::dataset::Dataset;
use crate::model::date::Date;
use crate::model::error::{LoadError, Problem, ProblemKind};

/// A value as a message names it (`string "x"`, `an array`).
pub(super) fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// A value of the wrong type: what was expected and what was found.
pub(super) fn shape_of(expected: &str, found: &Value) -> ProblemKind {
    ProblemKind::Shape(format!("expected {expected}, found {}", describe(found)))
}

/// Joins a base path and a path relative to it (`ties[3]` + `members[1]`).
fn join(base: &str, rel: &str) -> String {
    match rel {
        "" | "." => base.to_string(),
        r if r.starts_with('[') => format!("{base}{r}"),
        r => format!("{base}.{r}"),
    }
}

/// Every problem found so far, in the order found.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<Problem>,
}

/// Where each id of one list was first declared, for lookups and duplicate reports.
pub(super) struct Ids<Ix> {
    list: &'static str,
    map: HashMap<String, (Ix, String)>,
    /// False when the list itself is missing or not an array: that is reported once, and
    /// references into it are not reported again.
    readable: bool,
}

impl<Ix: Copy> Ids<Ix> {
    pub(super) fn get(&self, id: &str) -> Option<Ix> {
        self.map.get(id).map(|(ix, _)| *ix)
    }
}

impl Checker {
    /// The dataset if it was read without a single problem; otherwise every problem.
    pub(super) fn outcome(
        self,
        origin: &str,
        dataset: Option<Dataset>,
    ) -> Result<Dataset, LoadError> {
        match dataset {
            Some(d) if self.problems.is_empty() => Ok(d),
            _ => Err(LoadError {
                origin: origin.to_string(),
                problems: self.problems,
            }),
        }
    }

    pub(super) fn problem(&mut self, at: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            at: at.into(),
            kind,
        });
    }

    pub(super) fn text_field(
        &mut self,
        root: &Map<String, Value>,
        key: &'static str,
        required: bool,
    ) -> Option<String> {
        match root.get(key) {
            Some(Value::String(s)) => Some(s.clone()),
            None if !required => None,
            Some(Value::Null) if !required => None,
            None => {
                self.problem("(top level)", ProblemKind::Missing(key));
                None
            }
            Some(v) => {
                self.problem(key, shape_of("a string", v));
                None
            }
        }
    }

    /// Reads a top-level list, each element on its own so that one bad element does not hide
    /// the problems of the others. `None` when the list itself is missing or not a list.
    pub(super) fn list<T: DeserializeOwned>(
        &mut self,
        root: &Map<String, Value>,
        key: &'static str,
        noun: &'static str,
    ) -> Option<Vec<(usize, T)>> {
        let items = self.list_items(root, key, noun)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(t) = self.element(key, i, item) {
                out.push((i, t));
            }
        }
        Some(out)
    }

    /// The elements of a top-level list; `None` (reported) when it is missing or not a list.
    pub(super) fn list_items<'r>(
        &mut self,
        root: &'r Map<String, Value>,
        key: &'static str,
        noun: &'static str,
    ) -> Option<&'r Vec<Value>> {
        let items = match root.get(key) {
            Some(Value::Array(items)) => items,
            Some(v) => {
                self.problem(key, shape_of("an array", v));
                return None;
            }
            None => {
                self.problem("(top level)", ProblemKind::Missing(key));
                return None;
            }
        };
        if items.is_empty() {
            self.problem(key, ProblemKind::Empty(noun));
        }
        Some(items)
    }

    /// Element `i` of list `key` read as a `T`, or its problem reported with its path.
    pub(super) fn element<T: DeserializeOwned>(
        &mut self,
        key: &str,
        i: usize,
        item: &Value,
    ) -> Option<T> {
        serde_path_to_error::deserialize::<_, T>(item)
            .map_err(|e| {
                let at = join(&format!("{key}[{i}]"), &e.path().to_string());
                self.problem(at, ProblemKind::Shape(e.into_inner().to_string()));
            })
            .ok()
    }

    /// Indexes the `id` of every element of a list (also of elements with other problems, so
    /// that references to them do not add spurious errors), reporting empty and repeated ids.
    pub(super) fn ids<Ix: Copy>(
        &mut self,
        root: &Map<String, Value>,
        list: &'static str,
        ix: impl Fn(usize) -> Ix,
    ) -> Ids<Ix> {
        let mut ids = Ids {
            list,
            map: HashMap::new(),
            readable: false,
        };
        let Some(Value::Array(items)) = root.get(list) else {
            return ids;
        };
        ids.readable = true;
        for (i, item) in items.iter().enumerate() {
            let Some(id) = item.get("id").and_then(Value::as_str) else {
                continue;
            };
            let at = format!("{list}[{i}].id");
            if id.trim().is_empty() {
                self.problem(at, ProblemKind::EmptyId);
            } else if let Some((_, first)) = ids.map.get(id) {
                let kind = ProblemKind::DuplicateId {
                    id: id.to_string(),
                    first: first.clone(),
                };
                self.problem(at, kind);
            } else {
                ids.map.insert(id.to_string(), (ix(i), at));
            }
        }
        ids
    }

    pub(super) fn date(&mut self, at: &str, text: &str) -> Option<Date> {
        Date::parse(text)
            .map_err(|e| {
                let kind = ProblemKind::BadDate {
                    value: text.to_string(),
                    reason: e.to_string(),
                };
                self.problem(at, kind);
            })
            .ok()
    }

    pub(super) fn resolve<Ix: Copy>(&mut self, ids: &Ids<Ix>, at: String, id: &str) -> Option<Ix> {
        let found = ids.get(id);
        if found.is_none() && ids.readable {
            self.problem(
                at,
                ProblemKind::UnknownId {
                    list: ids.list,
                    id: id.to_string(),
                },
            );
        }
        found
    }
}
