//! Stories: where each scene takes the view, and which states its focus brings into view.

use super::command::MapCommand;
use super::map_data::MapData;
use crate::model::dataset::{DomainIx, Focus, StateIx};
use crate::model::filter::Filter;
use crate::model::view_state::{Selection, ViewState};

/// The view that scene `scene` of story `story` asks for, from `view`: its date and
/// comparison, its domains (all others hidden; stance and region filters cleared), and its
/// first focus selected. `None` when there is no such scene.
///
/// # Examples
/// ```
/// use alliance_map::model::{parse::parse, view_state::ViewState};
/// use alliance_map::scene::{map_data::MapData, story::scene_view};
/// let map = MapData::unsettled(parse("d", include_str!("../../data/space-cyber-isr.json")).unwrap());
/// let v = scene_view(&map, ViewState::new(map.timeline), 0, 2).unwrap();
/// assert_eq!(v.day.to_string(), "31 December 2007");
/// assert_eq!(v.story, Some((0, 2)));
/// ```
pub fn scene_view(map: &MapData, view: ViewState, story: usize, scene: usize) -> Option<ViewState> {
    let s = map.data.stories.get(story)?.scenes.get(scene)?;
    let mut filter = Filter::default();
    if let Some(shown) = &s.domains {
        for d in 0..map.data.domains.len() {
            let d = DomainIx(d as u32);
            if !shown.contains(&d) {
                filter = filter.toggle_domain(d);
            }
        }
    }
    let selection = s.focus.first().map(|f| match f {
        Focus::State(st) => Selection::State(*st),
        Focus::Tie(t) => Selection::Tie(*t),
    });
    Some(ViewState {
        day: map.timeline.clamp(s.date.first_day()),
        compare: s.compare.map(|c| map.timeline.clamp(c.first_day())),
        filter,
        selection,
        story: Some((story as u16, scene as u16)),
        ..view
    })
}

/// The states a scene brings into view: its focused states and the members of its
/// focused ties (those taking part on the scene's date, when the tie is in force then),
/// without repeats.
/// What a scene asks of the map's view: its focus brought into view, as closer as its
/// `zoom` says; with no focus, its selection; with neither, nothing.
pub fn scene_command(map: &MapData, view: &ViewState) -> Option<MapCommand> {
    let (story, scene) = view.story?;
    let focus = focus_states(map, story as usize, scene as usize);
    let zoom = map
        .data
        .stories
        .get(story as usize)
        .and_then(|s| s.scenes.get(scene as usize))
        .and_then(|s| s.zoom)
        .unwrap_or(1.0);
    if focus.is_empty() {
        view.selection.map(MapCommand::ZoomToSelection)
    } else {
        Some(MapCommand::ZoomToStates(focus, zoom))
    }
}

pub fn focus_states(map: &MapData, story: usize, scene: usize) -> Vec<StateIx> {
    let mut out: Vec<StateIx> = Vec::new();
    let Some(s) = map
        .data
        .stories
        .get(story)
        .and_then(|st| st.scenes.get(scene))
    else {
        return out;
    };
    for f in &s.focus {
        let add: Vec<StateIx> = match f {
            Focus::State(st) => vec![*st],
            Focus::Tie(t) => {
                let day = map.timeline.clamp(s.date.first_day());
                map.data.tie(*t).members_to_show(day)
            }
        };
        for st in add {
            if !out.contains(&st) {
                out.push(st);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    fn map() -> MapData {
        MapData::unsettled(parse("d", include_str!("../../data/space-cyber-isr.json")).unwrap())
    }

    #[test]
    fn every_scene_of_the_default_story_shows_the_ties_it_names() {
        let map = map();
        let story = &map.data.stories[0];
        for (k, s) in story.scenes.iter().enumerate() {
            let v = scene_view(&map, ViewState::new(map.timeline), 0, k).unwrap();
            for f in &s.focus {
                if let Focus::Tie(t) = f {
                    assert!(
                        map.data.tie(*t).is_active(v.day),
                        "scene {k}: {} in force on {}",
                        map.data.tie(*t).id,
                        v.day
                    );
                }
            }
            assert!(!s.caption.is_empty() && s.caption.chars().count() < 600);
        }
        assert_eq!(scene_view(&map, ViewState::new(map.timeline), 0, 99), None);
    }

    #[test]
    fn a_scene_with_domains_hides_the_others_and_focus_lists_tie_members() {
        let map = map();
        let k = map.data.stories[0]
            .scenes
            .iter()
            .position(|s| s.domains.is_some())
            .unwrap();
        let v = scene_view(&map, ViewState::new(map.timeline), 0, k).unwrap();
        let shown: Vec<bool> = (0..map.data.domains.len())
            .map(|d| v.filter.shows_domain(DomainIx(d as u32)))
            .collect();
        assert_eq!(
            shown.iter().filter(|s| **s).count(),
            map.data.stories[0].scenes[k]
                .domains
                .as_ref()
                .unwrap()
                .len()
        );
        let quad = map.data.stories[0]
            .scenes
            .iter()
            .position(|s| s.title.contains("Quad"))
            .unwrap();
        assert_eq!(focus_states(&map, 0, quad).len(), 4);
    }
}
