//! The view of a loaded dataset: one view state (the reducer in [`Store`]) that the address
//! bar mirrors, the frame of what is drawn on its date, and the hooks that act on it (links,
//! playing, the presenter's keys); shown in full ([`full_view`]) or, in embed mode, as the
//! map, a compact timeline and the legend ([`EmbedView`]).

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::embed_view::{embed_view, EmbedViewProps};
use super::full_view::{full_view, use_page, FullViewProps};
use super::map_pane::{map_pane, MapPaneProps};
use super::map_view::MapLink;
use super::presenter::{use_full_screen_ends_with, use_presenter_keys};
use super::store::Store;
use super::url_sync;
use crate::model::url::Notice;
use crate::model::url::UrlState;
use crate::model::view_state::{Action, Selection, ViewState};
use crate::scene::command::MapCommand;
use crate::scene::frame::{Frame, Lens};
use crate::scene::framing::Framing;
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

/// The view the address asks for, and what in it could not be used. A link that names only a
/// story's scene shows that scene as the story sets it.
#[hook]
fn use_first_view(map: Rc<MapData>, url: Rc<UrlState>) -> Rc<(ViewState, Vec<Notice>)> {
    use_memo((map, url), |(map, url)| {
        let (view, notices) = restore(map, url, ViewState::new(map.timeline));
        let view = match (view.story, url.date) {
            (Some((st, k)), None) => scene_view(map, view, st as usize, k as usize).unwrap_or(view),
            _ => view,
        };
        (view, notices)
    })
}

/// The link that moves the map's view, first sent where the address puts it (its frame, an
/// older link's centre and zoom, or the focus of the story's scene it names).
#[hook]
fn use_map_link(map: Rc<MapData>, url: Rc<UrlState>, first: ViewState) -> MapLink {
    let link = (*use_memo((), |_| MapLink::default())).clone();
    let sent = link.clone();
    use_effect_with((), move |_| {
        let scene = scene_command(&map, &first).filter(|_| url.date.is_none());
        let framed = (!url.focus.is_empty() || url.frame.is_some() || url.view.is_some())
            .then(|| MapCommand::from_link(&map, &url));
        if let Some(command) = framed.or(scene) {
            sent.send(command);
        }
    });
    link
}

/// What the map draws on the view's date, through its comparison and filter.
#[hook]
fn use_frame(map: Rc<MapData>, view: ViewState) -> Rc<Frame> {
    use_memo(
        (map, view.day, view.compare, view.filter),
        |(map, day, compare, filter)| {
            let lens = Lens {
                day: *day,
                compare: *compare,
                filter: *filter,
                regions: &map.regions,
            };
            Frame::of(&map.data, &map.layout, &lens)
        },
    )
}

/// Steps the date while playing.
#[hook]
fn use_play(playing: bool, dispatcher: UseReducerDispatcher<Store>) {
    use_effect_with(playing, move |playing| {
        let interval = playing.then(|| {
            Interval::new(PLAY_INTERVAL_MS, move || {
                dispatcher.dispatch(Action::Advance)
            })
        });
        move || drop(interval)
    });
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let map = props.map.clone();
    let first = use_first_view(map.clone(), props.url.clone());
    let store = use_reducer({
        let view = first.0;
        move || Store(view)
    });
    let (view, dispatcher) = (store.0, store.dispatcher());
    // The region the map shows when it is not the whole map, and the link that moves it.
    let framed = use_state_eq(Framing::default);
    let map_link = use_map_link(map.clone(), props.url.clone(), view);
    let frame = use_frame(map.clone(), view);
    url_sync::use_link_sync(
        map.clone(),
        props.url.clone(),
        view,
        framed.clone(),
        dispatcher.clone(),
        map_link.clone(),
    );
    let (d, l, m) = (dispatcher.clone(), map_link.clone(), map.clone());
    let on_action = use_callback((), move |action: Action, _| {
        // A story's scene also brings its focus into view.
        let scene = match action {
            Action::Scene(v) => scene_command(&m, &v),
            _ => None,
        };
        d.dispatch(action);
        if let Some(command) = scene {
            l.send(command);
        }
    });
    let d = dispatcher.clone();
    let on_select = use_callback((), move |s: Option<Selection>, _| {
        d.dispatch(Action::Select(s))
    });
    let f = framed.clone();
    let on_view = use_callback((), move |v: Framing, _| f.set(v));
    use_presenter_keys(map.clone(), view, on_action.clone(), map_link.clone());
    use_full_screen_ends_with(view.presenting);
    use_play(view.playing, dispatcher);
    let page = use_page(map.clone(), frame.clone(), view);

    let map_pane = map_pane(&MapPaneProps {
        map: map.clone(),
        frame: frame.clone(),
        view,
        on_select: on_select.clone(),
        link: map_link.clone(),
        on_view,
    });
    let link = capture(&map, &view, &framed, &props.url, false);
    if props.url.embed {
        return html! {
            <ContextProvider<MapLink> context={map_link}>
            { embed_view(&EmbedViewProps { map, frame, view, on_action, map_pane, full_query: link.to_query() }) }
            </ContextProvider<MapLink>>
        };
    }
    let mut notices = props.notices.clone();
    notices.extend(first.1.iter().map(|n| n.0.clone()));
    let embed_query = UrlState {
        embed: true,
        ..link
    }
    .to_query();
    html! {
        <ContextProvider<MapLink> context={map_link}>
        { full_view(FullViewProps { map, frame, view, on_action, on_select, map_pane, notices, embed_query,
            on_open: props.on_open.clone(), picker: props.picker, dataset: props.dataset, page }) }
        </ContextProvider<MapLink>>
    }
}
