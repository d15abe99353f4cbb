//! What can be wrong with a dataset, said so that a person can fix it.
//!
//! Every [`Problem`] names where it is (a JSON path such as `ties[12].members[1]`, or a line
//! and column for broken JSON syntax) and what was expected. Problems are `Clone + PartialEq`
//! so the interface can keep them in its state.

use std::fmt;

use super::words::plural;

/// One thing wrong with a dataset, at one place in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where: a JSON path (`ties[3].start`), or `line 4, column 17` for syntax errors.
    pub at: String,
    pub kind: ProblemKind,
}

/// The kinds of problems a dataset can have.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The text is not valid JSON.
    Syntax(String),
    /// The file is not UTF-8 text (it holds bytes that are not UTF-8).
    Encoding,
    /// A value has the wrong type, or a required field is missing (serde's words).
    Shape(String),
    /// A required top-level field is absent.
    Missing(&'static str),
    /// `format` is not `"alliance-map"`.
    NotThisFormat(String),
    /// `version` is not one this app reads.
    UnsupportedVersion(String),
    /// An id is referenced but not declared in the named list.
    UnknownId { list: &'static str, id: String },
    /// An id of the CSV form that no row of the named sheet gives (its words for
    /// `UnknownId`): `what` is the kind of id ("state"), `sheet` the sheet ("states").
    NotInSheet {
        id: String,
        what: &'static str,
        sheet: &'static str,
    },
    /// An id is declared twice in the same list.
    DuplicateId { id: String, first: String },
    /// An id is empty.
    EmptyId,
    /// A state appears twice among a tie's members.
    RepeatedMember(String),
    /// A tie names fewer than two members.
    TooFewMembers(usize),
    /// A state listed more than once in a tie (allowed for one that left and came back) has
    /// periods that overlap.
    MemberPeriodsOverlap(String),
    /// A list that must not be empty is.
    Empty(&'static str),
    /// A date is malformed or does not exist.
    BadDate { value: String, reason: String },
    /// A period ends before it starts: a tie's (`what` is "tie"), a member's own or a
    /// state's spell.
    EndBeforeStart {
        what: &'static str,
        start: String,
        end: String,
    },
    /// A member's own start is before its tie's start.
    MemberStartsBeforeTie { member: String, tie: String },
    /// A member's own start is after its tie's end (the member's end being the tie's).
    MemberStartsAfterTie { member: String, tie: String },
    /// A member's own end is after its tie's end.
    MemberEndsAfterTie { member: String, tie: String },
    /// `stance` is neither `cooperation` nor `rivalry`.
    BadStance(String),
    /// A list is longer than this app supports.
    TooMany {
        what: &'static str,
        max: usize,
        found: usize,
    },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Syntax(m) => write!(f, "the file is not valid JSON: {m}"),
            ProblemKind::Encoding => write!(
                f,
                "the file is not UTF-8 text (a character here could not be read); save it as UTF-8 and open it again"
            ),
            ProblemKind::Shape(m) => f.write_str(m),
            ProblemKind::Missing(field) => write!(f, "missing required field `{field}`"),
            ProblemKind::NotThisFormat(v) => {
                write!(f, "expected \"alliance-map\", found {v}")
            }
            ProblemKind::UnsupportedVersion(v) => {
                write!(f, "expected version 1, found {v}")
            }
            ProblemKind::UnknownId { list, id } => {
                write!(f, "unknown id \"{id}\": it is not declared in `{list}`")
            }
            ProblemKind::NotInSheet { id, what, sheet } => {
                write!(f, "unknown id \"{id}\": not a {what} id in the {sheet} sheet")
            }
            ProblemKind::DuplicateId { id, first } => {
                write!(f, "duplicate id \"{id}\": already used at {first}")
            }
            ProblemKind::EmptyId => write!(f, "the id is empty"),
            ProblemKind::RepeatedMember(id) => write!(f, "state \"{id}\" is listed twice"),
            ProblemKind::MemberPeriodsOverlap(id) => write!(
                f,
                "state \"{id}\" is listed again for a period that overlaps an earlier one"
            ),
            ProblemKind::TooFewMembers(n) => {
                write!(f, "a tie needs at least two members, found {n}")
            }
            ProblemKind::Empty(what) => write!(f, "expected at least one {what}, found none"),
            ProblemKind::BadDate { value, reason } => write!(f, "\"{value}\": {reason}"),
            ProblemKind::EndBeforeStart { what, start, end } => {
                write!(f, "the {what} ends ({end}) before it starts ({start})")
            }
            ProblemKind::MemberStartsBeforeTie { member, tie } => {
                write!(f, "the member starts ({member}) before the tie does ({tie})")
            }
            ProblemKind::MemberStartsAfterTie { member, tie } => {
                write!(f, "the member starts ({member}) after the tie ends ({tie})")
            }
            ProblemKind::MemberEndsAfterTie { member, tie } => {
                write!(f, "the member ends ({member}) after the tie does ({tie})")
            }
            ProblemKind::TooMany { what, max, found } => {
                write!(f, "at most {max} {what} are supported, found {found}")
            }
            ProblemKind::BadStance(v) => {
                write!(f, "expected \"cooperation\" or \"rivalry\", found \"{v}\"")
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.kind)
    }
}

/// A dataset that could not be loaded: every problem found, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file name or address the dataset came from.
    pub origin: String,
    pub problems: Vec<Problem>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{} has {}",
            self.origin,
            plural(n, "problem", "problems")
        )?;
        for p in &self.problems {
            write!(f, "\n- {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_problem_is_said_in_the_singular() {
        let problem = Problem {
            at: "ties[0].stance".into(),
            kind: ProblemKind::BadStance("war".into()),
        };
        let mut e = LoadError {
            origin: "mine.json".into(),
            problems: vec![problem.clone()],
        };
        assert_eq!(
            e.to_string(),
            "mine.json has 1 problem\n- ties[0].stance: expected \"cooperation\" or \"rivalry\", found \"war\""
        );
        e.problems.push(problem);
        assert!(e.to_string().starts_with("mine.json has 2 problems\n"));
    }
}
