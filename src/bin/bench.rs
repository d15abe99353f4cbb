//! The benchmark page's entry point: installs `window.benchLayout` and `window.benchFrames`.
//! Built by `scripts/bench` into target/bench-page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    alliance_map::ui::bench::install();
}
