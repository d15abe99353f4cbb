//! The root component: loads the dataset named by the address, then shows the explorer, or
//! the problems that stopped it from loading.

use std::rc::Rc;

use yew::prelude::*;

use super::explorer::Explorer;
use super::loader::{dataset_address, load};
use super::problems::Problems;
use crate::model::error::LoadError;
use crate::scene::map_data::MapData;

#[derive(Clone, PartialEq)]
enum Loading {
    Pending(String),
    Ready(Rc<MapData>),
    Failed(LoadError),
}

#[component]
pub fn App() -> Html {
    let address = use_memo((), |_| dataset_address());
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
        Loading::Ready(map) => html! { <Explorer map={map.clone()} /> },
        Loading::Failed(error) => html! { <Problems error={error.clone()} /> },
    }
}
