//! ATOP's dates: a year, a month and a day in three fields, turned into a [`Date`] that keeps
//! only what is known.
//!
//! The codebook's conventions: a missing day (an empty field, or 0) means the day is unknown,
//! so the date is written `YYYY-MM`; a missing month likewise gives `YYYY` (ATOP has no such
//! case, but the rule is the same). An end whose year is 0 means there is none: the alliance
//! (or the membership) was still in force on 31 December 2018.

use super::error::ErrorKind;
use crate::model::date::Date;

/// A date from ATOP's year, month and day fields, as numbers with 0 for missing.
/// `Ok(None)` when the year is 0 (no date: still in force); then month and day must be 0 too.
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::date::from_fields;
/// assert_eq!(from_fields(1949, 4, 4).unwrap().unwrap().to_string(), "1949-04-04");
/// assert_eq!(from_fields(1844, 6, 0).unwrap().unwrap().to_string(), "1844-06");
/// assert_eq!(from_fields(0, 0, 0).unwrap(), None);
/// assert!(from_fields(1900, 2, 29).is_err());
/// ```
pub fn from_fields(year: u32, month: u32, day: u32) -> Result<Option<Date>, ErrorKind> {
    if year == 0 {
        if month != 0 || day != 0 {
            let m = format!("year 0 (no date) with month {month} and day {day}; expected all 0");
            return Err(ErrorKind::OpenEnd(m));
        }
        return Ok(None);
    }
    let text = match (month, day) {
        (0, 0) => format!("{year:04}"),
        (0, d) => {
            let value = format!("{year:04}-00-{d:02}");
            let reason = "a day without a month".to_string();
            return Err(ErrorKind::BadDate { value, reason });
        }
        (m, 0) => format!("{year:04}-{m:02}"),
        (m, d) => format!("{year:04}-{m:02}-{d:02}"),
    };
    match Date::parse(&text) {
        Ok(date) => Ok(Some(date)),
        Err(e) => Err(ErrorKind::BadDate {
            value: text,
            reason: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Precision;

    #[test]
    fn keeps_the_precision_that_is_known() {
        let day = from_fields(1882, 5, 20).unwrap().unwrap();
        assert_eq!(day.precision(), Precision::Day);
        let month = from_fields(1822, 12, 0).unwrap().unwrap();
        assert_eq!(month.to_string(), "1822-12");
        assert_eq!(month.precision(), Precision::Month);
        let year = from_fields(1815, 0, 0).unwrap().unwrap();
        assert_eq!(year.to_string(), "1815");
    }

    #[test]
    fn year_zero_is_no_date_only_when_all_fields_are_zero() {
        assert_eq!(from_fields(0, 0, 0), Ok(None));
        assert!(matches!(from_fields(0, 3, 0), Err(ErrorKind::OpenEnd(_))));
    }

    #[test]
    fn refuses_dates_that_do_not_exist() {
        assert_eq!(
            from_fields(1949, 13, 1),
            Err(ErrorKind::BadDate {
                value: "1949-13-01".into(),
                reason: "month 13 does not exist (expected 01 to 12)".into()
            })
        );
        assert!(from_fields(1949, 0, 5).is_err());
        assert!(from_fields(1949, 4, 31).is_err());
    }
}
