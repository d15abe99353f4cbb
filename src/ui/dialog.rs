//! What every overlay of the page does as a dialog: Escape closes it, focus moves into it when
//! it opens and back to the button that opened it (or to whatever had focus, when a key opened
//! it) when it closes. [`Dialog`] is a modal one over a backdrop, which also keeps Tab inside
//! it; [`use_dialog_focus`] is the focus part alone, for an overlay that stays in the page
//! when closed (the table of ties).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Moves focus into `dialog` when `open` becomes true, and back to `opener` (or, when that is
/// not in the page, to the element that had focus before) when it becomes false or the
/// component goes away.
#[hook]
pub fn use_dialog_focus(open: bool, dialog: NodeRef, opener: NodeRef) {
    use_effect_with(open, move |open| {
        let before = open.then(|| {
            let before = gloo::utils::document().active_element();
            if let Some(d) = dialog.cast::<HtmlElement>() {
                let _ = d.focus();
            }
            before
        });
        move || {
            let Some(before) = before else { return };
            let back = opener
                .cast::<HtmlElement>()
                .filter(|o| o.is_connected())
                .or_else(|| before.and_then(|b| b.dyn_into::<HtmlElement>().ok()));
            if let Some(back) = back {
                let _ = back.focus();
            }
        }
    });
}

/// Whether `e` is Escape; if so, it goes no further (a story's Esc must not also leave it).
pub fn is_escape(e: &KeyboardEvent) -> bool {
    let escape = e.key() == "Escape";
    if escape {
        e.prevent_default();
        e.stop_propagation();
    }
    escape
}

/// What Tab can reach inside a dialog.
const FOCUSABLE: &str = "button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])";

/// Keeps Tab and Shift+Tab inside `dialog`: from its last control to its first, and back.
fn keep_tab_inside(dialog: &Element, e: &KeyboardEvent) {
    let Ok(all) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let item = |i: u32| all.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok());
    let (Some(first), Some(last)) = (item(0), item(all.length().saturating_sub(1))) else {
        return;
    };
    let active = gloo::utils::document().active_element();
    let at = |el: &HtmlElement| active.as_ref() == Some(&**el);
    let to = if e.shift_key() && (at(&first) || active.as_ref() == Some(dialog)) {
        last
    } else if !e.shift_key() && at(&last) {
        first
    } else {
        return;
    };
    e.prevent_default();
    let _ = to.focus();
}

#[derive(Properties, PartialEq)]
pub struct DialogProps {
    /// The id of the heading that names the dialog.
    pub labelled_by: AttrValue,
    pub on_close: Callback<()>,
    /// The button that opened the dialog, which gets focus back when it closes.
    #[prop_or_default]
    pub opener: NodeRef,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A modal dialog over a backdrop: Escape or a click on the backdrop closes it.
#[component]
pub fn Dialog(props: &DialogProps) -> Html {
    let node = use_node_ref();
    use_dialog_focus(true, node.clone(), props.opener.clone());
    let on_key = {
        let (node, on_close) = (node.clone(), props.on_close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if is_escape(&e) {
                on_close.emit(());
            } else if let (true, Some(dialog)) = (e.key() == "Tab", node.cast::<Element>()) {
                keep_tab_inside(&dialog, &e);
            }
        })
    };
    // A click on the backdrop itself, not one inside the dialog. (Yew hands events on from the
    // app's root, so `current_target` is not the backdrop.)
    let backdrop = use_node_ref();
    let on_backdrop = {
        let (backdrop, on_close) = (backdrop.clone(), props.on_close.clone());
        Callback::from(move |e: MouseEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if target.is_some() && target == backdrop.get() {
                on_close.emit(());
            }
        })
    };
    html! {
        <div ref={backdrop} class="dialog-backdrop" onclick={on_backdrop}>
            <div ref={node} class={classes!("dialog", props.class.clone())} role="dialog" aria-modal="true"
                aria-labelledby={props.labelled_by.clone()} tabindex="-1" onkeydown={on_key}>
                { props.children.clone() }
            </div>
        </div>
    }
}
