//! Tests of [`super`].

use super::*;
use crate::scene::frame::Change;

#[test]
fn the_presenter_and_print_labels_are_large_and_their_context_legible() {
    for t in [Theme::PRESENTER, Theme::PRINT] {
        assert!(t.state_font.size() >= 20.0, "{}", t.name);
        assert!(t.hub_font.size() >= 18.0, "{}", t.name);
        let paper = contrast::rgb(t.paper).unwrap();
        // A state out of focus is named in ink when in force, else in the faded colour.
        for label in [t.ink, t.faded_label] {
            let seen = contrast::over(contrast::rgb(label).unwrap(), t.context, paper);
            let ratio = contrast::ratio(seen, paper);
            assert!(
                ratio >= 3.0,
                "{}: {label} at {} is {ratio:.2}:1",
                t.name,
                t.context
            );
        }
        // Subdued all the same: the focus still stands out.
        assert!(t.context < 1.0 && t.dim < t.context, "{}", t.name);
    }
}

#[test]
fn the_palest_printed_line_is_still_seen() {
    // A line out of focus and unchanged since the comparison date, in every colour of
    // the palette, keeps at least 1.5:1 against the paper (the palette's lightest
    // colours have little more than 2:1 at full strength).
    let t = Theme::PRINT;
    let paper = contrast::rgb(t.paper).unwrap();
    let same = crate::scene::style::strand_look(palette(0), true, Change::Same).1;
    let palest = t.line_alpha(t.dim * same);
    for slot in 0..6 {
        let c = contrast::rgb(palette(slot).color).unwrap();
        let ratio = contrast::ratio(contrast::over(c, palest, paper), paper);
        assert!(
            ratio >= 1.5,
            "{}: {ratio:.2}:1 at {palest:.2}",
            palette(slot).color
        );
    }
    assert!(
        t.line_alpha(t.dim) < t.line_alpha(1.0),
        "the focus still stands out"
    );
}

#[test]
fn every_theme_tells_ink_from_paper_and_keeps_the_domain_palette() {
    for t in [Theme::LIGHT, Theme::DARK, Theme::PRESENTER, Theme::PRINT] {
        assert_ne!(t.color(Token::Ink), t.color(Token::Paper), "{}", t.name);
        assert_eq!(t.color(Token::Domain(1)), palette(1).color);
    }
}
