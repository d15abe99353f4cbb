//! The header: the dataset's title and description, and the tools: find a state or tie, pick or
//! open a dataset, start the story, embed the view, show the table.

use std::rc::Rc;

use yew::prelude::*;

use super::embed_dialog::EmbedTool;
use super::picker::picker;
use super::problems::example_sheets;
use super::search::Search;
use super::story_panel::scene;
use super::titles::titles;
use crate::model::view_state::{Action, ViewState};
use crate::scene::map_data::MapData;

/// "Open data…": a file input dressed as a button, and below it the example sheets to start
/// from. `on_open` is told the (name, text) of the files the reader opens.
fn open_data(on_open: &Callback<Vec<(String, String)>>) -> Html {
    let on_files = {
        let on_open = on_open.clone();
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
    html! {
        <span class="open-data-group">
            <label class="tool open-data">
                { "Open data…" }
                <input type="file" accept=".json,.csv,application/json,text/csv" multiple=true
                    aria-label="Open a dataset (one .json file, or states.csv and ties.csv)" onchange={on_files} />
            </label>
            { example_sheets() }
        </span>
    }
}

pub struct HeaderProps {
    pub map: Rc<MapData>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
    /// The query string of the view in embed mode, for the embed snippet.
    pub embed_query: String,
    pub on_open: Callback<Vec<(String, String)>>,
    /// Whether to offer the bundled datasets.
    pub picker: bool,
    /// The bundled dataset shown, if it is one.
    pub dataset: Option<&'static str>,
    /// Given to the Table button, so that the table can give it focus back.
    pub table_button: NodeRef,
    /// Whether the description is shown in full.
    pub about_open: UseStateHandle<bool>,
}

pub fn header(props: &HeaderProps) -> Html {
    let (map, view, data) = (&props.map, props.view, &props.map.data);
    let start_story = {
        let action = scene(map, view, 0, 0);
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = action {
                on_action.emit(a);
            }
        })
    };
    let toggle_table = props
        .on_action
        .reform(move |_: MouseEvent| Action::ShowTable(!view.table));
    html! {
        <header class="head">
            { titles(&data.title, data.description.as_deref(), &props.about_open) }
            <div class="tools">
                <Search map={map.clone()} day={view.day} filter={view.filter} on_action={props.on_action.clone()} />
                if props.picker {
                    { picker(props.dataset) }
                }
                { open_data(&props.on_open) }
                if !data.stories.is_empty() && view.story.is_none() {
                    <button type="button" class="tool" onclick={start_story}>{ "Story" }</button>
                }
                <EmbedTool query={props.embed_query.clone()} title={data.title.clone()} />
                <button ref={props.table_button.clone()} type="button" class="tool" aria-expanded={view.table.to_string()}
                    aria-controls="ties-table" onclick={toggle_table}>{ "Table" }</button>
            </div>
        </header>
    }
}
