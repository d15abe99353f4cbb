//! Calendar dates as datasets write them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), keeping their
//! precision. The days they cover are [`Day`]s, plain day counts, which live with the
//! calendar's rules in `date/day.rs`.
//!
//! A date of lower precision covers a whole period: `2015` runs from 1 January to
//! 31 December 2015. [`Date::first_day`] and [`Date::last_day`] give that period's bounds.
//! A date the reader types to move the timeline is checked in `date/typed.rs`.

use std::fmt;

mod day;
mod typed;

pub use day::{days_in_month, Day};
pub use typed::{months_per_key, typed_day, TypedDateError};

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date as written in a dataset, with its precision.
///
/// # Examples
/// ```
/// use alliance_map::model::date::Date;
/// let d = Date::parse("2015-04").unwrap();
/// assert_eq!(d.to_string(), "2015-04");
/// assert_eq!(d.first_day().to_string(), "1 April 2015");
/// assert_eq!(d.last_day().to_string(), "30 April 2015");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    /// 1-12 when known.
    pub month: Option<u8>,
    /// 1-31 when known (only with a month).
    pub day: Option<u8>,
}

/// Why a date string was refused. `Display` says what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Shape,
    /// The month is not 1 to 12.
    Month(u32),
    /// The day does not exist in that month (such as 2021-02-30).
    DayOfMonth { day: u32, days_in_month: u8 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => write!(f, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Month(m) => write!(f, "month {m} does not exist (expected 01 to 12)"),
            DateError::DayOfMonth { day, days_in_month } => {
                write!(
                    f,
                    "day {day} does not exist in that month (it has {days_in_month} days)"
                )
            }
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn digits(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, refusing dates that do not exist.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let mut parts = text.split('-');
        let year = parts
            .next()
            .and_then(|y| digits(y, 4))
            .ok_or(DateError::Shape)? as i32;
        let month = match parts.next() {
            None => None,
            Some(m) => Some(digits(m, 2).ok_or(DateError::Shape)?),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => Some(digits(d, 2).ok_or(DateError::Shape)?),
        };
        if parts.next().is_some() {
            return Err(DateError::Shape);
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(m));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            let dim = days_in_month(year, m as u8);
            if d == 0 || d > dim as u32 {
                return Err(DateError::DayOfMonth {
                    day: d,
                    days_in_month: dim,
                });
            }
        }
        Ok(Date {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day of the period this date names.
    pub fn first_day(&self) -> Day {
        Day::from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day of the period this date names.
    pub fn last_day(&self) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Day::from_civil(self.year, month, day)
    }

    /// The date in words, at its own precision: "2015", "April 2015", "27 April 2015".
    pub fn in_words(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for Date {
    /// The dataset form, `YYYY[-MM[-DD]]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("1967").unwrap().precision(), Precision::Year);
        assert_eq!(
            Date::parse("1967-01").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            Date::parse("1967-01-27").unwrap().precision(),
            Precision::Day
        );
    }

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        for bad in [
            "",
            "67",
            "1967-1",
            "1967-01-1",
            "1967/01/27",
            "1967-01-27-1",
            "year",
            "1967-",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Shape), "{bad:?}");
        }
        assert_eq!(Date::parse("2021-13"), Err(DateError::Month(13)));
        assert_eq!(Date::parse("2021-00"), Err(DateError::Month(0)));
        assert_eq!(
            Date::parse("2021-02-30"),
            Err(DateError::DayOfMonth {
                day: 30,
                days_in_month: 28
            })
        );
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2000-02-29").is_ok());
    }

    #[test]
    fn periods_cover_the_whole_year_or_month() {
        let y = Date::parse("2015").unwrap();
        assert_eq!(
            y.first_day(),
            Date::parse("2015-01-01").unwrap().first_day()
        );
        assert_eq!(y.last_day(), Date::parse("2015-12-31").unwrap().first_day());
        let feb = Date::parse("2024-02").unwrap();
        assert_eq!(feb.last_day().to_civil(), (2024, 2, 29));
    }

    #[test]
    fn words_and_dataset_form() {
        assert_eq!(
            Date::parse("2024-08-14").unwrap().in_words(),
            "14 August 2024"
        );
        assert_eq!(Date::parse("2024-08").unwrap().in_words(), "August 2024");
        assert_eq!(Date::parse("0999").unwrap().to_string(), "0999");
    }
}
