//! Saving a file the page made: text as a download, and a picture of the map drawn as a
//! PNG; and closing the menu a download was chosen from.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlElement, Url,
};

use super::painter::{canvas::draw, context};
use crate::scene::display::DisplayList;

fn blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

fn save_blob(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let document = gloo::utils::document();
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Let the download start before the address is let go.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}

/// Downloads `text` as a file called `name`.
pub fn save_text(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    save_blob(&blob(text, mime)?, name)
}

/// Draws the picture `list` with the canvas backend at `scale` times its size and
/// downloads it as a PNG called `name`.
pub fn save_png(list: &DisplayList, scale: f64, name: &str) -> Result<(), JsValue> {
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width((list.size.0 * scale).round() as u32);
    canvas.set_height((list.size.1 * scale).round() as u32);
    draw(&context(&canvas)?, list, scale);
    let name = name.to_string();
    let on_blob = Closure::once_into_js(move |png: Option<Blob>| {
        if let Some(png) = png {
            let _ = save_blob(&png, &name);
        }
    });
    canvas.to_blob(on_blob.unchecked_ref())
}

/// Closes the menu (a `<details>`) holding `item`, and gives the focus to the menu's
/// summary, so that it is not lost with the item hidden.
pub fn close_menu(item: &Element) {
    let Ok(Some(menu)) = item.closest("details") else {
        return;
    };
    let _ = menu.remove_attribute("open");
    let summary = menu.query_selector("summary").ok().flatten();
    if let Some(summary) = summary.and_then(|s| s.dyn_into::<HtmlElement>().ok()) {
        let _ = summary.focus();
    }
}
