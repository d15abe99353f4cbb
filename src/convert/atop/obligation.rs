//! ATOP's five primary obligations (codebook 1.51): defense, offense, neutrality,
//! non-aggression and consultation. Each becomes a domain of the dataset, and the strongest
//! one a tie has names its kind.
//!
//! Strength, from strongest: **defense**, **offense** (both promise active military support;
//! defense, the promise to fight if an ally is attacked, is the one ATOP lists first and the
//! one most pacts with an offense promise also hold), **neutrality** (stay out of an ally's
//! war and give its enemy no help), **consultation** (consult in a crisis with the aim of a
//! joint response), **non-aggression** (only not to attack one another; ATOP notes that such
//! pacts fit its concept of alliance least well, section 1.2).

/// One of the five obligations, in ATOP's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Obligation {
    Defense,
    Offense,
    Neutrality,
    NonAggression,
    Consultation,
}

impl Obligation {
    /// All five, in ATOP's order (the order of the dataset's domains).
    pub const ALL: [Obligation; 5] = [
        Obligation::Defense,
        Obligation::Offense,
        Obligation::Neutrality,
        Obligation::NonAggression,
        Obligation::Consultation,
    ];

    /// The ATOP column that codes it (1 = promised).
    pub fn column(self) -> &'static str {
        match self {
            Obligation::Defense => "defense",
            Obligation::Offense => "offense",
            Obligation::Neutrality => "neutral",
            Obligation::NonAggression => "nonagg",
            Obligation::Consultation => "consul",
        }
    }

    /// The domain id in the dataset.
    pub fn id(self) -> &'static str {
        match self {
            Obligation::Defense => "defense",
            Obligation::Offense => "offense",
            Obligation::Neutrality => "neutrality",
            Obligation::NonAggression => "nonaggression",
            Obligation::Consultation => "consultation",
        }
    }

    /// The word in prose: "a defense pact", "a non-aggression pact".
    pub fn word(self) -> &'static str {
        match self {
            Obligation::Defense => "defense",
            Obligation::Offense => "offense",
            Obligation::Neutrality => "neutrality",
            Obligation::NonAggression => "non-aggression",
            Obligation::Consultation => "consultation",
        }
    }

    /// The domain label: the word with a capital.
    pub fn label(self) -> &'static str {
        match self {
            Obligation::Defense => "Defense",
            Obligation::Offense => "Offense",
            Obligation::Neutrality => "Neutrality",
            Obligation::NonAggression => "Non-aggression",
            Obligation::Consultation => "Consultation",
        }
    }

    /// 0 for the strongest; see the module documentation.
    fn rank(self) -> u8 {
        match self {
            Obligation::Defense => 0,
            Obligation::Offense => 1,
            Obligation::Neutrality => 2,
            Obligation::Consultation => 3,
            Obligation::NonAggression => 4,
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of obligations.
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::obligation::{Obligation, Obligations};
/// let nato = Obligations::default()
///     .with(Obligation::Consultation)
///     .with(Obligation::Defense)
///     .with(Obligation::NonAggression);
/// assert_eq!(nato.in_words(), "defense, non-aggression and consultation");
/// assert_eq!(nato.kind().unwrap(), "defense pact");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Obligations(u8);

impl Obligations {
    /// This set with `o` added.
    pub fn with(self, o: Obligation) -> Obligations {
        Obligations(self.0 | o.bit())
    }

    /// Both sets together.
    pub fn union(self, other: Obligations) -> Obligations {
        Obligations(self.0 | other.0)
    }

    pub fn contains(self, o: Obligation) -> bool {
        self.0 & o.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The obligations in the set, in ATOP's order.
    pub fn iter(self) -> impl Iterator<Item = Obligation> {
        Obligation::ALL
            .into_iter()
            .filter(move |o| self.contains(*o))
    }

    /// The strongest obligation in the set.
    pub fn strongest(self) -> Option<Obligation> {
        self.iter().min_by_key(|o| o.rank())
    }

    /// The tie's kind: the strongest obligation's pact ("defense pact").
    pub fn kind(self) -> Option<String> {
        self.strongest().map(|o| format!("{} pact", o.word()))
    }

    /// The obligations as a list in words: "defense, non-aggression and consultation".
    pub fn in_words(self) -> String {
        let words: Vec<&str> = self.iter().map(Obligation::word).collect();
        super::text::list(&words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(os: &[Obligation]) -> Obligations {
        os.iter().fold(Obligations::default(), |s, o| s.with(*o))
    }

    #[test]
    fn the_kind_is_the_strongest_obligation() {
        use Obligation::*;
        assert_eq!(set(&[Offense, Defense]).kind().unwrap(), "defense pact");
        assert_eq!(set(&[Offense, Neutrality]).kind().unwrap(), "offense pact");
        assert_eq!(
            set(&[NonAggression, Neutrality]).kind().unwrap(),
            "neutrality pact"
        );
        assert_eq!(
            set(&[NonAggression, Consultation]).kind().unwrap(),
            "consultation pact"
        );
        assert_eq!(set(&[NonAggression]).kind().unwrap(), "non-aggression pact");
        assert_eq!(set(&[]).kind(), None);
    }

    #[test]
    fn lists_in_atop_order() {
        use Obligation::*;
        let s = set(&[Consultation, Neutrality, Defense]);
        let ids: Vec<&str> = s.iter().map(Obligation::id).collect();
        assert_eq!(ids, ["defense", "neutrality", "consultation"]);
        assert_eq!(set(&[Offense]).in_words(), "offense");
        assert_eq!(set(&[Offense, Defense]).in_words(), "defense and offense");
        assert!(set(&[]).is_empty());
        assert_eq!(
            set(&[Defense]).union(set(&[Offense])),
            set(&[Defense, Offense])
        );
    }
}
