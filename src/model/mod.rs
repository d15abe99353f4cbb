//! The data model: the dataset file format, its validation, dates and the timeline rule.
//! Free of browser types, so it builds and tests natively.

pub mod bundled;
pub mod dataset;
pub mod date;
pub mod error;
pub mod filter;
pub mod open;
pub mod parse;
pub mod presence;
pub mod raw;
pub mod sheets;
pub mod span;
pub mod timeline;
pub mod title;
pub mod url;
pub mod view_state;
pub mod words;
