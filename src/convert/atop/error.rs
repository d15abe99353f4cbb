//! What can stop the conversion, said so that a person can find the cell at fault.
//!
//! Every [`Error`] names where it is (a file, and where it helps a line and a column such as
//! `atop5_1m.csv line 203, column dayent`) and what was expected there.

use std::fmt;

/// One reason the conversion stopped, at one place in the source files.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// Where: a file name, with a line and a column where one is known.
    pub at: String,
    pub kind: ErrorKind,
}

/// The kinds of problems the source files can have.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// The file could not be read (the system's words).
    Read(String),
    /// The file has no header line.
    NoHeader,
    /// A column the conversion needs is not in the header.
    MissingColumn(&'static str),
    /// A line holds a double quote: this reader only takes plain comma-separated fields.
    Quoted,
    /// A line has a different number of fields than the header.
    FieldCount { expected: usize, found: usize },
    /// A field that must hold a whole number holds something else.
    NotANumber(String),
    /// A field that must hold a value is empty.
    Empty,
    /// The year, month and day fields do not make a real date.
    BadDate { value: String, reason: String },
    /// A date that may be open (year 0) has a month or day anyway, or `ineffect` says the
    /// opposite of the end date.
    OpenEnd(String),
    /// A member's COW code is neither in the COW list nor among the known exceptions.
    UnknownState(u32),
    /// A COW state has no entry in the table of ids.
    NoIdRule { ccode: u32, letters: String },
    /// A COW code is in none of the ranges of regions.
    NoRegion(u32),
    /// The table of ids names a different COW letter code than the COW list.
    LetterCode {
        ccode: u32,
        table: String,
        list: String,
    },
    /// The COW list names one state (code) in two ways.
    NameMismatch {
        ccode: u32,
        first: String,
        other: String,
    },
    /// Two states would get the same id.
    DuplicateId { id: String, first: u32, second: u32 },
    /// A row of the table of names does not match the ATOP files (what, in words).
    Name(String),
    /// The same alliance phase is listed twice.
    DuplicatePhase { atopid: u32, phase: u32 },
    /// The alliance file and the phase file disagree about an alliance.
    PhaseMismatch { atopid: u32, what: String },
    /// A member row names an alliance phase that the phase file does not have.
    NoSuchPhase { atopid: u32, phase: u32 },
    /// An alliance phase has fewer than two members.
    TooFewMembers {
        atopid: u32,
        phase: u32,
        found: usize,
    },
    /// An alliance phase has none of the five obligations.
    NoObligation { atopid: u32, phase: u32 },
    /// A member's membership never overlaps its phase, or ends before it starts.
    MemberPeriod {
        atopid: u32,
        phase: u32,
        ccode: u32,
        what: String,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Read(m) => write!(f, "the file could not be read: {m}"),
            ErrorKind::NoHeader => write!(f, "expected a header line, found an empty file"),
            ErrorKind::MissingColumn(c) => write!(f, "expected a column named `{c}`"),
            ErrorKind::Quoted => write!(
                f,
                "a field holds a double quote; expected plain comma-separated fields"
            ),
            ErrorKind::FieldCount { expected, found } => {
                write!(
                    f,
                    "expected {expected} fields as in the header, found {found}"
                )
            }
            ErrorKind::NotANumber(v) => write!(f, "expected a whole number, found \"{v}\""),
            ErrorKind::Empty => write!(f, "expected a value, found an empty field"),
            ErrorKind::BadDate { value, reason } => write!(f, "\"{value}\": {reason}"),
            ErrorKind::OpenEnd(m) => f.write_str(m),
            ErrorKind::UnknownState(c) => write!(
                f,
                "COW code {c} is neither in the COW list nor a known exception"
            ),
            ErrorKind::NoIdRule { ccode, letters } => {
                write!(f, "no id rule for COW state {ccode} ({letters})")
            }
            ErrorKind::NoRegion(c) => write!(f, "COW code {c} is in no range of regions"),
            ErrorKind::LetterCode { ccode, table, list } => write!(
                f,
                "COW state {ccode} is {list} in the COW list but {table} in the table of ids"
            ),
            ErrorKind::NameMismatch {
                ccode,
                first,
                other,
            } => write!(
                f,
                "COW state {ccode} is named both \"{first}\" and \"{other}\""
            ),
            ErrorKind::DuplicateId { id, first, second } => write!(
                f,
                "COW states {first} and {second} would both get the id \"{id}\""
            ),
            ErrorKind::DuplicatePhase { atopid, phase } => {
                write!(f, "alliance {atopid} phase {phase} is listed twice")
            }
            ErrorKind::PhaseMismatch { atopid, what } => {
                write!(f, "alliance {atopid}: {what}")
            }
            ErrorKind::NoSuchPhase { atopid, phase } => {
                write!(
                    f,
                    "alliance {atopid} has no phase {phase} in the phase file"
                )
            }
            ErrorKind::TooFewMembers {
                atopid,
                phase,
                found,
            } => write!(
                f,
                "alliance {atopid} phase {phase} needs at least two members, found {found}"
            ),
            ErrorKind::NoObligation { atopid, phase } => write!(
                f,
                "alliance {atopid} phase {phase} has none of the five obligations"
            ),
            ErrorKind::MemberPeriod {
                atopid,
                phase,
                ccode,
                what,
            } => write!(f, "alliance {atopid} phase {phase}, member {ccode}: {what}"),
            ErrorKind::Name(what) => f.write_str(what),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.kind)
    }
}

impl std::error::Error for Error {}

impl Error {
    /// An error at `at`.
    pub fn new(at: impl Into<String>, kind: ErrorKind) -> Error {
        Error {
            at: at.into(),
            kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_place_and_what_was_expected() {
        let e = Error::new(
            "atop5_1m.csv line 3, column dayent",
            ErrorKind::NotANumber("x".into()),
        );
        assert_eq!(
            e.to_string(),
            "atop5_1m.csv line 3, column dayent: expected a whole number, found \"x\""
        );
    }
}
