//! Quadratic curves on screen, as the map draws its lines: points along them, normals,
//! evenly spread marks (rivalry's ticks) and dashing.

/// A quadratic curve on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Curve {
    pub from: (f64, f64),
    pub control: (f64, f64),
    pub to: (f64, f64),
}

impl Curve {
    /// The point at parameter `t` in [0, 1].
    pub fn point(&self, t: f64) -> (f64, f64) {
        let (a, c, b) = (self.from, self.control, self.to);
        let u = 1.0 - t;
        (
            u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0,
            u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1,
        )
    }

    /// The unit normal at parameter `t`.
    pub fn normal(&self, t: f64) -> (f64, f64) {
        let (a, c, b) = (self.from, self.control, self.to);
        let dx = 2.0 * (1.0 - t) * (c.0 - a.0) + 2.0 * t * (b.0 - c.0);
        let dy = 2.0 * (1.0 - t) * (c.1 - a.1) + 2.0 * t * (b.1 - c.1);
        let len = (dx * dx + dy * dy).sqrt().max(1e-9);
        (-dy / len, dx / len)
    }

    /// Whether the curve is a straight segment.
    pub fn is_straight(&self) -> bool {
        self.control
            == (
                (self.from.0 + self.to.0) / 2.0,
                (self.from.1 + self.to.1) / 2.0,
            )
    }

    /// Calls `segment(a, b)` for each straight piece of the curve drawn with the dash
    /// `pattern` (on and off lengths in pixels, repeating; empty means solid). Dashing here,
    /// rather than with the canvas's dash setting, keeps thousands of dashed lines cheap to
    /// rasterise. Curves are followed as 8 straight pieces.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::curve::Curve;
    /// let c = Curve { from: (0.0, 0.0), control: (10.0, 0.0), to: (20.0, 0.0) };
    /// let mut dashes = Vec::new();
    /// c.dash(&[6.0, 4.0], |a, b| dashes.push((a.0, b.0)));
    /// assert_eq!(dashes, [(0.0, 6.0), (10.0, 16.0)]);
    /// ```
    pub fn dash(&self, pattern: &[f64], mut segment: impl FnMut((f64, f64), (f64, f64))) {
        const PIECES: usize = 8;
        let pieces = if self.is_straight() { 1 } else { PIECES };
        let period: f64 = pattern.iter().sum();
        if pattern.is_empty() || period <= 0.0 {
            let mut a = self.from;
            for k in 1..=pieces {
                let b = self.point(k as f64 / pieces as f64);
                segment(a, b);
                a = b;
            }
            return;
        }
        // Where in the pattern the walk is: which entry, and how much of it is left.
        let (mut entry, mut left) = (0usize, pattern[0]);
        let mut a = self.from;
        for k in 1..=pieces {
            let b = self.point(k as f64 / pieces as f64);
            let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
            let mut done = 0.0;
            while done < len {
                let step = left.min(len - done);
                let at = |d: f64| (a.0 + (b.0 - a.0) * d / len, a.1 + (b.1 - a.1) * d / len);
                if entry % 2 == 0 && step > 0.0 {
                    segment(at(done), at(done + step));
                }
                done += step;
                left -= step;
                if left <= 1e-9 {
                    entry = (entry + 1) % pattern.len();
                    left = pattern[entry];
                }
            }
            a = b;
        }
    }

    /// Parameters of evenly spread marks about `gap` pixels apart, ends excluded.
    pub fn marks(&self, gap: f64) -> impl Iterator<Item = f64> {
        let chord = ((self.to.0 - self.from.0).powi(2) + (self.to.1 - self.from.1).powi(2)).sqrt();
        let n = (chord / gap).floor().max(0.0) as usize;
        (1..n).map(move |k| k as f64 / n as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_follow_the_pattern_across_pieces_and_cover_the_curve_when_solid() {
        let c = Curve {
            from: (0.0, 0.0),
            control: (0.0, 0.0),
            to: (0.0, 0.0),
        };
        let mut n = 0;
        c.dash(&[3.0, 2.0], |_, _| n += 1);
        assert_eq!(n, 0, "a curve of no length has no dash");
        let bent = Curve {
            from: (0.0, 0.0),
            control: (50.0, 40.0),
            to: (100.0, 0.0),
        };
        let (mut on, mut solid) = (0.0, 0.0);
        bent.dash(&[5.0, 5.0], |a, b| {
            on += ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt()
        });
        bent.dash(&[], |a, b| {
            solid += ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt()
        });
        assert!(
            (on / solid - 0.5).abs() < 0.05,
            "half of the length is drawn: {on} of {solid}"
        );
        let mut first = None;
        bent.dash(&[], |a, _| {
            first.get_or_insert(a);
        });
        assert_eq!(first, Some((0.0, 0.0)));
    }

    #[test]
    fn marks_are_spread_along_the_curve() {
        let c = Curve {
            from: (0.0, 0.0),
            control: (50.0, 0.0),
            to: (100.0, 0.0),
        };
        let marks: Vec<f64> = c.marks(20.0).collect();
        assert_eq!(marks, [0.2, 0.4, 0.6, 0.8]);
        assert_eq!(c.normal(0.5), (-0.0, 1.0));
        assert_eq!(
            Curve {
                from: (0.0, 0.0),
                control: (1.0, 0.0),
                to: (2.0, 0.0)
            }
            .marks(20.0)
            .count(),
            0
        );
    }
}
