//! Fetching a dataset by address and turning it into a [`MapData`] or a [`LoadError`] that
//! names what went wrong. The file is read as it arrives and checked a slice at a time, with
//! the page free in between and told how far it has got, so that a large dataset never
//! freezes it.

use gloo::net::http::Request;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::dataset::Dataset;
use crate::model::error::{LoadError, Problem, ProblemKind};
use crate::model::parse::parse;
use crate::model::parse::staged::{Progress, Staged, Step};
use crate::scene::map_data::MapData;

/// How far a load has got, for the page to show.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Loading {
    /// Bytes received, and how many the server announced (if it did).
    Download { got: f64, total: Option<f64> },
    /// The ties read and checked.
    Check(Progress),
}

/// Time a slice of checking may take before the page gets its turn, in milliseconds.
const SLICE_MS: f64 = 12.0;

/// Gives the page its turn: resolves on a fresh task, after input and drawing.
async fn next_turn() {
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(turn).await;
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// Parses and checks `text` a slice at a time, telling `on` how far it has got.
pub async fn parse_sliced(
    origin: &str,
    text: String,
    on: &dyn Fn(Loading),
) -> Result<Dataset, LoadError> {
    let mut staged = Staged::new(origin, text);
    loop {
        let start = now();
        match staged.step(&mut || now() - start < SLICE_MS) {
            Step::Working(p) => {
                on(Loading::Check(p));
                next_turn().await;
            }
            Step::Done(result) => return result,
        }
    }
}

/// The dataset shown when the address names none.
pub const DEFAULT_DATASET: &str = "data/space-cyber-isr.json";

fn failure(origin: &str, at: &str, message: String) -> LoadError {
    LoadError {
        origin: origin.to_string(),
        problems: vec![Problem {
            at: at.to_string(),
            kind: ProblemKind::Shape(message),
        }],
    }
}

/// The id of the element holding the dataset built into the single-file build.
const BUILT_IN: &str = "alliance-map-data";

/// The dataset built into the page itself (the single-file build), if there is one.
pub fn built_in() -> Option<String> {
    gloo::utils::document()
        .get_element_by_id(BUILT_IN)?
        .text_content()
}

/// Whether the page is the single-file build (it has a dataset built in), without reading
/// the dataset.
pub fn has_built_in() -> bool {
    gloo::utils::document()
        .get_element_by_id(BUILT_IN)
        .is_some()
}

/// Validates the dataset built into the page.
pub fn load_built_in(text: &str) -> Result<MapData, LoadError> {
    Ok(MapData::unsettled(parse(
        "the dataset built into this page",
        text,
    )?))
}

/// Whether `address` is on another origin than the page.
fn cross_origin(address: &str) -> bool {
    let location = gloo::utils::window().location();
    let here = location.href().unwrap_or_default();
    let origin = location.origin().unwrap_or_default();
    web_sys::Url::new_with_base(address, &here)
        .map(|u| u.origin() != origin)
        .unwrap_or(false)
}

/// Narrows the page's connections to its own origin and the dataset's, by adding a second
/// policy (policies only ever add restrictions) before anything is fetched.
fn allow_only(address: &str) {
    let document = gloo::utils::document();
    let location = gloo::utils::window().location();
    let here = location.href().unwrap_or_default();
    let origin = web_sys::Url::new_with_base(address, &here)
        .map(|u| u.origin())
        .unwrap_or_default();
    let sources = if cross_origin(address) {
        format!("'self' {origin}")
    } else {
        "'self'".to_string()
    };
    let (Ok(meta), Some(head)) = (document.create_element("meta"), document.head()) else {
        return;
    };
    let _ = meta.set_attribute("http-equiv", "Content-Security-Policy");
    let _ = meta.set_attribute("content", &format!("connect-src {sources}"));
    let _ = head.append_child(&meta);
}

/// Reads the body of `response` as it arrives, telling `on` how much has come; bytes that are
/// not UTF-8 become U+FFFD, as in a browser's own reading of text.
async fn body_text(
    response: &gloo::net::http::Response,
    on: &dyn Fn(Loading),
) -> Result<String, wasm_bindgen::JsValue> {
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let total = response
        .headers()
        .get("content-length")
        .and_then(|n| n.parse::<f64>().ok());
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().dyn_into()?;
    // Room for the whole file at once when its size is known (no copying as it grows), up to
    // a bound: the announced size is the server's word, not a promise.
    let room = total.unwrap_or(0.0).clamp(0.0, 64e6) as usize;
    let mut bytes = Vec::with_capacity(room);
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())?.is_truthy();
        if done {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into())?;
        let chunk = js_sys::Uint8Array::new(&value);
        let from = bytes.len();
        bytes.resize(from + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[from..]);
        on(Loading::Download {
            got: bytes.len() as f64,
            total,
        });
    }
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Downloads and validates the dataset at `address`, telling `on` how far it has got.
pub async fn load(address: &str, on: &dyn Fn(Loading)) -> Result<MapData, LoadError> {
    allow_only(address);
    let response = Request::get(address).send().await.map_err(|e| {
        let message = if cross_origin(address) {
            format!(
                "the dataset could not be fetched ({e}). It is on another site, so that site must allow this page to read it (CORS: it must send an Access-Control-Allow-Origin header); or the address is wrong or offline"
            )
        } else {
            format!("the dataset could not be fetched ({e})")
        };
        failure(address, "download", message)
    })?;
    if !response.ok() {
        let message = format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        );
        return Err(failure(address, "download", message));
    }
    let text = body_text(&response, on).await.map_err(|e| {
        failure(
            address,
            "download",
            format!("the dataset could not be read ({e:?})"),
        )
    })?;
    let data = parse_sliced(address, text, on).await?;
    // The map is derived, then shown, each on a turn of its own.
    next_turn().await;
    // The layout settles in the view, over animation frames, so a large map never blocks
    // the page.
    Ok(MapData::unsettled(data))
}
