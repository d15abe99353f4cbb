//! The browser shell: Yew components that load a dataset, hold the view state and show it.
//! The map itself is painted on a canvas outside the virtual DOM (see [`painter`]).

pub mod app;
pub mod detail;
pub mod explorer;
pub mod legend;
pub mod loader;
pub mod map_view;
pub mod painter;
pub mod problems;
pub mod store;
pub mod timeline_bar;

/// Mounts the app on the page's `<main id="app">` (or the body when there is none).
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
