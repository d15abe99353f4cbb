//! Files the reader can take away: the view as an SVG image, the ties shown as CSV, and the
//! whole dataset as GEXF 1.3 for Gephi. Pure text builders; the interface only downloads.

pub mod csv;
pub mod gexf;
pub mod svg;
pub mod xml;
