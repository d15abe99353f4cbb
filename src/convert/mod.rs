//! Converters from published data sets to Alliance Map datasets. They read files, so they
//! are built natively only, never into the app.

pub mod atop;
