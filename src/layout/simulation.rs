//! The force simulation: bodies with position and velocity, a list of forces, and a cooling
//! schedule. Each tick applies every force, then moves the bodies. The clock is outside:
//! callers run [`Simulation::tick`] as often as they like, so tests can step it exactly.

use super::rng::Lcg;

/// Positions and velocities of all bodies, in separate arrays.
#[derive(Debug, Clone, Default)]
pub struct Bodies {
    pub x: Vec<f64>,
    pub y: Vec<f64>,
    pub vx: Vec<f64>,
    pub vy: Vec<f64>,
}

impl Bodies {
    /// `n` bodies on a phyllotaxis spiral around the origin, at rest.
    pub fn phyllotaxis(n: usize) -> Bodies {
        let angle = std::f64::consts::PI * (3.0 - 5f64.sqrt());
        let (mut x, mut y) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for i in 0..n {
            let r = 10.0 * (0.5 + i as f64).sqrt();
            let a = i as f64 * angle;
            x.push(r * a.cos());
            y.push(r * a.sin());
        }
        Bodies {
            x,
            y,
            vx: vec![0.0; n],
            vy: vec![0.0; n],
        }
    }

    pub fn len(&self) -> usize {
        self.x.len()
    }

    pub fn is_empty(&self) -> bool {
        self.x.is_empty()
    }
}

/// One force. `initialize` runs once, when the simulation is built, and computes every
/// per-body or per-link constant; `apply` runs every tick and adjusts velocities (or, for
/// positional forces, positions).
pub trait Force {
    fn initialize(&mut self, bodies: &Bodies, rng: &mut Lcg);
    fn apply(&mut self, bodies: &mut Bodies, alpha: f64, rng: &mut Lcg);
}

/// A simulation of bodies under forces, cooling from `alpha = 1` towards zero.
pub struct Simulation {
    pub bodies: Bodies,
    forces: Vec<Box<dyn Force>>,
    rng: Lcg,
    pub alpha: f64,
    pub alpha_min: f64,
    pub alpha_decay: f64,
    pub alpha_target: f64,
    /// The fraction of velocity kept from one tick to the next (d3's `1 - velocityDecay`).
    pub velocity_keep: f64,
    /// Bodies held in place (d3's `fx`/`fy`), by body; empty when none is.
    fixed: Vec<Option<(f64, f64)>>,
}

impl Simulation {
    /// A simulation of `bodies` that cools to `alpha_min = 0.001` in 300 ticks.
    pub fn new(bodies: Bodies, seed: u32) -> Simulation {
        let alpha_min: f64 = 0.001;
        Simulation {
            bodies,
            forces: Vec::new(),
            rng: Lcg::new(seed),
            alpha: 1.0,
            alpha_min,
            alpha_decay: 1.0 - alpha_min.powf(1.0 / 300.0),
            alpha_target: 0.0,
            velocity_keep: 0.6,
            fixed: Vec::new(),
        }
    }

    /// Adds a force, initializing it for the current bodies.
    pub fn with(mut self, mut force: impl Force + 'static) -> Simulation {
        force.initialize(&self.bodies, &mut self.rng);
        self.forces.push(Box::new(force));
        self
    }

    /// Holds body `i` at `at` (or lets it go, with `None`): the forces still feel it, but it
    /// does not move.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::layout::{center::Gravity, simulation::{Bodies, Simulation}};
    /// let mut sim = Simulation::new(Bodies::phyllotaxis(3), 1).with(Gravity { strength: 0.1 });
    /// sim.fix(1, Some((50.0, 60.0)));
    /// sim.run(300);
    /// assert_eq!((sim.bodies.x[1], sim.bodies.y[1]), (50.0, 60.0));
    /// ```
    pub fn fix(&mut self, i: usize, at: Option<(f64, f64)>) {
        if i >= self.bodies.len() {
            return;
        }
        if self.fixed.is_empty() {
            self.fixed = vec![None; self.bodies.len()];
        }
        self.fixed[i] = at;
        if let Some((x, y)) = at {
            let b = &mut self.bodies;
            (b.x[i], b.y[i], b.vx[i], b.vy[i]) = (x, y, 0.0, 0.0);
        }
    }

    /// Whether the simulation has cooled down.
    pub fn settled(&self) -> bool {
        self.alpha < self.alpha_min
    }

    /// One step: cool, apply every force, move every body.
    pub fn tick(&mut self) {
        self.alpha += (self.alpha_target - self.alpha) * self.alpha_decay;
        for force in &mut self.forces {
            force.apply(&mut self.bodies, self.alpha, &mut self.rng);
        }
        let b = &mut self.bodies;
        for i in 0..b.x.len() {
            b.vx[i] *= self.velocity_keep;
            b.vy[i] *= self.velocity_keep;
            b.x[i] += b.vx[i];
            b.y[i] += b.vy[i];
        }
        for (i, at) in self.fixed.iter().enumerate() {
            if let Some((x, y)) = *at {
                (b.x[i], b.y[i], b.vx[i], b.vy[i]) = (x, y, 0.0, 0.0);
            }
        }
    }

    /// Ticks until settled (at most `max` ticks); returns how many ran.
    pub fn run(&mut self, max: usize) -> usize {
        let mut n = 0;
        while !self.settled() && n < max {
            self.tick();
            n += 1;
        }
        n
    }

    /// Sum of squared speeds: zero when nothing moves.
    pub fn kinetic_energy(&self) -> f64 {
        let b = &self.bodies;
        b.vx.iter().zip(&b.vy).map(|(x, y)| x * x + y * y).sum()
    }
}
