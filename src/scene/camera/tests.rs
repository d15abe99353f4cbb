//! The camera's tests: fitting and resizing, zooming to states, glides and reduced motion.

use super::*;
use crate::scene::aim::Mark;

fn camera(reduced: bool) -> Camera {
    let mut c = Camera::new(reduced);
    c.resize(848.0, 600.0, &[(-100.0, -100.0), (100.0, 100.0)]);
    c
}

#[test]
fn a_resize_refits_until_the_reader_moves_the_view_then_keeps_it() {
    let mut c = camera(false);
    assert!(!c.moved_by_reader());
    c.resize(1048.0, 800.0, &[(-100.0, -100.0), (100.0, 100.0)]);
    assert_eq!(
        c.view().to_screen((0.0, 0.0)),
        (500.0, 400.0),
        "fitted again"
    );
    c.zoom_at((100.0, 100.0), 2.0);
    let kept = c.centre();
    c.resize(600.0, 400.0, &[(-100.0, -100.0), (100.0, 100.0)]);
    let now = c.centre();
    assert!((now.0 - kept.0).abs() < 1e-9 && (now.1 - kept.1).abs() < 1e-9);
    assert_eq!(now.2, kept.2);
    c.fit(&[(0.0, 0.0)]);
    assert!(!c.moved_by_reader());
}

/// Bare points: nothing around them.
fn points(at: &[(f64, f64)]) -> Vec<Mark> {
    at.iter().map(|&p| Mark::point(p)).collect()
}

#[test]
fn aiming_at_states_fits_them_no_closer_than_the_cap_and_a_resize_aims_again() {
    let mut c = camera(true);
    c.aim_at(&points(&[(0.0, 0.0), (10.0, 0.0)]), SELECTION_SCALE, 0.0);
    assert_eq!(c.view().scale, SELECTION_SCALE, "two close states: capped");
    assert_eq!(
        c.view().to_screen((5.0, 0.0)),
        (400.0, 300.0),
        "centred in the room"
    );
    c.aim_at(&points(&[(0.0, 0.0), (10.0, 0.0)]), 3.0, 0.0);
    assert_eq!(c.view().scale, 3.0);
    c.aim_at(&points(&[(-1000.0, 0.0), (1000.0, 0.0)]), 2.0, 0.0);
    // 800 pixels of room less a margin of 4 % of the height (24) on each side.
    assert!(
        (c.view().scale - 752.0 / 2000.0).abs() < 1e-12,
        "fitted with its margin"
    );
    assert!(!c.fitted() && !c.moved_by_reader());
    c.resize(424.0, 600.0, &[]);
    assert!(
        (c.view().scale - (376.0 - 2.0 * 16.96) / 2000.0).abs() < 1e-12,
        "aimed again in the narrower box (376 pixels of room, margins of 4 % of 424)"
    );
    let before = c.view();
    c.aim_at(&[], 2.0, 0.0);
    assert_eq!(c.view(), before, "nothing to aim at");
}

#[test]
fn a_glide_eases_from_the_view_to_the_target_and_the_reader_can_stop_it() {
    let mut c = camera(false);
    let from = c.view();
    c.aim_at(&points(&[(50.0, 50.0)]), SELECTION_SCALE, 100.0);
    assert!(c.gliding() && c.view() == from, "no jump");
    let target_centre = c.centre();
    // The target centres the point in the room left of the zoom buttons.
    assert_eq!(
        (target_centre.0, target_centre.1),
        (50.0 + 24.0 / SELECTION_SCALE, 50.0)
    );
    // Eased: a tenth of the time covers less than a tenth of the zoom's way.
    c.step(100.0 + GLIDE_MS / 10.0);
    let way = (c.view().scale / from.scale).ln() / (SELECTION_SCALE / from.scale).ln();
    assert!(way > 0.0 && way < 0.1, "{way}");
    c.zoom_at((10.0, 10.0), 1.1);
    assert!(!c.gliding() && !c.step(10_000.0), "the reader took over");
}

#[test]
fn with_reduced_motion_every_move_is_instant() {
    let mut c = camera(true);
    c.aim_at(&points(&[(50.0, 50.0)]), SELECTION_SCALE, 0.0);
    assert!(!c.gliding());
    assert_eq!(c.view().scale, SELECTION_SCALE);
}

#[test]
fn a_view_aimed_at_states_follows_them_while_the_layout_settles() {
    let mut c = camera(true);
    let marks = [(0.0, 0.0), (10.0, 0.0)].map(|at| Mark {
        body: None,
        ..Mark::point(at)
    });
    let moving = [
        Mark {
            body: Some(0),
            ..marks[0]
        },
        Mark {
            body: Some(1),
            ..marks[1]
        },
    ];
    c.aim_at(&moving, SELECTION_SCALE, 0.0);
    // The bodies settle far apart: the view follows them, both still in view.
    let settled = [(-300.0, 40.0), (300.0, 40.0)];
    c.follow(&settled);
    let (a, b) = (
        c.view().to_screen(settled[0]),
        c.view().to_screen(settled[1]),
    );
    assert!(
        a.0 >= 0.0 && b.0 <= 800.0 && (a.0 + b.0 - 800.0).abs() < 1e-9,
        "{a:?} {b:?}"
    );
    // Fixed points stay where they were.
    c.aim_at(&marks, SELECTION_SCALE, 0.0);
    let before = c.view();
    c.follow(&settled);
    assert_eq!(c.view(), before);
}
