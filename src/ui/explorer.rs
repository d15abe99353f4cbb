//! The view of a loaded dataset: the map, the timeline, the detail panel, the layers and the
//! legend, sharing one view state that the address bar mirrors. In embed mode, the map, a
//! compact timeline and the legend only.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::detail::Detail;
use super::embed_dialog::EmbedDialog;
use super::layers::Layers;
use super::legend::Legend;
use super::map_view::{MapLink, MapView};
use super::notices::Notices;
use super::picker::DatasetPicker;
use super::presenter::{self, Help, Key};
use super::search::Search;
use super::store::Store;
use super::story_panel::StoryPanel;
use super::ties_table::TiesTable;
use super::timeline_bar::TimelineBar;
use super::titles::Titles;
use super::url_sync;
use crate::model::url::UrlState;
use crate::model::view_state::{Action, Selection, ViewState};
use crate::scene::announce::announce;
use crate::scene::command::MapCommand;
use crate::scene::frame::{Frame, Lens};
use crate::scene::link::{capture, restore};
use crate::scene::map_data::MapData;
use crate::scene::story::{scene_command, scene_view};

/// Milliseconds between two steps while playing.
const PLAY_INTERVAL_MS: u32 = 60;

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
    /// Whether to offer the bundled datasets (not in the single-file page, which has one).
    #[prop_or_default]
    pub picker: bool,
    /// The bundled dataset shown, if it is one.
    #[prop_or_default]
    pub dataset: Option<&'static str>,
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let map = props.map.clone();
    let restored = use_memo((map.clone(), props.url.clone()), |(map, url)| {
        let (view, notices) = restore(map, url, ViewState::new(map.timeline));
        // A link that names only a story's scene shows that scene as the story sets it.
        let view = match (view.story, url.date) {
            (Some((st, k)), None) => scene_view(map, view, st as usize, k as usize).unwrap_or(view),
            _ => view,
        };
        (view, notices)
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
    // The map's view: where the link puts it, or where the story's scene brings it.
    let map_link = (*use_memo((), |_| MapLink::default())).clone();
    {
        let (link, map, url) = (map_link.clone(), map.clone(), props.url.clone());
        use_effect_with((), move |_| {
            let scene = scene_command(&map, &view).filter(|_| url.date.is_none());
            if let Some(command) = url.view.map(|c| MapCommand::SetView(Some(c))).or(scene) {
                link.send(command);
            }
        });
    }
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
    url_sync::use_link_sync(
        map.clone(),
        props.url.clone(),
        view,
        centre.clone(),
        dispatcher.clone(),
        map_link.clone(),
    );
    let on_view = {
        let centre = centre.clone();
        use_callback((), move |c: Option<(f64, f64, f64)>, _| centre.set(c))
    };
    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |_| notices.set(Vec::new()))
    };
    // Stories and the presenter view.
    let presenting = use_state_eq(|| false);
    let help = use_state_eq(|| false);
    let go_scene = {
        let (map, d, link) = (map.clone(), dispatcher.clone(), map_link.clone());
        Callback::from(move |(view, st, k): (ViewState, u16, u16)| {
            if let Some(v) = scene_view(&map, view, st as usize, k as usize) {
                d.dispatch(Action::Scene(v));
                if let Some(command) = scene_command(&map, &v) {
                    link.send(command);
                }
            }
        })
    };
    let leave = {
        let (d, presenting) = (dispatcher.clone(), presenting.clone());
        Callback::from(move |_| {
            if *presenting {
                presenting.set(false);
                if gloo::utils::document().fullscreen_element().is_some() {
                    gloo::utils::document().exit_fullscreen();
                }
            } else {
                d.dispatch(Action::EndStory);
            }
        })
    };
    {
        let (go_scene, leave, d) = (go_scene.clone(), leave.clone(), dispatcher.clone());
        let (help, link, map) = (help.clone(), map_link.clone(), map.clone());
        let active = view.story.is_some() || *presenting;
        use_effect_with((view, active, *help), move |(view, active, help_on)| {
            let (view, help_on) = (*view, *help_on);
            let listener = active.then(|| {
                presenter::listen(Callback::from(move |key: Key| {
                    let scenes = view
                        .story
                        .and_then(|(st, _)| map.data.stories.get(st as usize))
                        .map_or(0, |s| s.scenes.len());
                    match (key, view.story) {
                        (Key::Next, Some((st, k))) if (k as usize) + 1 < scenes => {
                            go_scene.emit((view, st, k + 1))
                        }
                        (Key::Previous, Some((st, k))) if k > 0 => go_scene.emit((view, st, k - 1)),
                        (Key::TogglePlay, _) => d.dispatch(Action::TogglePlay),
                        (Key::ZoomIn, _) => link.send(MapCommand::ZoomBy(1.3)),
                        (Key::ZoomOut, _) => link.send(MapCommand::ZoomBy(1.0 / 1.3)),
                        (Key::FullScreen, _) => presenter::toggle_full_screen(),
                        (Key::Help, _) => help.set(!help_on),
                        (Key::Leave, _) if help_on => help.set(false),
                        (Key::Leave, _) => leave.emit(()),
                        _ => {}
                    }
                }))
            });
            move || drop(listener)
        });
    }
    use_effect_with(view.playing, move |playing| {
        let interval = playing.then(|| {
            Interval::new(PLAY_INTERVAL_MS, move || {
                dispatcher.dispatch(Action::Advance)
            })
        });
        move || drop(interval)
    });

    let data = &map.data;
    let map_for_announce = map.clone();
    let shown = frame.active.iter().filter(|a| **a).count();
    let description = format!(
        "Map of {} states. On {}, {} ties are shown in force among {shown} of them.",
        data.states.len(),
        view.day,
        frame.same + frame.added
    );
    // Screen readers hear what changed, once the date rests (not while playing).
    let announcement = {
        let previous = use_mut_ref(Vec::new);
        use_memo((frame.clone(), view.playing), move |(frame, playing)| {
            if *playing {
                return String::new();
            }
            let text = announce(&map_for_announce.data, &previous.borrow(), frame, view.day);
            *previous.borrow_mut() = frame.ties.clone();
            text
        })
    };
    // The table follows the date once it rests: rewriting thousands of rows at every step
    // of playing would cost more than a frame.
    let table = {
        let resting = use_mut_ref(|| (frame.clone(), view.day));
        if !view.playing {
            *resting.borrow_mut() = (frame.clone(), view.day);
        }
        let now = resting.borrow().clone();
        now
    };
    let embed_open = use_state(|| false);
    let table_open = use_state(|| false);
    let toggle_table = {
        let table_open = table_open.clone();
        Callback::from(move |_: MouseEvent| table_open.set(!*table_open))
    };
    let when = match view.compare {
        Some(c) => format!("{} compared with {c}", view.day),
        None => view.day.to_string(),
    };
    let link = capture(&map, &view, *centre, &props.url, false);
    let map_view = html! {
        <MapView map={map.clone()} frame={frame.clone()} selection={view.selection}
            on_select={on_select.clone()} description={AttrValue::from(description)} link={map_link.clone()}
            on_view={on_view} day={view.day} when={AttrValue::from(when)} presenting={*presenting} />
    };
    if props.url.embed {
        let sources = data.sources_line();
        return html! {
            <ContextProvider<MapLink> context={map_link.clone()}>
            <div class="app embed">
                <h1 class="visually-hidden">{ &data.title }</h1>
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
            </ContextProvider<MapLink>>
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
    let start_story = {
        let go_scene = go_scene.clone();
        Callback::from(move |_: MouseEvent| go_scene.emit((view, 0, 0)))
    };
    let present = {
        let presenting = presenting.clone();
        Callback::from(move |_| {
            presenting.set(true);
            presenter::toggle_full_screen();
        })
    };
    let on_scene = {
        let go_scene = go_scene.clone();
        Callback::from(move |k: u16| {
            if let Some((st, _)) = view.story {
                go_scene.emit((view, st, k));
            }
        })
    };
    let close_help = {
        let help = help.clone();
        Callback::from(move |_| help.set(false))
    };
    // The map and the timeline come first; the details and the table of ties (thousands of
    // elements for a large dataset) a turn later, so the page is never held up by both.
    let rest = use_state(|| false);
    {
        let rest = rest.clone();
        use_effect_with((), move |_| {
            let later = gloo::timers::callback::Timeout::new(0, move || rest.set(true));
            move || drop(later)
        });
    }
    html! {
        <ContextProvider<MapLink> context={map_link}>
        <div class={classes!("app", presenting.then_some("presenter"))}>
            <header class="head">
                <Titles title={data.title.clone()} description={data.description.clone().map(AttrValue::from)} />
                <div class="tools">
                    <Search map={map.clone()} on_action={on_action.clone()} />
                    if props.picker {
                        <DatasetPicker current={props.dataset} />
                    }
                    <label class="tool open-data">
                        { "Open data…" }
                        <input type="file" accept=".json,.csv,application/json,text/csv" multiple=true
                            aria-label="Open a dataset (one .json file, or states.csv and ties.csv)" onchange={on_files} />
                    </label>
                    if !data.stories.is_empty() && view.story.is_none() {
                        <button type="button" class="tool" onclick={start_story}>{ "Story" }</button>
                    }
                    <button type="button" class="tool" onclick={open_embed}>{ "Embed" }</button>
                    <button type="button" class="tool" aria-expanded={table_open.to_string()} aria-controls="ties-table"
                        onclick={toggle_table.clone()}>{ "Table" }</button>
                </div>
            </header>
            <Notices notices={(*notices).clone()} on_dismiss={dismiss} />
            <p class="visually-hidden" role="status" aria-live="polite">{ (*announcement).clone() }</p>
            { map_view }
            <TimelineBar map={map.clone()} frame={frame.clone()} view={view} on_action={on_action.clone()} />
            <aside class="side">
                if let Some(at) = view.story {
                    <StoryPanel map={map.clone()} at={at} on_scene={on_scene} on_present={present}
                        on_leave={leave.clone()} presenting={*presenting} />
                }
                if *rest {
                    <Detail map={map.clone()} frame={frame.clone()} view={view} on_select={on_select} on_action={on_action.clone()} />
                }
                <Layers map={map.clone()} view={view} on_action={on_action} />
                <Legend map={map.clone()} comparing={view.compare.is_some()} />
            </aside>
            <div id="ties-table" class={classes!("handout", if *table_open { "table-view" } else { "visually-hidden" })}>
                if *table_open {
                    <button type="button" class="close" aria-label="Hide the table" onclick={toggle_table.clone()}>{ "×" }</button>
                }
                if *rest {
                    <TiesTable map={map.clone()} frame={table.0.clone()} day={table.1} />
                }
                <p class="credit">{ format!("Sources: {}", data.sources_line()) }</p>
            </div>
            if *help {
                <Help on_close={close_help} />
            }
            if *embed_open {
                <EmbedDialog query={embed_query} title={data.title.clone()} on_close={close_embed} />
            }
        </div>
        </ContextProvider<MapLink>>
    }
}
