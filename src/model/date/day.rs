//! [`Day`], a plain count of days that the timeline compares and the slider moves, and the
//! civil calendar it converts to and from: the proleptic Gregorian calendar, its leap years
//! and month lengths. Dates as datasets write them, with their precision, are in the parent
//! module.

use std::fmt;

use super::Date;

/// A day, counted from 1970-01-01 (day 0) in the proleptic Gregorian calendar.
///
/// # Examples
/// ```
/// use alliance_map::model::date::Day;
/// assert_eq!(Day::from_civil(1970, 1, 2), Day(1));
/// assert_eq!(Day(-1).to_civil(), (1969, 12, 31));
/// assert_eq!(Day::from_civil(2024, 8, 14).to_string(), "14 August 2024");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Day(pub i32);

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (1-12) of a year.
///
/// # Examples
/// ```
/// use alliance_map::model::date::days_in_month;
/// assert_eq!(days_in_month(2024, 2), 29);
/// assert_eq!(days_in_month(1900, 2), 28);
/// assert_eq!(days_in_month(2021, 4), 30);
/// ```
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// The day of a civil date (month 1-12, day 1-31).
    pub fn from_civil(year: i32, month: u8, day: u8) -> Day {
        // Days from civil, after the well-known era-based algorithm (400-year eras).
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// The civil date of this day, as (year, month 1-12, day 1-31).
    pub fn to_civil(self) -> (i32, u8, u8) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        (y, m, d)
    }

    /// The same day of the month `months` months later (earlier when negative), or that
    /// month's last day when it is shorter: a month or a year per step of the slider.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::date::Day;
    /// let d = Day::from_civil(2024, 1, 31);
    /// assert_eq!(d.add_months(1).to_civil(), (2024, 2, 29));
    /// assert_eq!(d.add_months(-12).to_civil(), (2023, 1, 31));
    /// ```
    pub fn add_months(self, months: i32) -> Day {
        let (y, m, d) = self.to_civil();
        let index = y * 12 + (m as i32 - 1) + months;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        Day::from_civil(year, month, d.min(days_in_month(year, month)))
    }

    /// This day as a full-precision [`Date`].
    pub fn to_date(self) -> Date {
        let (year, m, d) = self.to_civil();
        Date {
            year,
            month: Some(m),
            day: Some(d),
        }
    }
}

impl fmt::Display for Day {
    /// The day in words: "14 August 2024".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_date().in_words())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_count_round_trips_and_matches_the_epoch() {
        assert_eq!(Day::from_civil(1970, 1, 1), Day(0));
        assert_eq!(Day::from_civil(2000, 3, 1), Day(11_017));
        assert_eq!(Day::from_civil(1815, 6, 18).to_civil(), (1815, 6, 18));
        for n in (-80_000..40_000).step_by(37) {
            let (y, m, d) = Day(n).to_civil();
            assert_eq!(Day::from_civil(y, m, d), Day(n));
        }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert_eq!(days_in_month(2020, 2), 29);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2021, 2), 28);
        assert_eq!(days_in_month(2021, 12), 31);
    }

    #[test]
    fn months_and_years_step_to_the_same_day_or_the_month_end() {
        let d = |y, m, d| Day::from_civil(y, m, d);
        assert_eq!(d(1985, 6, 1).add_months(1), d(1985, 7, 1));
        assert_eq!(d(1985, 12, 15).add_months(1), d(1986, 1, 15));
        assert_eq!(d(1985, 1, 15).add_months(-1), d(1984, 12, 15));
        assert_eq!(d(1985, 3, 31).add_months(1), d(1985, 4, 30));
        assert_eq!(d(2024, 2, 29).add_months(12), d(2025, 2, 28));
        assert_eq!(d(2024, 2, 29).add_months(-48), d(2020, 2, 29));
        assert_eq!(d(1985, 6, 1).add_months(0), d(1985, 6, 1));
    }

    #[test]
    fn days_in_words() {
        assert_eq!(Day::from_civil(2021, 1, 15).to_string(), "15 January 2021");
    }
}
