//! The legend: what each line's colour and dash mean, how rivalry differs from cooperation,
//! and what the markers are.

use yew::prelude::*;

use crate::scene::map_data::MapData;
use crate::scene::style::{dasharray, domain_style};

fn line(color: &str, dash: String, ticks: bool) -> Html {
    html! {
        <svg class="swatch" width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
            <line x1="2" y1="7" x2="42" y2="7" stroke={color.to_string()} stroke-width="2.4" stroke-dasharray={dash} />
            if ticks {
                <path d="M12 2.5V11.5M22 2.5V11.5M32 2.5V11.5" stroke={color.to_string()} stroke-width="1.6" />
            }
        </svg>
    }
}

fn marker(shape: Html, text: &'static str) -> Html {
    html! {
        <li>
            <svg class="swatch" width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">{ shape }</svg>
            { text }
        </li>
    }
}

/// The legend of `map`'s domains, stances and marks; with the comparison's styles when
/// `comparing`; in one line of domains and stances when `compact` (embed mode).
pub fn legend(map: &MapData, comparing: bool, compact: bool) -> Html {
    if compact {
        let domains = map.data.domains.iter().enumerate().map(|(i, d)| {
            let style = domain_style(&map.data.domains, i);
            html! { <li>{ line(style.color, dasharray(style.dash), false) }{ &d.label }</li> }
        });
        return html! {
            <ul class="legend compact" aria-label="Legend">
                { for domains }
                <li>{ line("#475569", "none".into(), true) }{ "Rivalry" }</li>
            </ul>
        };
    }
    let domains = map.data.domains.iter().enumerate().map(|(i, d)| {
        let style = domain_style(&map.data.domains, i);
        html! { <li>{ line(style.color, dasharray(style.dash), false) }{ &d.label }</li> }
    });
    html! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title">{ "Legend" }</h2>
            <ul>
                { for domains }
                <li>{ line("#475569", "none".into(), false) }{ "Cooperation" }</li>
                <li>{ line("#475569", "none".into(), true) }{ "Rivalry (cross ticks)" }</li>
                { marker(html! { <circle class="mark-active" cx="22" cy="7" r="5.5" stroke-width="1.5" /> }, "State with ties in force") }
                { marker(html! { <circle class="mark-quiet" cx="22" cy="7" r="5" stroke-width="1.5" /> }, "State with none on this date") }
                { marker(html! { <path class="mark-hub" d="M22 1L28 7L22 13L16 7Z" stroke-width="1.5" /> }, "Tie of three or more states") }
                if comparing {
                    <li>{ line("#0072b2", "none".into(), false) }<b>{ "Added" }</b>{ " since the comparison date (thicker)" }</li>
                    <li>{ line("#8b95a5", "none".into(), false) }<b>{ "Ended" }</b>{ " since then (grey)" }</li>
                    <li>{ line("#99c6e0", "none".into(), false) }{ "Unchanged (paler)" }</li>
                }
            </ul>
            <p class="hint">{ "Several ties between two states are drawn side by side. Drag to pan, drag a state to move it; scroll, pinch or use + and − to zoom; double-click to zoom to a selection." }</p>
        </section>
    }
}
