//! What a selection brings forward: a selected state with its partners and the ties between
//! them in force, or a selected tie with its members (those taking part on the date, when
//! it is in force). Everything else is dimmed.

use super::frame::Frame;
use crate::model::dataset::Dataset;
use crate::model::view_state::Selection;

/// Which states and ties stand out. With nothing selected, everything does.
#[derive(Debug, Clone, PartialEq)]
pub struct Focus {
    /// By state index.
    pub states: Vec<bool>,
    /// By tie index.
    pub ties: Vec<bool>,
    pub any: bool,
}

impl Focus {
    /// # Examples
    /// ```
    /// use alliance_map::{layout::map::MapLayout, model::{dataset::*, parse::parse, view_state::Selection}};
    /// use alliance_map::scene::{focus::Focus, frame::Frame};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let frame = Frame::at(&data, &MapLayout::compute(&data), data.ties[0].start.first_day());
    /// let f = Focus::of(&data, &frame, Some(Selection::State(StateIx(0))));
    /// assert_eq!(f.states, [true, true, false]); // Aland and its partner Bland
    /// assert_eq!(f.ties, [true, false, false]);
    /// ```
    pub fn of(data: &Dataset, frame: &Frame, selection: Option<Selection>) -> Focus {
        let (n, m) = (data.states.len(), data.ties.len());
        let Some(selection) = selection else {
            return Focus {
                states: vec![true; n],
                ties: vec![true; m],
                any: false,
            };
        };
        let mut f = Focus {
            states: vec![false; n],
            ties: vec![false; m],
            any: true,
        };
        match selection {
            Selection::State(s) => {
                f.states[s.index()] = true;
                for t in &frame.ties {
                    if frame.members_drawn(data.tie(*t)).any(|m| m == s) {
                        f.ties[t.index()] = true;
                    }
                }
                for m in frame.partners(data, s) {
                    f.states[m.index()] = true;
                }
            }
            Selection::Tie(t) => {
                f.ties[t.index()] = true;
                let tie = data.tie(t);
                for m in tie.members_to_show(frame.drawn_on(tie)) {
                    f.states[m.index()] = true;
                }
            }
        }
        f
    }
}

/// The states a view of `selection` brings in: a state with its partners in the frame, or
/// a tie's members (those taking part on the date it is drawn as, when it is drawn).
pub fn selection_states(data: &Dataset, frame: &Frame, selection: Selection) -> Vec<usize> {
    match selection {
        Selection::State(s) => {
            let mut v = vec![s.index()];
            v.extend(frame.partners(data, s).iter().map(|m| m.index()));
            v
        }
        Selection::Tie(t) => {
            let tie = data.tie(t);
            let members = tie.members_to_show(frame.drawn_on(tie));
            members.iter().map(|m| m.index()).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::map::MapLayout;
    use crate::model::dataset::{StateIx, TieIx};
    use crate::model::{date::Date, parse::parse};

    #[test]
    fn only_members_taking_part_on_the_date_are_partners() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let layout = MapLayout::unsettled(&data);
        let at = |s| Frame::at(&data, &layout, Date::parse(s).unwrap().first_day());
        // 1925: Aland's entente partner is Cland; Bland has left, and the pact is not in force.
        let aland = Some(Selection::State(StateIx(0)));
        let f = Focus::of(&data, &at("1925"), aland);
        assert_eq!(f.states, [true, false, true, false]);
        assert_eq!(f.ties, [true, false]);
        // The pact, selected while not in force, shows all its members; in 1934, Dland and Bland.
        let pact = Some(Selection::Tie(TieIx(1)));
        let f = Focus::of(&data, &at("1925"), pact);
        assert_eq!(f.states, [true, true, false, true]);
        let f = Focus::of(&data, &at("1934"), pact);
        assert_eq!(f.states, [false, true, false, true]);
    }
}
