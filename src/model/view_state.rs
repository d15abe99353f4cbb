//! What the reader is looking at: the chosen date (and one to compare it with), whether
//! time is playing, the layers shown and what is selected, the story and whether it is
//! presented, and whether the table of ties is on screen; changed only through [`Action`]s,
//! by [`ViewState::apply`].
//!
//! The presenter view, its list of keys and the table view are here rather than in the
//! component that shows them because more than one place acts on them and the rules that
//! join them are worth testing: Esc closes the list of keys first, then leaves the
//! presenter view, then the story ([`Action::Leave`]); presenting needs a story; the table
//! is toggled from the header and closed from inside itself. (The embed dialog is not here:
//! only its button opens it, and it belongs to that button's component.)

use super::dataset::{DomainIx, Stance, StateIx, TieIx};
use super::date::Day;
use super::filter::Filter;
use super::timeline::Timeline;

/// A selected state or tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    State(StateIx),
    Tie(TieIx),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewState {
    pub timeline: Timeline,
    pub day: Day,
    pub playing: bool,
    pub selection: Option<Selection>,
    /// A second date: ties are then drawn as added, ended or unchanged since.
    pub compare: Option<Day>,
    pub filter: Filter,
    /// The story and scene being shown (indices), if any.
    pub story: Option<(u16, u16)>,
    /// Whether the story is presented to a room (large type, only the map, the timeline and
    /// the caption). Never without a story.
    pub presenting: bool,
    /// Whether the list of the presenter's keys is shown. Never without a story.
    pub help: bool,
    /// Whether the table of ties is shown on screen (it is in the page for assistive
    /// technology either way).
    pub table: bool,
}

/// Everything the reader can do to the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move to a day (clamped into the timeline); pauses playing.
    SetDay(Day),
    /// Start playing; from the end, start over from the beginning.
    Play,
    Pause,
    /// Play when paused, pause when playing (the presenter's space bar).
    TogglePlay,
    /// One step of playing; stops at the end.
    Advance,
    Select(Option<Selection>),
    ToggleDomain(DomainIx),
    ToggleStance(Stance),
    /// Show only ties with a member in this region (an index into the dataset's regions).
    SetRegion(Option<u16>),
    /// Compare with a second date (clamped into the timeline), or stop comparing.
    SetCompare(Option<Day>),
    /// Take the date, comparison, filter and selection of another view (going back and
    /// forward through the browser's history).
    Restore(ViewState),
    /// Show a story's scene: its date, comparison, layers and selection (computed by
    /// `scene::story::scene_view`; the map is sent its focus separately).
    Scene(ViewState),
    /// Leave the story (the view stays as it is), and the presenter view with it.
    EndStory,
    /// Present the story shown (nothing without one); the table view gives way.
    Present,
    /// Leave what is on top (the Esc key): the list of keys if it is shown, else the
    /// presenter view, else the story.
    Leave,
    /// Show or hide the presenter's list of keys (only while a story is shown).
    ShowHelp(bool),
    /// Show or hide the table of ties.
    ShowTable(bool),
}

impl ViewState {
    /// The view of a freshly loaded dataset: the latest date, nothing selected.
    pub fn new(timeline: Timeline) -> ViewState {
        ViewState {
            timeline,
            day: timeline.last,
            playing: false,
            selection: None,
            compare: None,
            filter: Filter::default(),
            story: None,
            presenting: false,
            help: false,
            table: false,
        }
    }

    /// The state after `action`.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{date::Day, timeline::Timeline, view_state::{Action, ViewState}};
    /// let v = ViewState::new(Timeline { first: Day(0), last: Day(480) });
    /// let v = v.apply(Action::Play); // at the end: starts over
    /// assert_eq!((v.day, v.playing), (Day(0), true));
    /// let v = v.apply(Action::Advance);
    /// assert_eq!(v.day, Day(2));
    /// ```
    pub fn apply(self, action: Action) -> ViewState {
        let t = self.timeline;
        match action {
            Action::SetDay(day) => ViewState {
                day: t.clamp(day),
                playing: false,
                ..self
            },
            Action::Play if self.day >= t.last => ViewState {
                day: t.first,
                playing: true,
                ..self
            },
            Action::Play => ViewState {
                playing: true,
                ..self
            },
            Action::TogglePlay if self.playing => self.apply(Action::Pause),
            Action::TogglePlay => self.apply(Action::Play),
            Action::Pause => ViewState {
                playing: false,
                ..self
            },
            Action::Advance if !self.playing => self,
            Action::Advance => {
                let day = t.clamp(Day(self.day.0 + t.play_step()));
                ViewState {
                    day,
                    playing: day < t.last,
                    ..self
                }
            }
            Action::Select(selection) => ViewState { selection, ..self },
            Action::ToggleDomain(d) => ViewState {
                filter: self.filter.toggle_domain(d),
                ..self
            },
            Action::ToggleStance(s) => ViewState {
                filter: self.filter.toggle_stance(s),
                ..self
            },
            Action::SetRegion(region) => ViewState {
                filter: crate::model::filter::Filter {
                    region,
                    ..self.filter
                },
                ..self
            },
            Action::Scene(v) => ViewState {
                day: t.clamp(v.day),
                compare: v.compare.map(|c| t.clamp(c)),
                filter: v.filter,
                selection: v.selection,
                story: v.story,
                playing: false,
                ..self
            },
            Action::EndStory => ViewState {
                story: None,
                presenting: false,
                help: false,
                ..self
            },
            Action::Present => ViewState {
                presenting: self.story.is_some(),
                table: self.table && self.story.is_none(),
                ..self
            },
            Action::Leave if self.help => ViewState {
                help: false,
                ..self
            },
            Action::Leave if self.presenting => ViewState {
                presenting: false,
                ..self
            },
            Action::Leave => self.apply(Action::EndStory),
            Action::ShowHelp(on) => ViewState {
                help: on && self.story.is_some(),
                ..self
            },
            Action::ShowTable(table) => ViewState { table, ..self },
            Action::Restore(v) => ViewState {
                story: v.story,
                presenting: self.presenting && v.story.is_some(),
                help: self.help && v.story.is_some(),
                day: t.clamp(v.day),
                compare: v.compare.map(|c| t.clamp(c)),
                filter: v.filter,
                selection: v.selection,
                playing: false,
                ..self
            },
            Action::SetCompare(day) => ViewState {
                compare: day.map(|d| t.clamp(d)),
                ..self
            },
        }
    }
}

#[cfg(test)]
mod tests {
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
}
