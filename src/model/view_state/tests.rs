//! The reducer's tests: dates and playing, layers, the presenter view, its keys and the
//! table view, and the selection.

use super::*;

fn view() -> ViewState {
    ViewState::new(Timeline {
        first: Day(100),
        last: Day(100 + 240 * 3),
    })
}

#[test]
fn setting_a_day_clamps_and_pauses() {
    let v = view().apply(Action::Play).apply(Action::SetDay(Day(5)));
    assert_eq!((v.day, v.playing), (Day(100), false));
    assert_eq!(view().apply(Action::SetDay(Day(99_999))).day, Day(820));
}

#[test]
fn playing_steps_to_the_end_and_stops() {
    let mut v = view().apply(Action::SetDay(Day(800))).apply(Action::Play);
    assert!(v.playing);
    let mut steps = 0;
    while v.playing {
        v = v.apply(Action::Advance);
        steps += 1;
    }
    assert_eq!((v.day, steps), (Day(820), 7));
    // Advancing while paused does nothing; pausing keeps the day.
    assert_eq!(v.apply(Action::Advance), v);
    let p = view()
        .apply(Action::SetDay(Day(400)))
        .apply(Action::Play)
        .apply(Action::Advance)
        .apply(Action::Pause);
    assert_eq!((p.day, p.playing), (Day(403), false));
}

#[test]
fn layers_region_and_comparison() {
    let v = view()
        .apply(Action::ToggleDomain(DomainIx(1)))
        .apply(Action::ToggleStance(Stance::Rivalry));
    assert!(!v.filter.shows_domain(DomainIx(1)) && !v.filter.shows_stance(Stance::Rivalry));
    assert_eq!(v.apply(Action::SetRegion(Some(3))).filter.region, Some(3));
    assert_eq!(
        v.apply(Action::SetCompare(Some(Day(0)))).compare,
        Some(Day(100)),
        "clamped"
    );
    assert_eq!(
        v.apply(Action::SetCompare(Some(Day(200))))
            .apply(Action::SetCompare(None))
            .compare,
        None
    );
}

#[test]
fn esc_closes_the_keys_then_the_presenter_view_then_the_story() {
    let v = view()
        .apply(Action::Scene(ViewState {
            story: Some((0, 2)),
            ..view()
        }))
        .apply(Action::Present)
        .apply(Action::ShowHelp(true));
    assert_eq!((v.story, v.presenting, v.help), (Some((0, 2)), true, true));
    let v = v.apply(Action::Leave);
    assert_eq!((v.story, v.presenting, v.help), (Some((0, 2)), true, false));
    let v = v.apply(Action::Leave);
    assert_eq!(
        (v.story, v.presenting, v.help),
        (Some((0, 2)), false, false)
    );
    let v = v.apply(Action::Leave);
    assert_eq!((v.story, v.presenting, v.help), (None, false, false));
    assert_eq!(v.apply(Action::Leave), v, "nothing left to leave");
}

#[test]
fn presenting_and_the_keys_need_a_story() {
    let v = view().apply(Action::Present).apply(Action::ShowHelp(true));
    assert_eq!((v.presenting, v.help), (false, false));
    let story = view()
        .apply(Action::Scene(ViewState {
            story: Some((1, 0)),
            ..view()
        }))
        .apply(Action::Present)
        .apply(Action::ShowHelp(true));
    // Ending the story, or going back to a view without one, ends both.
    let ended = story.apply(Action::EndStory);
    assert_eq!((ended.presenting, ended.help), (false, false));
    let back = story.apply(Action::Restore(view()));
    assert_eq!(
        (back.story, back.presenting, back.help),
        (None, false, false)
    );
    let other_scene = story.apply(Action::Restore(ViewState {
        story: Some((1, 3)),
        ..view()
    }));
    assert!(other_scene.presenting && other_scene.help);
}

#[test]
fn the_table_view_opens_closes_and_gives_way_to_the_presenter_view() {
    let v = view().apply(Action::ShowTable(true));
    assert!(v.table);
    assert!(!v.apply(Action::ShowTable(false)).table);
    // Without a story there is nothing to present, and the table stays.
    assert!(v.apply(Action::Present).table);
    let presented = v
        .apply(Action::Scene(ViewState {
            story: Some((0, 0)),
            ..view()
        }))
        .apply(Action::Present);
    assert!(presented.presenting && !presented.table);
    // Dates, layers and selection leave it as it is.
    assert!(
        v.apply(Action::SetDay(Day(300)))
            .apply(Action::ToggleStance(Stance::Rivalry))
            .table
    );
}

#[test]
fn selection_is_kept_across_dates() {
    let v = view()
        .apply(Action::Select(Some(Selection::State(StateIx(2)))))
        .apply(Action::SetDay(Day(300)));
    assert_eq!(v.selection, Some(Selection::State(StateIx(2))));
    assert_eq!(v.apply(Action::Select(None)).selection, None);
}

/// A view in the middle of a story: scene `k` at day 500, comparing with day 200, with a
/// state selected.
fn in_story(from: ViewState, k: u16) -> ViewState {
    from.apply(Action::Scene(ViewState {
        day: Day(500),
        compare: Some(Day(200)),
        selection: Some(Selection::State(StateIx(4))),
        story: Some((0, k)),
        ..view()
    }))
}

#[test]
fn leaving_a_story_gives_back_the_view_from_before_it() {
    let before = view()
        .apply(Action::SetDay(Day(300)))
        .apply(Action::ToggleDomain(DomainIx(2)))
        .apply(Action::Select(Some(Selection::Tie(TieIx(7)))));
    let shown = in_story(before, 0).apply(Action::Present);
    // Further scenes keep the view from before the first.
    let shown = in_story(shown, 3).apply(Action::Select(None));
    assert_eq!(shown.compare, Some(Day(200)));
    for leave in [Action::EndStory, Action::Leave] {
        let left = shown.apply(Action::Leave).apply(leave);
        assert_eq!(
            (left.story, left.day, left.compare, left.selection),
            (None, Day(300), None, Some(Selection::Tie(TieIx(7))))
        );
        assert_eq!((left.filter, left.before), (before.filter, None));
    }
    // A story opened from a link gives back the view a dataset opens with.
    let linked = view()
        .apply(Action::Restore(in_story(view(), 2)))
        .apply(Action::EndStory);
    assert_eq!(
        (linked.day, linked.compare, linked.selection),
        (view().day, None, None)
    );
    // Going back through the history to before the story forgets it.
    let back = shown.apply(Action::Restore(before));
    assert_eq!((back.story, back.before), (None, None));
    assert_eq!(back.apply(Action::EndStory), back, "no story to leave");
}

#[test]
fn playing_or_another_date_leaves_the_scene_and_the_next_scene_comes_back() {
    let on = in_story(view(), 1);
    assert!(!on.off_scene);
    // Playing leaves the scene with its first step, not before.
    let started = on.apply(Action::TogglePlay);
    assert!(started.playing && !started.off_scene);
    assert!(
        !started.apply(Action::TogglePlay).off_scene,
        "paused at once"
    );
    let played = started.apply(Action::Advance);
    assert!(played.playing && played.off_scene);
    assert!(played.apply(Action::Pause).off_scene, "paused elsewhere");
    // From the end, playing starts over: off the scene at once.
    let at_end = view().apply(Action::Scene(ViewState {
        story: Some((0, 9)),
        ..view()
    }));
    let replay = at_end.apply(Action::Play);
    assert_eq!(
        (at_end.off_scene, replay.day, replay.off_scene),
        (false, Day(100), true)
    );
    assert!(on.apply(Action::SetDay(Day(600))).off_scene);
    assert!(on.apply(Action::SetCompare(None)).off_scene);
    // The scene's own date and comparison, and the layers, keep it.
    assert!(!on.apply(Action::SetDay(Day(500))).off_scene);
    assert!(!on.apply(Action::SetCompare(Some(Day(200)))).off_scene);
    assert!(!on.apply(Action::ToggleStance(Stance::Rivalry)).off_scene);
    let next = in_story(played, 2);
    assert!(!next.off_scene && !next.playing);
    // Without a story there is no scene to leave.
    assert!(!view().apply(Action::Play).off_scene);
    assert!(!played.apply(Action::EndStory).off_scene);
}
