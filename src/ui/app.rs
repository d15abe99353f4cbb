//! The root component: loads the dataset named by the address (or the files a reader opens
//! or drops on the page), then shows the explorer. A dataset that cannot be loaded shows
//! its problems: in place of the map at first, beside the previous map afterwards.
//!
//! What the page shows is one state ([`Shown`]) changed by [`PageAction`]s, so that a file
//! opened or dropped at any time builds on the page as it is then.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use super::explorer::Explorer;
use super::files;
use super::loader::{built_in, load, load_built_in, parse_sliced, Loading};
use super::loading::loading;
use super::problems::problems;
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

/// What happens to the page.
enum PageAction {
    /// The dataset the address names, loaded or not.
    First(Result<MapData, LoadError>),
    /// Files the reader opened, read or not.
    Opened(Result<Dataset, LoadError>),
    /// The reader dismissed the problems of a file.
    Dismiss,
}

impl Shown {
    /// What the address asks for, before anything is loaded.
    fn first() -> Shown {
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
    }
}

impl Reducible for Shown {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        let now = (*self).clone();
        Rc::new(match action {
            PageAction::First(Ok(map)) => Shown {
                map: Some(Rc::new(map)),
                pending: None,
                ..now
            },
            PageAction::First(Err(e)) | PageAction::Opened(Err(e)) => Shown {
                error: Some(e),
                pending: None,
                ..now
            },
            PageAction::Opened(Ok(data)) => Shown {
                map: Some(Rc::new(MapData::unsettled(data))),
                url: Rc::new(UrlState::default()),
                notices: Vec::new(),
                generation: now.generation + 1,
                error: None,
                pending: None,
                dataset: None,
                ..now
            },
            PageAction::Dismiss => Shown { error: None, ..now },
        })
    }
}

/// Loads the dataset the address names (or the one built into the page), once; returns how
/// far it has got.
#[hook]
fn use_first_load(shown: UseReducerHandle<Shown>) -> Option<Loading> {
    let progress = use_state(|| None::<Loading>);
    {
        let progress = progress.clone();
        use_effect_with((), move |_| {
            let (address, text) = (
                shown.pending.clone().unwrap_or_default(),
                shown.built_in.clone(),
            );
            let dispatcher = shown.dispatcher();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match &text {
                    Some(text) => load_built_in(text),
                    None => load(&address, &|p| progress.set(Some(p))).await,
                };
                dispatcher.dispatch(PageAction::First(loaded));
            });
        });
    }
    *progress
}

/// Opens the files it is given (name, text): a JSON file is checked a slice at a time, like a
/// dataset fetched by address, so a large one does not freeze the page (the map in place
/// stays until it is ready). Files dropped anywhere on the page are opened too.
#[hook]
fn use_open(dispatcher: UseReducerDispatcher<Shown>) -> Callback<Vec<(String, String)>> {
    let open = use_callback((), move |picked: Vec<(String, String)>, _| {
        let dispatcher = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = match single_json(&picked) {
                Some((name, text)) => parse_sliced(name, text.to_string(), &|_| {}).await,
                None => open_files(&picked),
            };
            if result.is_ok() {
                url_sync::write("", false);
            }
            dispatcher.dispatch(PageAction::Opened(result));
        });
    });
    {
        let open = open.clone();
        use_effect_with((), move |_| {
            let listeners = on_drop(open);
            move || drop(listeners)
        });
    }
    open
}

/// Listens for files dropped on the page (and lets the page take them).
fn on_drop(open: Callback<Vec<(String, String)>>) -> [EventListener; 2] {
    let window = gloo::utils::window();
    let prevent = EventListenerOptions::enable_prevent_default();
    let over =
        EventListener::new_with_options(&window, "dragover", prevent, |e| e.prevent_default());
    let drop = EventListener::new_with_options(&window, "drop", prevent, move |e| {
        e.prevent_default();
        if let Some(list) = files::dropped(e) {
            let (open, picked) = (open.clone(), files::take(&list));
            wasm_bindgen_futures::spawn_local(async move { open.emit(files::read(picked).await) });
        }
    });
    [over, drop]
}

#[component]
pub fn App() -> Html {
    let shown = use_reducer(Shown::first);
    let progress = use_first_load(shown.clone());
    let open = use_open(shown.dispatcher());
    let dismiss = {
        let dispatcher = shown.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(PageAction::Dismiss))
    };
    let s = &*shown;
    match (&s.map, &s.error, &s.pending) {
        (_, _, Some(address)) => {
            html! { { loading(address, progress) } }
        }
        (None, Some(error), _) => html! { { problems(error, "reload the page") } },
        (Some(map), error, _) => html! {
            <>
                <Explorer key={s.generation} map={map.clone()} url={s.url.clone()} notices={s.notices.clone()} on_open={open}
                    picker={s.built_in.is_none()} dataset={s.dataset} />
                if let Some(error) = error {
                    <div class="load-error">
                        { problems(error, "open the file again") }
                        <p class="hint">{ "The map below is unchanged." }</p>
                        <button type="button" class="close" aria-label="Dismiss this message" onclick={dismiss}>{ "×" }</button>
                    </div>
                }
            </>
        },
        (None, None, None) => html! {},
    }
}
