//! Which labels the map draws and where: states first (the selection and its partners,
//! then states in force by size, then the rest; states that do not exist on the date get
//! none), then the titles of framework hubs in focus (or all of them when zoomed in), placed
//! by [`crate::scene::labels::place_firm`] so that none covers another or a marker.

use super::{Item, Measure, Paint, Tag, View};
use crate::model::dataset::StateIx;
use crate::model::view_state::Selection;
use crate::scene::hit::HUB_RADIUS;
use crate::scene::labels::{marker_box, place_firm, Rect, Wanted};
use crate::scene::theme::{Font, Token};
use crate::scene::view::Viewport;

/// How many of the most important labels may cover a marker when there is no other room:
/// on a dense map the largest states would otherwise go unnamed.
const FIRM_LABELS: usize = 10;
/// The height of a label's box in the font `font`, in pixels: the font's size and room
/// for its descenders.
pub(super) fn label_height(font: Font) -> f64 {
    font.size() + 3.0
}
/// Zoom from which every framework hub shows its title.
pub const HUB_LABEL_SCALE: f64 = 1.5;

/// A title cut to a label's length.
///
/// # Examples
/// ```
/// use alliance_map::scene::display::labels::short;
/// assert_eq!(short("Quad"), "Quad");
/// assert_eq!(short(&"word ".repeat(10)).chars().count(), 34);
/// ```
pub fn short(title: &str) -> String {
    const MAX: usize = 34;
    if title.chars().count() <= MAX {
        title.to_string()
    } else {
        let cut: String = title.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The states that get a label, most important first.
fn state_order(view: &View) -> Vec<usize> {
    let (frame, focus, radius) = (view.frame, &view.emphasis.focus, &view.map.radius);
    let selected = |i: usize| view.emphasis.selection == Some(Selection::State(StateIx(i as u32)));
    let mut order: Vec<usize> = (0..view.map.data.states.len())
        .filter(|&i| frame.exists[i])
        .collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| (selected(i), focus.any && focus.states[i], frame.active[i]);
        key(b)
            .cmp(&key(a))
            .then(radius[b].total_cmp(&radius[a]))
            .then(a.cmp(&b))
    });
    order
}

/// Places the labels within `area` and adds those that fit to `out`.
pub(super) fn labels(
    view: &View,
    camera: &Viewport,
    area: Rect,
    measure: &dyn Measure,
    out: &mut Vec<Item>,
) {
    let (map, frame, focus) = (view.map, view.frame, &view.emphasis.focus);
    let (state_font, hub_font) = (view.theme.state_font, view.theme.hub_font);
    let at = |body: u32| camera.to_screen(view.bodies[body as usize]);
    let order = state_order(view);
    let names: Vec<&str> = order
        .iter()
        .map(|&i| map.data.states[i].name.as_str())
        .collect();
    // Hub labels only where they are asked for: the ties in focus, or when zoomed in.
    let zoomed = view.camera.scale >= HUB_LABEL_SCALE;
    let hubs: Vec<_> = frame
        .hubs
        .iter()
        .filter(|(t, _, _)| {
            if focus.any {
                focus.ties[t.index()]
            } else {
                zoomed
            }
        })
        .map(|(t, body, _)| (*t, *body, short(&map.data.tie(*t).title)))
        .collect();
    let mut wanted: Vec<Wanted> = order
        .iter()
        .zip(&names)
        .map(|(&i, name)| Wanted {
            at: at(i as u32),
            radius: map.radius[i],
            width: measure.width(state_font, name),
            height: label_height(state_font),
        })
        .collect();
    wanted.extend(hubs.iter().map(|(_, body, title)| Wanted {
        at: at(*body),
        radius: HUB_RADIUS,
        width: measure.width(hub_font, title),
        height: label_height(hub_font),
    }));
    // Markers of states that do not exist on the date never stop a label.
    let mut markers: Vec<Rect> = (0..map.data.states.len())
        .filter(|&i| frame.exists[i])
        .map(|i| marker_box(at(i as u32), map.radius[i]))
        .collect();
    markers.extend(
        frame
            .hubs
            .iter()
            .map(|(_, b, _)| marker_box(at(*b), HUB_RADIUS)),
    );
    let placed = place_firm(&wanted, &markers, area, FIRM_LABELS);
    for (k, (&i, name)) in order.iter().zip(&names).enumerate() {
        let Some(b) = placed[k] else { continue };
        let color = if frame.active[i] {
            Token::Ink
        } else {
            Token::FadedLabel
        };
        out.push(Item::Text {
            text: name.to_string(),
            // The baseline sits the font's size below the top of the box.
            at: (b.x, b.y + state_font.size()),
            font: state_font,
            paint: Paint {
                color,
                alpha: view.label_alpha(focus.states[i]),
            },
            halo: Some(Token::Paper),
            tag: Tag::State(StateIx(i as u32)),
        });
    }
    for (k, (t, _, title)) in hubs.into_iter().enumerate() {
        let Some(b) = placed[order.len() + k] else {
            continue;
        };
        out.push(Item::Text {
            text: title,
            at: (b.x, b.y + hub_font.size()),
            font: hub_font,
            paint: Paint::solid(Token::HubLabel),
            halo: Some(Token::Paper),
            tag: Tag::Hub(t),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::{on_screen, Emphasis, Item, View};
    use crate::model::dataset::{StateIx, TieIx};
    use crate::model::parse::parse;
    use crate::model::view_state::Selection;
    use crate::scene::frame::Frame;
    use crate::scene::map_data::MapData;
    use crate::scene::theme::{contrast, fixed_width, Theme, Token};
    use crate::scene::view::Viewport;

    /// Every state's name on the map of `minimal.json` on the first day of tie `tie`, with
    /// `selection`, in `theme`: (name, size, whether dimmed, contrast with the paper).
    fn names(tie: usize, selection: Selection, theme: Theme) -> Vec<(String, f64, bool, f64)> {
        let text = include_str!("../../../tests/fixtures/minimal.json");
        let map = MapData::new(parse("minimal.json", text).unwrap());
        let frame = Frame::at(&map.data, &map.layout, map.data.ties[tie].start.first_day());
        let emphasis = Emphasis::of(&map, &frame, Some(selection), None);
        let camera = Viewport {
            scale: 1.0,
            tx: 400.0,
            ty: 300.0,
        };
        let view = View {
            map: &map,
            frame: &frame,
            emphasis: &emphasis,
            bodies: &map.layout.bodies,
            camera,
            size: (800.0, 600.0),
            theme,
        };
        let paper = contrast::rgb(theme.color(Token::Paper)).unwrap();
        let list = on_screen(&view, &fixed_width);
        list.items()
            .filter_map(|item| match item {
                Item::Text {
                    text,
                    font,
                    paint,
                    tag: super::Tag::State(_),
                    ..
                } => {
                    let ink = contrast::rgb(theme.color(paint.color)).unwrap();
                    let seen = contrast::over(ink, paint.alpha, paper);
                    Some((
                        text.clone(),
                        font.size(),
                        paint.alpha < 1.0,
                        contrast::ratio(seen, paper),
                    ))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_presenter_and_print_themes_name_the_context_large_and_legibly() {
        for theme in [Theme::PRESENTER, Theme::PRINT] {
            // Cland outside the focus: in force (the tie A-B selected when all three are),
            // then with no tie in force (Aland selected when only A-B is).
            for (tie, selection) in [
                (2, Selection::Tie(TieIx(0))),
                (0, Selection::State(StateIx(0))),
            ] {
                let names = names(tie, selection, theme);
                assert_eq!(names.len(), 3, "{}: {names:?}", theme.name);
                for (name, size, dimmed, ratio) in &names {
                    assert!(*size >= 20.0, "{}: {name} at {size}px", theme.name);
                    assert!(*ratio >= 3.0, "{}: {name} at {ratio:.2}:1", theme.name);
                    assert_eq!(*dimmed, name == "Cland", "{}: {name}", theme.name);
                }
            }
        }
        // The screen's own themes keep their smaller type and deeper dimming.
        let light = names(2, Selection::Tie(TieIx(0)), Theme::LIGHT);
        assert!(light.iter().all(|(_, size, _, _)| *size == 13.0));
        assert!(light
            .iter()
            .any(|(_, _, dimmed, ratio)| *dimmed && *ratio < 3.0));
    }
}
