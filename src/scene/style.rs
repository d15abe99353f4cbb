//! How each domain looks: a colour from a palette that stays distinct under the common
//! colour-vision deficiencies (Okabe and Ito's), and a dash pattern, so no domain depends on
//! colour alone. Rivalry is drawn with cross ticks along the line, whatever the domain.

/// Colour and dash pattern (in pixels, on/off) of one domain's lines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DomainStyle {
    pub color: &'static str,
    pub dash: &'static [f64],
}

const STYLES: [DomainStyle; 6] = [
    DomainStyle {
        color: "#0072b2",
        dash: &[],
    },
    DomainStyle {
        color: "#d55e00",
        dash: &[9.0, 4.0],
    },
    DomainStyle {
        color: "#009e73",
        dash: &[2.0, 3.0],
    },
    DomainStyle {
        color: "#cc79a7",
        dash: &[12.0, 3.0, 2.0, 3.0],
    },
    DomainStyle {
        color: "#e69f00",
        dash: &[5.0, 5.0],
    },
    DomainStyle {
        color: "#56b4e9",
        dash: &[1.0, 6.0],
    },
];

/// The style of the domain at `index` in the dataset's list (repeating past six).
///
/// # Examples
/// ```
/// use alliance_map::scene::style::domain_style;
/// assert_eq!(domain_style(0).dash, &[] as &[f64]); // the first domain is solid
/// assert_ne!(domain_style(1).color, domain_style(2).color);
/// ```
pub fn domain_style(index: usize) -> DomainStyle {
    STYLES[index % STYLES.len()]
}

/// A dash pattern as SVG's `stroke-dasharray` value.
pub fn dasharray(dash: &[f64]) -> String {
    if dash.is_empty() {
        "none".into()
    } else {
        dash.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// How a line of `domain` looks given its change against the comparison date: colour,
/// opacity and extra width in pixels. Added ties stand out, unchanged ones step back,
/// ended ones are grey; without a comparison every line is plain.
pub fn strand_look(
    domain: usize,
    comparing: bool,
    change: crate::scene::frame::Change,
) -> (crate::scene::theme::Token, f64, f64) {
    use crate::scene::frame::Change;
    use crate::scene::theme::Token;
    let color = Token::Domain(domain);
    match (comparing, change) {
        (false, _) => (color, 1.0, 0.0),
        (true, Change::Added) => (color, 1.0, 1.6),
        (true, Change::Same) => (color, 0.45, 0.0),
        (true, Change::Ended) => (Token::Ended, 0.9, 0.0),
    }
}

/// Spacing of rivalry's cross ticks along a line, in pixels.
pub const RIVALRY_TICK_GAP: f64 = 11.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_six_domains_differ_in_colour_and_dash() {
        for i in 0..6 {
            for j in (i + 1)..6 {
                assert_ne!(domain_style(i).color, domain_style(j).color);
                assert_ne!(domain_style(i).dash, domain_style(j).dash);
            }
        }
        assert_eq!(domain_style(6), domain_style(0));
        assert_eq!(dasharray(domain_style(1).dash), "9 4");
        assert_eq!(dasharray(domain_style(0).dash), "none");
    }
}
