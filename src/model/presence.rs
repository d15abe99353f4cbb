//! Who is there on a day. A tie's members take part within their own dates (the tie's,
//! unless a member has its own), a tie is in force on a day within its dates when at least
//! two members take part then, and a state exists within its spells (always, without any).

use super::dataset::{State, StateIx, Tie};
use super::date::Day;
use super::span::Span;

impl Tie {
    /// The tie's own dates.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }

    /// When the member at position `k` of [`Tie::members`] takes part: one period, or more
    /// for a state that left and came back.
    pub fn member_periods(&self, k: usize) -> Vec<Span> {
        self.member_spans
            .get(k)
            .cloned()
            .unwrap_or_else(|| vec![self.span()])
    }

    /// The members taking part on `day`, in order: none outside the tie's dates, and within
    /// them those whose own dates hold the day.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{dataset::StateIx, date::Date, parse::parse};
    /// # let text = include_str!("../../tests/fixtures/dated.json");
    /// let data = parse("dated.json", text).unwrap();
    /// let day = |s| Date::parse(s).unwrap().first_day();
    /// // From 30 January 1902: Aland, Bland until 17 August 1923, Cland from 1910.
    /// let entente = &data.ties[0];
    /// let on = |s| entente.members_on(day(s)).map(|m| m.0).collect::<Vec<u32>>();
    /// assert!(on("1902-01-29").is_empty());
    /// assert_eq!(on("1905"), [0, 1]);
    /// assert_eq!(on("1915"), [0, 1, 2]);
    /// assert_eq!(on("1923-08-18"), [0, 2]);
    /// ```
    pub fn members_on(&self, day: Day) -> impl Iterator<Item = StateIx> + '_ {
        let within = self.span().contains(day);
        self.members
            .iter()
            .enumerate()
            .filter(move |(k, _)| {
                within
                    && self
                        .member_spans
                        .get(*k)
                        .is_none_or(|periods| periods.iter().any(|s| s.contains(day)))
            })
            .map(|(_, m)| *m)
    }

    /// The members taking part on `day`, or every member when fewer than two do (the tie is
    /// not in force then): the states that bringing the tie forward shows.
    pub fn members_to_show(&self, day: Day) -> Vec<StateIx> {
        if self.is_active(day) {
            self.members_on(day).collect()
        } else {
            self.members.clone()
        }
    }

    /// Whether `state` takes part in the tie on `day`.
    pub fn takes_part(&self, state: StateIx, day: Day) -> bool {
        self.members_on(day).any(|m| m == state)
    }

    /// Whether the tie is in force on `day`: within its dates (from the first day of its start
    /// period to the last day of its end period, both included), with at least two members
    /// taking part that day.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{date::Date, parse::parse};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let day = |s| Date::parse(s).unwrap().first_day();
    /// let tie = &data.ties[0]; // starts "2015", ends "2016-06"
    /// assert!(!tie.is_active(day("2014-12-31")));
    /// assert!(tie.is_active(day("2015-01-01")));
    /// assert!(tie.is_active(day("2016-06-30")));
    /// assert!(!tie.is_active(day("2016-07-01")));
    /// # let text = include_str!("../../tests/fixtures/dated.json");
    /// let data = parse("dated.json", text).unwrap();
    /// // 1915-1935: Aland and Dland until Aland leaves in 1920; Dland alone; Bland from 1934.
    /// let pact = &data.ties[1];
    /// assert!(pact.is_active(day("1920-12-31")));
    /// assert!(!pact.is_active(day("1921-01-01")));
    /// assert!(pact.is_active(day("1934-01-01")));
    /// ```
    pub fn is_active(&self, day: Day) -> bool {
        if self.member_spans.is_empty() {
            self.span().contains(day)
        } else {
            self.members_on(day).nth(1).is_some()
        }
    }

    /// The days on which who takes part may change: the tie's start and the day after its
    /// end, and each member's own (unordered, perhaps repeated).
    pub fn changes(&self) -> impl Iterator<Item = Day> + '_ {
        std::iter::once(self.span())
            .chain(self.member_spans.iter().flatten().copied())
            .flat_map(|s| [Some(s.first_day()), s.after()])
            .flatten()
    }

    /// The stretches of days in which the tie is in force, in order: each from its first day
    /// up to (not including) the day given, or open. Stretches never touch.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{date::Date, parse::parse};
    /// # let text = include_str!("../../tests/fixtures/dated.json");
    /// let data = parse("dated.json", text).unwrap();
    /// let words = |(from, to): (_, Option<alliance_map::model::date::Day>)| {
    ///     format!("{from} to {}", to.map_or("now".to_string(), |d| d.to_string()))
    /// };
    /// let pact: Vec<String> = data.ties[1].in_force().into_iter().map(words).collect();
    /// assert_eq!(pact, ["1 January 1915 to 1 January 1921", "1 January 1934 to 1 January 1936"]);
    /// let entente: Vec<String> = data.ties[0].in_force().into_iter().map(words).collect();
    /// assert_eq!(entente, ["30 January 1902 to now"]);
    /// ```
    pub fn in_force(&self) -> Vec<(Day, Option<Day>)> {
        self.in_force_where(|_| true)
    }

    /// The stretches of days in which the tie is in force and `keep` holds, as
    /// [`Tie::in_force`] gives them. `keep` may depend only on who takes part on the day (it
    /// is asked once per stretch in which that does not change).
    pub fn in_force_where(&self, keep: impl Fn(Day) -> bool) -> Vec<(Day, Option<Day>)> {
        let first = self.start.first_day();
        if self.member_spans.is_empty() {
            return if keep(first) {
                vec![(first, self.span().after())]
            } else {
                Vec::new()
            };
        }
        let mut days: Vec<Day> = self.changes().collect();
        days.sort();
        days.dedup();
        let mut out: Vec<(Day, Option<Day>)> = Vec::new();
        for (k, &from) in days.iter().enumerate() {
            let to = days.get(k + 1).copied();
            if !self.is_active(from) || !keep(from) {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.1 == Some(from) => last.1 = to,
                _ => out.push((from, to)),
            }
        }
        out
    }
}

impl State {
    /// Whether the state exists on `day`: always without spells, else within one of them.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{date::Date, parse::parse};
    /// # let text = include_str!("../../tests/fixtures/dated.json");
    /// let data = parse("dated.json", text).unwrap();
    /// let day = |s| Date::parse(s).unwrap().first_day();
    /// // Bland: 1 January 1816 to 14 June 1930, and from 6 September 1933.
    /// let bland = &data.states[1];
    /// assert!(!bland.exists_on(day("1815-12-31")));
    /// assert!(bland.exists_on(day("1930-06-14")));
    /// assert!(!bland.exists_on(day("1930-06-15")));
    /// assert!(bland.exists_on(day("1933-09-06")));
    /// assert!(data.states[0].exists_on(day("1066"))); // Aland has no spells
    /// ```
    pub fn exists_on(&self, day: Day) -> bool {
        self.spells.is_empty() || self.spells.iter().any(|s| s.contains(day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;
    use crate::model::parse::parse;

    fn dated() -> crate::model::dataset::Dataset {
        parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap()
    }

    fn day(s: &str) -> Day {
        Date::parse(s).unwrap().first_day()
    }

    #[test]
    fn member_spans_take_the_ties_dates_where_a_member_gives_none() {
        let data = dated();
        let pact = &data.ties[1];
        let spans: Vec<String> = (0..3)
            .map(|k| pact.member_periods(k)[0].in_words())
            .collect();
        assert_eq!(spans, ["1915 – 1920", "1915 – 1935", "1934 – 1935"]);
        assert!(data.ties.iter().all(|t| t.member_spans.len() == 3));
        let plain = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        assert!(plain.ties.iter().all(|t| t.member_spans.is_empty()));
        assert_eq!(plain.ties[0].member_periods(1), [plain.ties[0].span()]);
    }

    #[test]
    fn a_tie_with_one_member_taking_part_is_not_in_force() {
        let data = dated();
        let pact = &data.ties[1];
        let d = day("1925");
        assert!(pact.span().contains(d));
        assert_eq!(pact.members_on(d).collect::<Vec<_>>(), [StateIx(3)]);
        assert!(!pact.is_active(d));
        assert!(pact.takes_part(StateIx(3), d) && !pact.takes_part(StateIx(0), d));
        assert_eq!(pact.members_to_show(d), pact.members);
        assert_eq!(pact.members_to_show(day("1934")), [StateIx(3), StateIx(1)]);
        assert!(!pact.is_active(day("1936-01-01")));
        assert_eq!(pact.members_on(day("1936-01-01")).count(), 0);
        let ids = |d| {
            data.ties_of(StateIx(0), d)
                .map(|(_, t)| t.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(day("1920")), ["entente", "pact"]);
        assert_eq!(ids(day("1921")), ["entente"]);
        assert_eq!(data.member_names_on(pact, day("1935")), ["Dland", "Bland"]);
    }

    #[test]
    fn stretches_in_force_agree_with_every_day() {
        let data = dated();
        for tie in &data.ties {
            let stretches = tie.in_force();
            for n in day("1900").0..day("1940").0 {
                let d = Day(n);
                let inside = stretches
                    .iter()
                    .any(|(from, to)| *from <= d && to.is_none_or(|t| d < t));
                assert_eq!(inside, tie.is_active(d), "{} on {d}", tie.id);
            }
        }
    }

    #[test]
    fn a_state_without_spells_always_exists() {
        let data = dated();
        let dland = &data.states[3];
        assert!(dland.spells.is_empty());
        assert!(dland.exists_on(day("0001")) && dland.exists_on(day("9999")));
        let cland = &data.states[2];
        assert!(!cland.exists_on(day("1899-12-31")) && cland.exists_on(day("2024")));
    }
}
