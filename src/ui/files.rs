//! Reading the files a reader picks or drops, as (name, text) pairs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

/// The files of a list, taken out of it (an input's list empties when the input is reset).
pub fn take(files: &FileList) -> Vec<File> {
    (0..files.length()).filter_map(|i| files.item(i)).collect()
}

/// The name and text of every file.
pub async fn read(files: Vec<File>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in files {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        out.push((file.name(), text));
    }
    out
}

/// The files of a drop event, if it carries any.
pub fn dropped(event: &web_sys::Event) -> Option<FileList> {
    event
        .dyn_ref::<web_sys::DragEvent>()?
        .data_transfer()?
        .files()
        .filter(|f| f.length() > 0)
}
