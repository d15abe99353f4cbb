//! The force-directed layout: a small seeded simulation (one file per force, after the
//! design of d3-force) and the map layout built on it.

pub mod center;
pub mod collide;
pub mod link;
pub mod many_body;
pub mod map;
pub mod placement;
pub mod quadtree;
pub mod reference;
pub mod rng;
pub mod simulation;
