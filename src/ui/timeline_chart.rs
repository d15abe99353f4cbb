//! A small chart above the slider: how many ties are in force over time, one line per
//! domain, with every event (a tie, a member's own period or a state's spell starting or
//! ending) marked below. Clicking the chart jumps to the event nearest the click.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::date::Day;
use crate::model::filter::Filter;
use crate::model::timeline::series;
use crate::model::view_state::{Action, ViewState};
use crate::model::words::plural;
use crate::scene::map_data::MapData;
use crate::scene::style::{dasharray, domain_style};

/// Points per line.
const SAMPLES: usize = 240;
const WIDTH: f64 = 1000.0;
const HEIGHT: f64 = 40.0;

pub struct TimelineChartProps {
    pub map: Rc<MapData>,
    pub view: ViewState,
    pub on_action: Callback<Action>,
}

#[derive(Properties, PartialEq)]
struct LinesProps {
    map: Rc<MapData>,
    filter: Filter,
}

/// The lines and event marks: they change only with the dataset and the filter, so this
/// part is not rendered again while the date moves.
#[component]
fn Lines(props: &LinesProps) -> Html {
    let map = &props.map;
    let t = map.timeline;
    let lines = series(&map.data, &map.regions, &props.filter, &t, SAMPLES);
    let span = (t.last.0 - t.first.0).max(1) as f64;
    let top = lines.iter().flatten().copied().max().unwrap_or(1).max(1) as f64;
    let paths = lines.iter().enumerate().map(|(i, row)| {
        let style = domain_style(&map.data.domains, i);
        let points: String = row
            .iter()
            .enumerate()
            .map(|(k, n)| {
                format!(
                    "{:.1},{:.1} ",
                    k as f64 / (SAMPLES - 1) as f64 * WIDTH,
                    HEIGHT - 2.0 - *n as f64 / top * (HEIGHT - 6.0)
                )
            })
            .collect();
        html! {
            <polyline points={points} fill="none" stroke={style.color} stroke-width="1.6"
                stroke-dasharray={dasharray(style.dash)} vector-effect="non-scaling-stroke" />
        }
    });
    let ticks: String = map
        .events
        .iter()
        .map(|e| {
            format!(
                "M{:.1} {}V{} ",
                (e.0 - t.first.0) as f64 / span * WIDTH,
                HEIGHT + 2.0,
                HEIGHT + 8.0
            )
        })
        .collect();
    html! {
        <g>
            { for paths }
            <path d={ticks} stroke="#64748b" stroke-width="1" vector-effect="non-scaling-stroke" />
        </g>
    }
}

pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let map = props.map.clone();
    let view = props.view;
    let t = view.timeline;
    let span = (t.last.0 - t.first.0).max(1) as f64;
    let x_of = |d: Day| (d.0 - t.first.0) as f64 / span * WIDTH;
    let on_click = {
        let (map, on_action) = (map.clone(), props.on_action.clone());
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let Some(svg) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let rect = svg.get_bounding_client_rect();
            let fraction =
                ((e.client_x() as f64 - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0);
            let day = t.first.0 as f64 + fraction * span;
            let nearest = map.events.iter().min_by(|a, b| {
                (a.0 as f64 - day)
                    .abs()
                    .total_cmp(&(b.0 as f64 - day).abs())
            });
            if let Some(d) = nearest {
                on_action.emit(Action::SetDay(*d));
            }
        })
    };
    let label = format!(
        "Ties in force over time, one line per domain, from {} to {}; marks below are the {} on which ties, their members or states start or end. Click to jump to the nearest.",
        t.first, t.last, plural(map.events.len(), "date", "dates")
    );
    html! {
        <svg class="chart" viewBox={format!("0 0 {WIDTH} {}", HEIGHT + 10.0)} preserveAspectRatio="none"
            role="img" aria-label={label} onclick={on_click}>
            <Lines map={map.clone()} filter={view.filter} />
            if let Some(c) = view.compare {
                <line class="compare-mark" x1={format!("{:.1}", x_of(c))} x2={format!("{:.1}", x_of(c))} y1="0" y2={HEIGHT.to_string()}
                    stroke="#8b95a5" stroke-width="2" stroke-dasharray="3 2" vector-effect="non-scaling-stroke" />
            }
            <line x1={format!("{:.1}", x_of(view.day))} x2={format!("{:.1}", x_of(view.day))} y1="0" y2={(HEIGHT + 10.0).to_string()}
                stroke="#1e293b" stroke-width="2" vector-effect="non-scaling-stroke" />
        </svg>
    }
}
