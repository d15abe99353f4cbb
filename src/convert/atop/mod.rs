//! Converts ATOP 5.1 (Alliance Treaty Obligations and Provisions) and the COW State System
//! Membership List into an Alliance Map dataset.
//!
//! The files are read whole and checked as they are read ([`csv`], [`records`], [`cow`]); the
//! first problem stops the conversion with an [`Error`] naming its place.

pub mod cells;
pub mod cow;
pub mod csv;
pub mod date;
pub mod error;
pub mod obligation;
pub mod records;
pub mod text;

pub use error::{Error, ErrorKind};
