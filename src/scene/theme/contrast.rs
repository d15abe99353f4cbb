//! Contrast between colours as WCAG 2 defines it: the ratio of the lighter colour's relative
//! luminance to the darker's, each plus 0.05, from 1:1 (the same) to 21:1 (black on white).
//! Used to hold the themes to their promises, not at run time.

/// A colour's red, green and blue, 0 to 255.
pub type Rgb = [u8; 3];

/// The colour written `#rrggbb` (or `#rgb`); `None` for anything else.
///
/// # Examples
/// ```
/// use alliance_map::scene::theme::contrast::rgb;
/// assert_eq!(rgb("#1e293b"), Some([0x1e, 0x29, 0x3b]));
/// assert_eq!(rgb("#fff"), Some([255, 255, 255]));
/// assert_eq!(rgb("blue"), None);
/// ```
pub fn rgb(hex: &str) -> Option<Rgb> {
    let digits = hex.strip_prefix('#')?;
    let nibble = |i: usize| u8::from_str_radix(digits.get(i..i + 1)?, 16).ok();
    match digits.len() {
        3 => Some([nibble(0)? * 17, nibble(1)? * 17, nibble(2)? * 17]),
        6 => {
            let byte = |i: usize| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok();
            Some([byte(0)?, byte(2)?, byte(4)?])
        }
        _ => None,
    }
}

/// The colour seen where `color` is painted at `alpha` (0 to 1) over `under`, as a canvas or
/// a browser blends it.
///
/// # Examples
/// ```
/// use alliance_map::scene::theme::contrast::over;
/// assert_eq!(over([0, 0, 0], 0.5, [255, 255, 255]), [128, 128, 128]);
/// ```
pub fn over(color: Rgb, alpha: f64, under: Rgb) -> Rgb {
    let a = alpha.clamp(0.0, 1.0);
    let mix = |i: usize| (color[i] as f64 * a + under[i] as f64 * (1.0 - a)).round() as u8;
    [mix(0), mix(1), mix(2)]
}

/// The relative luminance, 0 (black) to 1 (white).
pub fn luminance(c: Rgb) -> f64 {
    let linear = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2])
}

/// The contrast ratio of two colours, whichever is lighter.
///
/// # Examples
/// ```
/// use alliance_map::scene::theme::contrast::ratio;
/// assert_eq!(ratio([0, 0, 0], [255, 255, 255]), 21.0);
/// assert_eq!(ratio([255, 255, 255], [0, 0, 0]), 21.0);
/// ```
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ratios() {
        // Values published with WCAG's examples and checkers.
        let white = [255, 255, 255];
        assert_eq!(ratio(white, white), 1.0);
        let grey = rgb("#767676").unwrap();
        assert!((ratio(grey, white) - 4.54).abs() < 0.01);
        let grey = rgb("#949494").unwrap();
        assert!((ratio(grey, white) - 3.03).abs() < 0.01);
        let blue = rgb("#0000ff").unwrap();
        assert!((ratio(blue, white) - 8.59).abs() < 0.01);
    }

    #[test]
    fn blending_and_bad_colours() {
        assert_eq!(over([10, 20, 30], 1.0, [200, 200, 200]), [10, 20, 30]);
        assert_eq!(over([10, 20, 30], 0.0, [200, 200, 200]), [200, 200, 200]);
        assert_eq!(over([0, 0, 0], 2.0, [255, 255, 255]), [0, 0, 0], "clamped");
        for bad in ["", "#", "#12", "#12345", "#gg0000", "123456", "#1234567"] {
            assert_eq!(rgb(bad), None, "{bad:?}");
        }
    }
}
