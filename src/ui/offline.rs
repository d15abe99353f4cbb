//! "Offline page (HTML)" in the Download menu: one HTML file holding the app and the dataset
//! loaded now (with its stories), which opens from the disk with no network.
//!
//! The file is made from a template, the single-file build of the app
//! ([`crate::export::offline`] puts the dataset in). A release build serves that template
//! beside the page as `offline.html` (`scripts/post-build.mjs`), fetched only when a reader
//! asks for the file. A page that is itself the single file cannot fetch itself from the
//! disk: it keeps a copy of its own text, taken at start-up before the app changes it
//! ([`keep_template`]), so that an offline page can make another.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::net::http::Request;
use web_sys::Element;
use yew::prelude::*;

use super::download::{close_menu, save_text};
use super::loader::has_built_in;
use crate::export::json::dataset_json;
use crate::export::offline::{file_name, offline_page};
use crate::model::dataset::Dataset;
use crate::scene::map_data::MapData;

/// Where a release build serves the template, beside the page.
const TEMPLATE: &str = "offline.html";

thread_local! {
    /// The page's own text, when the page is the single file.
    static OWN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the page's own text as the template, when the page is the single file (it has a
/// dataset built in). Called before the app is mounted, while the page is as it was loaded.
pub fn keep_template() {
    if !has_built_in() {
        return;
    }
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    // The single file is made from the built index.html, which starts with this doctype.
    let text = format!("<!doctype html>\n{}", root.outer_html());
    OWN.with(|own| *own.borrow_mut() = Some(text));
}

/// The template: the page's own text, or the one the server has beside the page.
async fn template() -> Result<String, String> {
    if let Some(own) = OWN.with(|own| own.borrow().clone()) {
        return Ok(own);
    }
    if cfg!(debug_assertions) {
        return Err(
            "Only a release build (trunk build --release) makes the offline page: this is a debug build."
                .into(),
        );
    }
    let failed = |what: String| format!("The offline page could not be made: {what}.");
    let response = Request::get(TEMPLATE)
        .send()
        .await
        .map_err(|e| failed(format!("{TEMPLATE} could not be fetched ({e})")))?;
    if !response.ok() {
        let answer = format!("{} {}", response.status(), response.status_text());
        return Err(failed(format!(
            "the server answered {answer} for {TEMPLATE}"
        )));
    }
    response
        .text()
        .await
        .map_err(|e| failed(format!("{TEMPLATE} could not be read ({e})")))
}

/// Makes the offline page of `data` and downloads it.
async fn save(data: &Dataset) -> Result<(), String> {
    let template = template().await?;
    let page = offline_page(&template, &dataset_json(data)).ok_or_else(|| {
        format!("The offline page could not be made: {TEMPLATE} holds no dataset to replace.")
    })?;
    save_text(&page, "text/html", &file_name(&data.title))
        .map_err(|e| format!("The offline page could not be saved ({e:?})."))
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Making,
    Failed(String),
}

#[derive(Properties, PartialEq)]
pub struct OfflineItemProps {
    /// The dataset loaded now.
    pub map: Rc<MapData>,
}

/// The menu item: makes the page, then closes the menu; says why when it cannot.
#[component]
pub fn OfflineItem(props: &OfflineItemProps) -> Html {
    let status = use_state(|| Status::Idle);
    let onclick = {
        let (status, map) = (status.clone(), props.map.clone());
        Callback::from(move |e: MouseEvent| {
            if *status == Status::Making {
                return;
            }
            let Some(item) = e.target_dyn_into::<Element>() else {
                return;
            };
            status.set(Status::Making);
            let (status, map) = (status.clone(), map.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match save(&map.data).await {
                    Ok(()) => {
                        status.set(Status::Idle);
                        close_menu(&item);
                    }
                    Err(message) => status.set(Status::Failed(message)),
                }
            });
        })
    };
    html! {
        <li>
            <button type="button" {onclick} aria-busy={(*status == Status::Making).to_string()}>{ "Offline page (HTML)" }</button>
            {
                match &*status {
                    Status::Idle => html! {},
                    Status::Making => html! { <p role="status">{ "Making the offline page…" }</p> },
                    Status::Failed(message) => html! { <p class="notice" role="alert">{ message.clone() }</p> },
                }
            }
        </li>
    }
}
