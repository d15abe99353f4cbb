//! The view of a loaded dataset: the map, the timeline, the detail panel, the layers and the
//! legend, sharing one view state that the address bar mirrors. In embed mode, the map, a
//! compact timeline and the legend only.

use std::rc::Rc;

use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use super::detail::Detail;
use super::embed_dialog::EmbedDialog;
use super::layers::Layers;
use super::legend::Legend;
use super::map_view::MapView;
use super::notices::Notices;
use super::search::Search;
use super::store::Store;
use super::timeline_bar::TimelineBar;
use super::url_sync;
use crate::model::url::UrlState;
use crate::model::view_state::{Action, Selection, ViewState};
use crate::scene::frame::{Frame, Lens};
use crate::scene::link::{capture, restore};
use crate::scene::map_data::MapData;

/// Milliseconds between two steps while playing.
const PLAY_INTERVAL_MS: u32 = 60;

/// Milliseconds the address bar waits for the view to rest before it is rewritten.
const URL_DELAY_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub map: Rc<MapData>,
    /// What the page's address asked for.
    #[prop_or_default]
    pub url: Rc<UrlState>,
    /// Parameters of the address that could not be used.
    #[prop_or_default]
    pub notices: Vec<String>,
    /// Told the (name, text) of files the reader opens.
    #[prop_or_default]
    pub on_open: Callback<Vec<(String, String)>>,
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let map = props.map.clone();
    let restored = use_memo((map.clone(), props.url.clone()), |(map, url)| {
        restore(map, url, ViewState::new(map.timeline))
    });
    let store = use_reducer({
        let first = restored.0;
        move || Store(first)
    });
    let view = store.0;
    let notices = use_state({
        let mut all = props.notices.clone();
        all.extend(restored.1.iter().map(|n| n.0.clone()));
        move || all
    });
    // The map's centre and zoom when the reader chose them; requests to show one.
    let centre = use_state_eq(|| props.url.view);
    let view_request = use_state(|| (0u32, props.url.view));
    let frame = use_memo(
        (map.clone(), view.day, view.compare, view.filter),
        |(map, day, compare, filter)| {
            let lens = Lens {
                day: *day,
                compare: *compare,
                filter: *filter,
                regions: &map.regions,
            };
            Frame::of(&map.data, &map.layout, &lens)
        },
    );
    let dispatcher = store.dispatcher();
    let on_action = {
        let d = dispatcher.clone();
        use_callback((), move |action: Action, _| d.dispatch(action))
    };
    let on_select = {
        let d = dispatcher.clone();
        use_callback((), move |selection: Option<Selection>, _| {
            d.dispatch(Action::Select(selection))
        })
    };
    // The address bar follows the view, once it rests; a new selection is a new entry.
    let from_history = use_mut_ref(|| false);
    {
        let (map, url) = (map.clone(), props.url.clone());
        let last_selection = use_mut_ref(|| view.selection);
        let from_history = from_history.clone();
        use_effect_with((view, *centre), move |(view, centre)| {
            let link = capture(&map, view, *centre, url.data.clone(), url.embed);
            // After Back or Forward the address already says this view.
            let skip = from_history.replace(false);
            let push = *last_selection.borrow() != view.selection && !skip;
            *last_selection.borrow_mut() = view.selection;
            let timeout = (!view.playing && !skip).then(|| {
                Timeout::new(URL_DELAY_MS, move || {
                    url_sync::write(&link.to_query(), push)
                })
            });
            move || drop(timeout)
        });
    }
    // Back and Forward restore the view the address describes.
    {
        let (map, d, view_request, centre) = (
            map.clone(),
            dispatcher.clone(),
            view_request.clone(),
            centre.clone(),
        );
        let from_history = from_history.clone();
        use_effect_with(map.clone(), move |_| {
            let listener = url_sync::on_history(move || {
                *from_history.borrow_mut() = true;
                let (url, _) = UrlState::parse(&url_sync::query());
                let (restored, _) = restore(&map, &url, ViewState::new(map.timeline));
                d.dispatch(Action::Restore(restored));
                centre.set(url.view);
                view_request.set((view_request.0 + 1, url.view));
            });
            move || drop(listener)
        });
    }
    let on_view = {
        let centre = centre.clone();
        use_callback((), move |c: Option<(f64, f64, f64)>, _| centre.set(c))
    };
    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |_| notices.set(Vec::new()))
    };
    use_effect_with(view.playing, move |playing| {
        let interval = playing.then(|| {
            Interval::new(PLAY_INTERVAL_MS, move || {
                dispatcher.dispatch(Action::Advance)
            })
        });
        move || drop(interval)
    });

    let data = &map.data;
    let shown = frame.active.iter().filter(|a| **a).count();
    let description = format!(
        "Map of {} states. On {}, {} ties are shown in force among {shown} of them.",
        data.states.len(),
        view.day,
        frame.same + frame.added
    );
    let embed_open = use_state(|| false);
    let when = match view.compare {
        Some(c) => format!("{} compared with {c}", view.day),
        None => view.day.to_string(),
    };
    let link = capture(&map, &view, *centre, props.url.data.clone(), false);
    let map_view = html! {
        <MapView map={map.clone()} frame={frame.clone()} selection={view.selection}
            on_select={on_select.clone()} description={AttrValue::from(description)} recentre={view.recentre}
            view_request={*view_request} on_view={on_view} day={view.day} when={AttrValue::from(when)} />
    };
    if props.url.embed {
        let sources = data
            .sources
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        return html! {
            <div class="app embed">
                { map_view }
                <TimelineBar map={map.clone()} frame={frame.clone()} view={view} on_action={on_action.clone()} compact=true />
                <footer class="embed-foot">
                    <Legend map={map.clone()} comparing={view.compare.is_some()} compact=true />
                    <p class="credit-line" title={sources.clone()}>
                        <a href={format!("?{}", link.to_query())} target="_blank" rel="noopener">{ "Open full view" }</a>
                        { format!(" · {} · Sources: {sources}", data.title) }
                    </p>
                </footer>
            </div>
        };
    }
    let on_files = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                let (on_open, picked) = (on_open.clone(), super::files::take(&list));
                wasm_bindgen_futures::spawn_local(async move {
                    on_open.emit(super::files::read(picked).await)
                });
            }
            input.set_value("");
        })
    };
    let embed_query = UrlState {
        embed: true,
        ..link.clone()
    }
    .to_query();
    let open_embed = {
        let embed_open = embed_open.clone();
        Callback::from(move |_: MouseEvent| embed_open.set(true))
    };
    let close_embed = {
        let embed_open = embed_open.clone();
        Callback::from(move |_| embed_open.set(false))
    };
    html! {
        <div class="app">
            <header class="head">
                <div class="titles">
                    <h1>{ &data.title }</h1>
                    if let Some(d) = &data.description { <p class="about">{ d }</p> }
                </div>
                <div class="tools">
                    <Search map={map.clone()} on_action={on_action.clone()} />
                    <label class="tool open-data">
                        { "Open data…" }
                        <input type="file" accept=".json,.csv,application/json,text/csv" multiple=true
                            aria-label="Open a dataset (one .json file, or states.csv and ties.csv)" onchange={on_files} />
                    </label>
                    <button type="button" class="tool" onclick={open_embed}>{ "Embed" }</button>
                </div>
            </header>
            <Notices notices={(*notices).clone()} on_dismiss={dismiss} />
            { map_view }
            <TimelineBar map={map.clone()} frame={frame.clone()} view={view} on_action={on_action.clone()} />
            <aside class="side">
                <Detail map={map.clone()} frame={frame.clone()} view={view} on_select={on_select} on_action={on_action.clone()} />
                <Layers map={map.clone()} view={view} on_action={on_action} />
                <Legend map={map.clone()} comparing={view.compare.is_some()} />
            </aside>
            if *embed_open {
                <EmbedDialog query={embed_query} title={data.title.clone()} on_close={close_embed} />
            }
        </div>
    }
}
