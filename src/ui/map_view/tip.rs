//! The tooltip that names what the pointer rests on (the words come from
//! [`crate::scene::hit::describe`]).

use web_sys::HtmlElement;

/// Shows `text` beside the pointer at `at` (map pixels), or hides the tip.
pub(super) fn show(tip: &HtmlElement, text: Option<String>, at: (f64, f64)) {
    let Some(text) = text else {
        let _ = tip.set_attribute("hidden", "");
        return;
    };
    tip.set_text_content(Some(&text));
    let _ = tip.remove_attribute("hidden");
    // Through the style object, which a strict Content-Security-Policy allows.
    let style = tip.style();
    let _ = style.set_property("left", &format!("{:.0}px", at.0 + 14.0));
    let _ = style.set_property("top", &format!("{:.0}px", at.1 + 14.0));
}
