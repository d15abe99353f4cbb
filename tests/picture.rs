//! One picture for every output: the SVG export draws exactly what the display list says.
//! For several views of the default dataset (two dates, a selection, compare mode, the dark
//! theme, a story scene), the SVG's marks (by what they stand for) and its texts equal the
//! list's, and its colours are the theme's.

use std::collections::BTreeMap;

use alliance_map::export::svg::svg;
use alliance_map::model::dataset::{StateIx, TieIx};
use alliance_map::model::date::{Date, Day};
use alliance_map::model::filter::Filter;
use alliance_map::model::parse::parse;
use alliance_map::model::view_state::{Selection, ViewState};
use alliance_map::scene::camera::Camera;
use alliance_map::scene::display::{picture, DisplayList, Emphasis, Tag, View};
use alliance_map::scene::frame::{Frame, Lens};
use alliance_map::scene::map_data::MapData;
use alliance_map::scene::story::scene_view;
use alliance_map::scene::theme::{fixed_width, Theme};

fn map() -> MapData {
    MapData::new(parse("d", include_str!("../data/space-cyber-isr.json")).unwrap())
}

fn day(s: &str) -> Day {
    Date::parse(s).unwrap().first_day()
}

/// The picture of `map` on `day` (compared with `compare`), with `selection`, in `theme`.
fn list(
    map: &MapData,
    day: Day,
    compare: Option<Day>,
    filter: Filter,
    selection: Option<Selection>,
    theme: Theme,
) -> DisplayList {
    let lens = Lens {
        day,
        compare,
        filter,
        regions: &map.regions,
    };
    let frame = Frame::of(&map.data, &map.layout, &lens);
    let emphasis = Emphasis::of(map, &frame, selection, None);
    let mut camera = Camera::new(true);
    camera.resize(960.0, 640.0, &map.layout.bodies);
    let view = View {
        map,
        frame: &frame,
        emphasis: &emphasis,
        bodies: &map.layout.bodies,
        camera: camera.view(),
        size: camera.size(),
        theme,
    };
    picture(&view, &day.to_string(), &fixed_width)
}

/// The picture of `map` on its last date, plainly.
fn latest(map: &MapData) -> DisplayList {
    let last = map.timeline.last;
    list(map, last, None, Filter::default(), None, Theme::LIGHT)
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn attr<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let start = line.find(&format!(" {name}=\""))? + name.len() + 3;
    line[start..].split('"').next()
}

/// The SVG's shapes counted by what they stand for ("tie:quad", "state:JPN", "none"), and
/// its texts in order.
fn inventory(svg: &str) -> (BTreeMap<String, usize>, Vec<String>) {
    let mut marks = BTreeMap::new();
    let mut texts = Vec::new();
    for line in svg.lines() {
        if line.starts_with("<text") {
            let body = &line[line.find('>').unwrap() + 1..line.rfind("</text>").unwrap()];
            texts.push(unescape(body));
        } else if ["<path", "<circle", "<rect"]
            .iter()
            .any(|e| line.starts_with(e))
        {
            let tag = [
                ("data-tie", "tie"),
                ("data-hub", "hub"),
                ("data-state", "state"),
            ]
            .iter()
            .find_map(|(a, k)| attr(line, a).map(|id| format!("{k}:{}", unescape(id))))
            .unwrap_or_else(|| "none".into());
            *marks.entry(tag).or_insert(0) += 1;
        }
    }
    (marks, texts)
}

/// The list's shapes counted the same way.
fn expected(map: &MapData, list: &DisplayList) -> BTreeMap<String, usize> {
    let data = &map.data;
    list.marks()
        .into_iter()
        .map(|(tag, n)| {
            let key = match tag {
                Tag::None => "none".to_string(),
                Tag::Tie(t) => format!("tie:{}", data.tie(t).id),
                Tag::Hub(t) => format!("hub:{}", data.tie(t).id),
                Tag::State(s) => format!("state:{}", data.state(s).id),
            };
            (key, n)
        })
        .collect()
}

fn assert_same(map: &MapData, list: &DisplayList, what: &str) {
    let image = svg(list, &map.data);
    let (marks, texts) = inventory(&image.text);
    assert_eq!(marks, expected(map, list), "{what}: marks");
    let want: Vec<String> = list.texts().into_iter().map(String::from).collect();
    assert_eq!(texts, want, "{what}: texts");
    assert_eq!((image.width, image.height), list.size, "{what}: size");
    let paper = format!("fill=\"{}\"", list.theme.paper);
    assert!(image.text.contains(&paper), "{what}: the theme's paper");
}

#[test]
fn the_svg_draws_exactly_the_display_list() {
    let map = map();
    let ix = |id: &str| map.data.states.iter().position(|s| s.id == id).unwrap();
    let japan = Some(Selection::State(StateIx(ix("JPN") as u32)));
    let at = |date: &str, compare: Option<Day>, selection, theme| {
        list(
            &map,
            day(date),
            compare,
            Filter::default(),
            selection,
            theme,
        )
    };
    let then = Some(day("2009-06-01"));
    let views = [
        ("15 June 2021", at("2021-06-15", None, None, Theme::LIGHT)),
        ("1 January 2005", at("2005", None, None, Theme::LIGHT)),
        (
            "Japan selected",
            at("2021-06-15", None, japan, Theme::LIGHT),
        ),
        (
            "2021 compared with 2009",
            at("2021-06-15", then, None, Theme::LIGHT),
        ),
        ("dark", at("2021-06-15", None, japan, Theme::DARK)),
    ];
    for (what, l) in &views {
        assert_same(&map, l, what);
    }
    // A selection dims what it leaves out; comparing adds the ended ties' legend entry.
    let plain = &views[0].1;
    let selected = &views[2].1;
    assert_ne!(plain, selected);
    assert!(views[3]
        .1
        .texts()
        .contains(&"Ended since the comparison date"));
    assert!(!plain.texts().contains(&"Ended since the comparison date"));
    // The title block names the selection; a picture without one has no such line.
    let japan_ties = map
        .data
        .ties_of(StateIx(ix("JPN") as u32), day("2021-06-15"))
        .count();
    assert!(selected
        .texts()
        .contains(&format!("Selected: Japan ({japan_ties} ties in force)").as_str()));
    assert!(!plain.texts().iter().any(|t| t.starts_with("Selected:")));
    assert!(
        selected.size.1 > plain.size.1,
        "the line adds to the height"
    );
    // The legend explains every mark: the diamonds, and the pale lines of a selection.
    assert!(plain.texts().contains(&"Tie of three or more states"));
    assert!(selected.texts().contains(&"Pale: not selected"));
    assert!(!plain.texts().contains(&"Pale: not selected"));
    // Every tie in force is drawn, and named in the SVG.
    let svg_text = svg(plain, &map.data).text;
    let frame = Frame::at(&map.data, &map.layout, day("2021-06-15"));
    for t in &frame.ties {
        let id = &map.data.tie(*t).id;
        assert!(svg_text.contains(&format!("data-tie=\"{id}\"")), "{id}");
    }
}

#[test]
fn a_selected_tie_is_named_by_its_title_on_the_date_shown() {
    let map = map();
    let quad = map
        .data
        .ties
        .iter()
        .position(|t| t.id == "quad-summit-2021")
        .unwrap();
    let l = list(
        &map,
        day("2021-06-15"),
        None,
        Filter::default(),
        Some(Selection::Tie(TieIx(quad as u32))),
        Theme::LIGHT,
    );
    let want = format!("Selected: {}", map.data.ties[quad].title);
    assert!(l.texts().contains(&want.as_str()), "{:?}", l.texts());
    assert_same(&map, &l, "the Quad selected");
}

#[test]
fn a_story_scene_is_drawn_as_listed() {
    let map = map();
    let start = ViewState::new(map.timeline);
    for k in 0..map.data.stories[0].scenes.len() {
        let v = scene_view(&map, start, 0, k).unwrap();
        let l = list(
            &map,
            v.day,
            v.compare,
            v.filter,
            v.selection,
            Theme::PRESENTER,
        );
        assert_same(&map, &l, &format!("scene {k}"));
    }
}

#[test]
fn a_state_that_does_not_exist_is_faded_and_unlabelled_and_hostile_text_stays_text() {
    let text = include_str!("fixtures/dated.json").replace(
        "\"spells\": null",
        "\"spells\": [{ \"start\": \"1900\", \"end\": \"1930\" }]",
    );
    let map = MapData::new(parse("d", &text).unwrap());
    let l = latest(&map);
    let doc = svg(&l, &map.data).text;
    let disc = |id: &str| {
        let at = doc.find(&format!("<circle data-state=\"{id}\"")).unwrap();
        let group = doc[..at].rfind("<g").unwrap();
        doc[group..at].lines().next().unwrap().to_string()
    };
    assert!(
        disc("DDD").contains("fill-opacity=\"0.25\""),
        "{}",
        disc("DDD")
    );
    assert!(!disc("AAA").contains("opacity"));
    assert!(!doc.contains(">Dland</text>") && doc.contains(">Aland</text>"));

    let hostile = include_str!("fixtures/minimal.json")
        .replace("\"Aland\"", "\"<script>alert(1)</script>\"")
        .replace("\"A document\"", "\"A & B <img src=x onerror=alert(1)>\"");
    let map = MapData::new(parse("m", &hostile).unwrap());
    let l = latest(&map);
    let doc = svg(&l, &map.data).text;
    assert!(!doc.contains("<script>") && !doc.contains("<img"));
    assert!(doc.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert_same(&map, &l, "hostile");
}
