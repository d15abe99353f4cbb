//! The "Embed" button and its dialog: the `<iframe>` snippet for the current view, ready to
//! copy.
//!
//! Whether the dialog is open belongs to [`EmbedTool`] alone: only its button opens it, the
//! dialog closes itself, and nothing else in the page needs to know (it is modal, so the view
//! cannot change under it).

use yew::prelude::*;

use super::dialog::Dialog;

#[derive(Properties, PartialEq)]
pub struct EmbedToolProps {
    /// The query string of the current view (embed mode included).
    pub query: String,
    pub title: String,
}

/// The header's "Embed" button, and the dialog it opens.
#[component]
pub fn EmbedTool(props: &EmbedToolProps) -> Html {
    let open = use_state_eq(|| false);
    let copied = use_state_eq(|| false);
    let button = use_node_ref();
    let show = |on: bool| {
        let (open, copied) = (open.clone(), copied.clone());
        Callback::from(move |_| {
            open.set(on);
            copied.set(false);
        })
    };
    html! {
        <>
            <button ref={button.clone()} type="button" class="tool" aria-haspopup="dialog"
                onclick={show(true).reform(|_: MouseEvent| ())}>{ "Embed" }</button>
            if *open {
                { embed_dialog(props, copied.clone(), show(false), button) }
            }
        </>
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The snippet that embeds the map at `src`.
pub fn snippet(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"800\" height=\"600\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>",
        attr(src),
        attr(title)
    )
}

/// The dialog: the snippet of `props`' view, a Copy button that says when it has copied
/// (`copied`), and Close (`on_close`), after which focus returns to `opener`.
fn embed_dialog(
    props: &EmbedToolProps,
    copied: UseStateHandle<bool>,
    on_close: Callback<()>,
    opener: NodeRef,
) -> Html {
    let location = gloo::utils::window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let code = snippet(
        &format!("{base}?{}", props.query),
        &format!("{} (interactive map)", props.title),
    );
    let copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let clipboard = gloo::utils::window().navigator().clipboard();
            let _ = clipboard.write_text(&code);
            copied.set(true);
        })
    };
    html! {
        <Dialog labelled_by="embed-title" on_close={on_close.clone()} opener={opener}>
            <h2 id="embed-title">{ "Embed this map" }</h2>
            <p>{ "Paste this into a web page. It shows the map as you see it now: date, layers and selection." }</p>
            <textarea readonly=true aria-label="Embed code" rows="4" value={code} />
            <div class="dialog-buttons">
                <button type="button" onclick={copy}>{ if *copied { "Copied" } else { "Copy" } }</button>
                <button type="button" onclick={on_close.reform(|_: MouseEvent| ())}>{ "Close" }</button>
            </div>
        </Dialog>
    }
}
