//! The page shown when a dataset cannot be loaded: every problem, with where it is.

use yew::prelude::*;

use crate::model::error::LoadError;

/// Every problem of `e`, and what to do once they are fixed (`then`, such as "reload the
/// page").
pub fn problems(e: &LoadError, then: &str) -> Html {
    let n = e.problems.len();
    html! {
        <section class="problems" role="alert" aria-labelledby="problems-title">
            <h1 id="problems-title">{ "This dataset cannot be shown" }</h1>
            <p>
                { format!("{} has {n} problem{}. Fix ", e.origin, if n == 1 { "" } else { "s" }) }
                { if n == 1 { "it" } else { "them" } }
                { format!(" and {then}.") }
            </p>
            <ol class="problem-list">
                { for e.problems.iter().map(|p| html! {
                    <li><code class="where">{ &p.at }</code>{ ": " }{ p.kind.to_string() }</li>
                }) }
            </ol>
            <p class="hint">{ "The data format is described in the project's README and in data/schema.json." }</p>
        </section>
    }
}
