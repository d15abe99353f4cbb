//! What is drawn where: the frame of strands and hubs on a date, the view transform, and
//! hit testing. Pure, so the painter in the browser only turns it into pixels.

pub mod aim;
pub mod announce;
pub mod batches;
pub mod camera;
pub mod command;
pub mod curve;
pub mod display;
pub mod focus;
pub mod frame;
pub mod framing;
pub mod gesture;
mod glide;
mod grid;
pub mod headline;
pub mod hit;
pub mod keys;
pub mod labels;
pub mod link;
pub mod map_data;
pub mod search;
pub mod story;
pub mod strand;
pub mod style;
pub mod table;
pub mod theme;
pub mod view;
