//! Fetching a dataset by address and turning it into a [`MapData`] or a [`LoadError`] that
//! names what went wrong.

use gloo::net::http::Request;

use crate::model::error::{LoadError, Problem, ProblemKind};
use crate::model::parse::parse;
use crate::scene::map_data::MapData;

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

/// The dataset built into the page itself (the single-file build), if there is one.
pub fn built_in() -> Option<String> {
    gloo::utils::document()
        .get_element_by_id("alliance-map-data")?
        .text_content()
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

/// Downloads and validates the dataset at `address`.
pub async fn load(address: &str) -> Result<MapData, LoadError> {
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
    let text = response.text().await.map_err(|e| {
        failure(
            address,
            "download",
            format!("the dataset could not be read ({e})"),
        )
    })?;
    let data = parse(address, &text)?;
    // The layout settles in the view, over animation frames, so a large map never blocks
    // the page.
    Ok(MapData::unsettled(data))
}
