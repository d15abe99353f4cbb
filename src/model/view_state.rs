//! What the reader is looking at: the chosen date (and one to compare it with), whether
//! time is playing, the layers shown and what is selected, the story and whether it is
//! presented, and whether the table of ties is on screen; changed only through [`Action`]s,
//! by [`ViewState::apply`].
//!
//! The presenter view, its list of keys and the table view are here rather than in the
//! component that shows them because more than one place acts on them and the rules that
//! join them are worth testing: Esc closes the list of keys first, then leaves the
//! presenter view, then the story ([`Action::Leave`]); presenting needs a story; leaving a
//! story gives back the view from before it began; playing or choosing another date leaves
//! the scene (the caption then says so); the table is toggled from the header and closed
//! from inside itself. (The embed dialog is not here:
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
    /// Whether the map has left the story's scene: time has played on from it, or another
    /// date or comparison was chosen, so the scene's caption no longer describes it.
    pub off_scene: bool,
    /// The view from before the story began, given back when it ends.
    pub before: Option<Before>,
}

/// What a story changes, as it was before the story began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Before {
    pub day: Day,
    pub compare: Option<Day>,
    pub filter: Filter,
    pub selection: Option<Selection>,
}

impl Before {
    fn of(v: &ViewState) -> Before {
        Before {
            day: v.day,
            compare: v.compare,
            filter: v.filter,
            selection: v.selection,
        }
    }
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
    /// Take these layers and region at once (to show a tie found by search).
    SetFilter(Filter),
    /// Compare with a second date (clamped into the timeline), or stop comparing.
    SetCompare(Option<Day>),
    /// Take the date, comparison, filter and selection of another view (going back and
    /// forward through the browser's history).
    Restore(ViewState),
    /// Show a story's scene: its date, comparison, layers and selection (computed by
    /// `scene::story::scene_view`; the map is sent its focus separately).
    Scene(ViewState),
    /// Leave the story, and the presenter view with it: the date, comparison, layers and
    /// selection go back to what they were before the story began (a story opened from a
    /// link began on the view a dataset opens with).
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
            off_scene: false,
            before: None,
        }
    }

    /// Whether the map is off the story's scene once it shows `day`: it already was, or a
    /// story is shown and the date moves.
    fn leaves_scene_for(&self, day: Day) -> bool {
        self.off_scene || (self.story.is_some() && day != self.day)
    }

    /// What a story, shown or about to be, gives back when it ends: the view kept from
    /// before it began, or this one when none has begun.
    fn before_story(&self) -> Option<Before> {
        match self.story {
            Some(_) => self.before,
            None => Some(Before::of(self)),
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
                off_scene: self.leaves_scene_for(t.clamp(day)),
                ..self
            },
            Action::Play if self.day >= t.last => ViewState {
                day: t.first,
                playing: true,
                off_scene: self.leaves_scene_for(t.first),
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
                    off_scene: self.leaves_scene_for(day),
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
            Action::SetFilter(filter) => ViewState { filter, ..self },
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
                off_scene: false,
                before: self.before_story(),
                ..self
            },
            Action::EndStory if self.story.is_none() => self,
            Action::EndStory => {
                let b = self.before.unwrap_or(Before::of(&ViewState::new(t)));
                ViewState {
                    day: t.clamp(b.day),
                    compare: b.compare.map(|c| t.clamp(c)),
                    filter: b.filter,
                    selection: b.selection,
                    story: None,
                    presenting: false,
                    help: false,
                    playing: false,
                    off_scene: false,
                    before: None,
                    ..self
                }
            }
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
                off_scene: false,
                before: v.story.and(self.before_story()),
                ..self
            },
            Action::SetCompare(day) => ViewState {
                compare: day.map(|d| t.clamp(d)),
                off_scene: self.off_scene || (self.story.is_some() && day != self.compare),
                ..self
            },
        }
    }
}

#[cfg(test)]
mod tests;
