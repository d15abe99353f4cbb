//! Where the map's bodies are now: where the layout put each one, unless the reader pinned
//! it by dragging (d3's `fx`/`fy`). Pins belong to the layout, not to any picture of it: a
//! layout still settling holds a pinned body where it was put (see
//! [`super::simulation::Simulation::fix`]).

use super::simulation::Simulation;

/// The bodies' places, with the reader's pins.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// Where each body is drawn, in layout units.
    bodies: Vec<(f64, f64)>,
    /// Where the layout put each body.
    home: Vec<(f64, f64)>,
    pins: Vec<Option<(f64, f64)>>,
}

impl Placement {
    /// The layout's places, nothing pinned.
    pub fn new(bodies: &[(f64, f64)]) -> Placement {
        Placement {
            bodies: bodies.to_vec(),
            home: bodies.to_vec(),
            pins: vec![None; bodies.len()],
        }
    }

    /// Where each body is drawn.
    pub fn bodies(&self) -> &[(f64, f64)] {
        &self.bodies
    }

    /// Takes the places of a layout still settling; pinned bodies stay put.
    pub fn follow(&mut self, sim: &Simulation) {
        let b = &sim.bodies;
        for (i, home) in self.home.iter_mut().enumerate() {
            *home = (b.x[i], b.y[i]);
            self.bodies[i] = self.pins[i].unwrap_or(*home);
        }
    }

    /// Pins body `body` at `at` (layout units), in `sim` too while it settles.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::layout::placement::Placement;
    /// let mut p = Placement::new(&[(0.0, 0.0), (5.0, 5.0)]);
    /// p.pin(1, (9.0, 9.0), None);
    /// assert_eq!(p.bodies(), [(0.0, 0.0), (9.0, 9.0)]);
    /// p.unpin_all(None);
    /// assert_eq!(p.bodies()[1], (5.0, 5.0));
    /// assert!(!p.any_pinned());
    /// ```
    pub fn pin(&mut self, body: u32, at: (f64, f64), sim: Option<&mut Simulation>) {
        let b = body as usize;
        if b < self.bodies.len() {
            self.pins[b] = Some(at);
            self.bodies[b] = at;
            if let Some(sim) = sim {
                sim.fix(b, Some(at));
            }
        }
    }

    pub fn any_pinned(&self) -> bool {
        self.pins.iter().any(Option::is_some)
    }

    /// Returns every pinned body to where the layout put it.
    pub fn unpin_all(&mut self, mut sim: Option<&mut Simulation>) {
        for (i, pin) in self.pins.iter_mut().enumerate() {
            if pin.take().is_some() {
                self.bodies[i] = self.home[i];
                if let Some(sim) = sim.as_deref_mut() {
                    sim.fix(i, None);
                }
            }
        }
    }
}
