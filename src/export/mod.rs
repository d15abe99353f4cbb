//! Files the reader can take away: the view as an SVG image, the ties shown as CSV, the
//! whole dataset as GEXF 1.3 for Gephi, and the offline page: the app in one HTML file with
//! the dataset loaded (written back as JSON). Pure text builders; the interface only
//! downloads.

pub mod csv;
pub mod gexf;
pub mod json;
pub mod offline;
pub mod svg;
pub mod xml;
