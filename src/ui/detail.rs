//! The detail panel: with nothing selected, the states to pick from; for a state, its ties
//! in force on the chosen date; for a tie, its dates, members (and who takes part on the
//! date), domains, summary and sources with their quotes.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::{Citation, Dataset, StateIx, Tie, TieIx};
use crate::model::date::Day;
use crate::model::view_state::{Action, Selection, ViewState};
use crate::model::words::plural;
use crate::scene::command::MapCommand;
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;
use crate::ui::map_view::MapLink;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub map: Rc<MapData>,
    pub frame: Rc<Frame>,
    pub view: ViewState,
    pub on_select: Callback<Option<Selection>>,
    pub on_action: Callback<Action>,
}

fn select(on_select: &Callback<Option<Selection>>, s: Option<Selection>) -> Callback<MouseEvent> {
    let on_select = on_select.clone();
    Callback::from(move |_| on_select.emit(s))
}

fn tie_button(data: &Dataset, t: TieIx, day: Day, on_select: &Callback<Option<Selection>>) -> Html {
    let tie = data.tie(t);
    html! {
        <li>
            <button type="button" class="link tie-link" onclick={select(on_select, Some(Selection::Tie(t)))}>
                { data.title_on(tie, day) }
            </button>
            <span class="meta">{ format!("{} · {} · {}", tie.period_in_words(), data.domain_labels(tie).join(", "), tie.stance.label()) }</span>
        </li>
    }
}

#[component]
pub fn Detail(props: &DetailProps) -> Html {
    let data = &props.map.data;
    let close = html! {
        <button type="button" class="close" aria-label="Close details" onclick={select(&props.on_select, None)}>{ "×" }</button>
    };
    let body = match props.view.selection {
        None => overview(props),
        Some(Selection::State(s)) => state_detail(props, s),
        Some(Selection::Tie(t)) => tie_detail(props, t),
    };
    let zoom = {
        let link = use_context::<MapLink>().unwrap_or_default();
        let selection = props.view.selection;
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = selection {
                link.send(MapCommand::ZoomToSelection(s));
            }
        })
    };
    html! {
        <section class={classes!("detail", props.view.selection.is_some().then_some("selected"))} aria-live="polite" aria-label="Details">
            if props.view.selection.is_some() {
                { close }
                <button type="button" class="zoom-to" onclick={zoom}>{ "Zoom to this on the map" }</button>
            }
            { body }
            <p class="credit">{ format!("{} · {} · {}", plural(data.sources.len(), "source", "sources"), plural(data.ties.len(), "tie", "ties"), plural(data.states.len(), "state", "states")) }</p>
        </section>
    }
}

fn overview(props: &DetailProps) -> Html {
    let data = &props.map.data;
    let mut states: Vec<(usize, &str)> = data
        .states
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.name.as_str()))
        .collect();
    states.sort_by(|a, b| a.1.cmp(b.1));
    let buttons = states.into_iter().map(|(i, name)| {
        let active = props.frame.active[i];
        html! {
            <li>
                <button type="button" class={classes!("chip", (!active).then_some("inactive"))}
                    onclick={select(&props.on_select, Some(Selection::State(StateIx(i as u32))))}>{ name }</button>
            </li>
        }
    });
    html! {
        <>
            <h2>{ format!("{} in force", plural(props.frame.same + props.frame.added, "tie", "ties")) }</h2>
            <p class="hint">{ "Pick a state, or click a state or a line on the map, to see its ties and their sources." }</p>
            <ul class="chips" aria-label="States">{ for buttons }</ul>
        </>
    }
}

fn state_detail(props: &DetailProps, s: StateIx) -> Html {
    let data = &props.map.data;
    let state = data.state(s);
    let ties: Vec<TieIx> = data.ties_of(s, props.view.day).map(|(t, _)| t).collect();
    html! {
        <>
            <h2>{ &state.name }</h2>
            if let Some(region) = &state.region { <p class="meta">{ region }</p> }
            if !state.exists_on(props.view.day) {
                <p class="notice">{ format!("Does not exist on {}.", props.view.day) }</p>
            }
            <h3>{ format!("Ties in force on {}", props.view.day) }</h3>
            if ties.is_empty() {
                <p class="hint">{ "None on this date. Move the timeline to see others." }</p>
            } else {
                <ul class="ties">{ for ties.iter().map(|t| tie_button(data, *t, props.view.day, &props.on_select)) }</ul>
            }
        </>
    }
}

fn tie_detail(props: &DetailProps, t: TieIx) -> Html {
    let data = &props.map.data;
    let tie = data.tie(t);
    // Every member; while the tie is in force, one not taking part is shown as such; one with
    // dates of its own names them.
    let day = props.view.day;
    let in_force = tie.is_active(day);
    let members = tie.members.iter().enumerate().map(|(k, m)| {
        let periods = tie.member_periods(k);
        let own = (periods != [tie.span()]).then(|| {
            let words: Vec<String> = periods.iter().map(|p| p.in_words()).collect();
            format!(" ({})", words.join(", "))
        });
        let left_out = in_force && !tie.takes_part(*m, day);
        html! {
            <li><button type="button" class={classes!("chip", left_out.then_some("inactive"))}
                onclick={select(&props.on_select, Some(Selection::State(*m)))}>
                { &data.state(*m).name }{ own.unwrap_or_default() }
                if left_out { <span class="visually-hidden">{ ", not taking part on this date" }</span> }
            </button></li>
        }
    });
    let sources = tie.sources.iter().map(|c| citation(data, c));
    html! {
        <>
            <h2>{ data.title_on(tie, day) }</h2>
            if !in_force {
                <p class="notice">{ format!("Not in force on {}.", props.view.day) }</p>
            }
            <dl class="facts">
                <dt>{ "Dates" }</dt><dd>{ tie.period_in_words() }</dd>
                <dt>{ "Stance" }</dt><dd class={classes!("stance", tie.stance.label())}>{ tie.stance.label() }</dd>
                <dt>{ "Domains" }</dt><dd>{ data.domain_labels(tie).join(", ") }</dd>
                <dt>{ "Kind" }</dt><dd>{ &tie.kind }</dd>
            </dl>
            <ul class="chips" aria-label="Members">{ for members }</ul>
            <p class="summary">{ &tie.summary }</p>
            <h3>{ "Sources" }</h3>
            { facts(tie) }
            <ul class="sources" key={tie.id.clone()}>{ for sources }</ul>
        </>
    }
}

/// The tie's facts in words, from its source, above the citations.
fn facts(tie: &Tie) -> Html {
    if tie.facts.is_empty() {
        return Html::default();
    }
    let rows = tie
        .facts
        .iter()
        .map(|f| html! { <><dt>{ &f.label }</dt><dd>{ &f.value }</dd></> });
    html! { <dl class="facts source-facts">{ for rows }</dl> }
}

/// One citation: its quote (a data row behind "Show the source row") and its source.
fn citation(data: &Dataset, c: &Citation) -> Html {
    let source = data.source(c.source);
    let title = match source.link() {
        Some(url) => {
            html! { <a href={url.to_string()} rel="noopener noreferrer" target="_blank">{ &source.title }</a> }
        }
        None => html! { <span class="source-title">{ &source.title }</span> },
    };
    let by = [source.author.as_deref(), source.publisher.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let quote = html! { <blockquote>{ format!("“{}”", c.quote) }</blockquote> };
    html! {
        <li class="source">
            if c.row {
                <details class="source-row"><summary>{ "Show the source row" }</summary>{ quote }</details>
            } else {
                { quote }
            }
            <p class="cite">
                { "— " }{ title }
                if !by.is_empty() { { format!(", {by}") } }
                { format!(" ({})", source.date.in_words()) }
                if source.link().is_none() {
                    if let Some(url) = &source.url { <span class="unsafe-url">{ format!(" {url}") }</span> }
                }
            </p>
        </li>
    }
}
