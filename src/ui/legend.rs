//! The legend: what each line's colour and dash mean, how rivalry differs from cooperation,
//! what the markers are, and what the view adds (a selection's pale and bold lines, a
//! comparison's added, ended and unchanged ties). The full view lists every entry; embed
//! mode has the same entries in one wrapping row, in fewer words, for the marks it draws.

use yew::prelude::*;

use crate::model::view_state::ViewState;
use crate::scene::map_data::MapData;
use crate::scene::style::{dasharray, domain_style};

/// What the map draws besides its domains' lines, which the legend explains.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Drawn {
    /// A comparison date is set: ties added, ended and unchanged.
    pub comparing: bool,
    /// A selection brings some marks forward and leaves the rest pale.
    pub selection: bool,
    /// Diamonds of ties of three or more states are on the map.
    pub hubs: bool,
}

impl Drawn {
    /// What `map` draws in `view`: the diamonds whenever the dataset has ties of three or
    /// more states (so the legend does not change with the date).
    pub fn of(map: &MapData, view: &ViewState) -> Drawn {
        Drawn {
            comparing: view.compare.is_some(),
            selection: view.selection.is_some(),
            hubs: map.data.ties.iter().any(|t| t.members.len() > 2),
        }
    }
}

const RIVAL: &str = "#475569";

fn line(color: &str, dash: String, ticks: bool, width: &str, opacity: &str) -> Html {
    html! {
        <svg class="swatch" width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
            <line x1="2" y1="7" x2="42" y2="7" stroke={color.to_string()} stroke-width={width.to_string()}
                stroke-opacity={opacity.to_string()} stroke-dasharray={dash} />
            if ticks {
                <path d="M12 2.5V11.5M22 2.5V11.5M32 2.5V11.5" stroke={color.to_string()} stroke-width="1.6" stroke-opacity={opacity.to_string()} />
            }
        </svg>
    }
}

fn plain(color: &str, ticks: bool) -> Html {
    line(color, "none".into(), ticks, "2.4", "1")
}

fn marker(shape: Html) -> Html {
    html! {
        <svg class="swatch" width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">{ shape }</svg>
    }
}

/// One entry: its swatch, its words in the full legend and in the compact one.
struct Entry {
    swatch: Html,
    full: Html,
    short: &'static str,
}

fn entries(map: &MapData, drawn: Drawn) -> Vec<Entry> {
    let mut out: Vec<Entry> = map
        .data
        .domains
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let style = domain_style(&map.data.domains, i);
            Entry {
                swatch: line(style.color, dasharray(style.dash), false, "2.4", "1"),
                full: html! { { &d.label } },
                short: "",
            }
        })
        .collect();
    out.push(Entry {
        swatch: plain(RIVAL, false),
        full: html! { "Cooperation" },
        short: "",
    });
    out.push(Entry {
        swatch: plain(RIVAL, true),
        full: html! { "Rivalry (cross ticks)" },
        short: "Rivalry",
    });
    out.push(Entry {
        swatch: marker(
            html! { <circle class="mark-active" cx="22" cy="7" r="5.5" stroke-width="1.5" /> },
        ),
        full: html! { "State with ties in force" },
        short: "State",
    });
    out.push(Entry {
        swatch: marker(
            html! { <circle class="mark-quiet" cx="22" cy="7" r="5" stroke-width="1.5" /> },
        ),
        full: html! { "State with none on this date" },
        short: "No ties then",
    });
    if drawn.hubs {
        out.push(Entry {
            swatch: marker(
                html! { <path class="mark-hub" d="M22 1L28 7L22 13L16 7Z" stroke-width="1.5" /> },
            ),
            full: html! { "Tie of three or more states, joined to each member" },
            short: "Tie of 3+ states",
        });
    }
    if drawn.selection {
        out.push(Entry {
            swatch: line(RIVAL, "none".into(), false, "4", "1"),
            full: html! { <><strong>{ "Bold" }</strong>{ ": the selection and its ties" }</> },
            short: "Bold: selected",
        });
        out.push(Entry {
            swatch: line(RIVAL, "none".into(), false, "2.4", "0.25"),
            full: html! { <><strong>{ "Pale" }</strong>{ ": the rest of the map" }</> },
            short: "Pale: not selected",
        });
    }
    if drawn.comparing {
        out.push(Entry {
            swatch: line("#0072b2", "none".into(), false, "4", "1"),
            full: html! { <><strong>{ "Added" }</strong>{ " since the comparison date (thicker)" }</> },
            short: "Added since then",
        });
        out.push(Entry {
            swatch: plain("#8b95a5", false),
            full: html! { <><strong>{ "Ended" }</strong>{ " since then (grey)" }</> },
            short: "Ended since then",
        });
        out.push(Entry {
            swatch: line("#0072b2", "none".into(), false, "2.4", "0.45"),
            full: html! { "Unchanged (paler)" },
            short: "Unchanged",
        });
    }
    out
}

/// The legend of `map` for what it has `drawn`; in one wrapping row of short entries when
/// `compact` (embed mode), where the domains' names and cooperation's plain line go
/// without saying beyond the domains.
pub fn legend(map: &MapData, drawn: Drawn, compact: bool) -> Html {
    let all = entries(map, drawn);
    if compact {
        let domains = map.data.domains.len();
        let items = all.into_iter().enumerate().filter_map(|(k, e)| {
            // The domains keep their labels; cooperation's plain line needs no word here.
            let words = if k < domains {
                e.full
            } else if e.short.is_empty() {
                return None;
            } else {
                html! { { e.short } }
            };
            Some(html! { <li>{ e.swatch }{ words }</li> })
        });
        return html! {
            // In a short box the row scrolls sideways: the keyboard can reach it too.
            <ul class="legend compact" aria-label="Legend" tabindex="0">{ for items }</ul>
        };
    }
    html! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title">{ "Legend" }</h2>
            <ul>
                { for all.into_iter().map(|e| html! { <li>{ e.swatch }<span>{ e.full }</span></li> }) }
            </ul>
            <p class="hint">{ "Several ties between two states are drawn side by side. Drag to pan, drag a state to move it; scroll, pinch or use + and − to zoom; double-click to zoom to a selection." }</p>
        </section>
    }
}
