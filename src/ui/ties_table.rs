//! A table of the ties shown on the chosen date, with the members taking part then, domains,
//! dates and sources: the printed handout's list (and a plain-text view of the map). The
//! reader's [`Query`] filters and sorts it (`scene/table.rs`); on screen its column headings
//! are buttons that sort, and the rows that match can be downloaded as CSV. A date with more
//! than [`MAX_ROWS`] matching ties lists the first of them and says where the rest are: a
//! table of thousands of rows would hold up the page, and nobody prints a hundred pages.
//!
//! A component, so that it is not drawn again while the date plays or the page re-renders
//! for something else, and so that it keeps the reader's query: its rows are made once per
//! date and only filtered as the reader types, which draws only the table again.

use std::rc::Rc;

use yew::prelude::*;

use crate::export::csv::ties_csv;
use crate::model::date::Day;
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;
use crate::scene::table::{count_in_words, rows, Column, Order, Query, Row};
use crate::ui::download;
use crate::ui::table_filters::filters;

/// The most ties the table lists.
pub const MAX_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct TiesTableProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub day: Day,
    /// Whether the table is on screen: then it has its filters, its headings sort and its
    /// count is live; hidden, it holds nothing to tab to.
    pub open: bool,
}

/// The rows' sources: the same dataset and frame (by identity, held so that neither address
/// is reused meanwhile) on the same day.
struct Source(Rc<MapData>, Rc<Frame>, Day);

impl PartialEq for Source {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) && Rc::ptr_eq(&self.1, &other.1) && self.2 == other.2
    }
}

fn row(r: &Row) -> Html {
    html! {
        <tr key={r.tie.0}>
            <td data-label="Tie">{ &r.title }</td>
            <td data-label="Members">{ &r.members }</td>
            <td data-label="Domains">{ &r.domains }</td>
            <td data-label="Stance">{ r.stance.label() }</td>
            <td data-label="Dates">{ &r.dates }</td>
            <td data-label="Sources">{ &r.sources }</td>
        </tr>
    }
}

/// A column's heading: on screen a button that sorts, with `aria-sort` on the sorted one.
fn heading(column: Column, props: &TiesTableProps, query: &UseStateHandle<Query>) -> Html {
    let order = query.order_of(column);
    let sort = order.map(|o| match o {
        Order::Ascending => "ascending",
        Order::Descending => "descending",
    });
    if !props.open {
        return html! { <th scope="col">{ column.label() }</th> };
    }
    let mark = match order {
        Some(Order::Ascending) => "▲",
        Some(Order::Descending) => "▼",
        None => "↕",
    };
    html! {
        <th scope="col" aria-sort={sort}>
            <button type="button" class="sort" onclick={sort_by(query, column)}>
                { column.label() }<span class="sort-mark" aria-hidden="true">{ mark }</span>
            </button>
        </th>
    }
}

fn sort_by(query: &UseStateHandle<Query>, column: Column) -> Callback<MouseEvent> {
    let query = query.clone();
    Callback::from(move |_: MouseEvent| query.set(query.sorted_by(column)))
}

/// Saves the matching rows, all of them and in the order shown, as CSV.
fn save_rows(props: &TiesTableProps, query: &Query, all: Rc<Vec<Row>>) -> Callback<MouseEvent> {
    let (map, query, day) = (props.map.clone(), query.clone(), props.day);
    let name = format!("alliance-map-{}-filtered.csv", day.to_date());
    Callback::from(move |_: MouseEvent| {
        let ties: Vec<_> = query.apply(&map.data, &all).iter().map(|r| r.tie).collect();
        let _ = download::save_text(&ties_csv(&map.data, &ties, day), "text/csv", &name);
    })
}

#[component]
pub fn TiesTable(props: &TiesTableProps) -> Html {
    let data = &props.map.data;
    let query = use_state(Query::default);
    // The rows of a date are made once; typing in the filter only filters them.
    let all = use_memo(
        Source(props.map.clone(), props.frame.clone(), props.day),
        |Source(map, frame, day)| rows(&map.data, &frame.ties, *day),
    );
    let shown = query.apply(data, &all);
    let filtered = query.filters();
    html! {
        <>
        if props.open {
            { filters(&props.map, &query) }
        }
        <div class="table-count">
            <p role={props.open.then_some("status")}>{ count_in_words(shown.len(), all.len()) }</p>
            if props.open && filtered && !shown.is_empty() {
                <button type="button" class="save-rows" onclick={save_rows(props, &query, all.clone())}>
                    { "Download these rows (CSV)" }
                </button>
            }
        </div>
        <table class="ties-table">
            <caption>{ format!("Ties in force on {}", props.day) }</caption>
            <thead>
                <tr>{ for Column::ALL.iter().map(|c| heading(*c, props, &query)) }</tr>
            </thead>
            <tbody>{ for shown.iter().take(MAX_ROWS).map(|r| row(r)) }</tbody>
        </table>
        if shown.len() > MAX_ROWS {
            <p class="table-more">{ format!(
                "The first {MAX_ROWS} of the {} ties listed are shown; {} has them all.",
                shown.len(),
                if filtered { "“Download these rows (CSV)”" } else { "the CSV of the ties shown (under Download)" },
            ) }</p>
        }
        </>
    }
}
