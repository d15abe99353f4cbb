//! The root component: loads the dataset named by the address, then shows the explorer, or
//! the problems that stopped it from loading.

use std::rc::Rc;

use yew::prelude::*;

use super::explorer::Explorer;
use super::loader::{load, DEFAULT_DATASET};
use super::problems::Problems;
use super::url_sync;
use crate::model::error::LoadError;
use crate::model::url::UrlState;
use crate::scene::map_data::MapData;

#[derive(Clone, PartialEq)]
enum Loading {
    Pending(String),
    Ready(Rc<MapData>),
    Failed(LoadError),
}

#[component]
pub fn App() -> Html {
    // The address says which dataset and which view; what it cannot say is noticed.
    let link = use_memo((), |_| {
        let (url, notices) = UrlState::parse(&url_sync::query());
        (
            Rc::new(url),
            notices.into_iter().map(|n| n.0).collect::<Vec<_>>(),
        )
    });
    let address = use_memo(link.clone(), |link| {
        link.0
            .data
            .clone()
            .unwrap_or_else(|| DEFAULT_DATASET.to_string())
    });
    let loading = use_state(|| Loading::Pending((*address).clone()));
    {
        let loading = loading.clone();
        use_effect_with(address, move |address| {
            let address = (**address).clone();
            wasm_bindgen_futures::spawn_local(async move {
                loading.set(match load(&address).await {
                    Ok(map) => Loading::Ready(Rc::new(map)),
                    Err(e) => Loading::Failed(e),
                });
            });
        });
    }
    match &*loading {
        Loading::Pending(address) => html! {
            <p class="status" role="status">{ format!("Loading {address}…") }</p>
        },
        Loading::Ready(map) => {
            html! { <Explorer map={map.clone()} url={link.0.clone()} notices={link.1.clone()} /> }
        }
        Loading::Failed(error) => html! { <Problems error={error.clone()} /> },
    }
}
