//! Browser tests of the Yew components, in a real browser (wasm-bindgen-test). They mount a
//! component on a fresh element, act on it through the DOM, and read what it shows.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use alliance_map::model::error::{LoadError, Problem, ProblemKind};
use alliance_map::model::parse::parse;
use alliance_map::scene::map_data::MapData;
use alliance_map::ui::explorer::{Explorer, ExplorerProps};
use alliance_map::ui::problems::problems;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    div.set_attribute("style", "width: 800px; height: 600px; position: relative")
        .unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Waits (up to five seconds by the clock, checking about every 20 ms) until `ready` holds:
/// rendering and painting take longer on a busy machine. When time runs out the test fails,
/// saying what it waited for and what it found instead (`what`, asked then). The clock, not a
/// count of sleeps, bounds it: a sleep can take several times longer than asked (250 of them
/// took over 20 s in headless Chromium), and the test must fail before the runner gives up on
/// it without a word.
async fn until(ready: impl Fn() -> bool, what: impl Fn() -> String) {
    let end = js_sys::Date::now() + 5_000.0;
    while !ready() {
        if js_sys::Date::now() > end {
            panic!("timed out after 5 s waiting for {}", what());
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Waits until the details panel is headed `heading`.
async fn until_details(root: &Element, heading: &str) {
    until(
        || text(root, ".detail h2") == heading,
        || {
            format!(
                "the details of {heading}; they show {:?}",
                text(root, ".detail h2")
            )
        },
    )
    .await;
}

fn minimal() -> Rc<MapData> {
    Rc::new(MapData::new(
        parse("minimal.json", include_str!("fixtures/minimal.json")).unwrap(),
    ))
}

fn explorer(map: Rc<MapData>) -> ExplorerProps {
    ExplorerProps {
        map,
        url: Default::default(),
        notices: Vec::new(),
        on_open: yew::Callback::noop(),
        picker: true,
        dataset: Some("space-cyber-isr"),
    }
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_explorer_draws_the_ties_of_the_chosen_date() {
    let root = mount_point();
    let map = minimal();
    yew::Renderer::<Explorer>::with_root_and_props(root.clone(), explorer(map.clone())).render();
    until(
        || {
            root.query_selector("input[type=range]")
                .ok()
                .flatten()
                .is_some()
        },
        || "the date slider".into(),
    )
    .await;

    let slider: HtmlInputElement = root
        .query_selector("input[type=range]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(slider.min(), map.timeline.first.0.to_string());
    assert_eq!(slider.max(), map.timeline.last.0.to_string());
    assert_eq!(text(&root, "output.date"), "30 June 2016");
    let canvas = root.query_selector("canvas").unwrap().unwrap();
    until(
        || canvas.get_attribute("data-ties").is_some(),
        || "the canvas to say which ties it drew (data-ties)".into(),
    )
    .await;
    assert_eq!(
        canvas.get_attribute("data-ties").as_deref(),
        Some("ab abc bc")
    );

    // 2 May 2016 is day 16923: the rivalry (from 10 May) is not yet in force.
    slider.set_value("16923");
    slider
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    until(
        || canvas.get_attribute("data-ties").as_deref() == Some("ab abc"),
        || {
            format!(
                "the canvas to draw \"ab abc\"; it drew {:?}",
                canvas.get_attribute("data-ties")
            )
        },
    )
    .await;
    assert_eq!(text(&root, "output.date"), "2 May 2016");
    assert_eq!(canvas.get_attribute("data-ties").as_deref(), Some("ab abc"));
    assert_eq!(text(&root, ".detail h2"), "2 ties in force");
}

#[wasm_bindgen_test]
async fn a_state_button_opens_its_ties_and_a_tie_its_sources() {
    let root = mount_point();
    yew::Renderer::<Explorer>::with_root_and_props(root.clone(), explorer(minimal())).render();
    until(
        || {
            root.query_selector(".proxy[data-state=CCC]")
                .ok()
                .flatten()
                .is_some()
        },
        || "the button over Cland's marker".into(),
    )
    .await;

    let cland: HtmlElement = root
        .query_selector(".proxy[data-state=CCC]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        cland.get_attribute("aria-label").as_deref(),
        Some("Cland: 2 ties shown")
    );
    cland.click();
    until_details(&root, "Cland").await;
    let ties: Vec<String> = (0..2)
        .map(|i| {
            root.query_selector_all(".detail .tie-link")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(ties, ["Cyber forum", "B-C rivalry"]);

    let first: HtmlElement = root
        .query_selector(".detail .tie-link")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    first.click();
    until_details(&root, "Cyber forum").await;
    assert_eq!(text(&root, ".detail blockquote"), "“The three met.”");
    let link = root.query_selector(".detail .cite a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/doc")
    );
}

#[derive(Properties, PartialEq)]
struct ProblemsProps {
    error: LoadError,
}

/// The problems page, as the app shows it when a dataset cannot be loaded.
#[component]
fn ProblemsPage(props: &ProblemsProps) -> Html {
    problems(&props.error, "reload the page")
}

#[wasm_bindgen_test]
async fn problems_are_listed_with_where_they_are() {
    let root = mount_point();
    let error = LoadError {
        origin: "mine.json".into(),
        problems: vec![
            Problem {
                at: "ties[3].start".into(),
                kind: ProblemKind::BadDate {
                    value: "2021-02-30".into(),
                    reason: "day 30 does not exist in that month (it has 28 days)".into(),
                },
            },
            Problem {
                at: "states[0].id".into(),
                kind: ProblemKind::EmptyId,
            },
        ],
    };
    yew::Renderer::<ProblemsPage>::with_root_and_props(root.clone(), ProblemsProps { error })
        .render();
    until(
        || root.query_selector("li").ok().flatten().is_some(),
        || "the list of problems".into(),
    )
    .await;
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    let items = root.query_selector_all("li").unwrap();
    assert_eq!(items.length(), 2);
    assert_eq!(
        items.item(0).unwrap().text_content().unwrap(),
        "ties[3].start: \"2021-02-30\": day 30 does not exist in that month (it has 28 days)"
    );
    assert!(text(&root, "p").starts_with("mine.json has 2 problems."));
}
