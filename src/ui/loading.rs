//! The page while a dataset loads: what is loading, and a bar of how far it has got (the
//! download, then the checking of its ties), so that a large file is visibly on its way.

use yew::prelude::*;

use super::loader::Loading;

fn megabytes(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1e6)
}

/// The bar's value and maximum (none while the size is unknown), and the same in words.
fn measure(progress: Option<Loading>) -> (Option<(f64, f64)>, String) {
    match progress {
        None => (None, String::new()),
        Some(Loading::Download {
            got,
            total: Some(total),
        }) if total >= got => (
            Some((got, total)),
            format!("Downloaded {} of {}", megabytes(got), megabytes(total)),
        ),
        Some(Loading::Download { got, .. }) => (None, format!("Downloaded {}", megabytes(got))),
        Some(Loading::Check(p)) => {
            let percent = 100 * p.done / p.total.max(1);
            (
                Some((p.done as f64, p.total as f64)),
                format!("Checking the ties: {percent} %"),
            )
        }
    }
}

/// What is loading (`address`) and how far it has got.
pub fn loading(address: &str, progress: Option<Loading>) -> Html {
    let (bar, words) = measure(progress);
    html! {
        <div class="loading">
            <p class="status" role="status">{ format!("Loading {address}…") }</p>
            if let Some((value, max)) = bar {
                <progress aria-label="Loading the dataset" value={value.to_string()} max={max.to_string()}></progress>
            } else {
                <progress aria-label="Loading the dataset"></progress>
            }
            <p class="progress-words">{ words }</p>
        </div>
    }
}
