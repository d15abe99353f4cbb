//! A table of the ties shown on the chosen date, with the members taking part then, domains,
//! dates and sources: the printed handout's list (and a plain-text view of the map). A date
//! with more than [`MAX_ROWS`] ties lists the first of them and says where the rest are: a
//! table of thousands of rows would hold up the page, and nobody prints a hundred pages.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::date::Day;
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;

/// The most ties the table lists.
pub const MAX_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct TiesTableProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub day: Day,
}

#[component]
pub fn TiesTable(props: &TiesTableProps) -> Html {
    let data = &props.map.data;
    let shown: Vec<_> = props
        .frame
        .ties
        .iter()
        .filter(|t| data.tie(**t).is_active(props.day))
        .collect();
    let rows = shown.iter().take(MAX_ROWS).map(|&&t| {
        let tie = data.tie(t);
        let members = data.member_names_on(tie, props.day).join(", ");
        let domains = data.domain_labels(tie).join(", ");
        // A source cited for several quotes is named once.
        let mut titles: Vec<&str> = Vec::new();
        for t in data.source_titles(tie) {
            if !titles.contains(&t) {
                titles.push(t);
            }
        }
        let sources = titles.join("; ");
        html! {
            <tr>
                <td data-label="Tie">{ &tie.title }</td>
                <td data-label="Members">{ members }</td>
                <td data-label="Domains">{ domains }</td>
                <td data-label="Stance">{ tie.stance.label() }</td>
                <td data-label="Dates">{ tie.period_in_words() }</td>
                <td data-label="Sources">{ sources }</td>
            </tr>
        }
    });
    html! {
        <>
        <table class="ties-table">
            <caption>{ format!("Ties in force on {}", props.day) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Tie" }</th>
                    <th scope="col">{ "Members" }</th>
                    <th scope="col">{ "Domains" }</th>
                    <th scope="col">{ "Stance" }</th>
                    <th scope="col">{ "Dates" }</th>
                    <th scope="col">{ "Sources" }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
        if shown.len() > MAX_ROWS {
            <p class="table-more">{ format!(
                "The first {MAX_ROWS} of the {} ties in force are listed; the CSV of the ties shown (under Download) has them all.",
                shown.len()
            ) }</p>
        }
        </>
    }
}
