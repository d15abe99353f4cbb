//! The browser entry point: keeps the page's own text when it is the single file (the
//! template of the offline page, taken before the app changes the page), then mounts the
//! app. Built for wasm32 by Trunk.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        alliance_map::ui::offline::keep_template();
        alliance_map::ui::start();
    }
}
