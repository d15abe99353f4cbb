//! The offline page: the single-file build of the app (one HTML file holding the page, its
//! script and WebAssembly, and a dataset in `<script type="application/json"
//! id="alliance-map-data">`) with that dataset swapped for another. The page reads the
//! dataset built into it at start-up, so the file opens from the disk with no network.
//!
//! The dataset's text goes into the page with every `<` written as `\u003c`, which JSON
//! reads as the same character: nothing in it can end the script element or open a comment
//! there. `scripts/single-file.mjs` writes the bundled dataset the same way.

/// The start of the element holding the dataset, as the build writes it and as a browser
/// gives the page back.
const OPENING: &str = r#"<script type="application/json" id="alliance-map-data">"#;
const CLOSING: &str = "</script>";

/// `template`, a single-file page, with the dataset file `json` in place of its own; `None`
/// when the template holds no dataset.
///
/// # Examples
/// ```
/// use alliance_map::export::offline::offline_page;
/// let template = r#"<p><script type="application/json" id="alliance-map-data">{"old":1}</script></p>"#;
/// assert_eq!(
///     offline_page(template, r#"{"title":"</script>"}"#).unwrap(),
///     r#"<p><script type="application/json" id="alliance-map-data">{"title":"\u003c/script>"}</script></p>"#
/// );
/// assert_eq!(offline_page("<p>no dataset</p>", "{}"), None);
/// ```
pub fn offline_page(template: &str, json: &str) -> Option<String> {
    let start = template.find(OPENING)? + OPENING.len();
    let end = start + template[start..].find(CLOSING)?;
    let mut page = String::with_capacity(template.len() + json.len());
    page.push_str(&template[..start]);
    page.push_str(&json.replace('<', "\\u003c"));
    page.push_str(&template[end..]);
    Some(page)
}

/// The offline page's file name: `alliance-map-` and the dataset's title in lower-case
/// letters and digits, words joined by hyphens.
///
/// # Examples
/// ```
/// use alliance_map::export::offline::file_name;
/// assert_eq!(file_name("Space, cyber and ISR ties"), "alliance-map-space-cyber-and-isr-ties.html");
/// assert_eq!(file_name("Alliances 1815–2018 (ATOP 5.1)"), "alliance-map-alliances-1815-2018-atop-5-1.html");
/// assert_eq!(file_name("日本"), "alliance-map.html");
/// ```
pub fn file_name(title: &str) -> String {
    let lower = title.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut slug = String::new();
    for w in words {
        // Long titles give a name of a few words.
        if slug.len() + w.len() > 60 {
            break;
        }
        slug.push('-');
        slug.push_str(w);
    }
    format!("alliance-map{slug}.html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::json::dataset_json;
    use crate::model::parse::parse;

    #[test]
    fn the_dataset_read_back_from_the_page_is_the_one_put_in() {
        let text = std::fs::read_to_string("tests/fixtures/hostile.json").unwrap();
        let data = parse("hostile.json", &text).unwrap();
        let template = format!("<!doctype html><html><body>{OPENING}{{}}{CLOSING}<script type=\"module\">start()</script></body></html>");
        let page = offline_page(&template, &dataset_json(&data)).unwrap();
        let start = page.find(OPENING).unwrap() + OPENING.len();
        let inside = &page[start..start + page[start..].find(CLOSING).unwrap()];
        assert!(!inside.contains('<'), "{inside}");
        assert_eq!(parse("page", inside).unwrap(), data);
        assert!(page.ends_with(r#"</script><script type="module">start()</script></body></html>"#));
    }
}
