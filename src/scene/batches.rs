//! Strands grouped by how they look, so the painter strokes each group as one path: one
//! style change and one stroke per group instead of per line, which is what keeps thousands
//! of lines within a frame. Dimmed groups come first, so what is in focus is drawn on top.

use super::focus::Focus;
use super::frame::{Change, Frame};
use crate::model::dataset::{Dataset, DomainIx, Stance, TieIx};
use crate::model::view_state::Selection;

/// How a group of strands looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Look {
    /// In focus (or nothing is selected).
    pub lit: bool,
    /// The selected tie.
    pub selected: bool,
    /// Against the comparison date.
    pub change: Change,
    pub domain: DomainIx,
    pub rivalry: bool,
}

/// Strands that look alike, as indices into [`Frame::strands`].
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    pub look: Look,
    pub strands: Vec<u32>,
}

/// The frame's strands in batches, in drawing order.
///
/// # Examples
/// ```
/// use alliance_map::{layout::map::MapLayout, model::parse::parse};
/// use alliance_map::scene::{batches::batches, focus::Focus, frame::Frame};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let frame = Frame::at(&data, &MapLayout::unsettled(&data), data.ties[2].start.first_day());
/// let b = batches(&data, &frame, &Focus::of(&data, &frame, None), None);
/// // Space cooperation, cyber cooperation and cyber rivalry: three looks for 8 strands.
/// assert_eq!(b.len(), 3);
/// assert_eq!(b.iter().map(|b| b.strands.len()).sum::<usize>(), 8);
/// ```
pub fn batches(
    data: &Dataset,
    frame: &Frame,
    focus: &Focus,
    selection: Option<Selection>,
) -> Vec<Batch> {
    let look = |tie: TieIx, domain: DomainIx, change: Change| Look {
        lit: focus.ties[tie.index()],
        selected: selection == Some(Selection::Tie(tie)),
        change,
        domain,
        rivalry: data.tie(tie).stance == Stance::Rivalry,
    };
    let mut keyed: Vec<(Look, u32)> = frame
        .strands
        .iter()
        .enumerate()
        .map(|(i, s)| (look(s.tie, s.domain, s.change), i as u32))
        .collect();
    keyed.sort();
    let mut out: Vec<Batch> = Vec::new();
    for (look, i) in keyed {
        match out.last_mut() {
            Some(batch) if batch.look == look => batch.strands.push(i),
            _ => out.push(Batch {
                look,
                strands: vec![i],
            }),
        }
    }
    out
}

/// Line width in pixels for a frame of `strands` lines: full width for a map of a few
/// hundred lines, thinner as they multiply so that dense maps stay legible.
pub fn line_width(strands: usize) -> f64 {
    (2.2 * (400.0 / strands.max(1) as f64).sqrt()).clamp(0.6, 2.2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::map::MapLayout;
    use crate::model::parse::parse;

    #[test]
    fn focus_puts_dimmed_groups_first_and_the_selected_tie_last() {
        let data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        let frame = Frame::at(
            &data,
            &MapLayout::unsettled(&data),
            data.ties[2].start.first_day(),
        );
        let selection = Some(Selection::Tie(TieIx(2)));
        let focus = Focus::of(&data, &frame, selection);
        let b = batches(&data, &frame, &focus, selection);
        let looks: Vec<(bool, bool)> = b.iter().map(|b| (b.look.lit, b.look.selected)).collect();
        assert_eq!(looks.last(), Some(&(true, true)));
        assert!(!looks[0].0, "dimmed first");
        let selected = b.last().unwrap();
        assert!(selected.look.rivalry);
        assert_eq!(selected.strands.len(), 1);
        assert_eq!(frame.strands[selected.strands[0] as usize].tie, TieIx(2));
        // Every strand is in exactly one batch.
        let mut all: Vec<u32> = b.iter().flat_map(|b| b.strands.clone()).collect();
        all.sort();
        assert_eq!(all, (0..frame.strands.len() as u32).collect::<Vec<_>>());
    }

    #[test]
    fn lines_thin_out_as_they_multiply() {
        assert_eq!(line_width(10), 2.2);
        assert_eq!(line_width(400), 2.2);
        assert!(line_width(1_600) < 1.2);
        assert_eq!(line_width(25_000), 0.6);
    }
}
