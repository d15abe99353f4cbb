//! The root component: loads the dataset named by the address (or the files a reader opens
//! or drops on the page), then shows the explorer. A dataset that cannot be loaded shows
//! its problems: in place of the map at first, beside the previous map afterwards.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use super::explorer::Explorer;
use super::files;
use super::loader::{built_in, load, load_built_in, parse_sliced, Loading};
use super::loading::LoadingView;
use super::problems::Problems;
use super::url_sync;
use crate::model::bundled::chosen;
use crate::model::dataset::Dataset;
use crate::model::error::LoadError;
use crate::model::open::{open_files, single_json};
use crate::model::url::UrlState;
use crate::scene::map_data::MapData;

/// What the page shows.
#[derive(Clone, PartialEq)]
struct Shown {
    map: Option<Rc<MapData>>,
    /// The address's view, for the first map; a fresh view for opened files.
    url: Rc<UrlState>,
    notices: Vec<String>,
    /// Counts maps shown, so that a new one starts a fresh explorer.
    generation: u32,
    error: Option<LoadError>,
    pending: Option<String>,
    /// The bundled dataset shown, if it is one.
    dataset: Option<&'static str>,
    /// The dataset built into the page (the single-file build), if there is one.
    built_in: Option<Rc<String>>,
}

#[component]
pub fn App() -> Html {
    let shown = use_state(|| {
        let (url, mut notices) = UrlState::parse(&url_sync::query());
        let (address, bundled, notice) = chosen(&url);
        notices.extend(notice);
        // The single-file page carries its dataset, the default one.
        let default = url.data.is_none() && url.dataset.is_none();
        Shown {
            map: None,
            url: Rc::new(url),
            notices: notices.into_iter().map(|n| n.0).collect(),
            generation: 0,
            error: None,
            pending: Some(address),
            dataset: bundled.map(|b| b.id),
            built_in: default.then(built_in).flatten().map(Rc::new),
        }
    });
    let progress = use_state(|| None::<Loading>);
    // The dataset the address names.
    {
        let (shown, progress) = (shown.clone(), progress.clone());
        use_effect_with((), move |_| {
            let first = (*shown).clone();
            let address = first.pending.clone().unwrap_or_default();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match &first.built_in {
                    Some(text) => load_built_in(text),
                    None => load(&address, &|p| progress.set(Some(p))).await,
                };
                shown.set(match loaded {
                    Ok(map) => Shown {
                        map: Some(Rc::new(map)),
                        pending: None,
                        ..first
                    },
                    Err(e) => Shown {
                        error: Some(e),
                        pending: None,
                        ..first
                    },
                });
            });
        });
    }
    // Files opened with the button or dropped anywhere on the page: a JSON file is checked a
    // slice at a time, like a dataset fetched by address, so a large one does not freeze the
    // page (the map in place stays until it is ready).
    let opened = {
        let shown = shown.clone();
        Callback::from(move |result: Result<Dataset, LoadError>| {
            let now = (*shown).clone();
            shown.set(match result {
                Ok(data) => {
                    url_sync::write("", false);
                    Shown {
                        map: Some(Rc::new(MapData::unsettled(data))),
                        url: Rc::new(UrlState::default()),
                        notices: Vec::new(),
                        generation: now.generation + 1,
                        error: None,
                        pending: None,
                        dataset: None,
                        ..now
                    }
                }
                Err(e) => Shown {
                    error: Some(e),
                    ..now
                },
            });
        })
    };
    let open = Callback::from(move |picked: Vec<(String, String)>| {
        let opened = opened.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = match single_json(&picked) {
                Some((name, text)) => parse_sliced(name, text.to_string(), &|_| {}).await,
                None => open_files(&picked),
            };
            opened.emit(result);
        });
    });
    {
        let open = open.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let over = EventListener::new_with_options(
                &window,
                "dragover",
                EventListenerOptions::enable_prevent_default(),
                |e| e.prevent_default(),
            );
            let drop = EventListener::new_with_options(
                &window,
                "drop",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    e.prevent_default();
                    if let Some(list) = files::dropped(e) {
                        let (open, picked) = (open.clone(), files::take(&list));
                        wasm_bindgen_futures::spawn_local(async move {
                            open.emit(files::read(picked).await)
                        });
                    }
                },
            );
            move || drop_both(over, drop)
        });
    }
    let dismiss = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            shown.set(Shown {
                error: None,
                ..(*shown).clone()
            })
        })
    };
    let s = &*shown;
    match (&s.map, &s.error, &s.pending) {
        (_, _, Some(address)) => {
            html! { <LoadingView address={address.clone()} progress={*progress} /> }
        }
        (None, Some(error), _) => html! { <Problems error={error.clone()} /> },
        (Some(map), error, _) => html! {
            <>
                <Explorer key={s.generation} map={map.clone()} url={s.url.clone()} notices={s.notices.clone()} on_open={open}
                    picker={s.built_in.is_none()} dataset={s.dataset} />
                if let Some(error) = error {
                    <div class="load-error">
                        <Problems error={error.clone()} then="open the file again" />
                        <p class="hint">{ "The map below is unchanged." }</p>
                        <button type="button" class="close" aria-label="Dismiss this message" onclick={dismiss}>{ "×" }</button>
                    </div>
                }
            </>
        },
        (None, None, None) => html! {},
    }
}

fn drop_both(a: EventListener, b: EventListener) {
    drop(a);
    drop(b);
}
