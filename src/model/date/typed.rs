//! A date the reader types to move the timeline to: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, which
//! must exist and fall within the timeline's span. A year or a month means its first day;
//! a year or month that begins before the span but reaches into it means the span's first
//! day, so that the timeline's own first year can be typed.
//!
//! The slider moves a day per arrow key; with Shift a month, and with Ctrl (or ⌘) a year
//! ([`months_per_key`]).

use std::fmt;

use super::{Date, DateError, Day};

/// Why a typed date cannot be applied. `Display` says what was typed wrong and what would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypedDateError {
    /// Nothing was typed.
    Empty,
    /// Not a date that exists (its own message says why).
    Date(DateError),
    /// The whole period typed ends before the timeline's first day.
    Before { first: Day },
    /// The period typed begins after the timeline's last day.
    After { last: Day },
}

impl fmt::Display for TypedDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypedDateError::Empty => write!(f, "Type a date as YYYY, YYYY-MM or YYYY-MM-DD."),
            TypedDateError::Date(DateError::Shape) => {
                write!(
                    f,
                    "Type a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 1985-06-01."
                )
            }
            TypedDateError::Date(e) => write!(f, "No such date: {e}."),
            TypedDateError::Before { first } => {
                write!(f, "That is before the timeline begins, on {first}.")
            }
            TypedDateError::After { last } => {
                write!(f, "That is after the timeline ends, on {last}.")
            }
        }
    }
}

/// The day that `text` names within the timeline from `first` to `last`.
///
/// # Examples
/// ```
/// use alliance_map::model::date::{typed_day, Day, TypedDateError};
/// let (first, last) = (Day::from_civil(1950, 3, 1), Day::from_civil(2020, 12, 31));
/// assert_eq!(typed_day("1985-06", first, last), Ok(Day::from_civil(1985, 6, 1)));
/// assert_eq!(typed_day("1950", first, last), Ok(first));
/// assert_eq!(typed_day("2021", first, last), Err(TypedDateError::After { last }));
/// ```
pub fn typed_day(text: &str, first: Day, last: Day) -> Result<Day, TypedDateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(TypedDateError::Empty);
    }
    let date = Date::parse(text).map_err(TypedDateError::Date)?;
    if date.last_day() < first {
        return Err(TypedDateError::Before { first });
    }
    if date.first_day() > last {
        return Err(TypedDateError::After { last });
    }
    Ok(date.first_day().max(first))
}

/// How many months an arrow key moves the slider with the modifiers held: Shift for a
/// month, Ctrl or ⌘ for a year; `None` for any other key or a plain arrow (the slider's own
/// step of a day). Alt is left alone: with an arrow it is the browser's Back and Forward.
///
/// # Examples
/// ```
/// use alliance_map::model::date::months_per_key;
/// assert_eq!(months_per_key("ArrowRight", true, false), Some(1));
/// assert_eq!(months_per_key("ArrowDown", false, true), Some(-12));
/// assert_eq!(months_per_key("ArrowLeft", false, false), None);
/// ```
pub fn months_per_key(key: &str, shift: bool, ctrl_or_meta: bool) -> Option<i32> {
    let sign = match key {
        "ArrowRight" | "ArrowUp" => 1,
        "ArrowLeft" | "ArrowDown" => -1,
        _ => return None,
    };
    if ctrl_or_meta {
        Some(12 * sign)
    } else if shift {
        Some(sign)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span() -> (Day, Day) {
        (Day::from_civil(1957, 10, 4), Day::from_civil(2024, 6, 30))
    }

    fn typed(text: &str) -> Result<Day, TypedDateError> {
        let (first, last) = span();
        typed_day(text, first, last)
    }

    #[test]
    fn each_precision_means_its_first_day() {
        assert_eq!(typed("1985"), Ok(Day::from_civil(1985, 1, 1)));
        assert_eq!(typed("1985-06"), Ok(Day::from_civil(1985, 6, 1)));
        assert_eq!(typed(" 1985-06-12 "), Ok(Day::from_civil(1985, 6, 12)));
        assert_eq!(typed("2024-06-30"), Ok(span().1));
    }

    #[test]
    fn periods_reaching_into_the_span_start_at_its_first_day() {
        assert_eq!(typed("1957"), Ok(span().0));
        assert_eq!(typed("1957-10"), Ok(span().0));
        assert_eq!(typed("2024"), Ok(Day::from_civil(2024, 1, 1)));
    }

    #[test]
    fn refuses_what_does_not_exist_or_lies_outside() {
        let (first, last) = span();
        assert_eq!(typed(""), Err(TypedDateError::Empty));
        assert_eq!(
            typed("June 1985"),
            Err(TypedDateError::Date(DateError::Shape))
        );
        assert_eq!(
            typed("1985-13"),
            Err(TypedDateError::Date(DateError::Month(13)))
        );
        assert_eq!(
            typed("1985-04-31"),
            Err(TypedDateError::Date(DateError::DayOfMonth {
                day: 31,
                days_in_month: 30
            }))
        );
        assert_eq!(typed("1957-10-03"), Err(TypedDateError::Before { first }));
        assert_eq!(typed("1956"), Err(TypedDateError::Before { first }));
        assert_eq!(typed("2024-07"), Err(TypedDateError::After { last }));
    }

    #[test]
    fn modified_arrows_step_a_month_or_a_year() {
        assert_eq!(months_per_key("ArrowUp", true, false), Some(1));
        assert_eq!(months_per_key("ArrowLeft", true, false), Some(-1));
        assert_eq!(months_per_key("ArrowRight", true, true), Some(12));
        assert_eq!(months_per_key("ArrowLeft", false, true), Some(-12));
        assert_eq!(months_per_key("ArrowRight", false, false), None);
        assert_eq!(months_per_key("PageUp", true, false), None);
    }

    #[test]
    fn messages_say_what_would_do() {
        assert_eq!(
            typed("1985-13").unwrap_err().to_string(),
            "No such date: month 13 does not exist (expected 01 to 12)."
        );
        assert_eq!(
            typed("1956").unwrap_err().to_string(),
            "That is before the timeline begins, on 4 October 1957."
        );
        assert_eq!(
            typed("85").unwrap_err().to_string(),
            "Type a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 1985-06-01."
        );
    }
}
