//! The browser entry point: mounts the app. Built for wasm32 by Trunk.

fn main() {
    #[cfg(target_arch = "wasm32")]
    alliance_map::ui::start();
}
