//! Alliance Map: a force-directed, time-aware map of how states cooperate and compete in
//! space, cyberspace and ISR.
//!
//! [`model`] (the dataset, its validation, dates) and [`layout`] (the force simulation,
//! the scene to draw, hit testing and the view transform) are pure Rust and test natively.
//! `ui` is the Yew front end, compiled for WebAssembly only. `convert` builds bundled datasets
//! from published data (ATOP) and is compiled natively only.

#[cfg(not(target_arch = "wasm32"))]
pub mod convert;
pub mod export;
pub mod layout;
pub mod model;
pub mod scene;
#[cfg(target_arch = "wasm32")]
pub mod ui;
