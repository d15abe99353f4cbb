//! The browser shell: Yew components that load a dataset, hold the view state and show it.
//! The map itself is painted on a canvas outside the virtual DOM (see [`painter`]).

pub mod announcer;
pub mod app;
pub mod bench;
pub mod date_field;
pub mod detail;
pub mod dialog;
pub mod download;
pub mod embed_dialog;
pub mod embed_view;
pub mod explorer;
pub mod files;
pub mod full_view;
pub mod header;
pub mod help;
pub mod layers;
pub mod legend;
pub mod loader;
pub mod loading;
pub mod map_pane;
pub mod map_view;
pub mod notices;
pub mod offline;
pub mod painter;
pub mod picker;
pub mod presenter;
pub mod problems;
pub mod search;
pub mod store;
pub mod story_panel;
pub mod table_filters;
pub mod table_view;
pub mod ties_table;
pub mod timeline_bar;
pub mod timeline_chart;
pub mod titles;
pub mod url_sync;

/// Shows a message at the top of the page (as text, never as markup).
fn show_crash(message: &str) {
    let document = gloo::utils::document();
    let (Some(body), Ok(banner)) = (document.body(), document.create_element("div")) else {
        return;
    };
    banner.set_class_name("crash");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(&format!(
        "Something went wrong and the map stopped working ({message}). Reload the page to start again."
    )));
    let _ = body.prepend_with_node_1(&banner);
}

/// Mounts the app on the page's `<main id="app">` (or the body when there is none). A panic
/// anywhere shows a message in the page rather than leaving it silently dead.
pub fn start() {
    std::panic::set_hook(Box::new(|info| show_crash(&info.to_string())));
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
