//! Between the query string's names and the view state's indices: [`restore`] applies a
//! [`UrlState`] to a loaded dataset (saying which names it does not know), [`capture`]
//! describes the current view as a [`UrlState`].

use super::framing::Framing;
use super::map_data::MapData;
use crate::model::dataset::{DomainIx, Stance, StateIx, TieIx};
use crate::model::filter::Filter;
use crate::model::url::{Notice, UrlState};
use crate::model::view_state::{Selection, ViewState};

/// The view state a link asks for, starting from `view` (the dataset's fresh view).
///
/// # Examples
/// ```
/// use alliance_map::model::{parse::parse, url::UrlState, view_state::{Selection, ViewState}};
/// use alliance_map::scene::{link::restore, map_data::MapData};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let map = MapData::unsettled(parse("minimal.json", text).unwrap());
/// let (url, _) = UrlState::parse("date=2015-06&state=BBB&hide=space,ai");
/// let (view, notices) = restore(&map, &url, ViewState::new(map.timeline));
/// assert_eq!(view.day.to_string(), "1 June 2015");
/// assert!(matches!(view.selection, Some(Selection::State(_))));
/// assert_eq!(notices[0].0, "`hide` names \"ai\", which is not a domain or stance of this dataset");
/// ```
pub fn restore(map: &MapData, url: &UrlState, mut view: ViewState) -> (ViewState, Vec<Notice>) {
    let data = &map.data;
    let mut notices = Vec::new();
    let t = map.timeline;
    let mut clamp = |name: &str, d: crate::model::date::Day| {
        let c = t.clamp(d);
        if c != d {
            notices.push(Notice(format!("`{name}` is outside this dataset's timeline ({} to {}), so the nearest date is shown", t.first, t.last)));
        }
        c
    };
    if let Some(d) = url.date {
        view.day = clamp("date", d);
    }
    view.compare = url.compare.map(|d| clamp("compare", d));
    let mut filter = Filter::default();
    for name in &url.hide {
        if let Some(i) = data.domains.iter().position(|d| &d.id == name) {
            filter = filter.toggle_domain(DomainIx(i as u32));
        } else if name == "cooperation" {
            filter = filter.toggle_stance(Stance::Cooperation);
        } else if name == "rivalry" {
            filter = filter.toggle_stance(Stance::Rivalry);
        } else {
            notices.push(Notice(format!(
                "`hide` names \"{name}\", which is not a domain or stance of this dataset"
            )));
        }
    }
    if let Some(r) = &url.region {
        match map.regions.names.iter().position(|n| n == r) {
            Some(i) => filter.region = Some(i as u16),
            None => notices.push(Notice(format!(
                "`region` names \"{r}\", which no state of this dataset is in"
            ))),
        }
    }
    view.filter = filter;
    view.selection = None;
    if let Some(id) = &url.state {
        match data.states.iter().position(|s| &s.id == id) {
            Some(i) => view.selection = Some(Selection::State(StateIx(i as u32))),
            None => notices.push(Notice(format!(
                "`state` names \"{id}\", which is not a state of this dataset"
            ))),
        }
    }
    if let Some(id) = &url.tie {
        match data.ties.iter().position(|t| &t.id == id) {
            Some(i) => view.selection = Some(Selection::Tie(TieIx(i as u32))),
            None => notices.push(Notice(format!(
                "`tie` names \"{id}\", which is not a tie of this dataset"
            ))),
        }
    }
    view.story = None;
    if let Some(id) = &url.story {
        match data.stories.iter().position(|s| &s.id == id) {
            Some(i) => {
                let scenes = data.stories[i].scenes.len();
                let scene = url.scene.unwrap_or(1).min(scenes).max(1) - 1;
                if url.scene.is_some_and(|n| n > scenes) {
                    notices.push(Notice(format!(
                        "`scene` is past the story's last scene ({scenes}), so the last is shown"
                    )));
                }
                view.story = Some((i as u16, scene as u16));
            }
            None => notices.push(Notice(format!(
                "`story` names \"{id}\", which is not a story of this dataset"
            ))),
        }
    }
    (view, notices)
}

/// The link for the current view. `framed` is what the map's view frames (recorded as the
/// states or the region, which the map fits into whatever box opens the link, never as a
/// centre and zoom tied to this box); `from` is the link the page was opened with, whose
/// dataset (address or bundled id) it keeps.
pub fn capture(
    map: &MapData,
    view: &ViewState,
    framed: &Framing,
    from: &UrlState,
    embed: bool,
) -> UrlState {
    let d = &map.data;
    let mut hide: Vec<String> = d
        .domains
        .iter()
        .enumerate()
        .filter(|(i, _)| !view.filter.shows_domain(DomainIx(*i as u32)))
        .map(|(_, x)| x.id.clone())
        .collect();
    if view.filter.hide_cooperation {
        hide.push("cooperation".into());
    }
    if view.filter.hide_rivalry {
        hide.push("rivalry".into());
    }
    UrlState {
        data: from.data.clone(),
        dataset: from.dataset.clone(),
        date: Some(view.day),
        compare: view.compare,
        hide,
        region: view
            .filter
            .region
            .and_then(|r| map.regions.names.get(r as usize).cloned()),
        state: match view.selection {
            Some(Selection::State(s)) => Some(d.state(s).id.clone()),
            _ => None,
        },
        tie: match view.selection {
            Some(Selection::Tie(t)) => Some(d.tie(t).id.clone()),
            _ => None,
        },
        focus: match framed {
            Framing::States(states) => states.iter().map(|s| d.state(*s).id.clone()).collect(),
            _ => Vec::new(),
        },
        frame: match framed {
            Framing::Region(region) => Some(*region),
            _ => None,
        },
        view: None,
        embed,
        story: view
            .story
            .and_then(|(s, _)| d.stories.get(s as usize))
            .map(|s| s.id.clone()),
        scene: view.story.map(|(_, k)| k as usize + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;
    use crate::model::view_state::Action;

    #[test]
    fn capture_then_restore_gives_the_same_view() {
        let map = MapData::unsettled(
            parse("m", include_str!("../../data/space-cyber-isr.json")).unwrap(),
        );
        let fresh = ViewState::new(map.timeline);
        let jpn = map.data.states.iter().position(|s| s.id == "JPN").unwrap();
        let view = fresh
            .apply(Action::SetDay(
                crate::model::date::Date::parse("2015-05-01")
                    .unwrap()
                    .first_day(),
            ))
            .apply(Action::SetCompare(Some(
                crate::model::date::Date::parse("2008").unwrap().first_day(),
            )))
            .apply(Action::ToggleDomain(DomainIx(1)))
            .apply(Action::ToggleStance(Stance::Rivalry))
            .apply(Action::SetRegion(Some(2)))
            .apply(Action::Select(Some(Selection::State(StateIx(jpn as u32)))));
        let view = ViewState {
            story: Some((0, 4)),
            ..view
        };
        let url = capture(
            &map,
            &view,
            &Framing::Region([-10.0, -20.0, 30.0, 40.0]),
            &UrlState::default(),
            false,
        );
        let query = url.to_query();
        let (parsed, notices) = UrlState::parse(&query);
        assert!(notices.is_empty());
        let (restored, notices) = restore(&map, &parsed, fresh);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(restored, view);
        assert_eq!(parsed.frame, Some([-10.0, -20.0, 30.0, 40.0]));
        assert_eq!(parsed.view, None, "centre and zoom are no longer written");
        let aus = map.data.states.iter().position(|s| s.id == "AUS").unwrap();
        let framed = Framing::States(vec![StateIx(aus as u32), StateIx(jpn as u32)]);
        let url = capture(&map, &view, &framed, &UrlState::default(), true);
        let (parsed, _) = UrlState::parse(&url.to_query());
        assert_eq!(
            (parsed.focus, parsed.frame),
            (vec!["AUS".into(), "JPN".into()], None)
        );
    }

    #[test]
    fn unknown_names_and_dates_outside_the_timeline_are_noticed() {
        let map = MapData::unsettled(
            parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap(),
        );
        let (url, _) = UrlState::parse("date=1900&state=XYZ&tie=nope&region=Mars");
        let (view, notices) = restore(&map, &url, ViewState::new(map.timeline));
        assert_eq!(view.day, map.timeline.first);
        assert_eq!(view.selection, None);
        assert_eq!(notices.len(), 4);
        assert!(notices[0].0.starts_with(
            "`date` is outside this dataset's timeline (1 January 2015 to 30 June 2016)"
        ));
    }
}
