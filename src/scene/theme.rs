//! The look of every mark, defined once: colours are [`Token`]s that a [`Theme`] resolves
//! (light, dark, the presenter's high contrast, print), and text is a [`Font`] that every
//! surface turns into its own notation. The display list names tokens and fonts only, so a
//! backend never picks a colour. A theme also sets the map's label fonts and how far what
//! the focus leaves out is dimmed: the presenter's and print's are read from further away.

use super::style::palette;

pub mod contrast;

/// A colour's role on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Token {
    /// The picture's background (and the halo around text).
    Paper,
    /// Markers of states in force, outlines of hubs, main text.
    Ink,
    /// Secondary text: the date line and the sources line of a picture.
    Muted,
    /// A state with no tie in force: fill, outline and label.
    FadedFill,
    FadedStroke,
    FadedLabel,
    /// The title of a framework hub.
    HubLabel,
    /// The fill of a rivalry's hub.
    RivalryHub,
    /// The ring around the selected state.
    Ring,
    /// Ties that ended since the comparison date.
    Ended,
    /// The rule between the map and a picture's legend.
    Rule,
    /// The lines of a domain: the slot of its style in the palette (see
    /// [`crate::scene::style::domain_style`]).
    Domain(usize),
}

/// Colours for every token but the domains', which keep Okabe and Ito's palette in every
/// theme (see [`crate::scene::style`]). Text colours keep at least 4.5:1 contrast with
/// `paper`; in the presenter and print themes, the names of states out of focus, dimmed,
/// keep at least 3:1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub name: &'static str,
    pub paper: &'static str,
    pub ink: &'static str,
    pub muted: &'static str,
    pub faded_fill: &'static str,
    pub faded_stroke: &'static str,
    pub faded_label: &'static str,
    pub hub_label: &'static str,
    pub rivalry_hub: &'static str,
    pub ring: &'static str,
    pub ended: &'static str,
    pub rule: &'static str,
    /// The fonts of states' names and of framework hubs' titles on the map.
    pub state_font: Font,
    pub hub_font: Font,
    /// The opacity of the lines, hubs and markers that the focus leaves out.
    pub dim: f64,
    /// The opacity of the names of states that the focus leaves out (the context of a
    /// story's scene): subdued, but still to be read.
    pub context: f64,
    /// The share of its colour the palest line keeps (see [`Theme::line_alpha`]): none on
    /// screen, enough on paper that a line the focus leaves out still prints.
    pub line_floor: f64,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        name: "light",
        paper: "#ffffff",
        ink: "#1e293b",
        muted: "#475569",
        faded_fill: "#e2e8f0",
        faded_stroke: "#94a3b8",
        faded_label: "#5b6776",
        hub_label: "#475569",
        rivalry_hub: "#fde2e2",
        ring: "#b45309",
        ended: "#8b95a5",
        rule: "#cbd5e1",
        state_font: Font::State,
        hub_font: Font::Hub,
        dim: 0.18,
        context: 0.18,
        line_floor: 0.0,
    };

    pub const DARK: Theme = Theme {
        name: "dark",
        paper: "#0b1220",
        ink: "#e5e7eb",
        muted: "#c0c8d2",
        faded_fill: "#334155",
        faded_stroke: "#64748b",
        faded_label: "#a3adba",
        hub_label: "#c0c8d2",
        rivalry_hub: "#5c1d1d",
        ring: "#fbbf24",
        ended: "#8b95a5",
        rule: "#334155",
        state_font: Font::State,
        hub_font: Font::Hub,
        dim: 0.18,
        context: 0.18,
        line_floor: 0.0,
    };

    /// The presenter view: black on white, read from the back of a room.
    pub const PRESENTER: Theme = Theme {
        name: "presenter",
        paper: "#ffffff",
        ink: "#000000",
        muted: "#1f2937",
        faded_fill: "#d1d5db",
        faded_stroke: "#4b5563",
        faded_label: "#374151",
        hub_label: "#1f2937",
        rivalry_hub: "#fecaca",
        ring: "#92400e",
        ended: "#6b7280",
        rule: "#4b5563",
        state_font: Font::StateLarge,
        hub_font: Font::HubLarge,
        dim: 0.3,
        context: 0.62,
        line_floor: 0.2,
    };

    /// Paper: pure black ink, no tinted background.
    pub const PRINT: Theme = Theme {
        name: "print",
        paper: "#ffffff",
        ink: "#000000",
        muted: "#334155",
        faded_fill: "#e5e7eb",
        faded_stroke: "#6b7280",
        faded_label: "#4b5563",
        hub_label: "#334155",
        rivalry_hub: "#fde2e2",
        ring: "#b45309",
        ended: "#8b95a5",
        rule: "#9ca3af",
        state_font: Font::StateLarge,
        hub_font: Font::HubLarge,
        dim: 0.3,
        context: 0.7,
        line_floor: 0.45,
    };

    /// The opacity a line of opacity `alpha` is drawn with: the same on screen; lifted
    /// towards full in the themes with a floor, in the same order (a paler line stays
    /// paler).
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::theme::Theme;
    /// assert_eq!(Theme::LIGHT.line_alpha(0.18), 0.18);
    /// assert!(Theme::PRINT.line_alpha(0.1) >= 0.5);
    /// assert_eq!(Theme::PRINT.line_alpha(1.0), 1.0);
    /// ```
    pub fn line_alpha(&self, alpha: f64) -> f64 {
        self.line_floor + (1.0 - self.line_floor) * alpha
    }

    /// The colour of `token` in this theme.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::theme::{Theme, Token};
    /// assert_eq!(Theme::LIGHT.color(Token::Ink), "#1e293b");
    /// assert_eq!(Theme::DARK.color(Token::Domain(0)), Theme::LIGHT.color(Token::Domain(0)));
    /// ```
    pub fn color(&self, token: Token) -> &'static str {
        match token {
            Token::Paper => self.paper,
            Token::Ink => self.ink,
            Token::Muted => self.muted,
            Token::FadedFill => self.faded_fill,
            Token::FadedStroke => self.faded_stroke,
            Token::FadedLabel => self.faded_label,
            Token::HubLabel => self.hub_label,
            Token::RivalryHub => self.rivalry_hub,
            Token::Ring => self.ring,
            Token::Ended => self.ended,
            Token::Rule => self.rule,
            Token::Domain(slot) => palette(slot).color,
        }
    }
}

/// The one family every text of the map is set in (the system's interface font).
pub const FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// A kind of text on the map or a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Font {
    /// A state's name.
    State,
    /// A framework hub's title.
    Hub,
    /// A state's name and a hub's title in the presenter and print themes, read from the
    /// back of a room or on paper held at arm's length.
    StateLarge,
    HubLarge,
    /// A picture's title.
    Title,
    /// The date line under a picture's title.
    Subtitle,
    /// A legend entry.
    Legend,
    /// The sources line.
    Small,
}

impl Font {
    /// Size in pixels, weight, and whether italic.
    pub fn spec(self) -> (f64, u16, bool) {
        match self {
            Font::State => (13.0, 600, false),
            Font::Hub => (12.0, 400, true),
            Font::StateLarge => (20.0, 600, false),
            Font::HubLarge => (18.0, 500, true),
            Font::Title => (18.0, 700, false),
            Font::Subtitle => (13.0, 400, false),
            Font::Legend => (12.0, 400, false),
            Font::Small => (11.0, 400, false),
        }
    }

    pub fn size(self) -> f64 {
        self.spec().0
    }

    /// The CSS `font` shorthand, as a canvas takes it.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::scene::theme::Font;
    /// assert!(Font::Hub.css().starts_with("italic 400 12px system-ui"));
    /// ```
    pub fn css(self) -> String {
        let (size, weight, italic) = self.spec();
        let style = if italic { "italic " } else { "" };
        format!("{style}{weight} {size}px {FAMILY}")
    }
}

/// A fixed-width stand-in for measuring text where no surface can (native tests, and a
/// browser that will not measure): about the width of an average character of the font.
///
/// # Examples
/// ```
/// use alliance_map::scene::theme::{fixed_width, Font};
/// assert_eq!(fixed_width(Font::State, "Japan"), 5.0 * 13.0 * 0.57);
/// ```
pub fn fixed_width(font: Font, text: &str) -> f64 {
    text.chars().count() as f64 * font.size() * 0.57
}

#[cfg(test)]
mod tests;
