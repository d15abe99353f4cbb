//! A seeded linear congruential generator: the same seed gives the same layout on every
//! machine.

/// A 32-bit LCG (the constants of Numerical Recipes), yielding numbers in `[0, 1)`.
///
/// # Examples
/// ```
/// use alliance_map::layout::rng::Lcg;
/// let (mut a, mut b) = (Lcg::new(7), Lcg::new(7));
/// assert_eq!(a.next_f64(), b.next_f64());
/// assert!((0.0..1.0).contains(&a.next_f64()));
/// ```
#[derive(Debug, Clone)]
pub struct Lcg {
    state: u32,
}

impl Lcg {
    pub fn new(seed: u32) -> Lcg {
        Lcg { state: seed }
    }

    pub fn next_f64(&mut self) -> f64 {
        self.state = self
            .state
            .wrapping_mul(1_664_525)
            .wrapping_add(1_013_904_223);
        self.state as f64 / 4_294_967_296.0
    }

    /// A tiny non-zero offset, used to separate two bodies at the same spot.
    pub fn jiggle(&mut self) -> f64 {
        (self.next_f64() - 0.5) * 1e-6
    }
}
