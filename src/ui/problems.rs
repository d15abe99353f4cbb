//! The page shown when a dataset cannot be loaded: every problem, with where it is, and
//! where to find the format and the example sheets.

use yew::prelude::*;

use crate::model::error::LoadError;
use crate::model::words::{noun, plural};

/// Every problem of `e`, and what to do once they are fixed (`then`, such as "reload the
/// page").
pub fn problems(e: &LoadError, then: &str) -> Html {
    let n = e.problems.len();
    html! {
        <section class="problems" role="alert" aria-labelledby="problems-title">
            <h1 id="problems-title">{ "This dataset cannot be shown" }</h1>
            <p>
                { format!("{} has {}. Fix {} and {then}.", e.origin, plural(n, "problem", "problems"), noun(n, "it", "them")) }
            </p>
            <ol class="problem-list">
                { for e.problems.iter().map(|p| html! {
                    <li><code class="where">{ &p.at }</code>{ ": " }{ p.kind.to_string() }</li>
                }) }
            </ol>
            <p class="hint">
                { "The data format is described in the project's README and in " }
                <a href="data/schema.json">{ "data/schema.json" }</a>
                { ". " }{ example_sheets() }
            </p>
        </section>
    }
}

/// Links to the example sheets the page serves (`data/examples/`, copied by the build), to
/// download and start from.
pub fn example_sheets() -> Html {
    html! {
        <span class="examples">
            { "Example sheets: " }
            <a href="data/examples/states.csv" download="states.csv">{ "states.csv" }</a>
            { ", " }
            <a href="data/examples/ties.csv" download="ties.csv">{ "ties.csv" }</a>
        </span>
    }
}
