//! A period between two dates as a dataset writes it: a member's time in a tie, or a spell
//! in which a state exists. Like a tie, a span runs from the first day of its start period
//! to the last day of its end period, both included, and is open while it has no end.

use super::date::{Date, Day};

/// From `start` to `end` (open when `end` is `None`), each at its own precision.
///
/// # Examples
/// ```
/// use alliance_map::model::{date::Date, span::Span};
/// let d = |s| Date::parse(s).unwrap();
/// let span = Span { start: d("1902-01-30"), end: Some(d("1923-08")) };
/// assert!(!span.contains(d("1902-01-29").first_day()));
/// assert!(span.contains(d("1923-08-31").first_day()));
/// assert_eq!(span.after().unwrap().to_string(), "1 September 1923");
/// assert_eq!(span.in_words(), "30 January 1902 – August 1923");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: Date,
    pub end: Option<Date>,
}

impl Span {
    /// The first day in the span.
    pub fn first_day(&self) -> Day {
        self.start.first_day()
    }

    /// The last day in the span; `None` while it is open.
    pub fn last_day(&self) -> Option<Day> {
        self.end.map(|e| e.last_day())
    }

    /// The first day after the span (the day after its end period); `None` while it is open.
    pub fn after(&self) -> Option<Day> {
        self.last_day().map(|d| Day(d.0 + 1))
    }

    /// Whether `day` lies in the span.
    pub fn contains(&self, day: Day) -> bool {
        self.first_day() <= day && self.last_day().is_none_or(|e| day <= e)
    }

    /// The span in words: "April 2015 – ongoing", or one date when it starts and ends in
    /// the same period.
    pub fn in_words(&self) -> String {
        match &self.end {
            Some(end) if *end == self.start => self.start.in_words(),
            Some(end) => format!("{} – {}", self.start.in_words(), end.in_words()),
            None => format!("{} – ongoing", self.start.in_words()),
        }
    }
}

/// The days two spans share, as the first and the last (`None` for open); `None` when they
/// share none.
///
/// # Examples
/// ```
/// use alliance_map::model::{date::Date, span::{overlap, Span}};
/// let d = |s| Date::parse(s).unwrap();
/// let a = Span { start: d("1902"), end: None };
/// let b = Span { start: d("1900"), end: Some(d("1905-06")) };
/// let (first, last) = overlap(&a, &b).unwrap();
/// assert_eq!((first.to_string(), last.unwrap().to_string()),
///            ("1 January 1902".to_string(), "30 June 1905".to_string()));
/// assert_eq!(overlap(&b, &Span { start: d("1906"), end: None }), None);
/// ```
pub fn overlap(a: &Span, b: &Span) -> Option<(Day, Option<Day>)> {
    let first = a.first_day().max(b.first_day());
    let last = match (a.last_day(), b.last_day()) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    last.is_none_or(|l| first <= l).then_some((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: &str, end: Option<&str>) -> Span {
        Span {
            start: Date::parse(start).unwrap(),
            end: end.map(|e| Date::parse(e).unwrap()),
        }
    }

    fn day(s: &str) -> Day {
        Date::parse(s).unwrap().first_day()
    }

    #[test]
    fn an_open_span_has_no_last_day_and_contains_every_later_day() {
        let s = span("1991-09-06", None);
        assert_eq!(s.last_day(), None);
        assert_eq!(s.after(), None);
        assert!(!s.contains(day("1991-09-05")));
        assert!(s.contains(day("1991-09-06")) && s.contains(day("2500")));
        assert_eq!(s.in_words(), "6 September 1991 – ongoing");
        assert_eq!(span("1815", Some("1815")).in_words(), "1815");
    }

    #[test]
    fn overlaps_are_the_shared_days_both_ends_included() {
        let a = span("1902", Some("1910"));
        let b = span("1910-12-31", None);
        assert_eq!(
            overlap(&a, &b),
            Some((day("1910-12-31"), Some(day("1910-12-31"))))
        );
        assert_eq!(overlap(&b, &a), overlap(&a, &b));
        assert_eq!(overlap(&a, &span("1911", None)), None);
        let open = span("1900", None);
        assert_eq!(overlap(&open, &b), Some((day("1910-12-31"), None)));
    }
}
