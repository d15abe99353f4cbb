//! The layer switches: one per domain and per stance, each with how many ties it holds on
//! the chosen date, and a region filter.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::{DomainIx, Stance};
use crate::model::timeline::layer_counts;
use crate::model::view_state::{Action, ViewState};
use crate::scene::map_data::MapData;
use crate::scene::style::{dasharray, domain_style};

pub struct LayersProps {
    pub map: Rc<MapData>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
}

fn switch(
    label: String,
    checked: bool,
    swatch: Html,
    action: Action,
    on_action: &Callback<Action>,
) -> Html {
    let on_action = on_action.clone();
    html! {
        <li>
            <label class="switch">
                <input type="checkbox" checked={checked} onchange={Callback::from(move |_: Event| on_action.emit(action))} />
                { swatch }
                <span>{ label }</span>
            </label>
        </li>
    }
}

fn line_swatch(color: &str, dash: String, ticks: bool) -> Html {
    html! {
        <svg class="swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
            <line x1="1" y1="6" x2="27" y2="6" stroke={color.to_string()} stroke-width="2.4" stroke-dasharray={dash} />
            if ticks { <path d="M9 2V10M19 2V10" stroke={color.to_string()} stroke-width="1.6" /> }
        </svg>
    }
}

pub fn layers(props: &LayersProps) -> Html {
    let map = &props.map;
    let view = props.view;
    let counts = layer_counts(&map.data, &map.regions, &view.filter, view.day);
    let domains = map.data.domains.iter().enumerate().map(|(i, d)| {
        let ix = DomainIx(i as u32);
        let style = domain_style(&map.data.domains, i);
        let label = format!("{} ({})", d.label, counts.domains[i]);
        switch(
            label,
            view.filter.shows_domain(ix),
            line_swatch(style.color, dasharray(style.dash), false),
            Action::ToggleDomain(ix),
            &props.on_action,
        )
    });
    let stances = [
        (
            Stance::Cooperation,
            "Cooperation",
            counts.cooperation,
            false,
        ),
        (Stance::Rivalry, "Rivalry", counts.rivalry, true),
    ]
    .into_iter()
    .map(|(s, name, n, ticks)| {
        switch(
            format!("{name} ({n})"),
            view.filter.shows_stance(s),
            line_swatch("#475569", "none".into(), ticks),
            Action::ToggleStance(s),
            &props.on_action,
        )
    });
    let on_region = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            on_action.emit(Action::SetRegion(select.value().parse::<u16>().ok()));
        })
    };
    let selected_region = view.filter.region;
    html! {
        <section class="layers" aria-labelledby="layers-title">
            <h2 id="layers-title">{ "Layers" }</h2>
            <ul class="switches" aria-label="Domains">{ for domains }</ul>
            <ul class="switches" aria-label="Stances">{ for stances }</ul>
            if !map.regions.names.is_empty() {
                <label class="region">
                    { "Region " }
                    <select onchange={on_region}>
                        <option value="" selected={selected_region.is_none()}>{ "All regions" }</option>
                        { for map.regions.names.iter().enumerate().map(|(i, name)| html! {
                            <option value={i.to_string()} selected={selected_region == Some(i as u16)}>{ name }</option>
                        }) }
                    </select>
                </label>
            }
        </section>
    }
}
