//! How each domain looks: a colour from a palette that stays distinct under the common
//! colour-vision deficiencies (Okabe and Ito's), and a dash pattern, so no domain depends on
//! colour alone. Rivalry is drawn with cross ticks along the line, whatever the domain.
//! A domain's style follows its id, not its place in the file (see [`domain_style`]).

use crate::model::dataset::Domain;
use crate::scene::theme::Token;

/// Colour and dash pattern (in pixels, on/off) of one domain's lines, and which of the
/// palette's styles it is (`slot`, what [`Token::Domain`] carries).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DomainStyle {
    pub slot: usize,
    pub color: &'static str,
    pub dash: &'static [f64],
}

impl DomainStyle {
    /// The theme's token for this style's colour.
    pub fn token(self) -> Token {
        Token::Domain(self.slot)
    }
}

const STYLES: [(&str, &[f64]); 6] = [
    ("#0072b2", &[]),
    ("#d55e00", &[9.0, 4.0]),
    ("#009e73", &[2.0, 3.0]),
    ("#cc79a7", &[12.0, 3.0, 2.0, 3.0]),
    ("#e69f00", &[5.0, 5.0]),
    ("#56b4e9", &[1.0, 6.0]),
];

/// The domains whose style is fixed, by id (case aside), as in the default dataset: space
/// solid blue, cyber dashed orange, ISR dotted green.
const KNOWN: [(&str, usize); 3] = [("space", 0), ("cyber", 1), ("isr", 2)];

fn known_slot(id: &str) -> Option<usize> {
    KNOWN
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(id.trim()))
        .map(|(_, slot)| *slot)
}

/// The palette's style at `slot` (repeating past six).
pub fn palette(slot: usize) -> DomainStyle {
    let (color, dash) = STYLES[slot % STYLES.len()];
    DomainStyle { slot, color, dash }
}

/// The style of the domain at `index` in `domains`, the one way every part of the page and
/// the pictures choose it. Space, cyber and ISR always look as in the default dataset,
/// wherever they are listed; other domains take the styles the known ones in this list leave
/// free, in their order, and repeat them once all are taken.
///
/// # Examples
/// ```
/// use alliance_map::model::dataset::Domain;
/// use alliance_map::scene::style::domain_style;
/// let d = |id: &str| Domain { id: id.into(), label: id.into() };
/// let listed = [d("cyber"), d("orbit"), d("space")];
/// assert_eq!(domain_style(&listed, 0), domain_style(&[d("space"), d("cyber")], 1));
/// assert_eq!(domain_style(&listed, 2).dash, &[] as &[f64]); // space is solid
/// // "orbit" takes the first style neither space nor cyber holds: ISR's, absent here.
/// assert_eq!(domain_style(&listed, 1).slot, 2);
/// ```
pub fn domain_style(domains: &[Domain], index: usize) -> DomainStyle {
    let Some(domain) = domains.get(index) else {
        return palette(index);
    };
    if let Some(slot) = known_slot(&domain.id) {
        return palette(slot);
    }
    let taken: Vec<usize> = domains.iter().filter_map(|d| known_slot(&d.id)).collect();
    let free: Vec<usize> = (0..STYLES.len()).filter(|s| !taken.contains(s)).collect();
    let rank = domains[..index]
        .iter()
        .filter(|d| known_slot(&d.id).is_none())
        .count();
    match free.get(rank) {
        Some(slot) => palette(*slot),
        // Every style is taken: repeat them in order, past the free ones.
        None => palette(rank - free.len()),
    }
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

/// How a line of a domain of `style` looks given its change against the comparison date:
/// colour, opacity and extra width in pixels. Added ties stand out, unchanged ones step
/// back, ended ones are grey; without a comparison every line is plain.
pub fn strand_look(
    style: DomainStyle,
    comparing: bool,
    change: crate::scene::frame::Change,
) -> (Token, f64, f64) {
    use crate::scene::frame::Change;
    let color = style.token();
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

    fn domains(ids: &[&str]) -> Vec<Domain> {
        ids.iter()
            .map(|id| Domain {
                id: id.to_string(),
                label: id.to_string(),
            })
            .collect()
    }

    #[test]
    fn the_palette_differs_in_colour_and_dash() {
        for i in 0..6 {
            for j in (i + 1)..6 {
                assert_ne!(palette(i).color, palette(j).color);
                assert_ne!(palette(i).dash, palette(j).dash);
            }
        }
        assert_eq!(palette(6).color, palette(0).color);
        assert_eq!(dasharray(palette(1).dash), "9 4");
        assert_eq!(dasharray(palette(0).dash), "none");
    }

    #[test]
    fn known_domains_keep_their_style_wherever_they_are_listed() {
        let default = domains(&["space", "cyber", "isr"]);
        let own = domains(&["cyber", "isr", "space"]);
        for (i, id) in ["space", "cyber", "isr"].iter().enumerate() {
            let j = own.iter().position(|d| d.id == *id).unwrap();
            assert_eq!(domain_style(&default, i), domain_style(&own, j), "{id}");
        }
        assert_eq!(domain_style(&own, 0).color, "#d55e00", "cyber is orange");
        assert_eq!(domain_style(&domains(&["Cyber"]), 0).color, "#d55e00");
    }

    #[test]
    fn other_domains_take_the_free_styles_in_order_without_colliding() {
        let mixed = domains(&["land", "cyber", "sea", "air", "space", "sky", "sub"]);
        let slots: Vec<usize> = (0..mixed.len())
            .map(|i| domain_style(&mixed, i).slot)
            .collect();
        // Cyber and space hold 1 and 0; the others take 2, 3, 4, 5, then repeat from 0.
        assert_eq!(slots, [2, 1, 3, 4, 0, 5, 0]);
        let none_known = domains(&["defense", "offense", "neutrality"]);
        let slots: Vec<usize> = (0..3).map(|i| domain_style(&none_known, i).slot).collect();
        assert_eq!(
            slots,
            [0, 1, 2],
            "a dataset of other domains keeps its order"
        );
        let distinct: Vec<&str> = (0..6).map(|i| domain_style(&mixed, i).color).collect();
        for (i, c) in distinct.iter().enumerate() {
            assert!(
                !distinct[..i].contains(c),
                "the first six differ: {distinct:?}"
            );
        }
    }
}
