//! The filters above the table of ties: a text (looked for in the title, members and
//! domains), a domain and a stance. They change the table's [`Query`], which the table keeps.

use yew::prelude::*;

use crate::model::dataset::{DomainIx, Stance};
use crate::scene::map_data::MapData;
use crate::scene::table::Query;

/// The filters above the table: a text, a domain and a stance.
pub fn filters(map: &MapData, query: &UseStateHandle<Query>) -> Html {
    let set = |change: fn(&mut Query, String)| {
        let query = query.clone();
        move |value: String| {
            let mut next = (*query).clone();
            change(&mut next, value);
            query.set(next);
        }
    };
    let on_text = {
        let set = set(|q, v| q.text = v);
        Callback::from(move |e: InputEvent| {
            set(e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value())
        })
    };
    let on_domain = {
        let set = set(|q, v| q.domain = v.parse().ok().map(DomainIx));
        Callback::from(move |e: Event| {
            set(e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value())
        })
    };
    let on_stance = {
        let set = set(|q, v| {
            q.stance = [Stance::Cooperation, Stance::Rivalry]
                .into_iter()
                .find(|s| s.label() == v)
        });
        Callback::from(move |e: Event| {
            set(e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value())
        })
    };
    let domain = query.domain.map(|d| d.0);
    let stance = query.stance;
    html! {
        <div class="table-filters" role="search" aria-label="Filter the table">
            <label>{ "Text" }
                <input type="search" value={query.text.clone()} oninput={on_text}
                    placeholder="Tie, member or domain" />
            </label>
            <label>{ "Domain" }
                <select onchange={on_domain}>
                    <option value="" selected={domain.is_none()}>{ "All domains" }</option>
                    { for map.data.domains.iter().enumerate().map(|(i, d)| html! {
                        <option value={i.to_string()} selected={domain == Some(i as u32)}>{ &d.label }</option>
                    }) }
                </select>
            </label>
            <label>{ "Stance" }
                <select onchange={on_stance}>
                    <option value="" selected={stance.is_none()}>{ "Both stances" }</option>
                    { for [Stance::Cooperation, Stance::Rivalry].into_iter().map(|s| html! {
                        <option value={s.label()} selected={stance == Some(s)}>{ s.label() }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}
