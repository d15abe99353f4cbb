//! Finding states and ties by what they are called, for the search box. A state matches
//! by its name or code, a tie by its title or its short name (ATOP's "NATO (North Atlantic
//! Treaty), phase 2"), without regard to case; a match at the start comes first, then one
//! at the start of a word, then one inside a word. The phases of one alliance are offered
//! once, by the phase in force on the date shown, or else the nearest in time; picking a
//! tie moves the date to a day it is in force ([`day_to_show`]).

use std::collections::BTreeMap;

use crate::model::dataset::{Dataset, StateIx, Tie, TieIx};
use crate::model::date::Day;

/// Most states suggested at once.
pub const STATES: usize = 8;
/// Most ties suggested at once.
pub const TIES: usize = 8;

/// A suggestion: a state or a tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    State(StateIx),
    Tie(TieIx),
}

/// What matches `query` on `day`: the [`states`], then the [`ties`].
pub fn find(data: &Dataset, query: &str, day: Day) -> Vec<Found> {
    let states = states(data, query).into_iter().map(Found::State);
    states
        .chain(ties(data, query, day).into_iter().map(Found::Tie))
        .collect()
}

/// How `text` (lowercase) holds `query` (lowercase, not empty): 0 at its start, 1 at the
/// start of a word, 2 inside a word; `None` when it does not.
fn rank(text: &str, query: &str) -> Option<u8> {
    text.match_indices(query)
        .map(|(at, _)| match text[..at].chars().next_back() {
            None => 0,
            Some(c) if !c.is_alphanumeric() => 1,
            Some(_) => 2,
        })
        .min()
}

/// The query as matched: trimmed and lowercase; `None` when nothing is left.
fn normal(query: &str) -> Option<String> {
    let q = query.trim().to_lowercase();
    (!q.is_empty()).then_some(q)
}

/// States matching `query`, at most [`STATES`]: names or codes that start with it first,
/// then names with a word that starts with it, then names containing it, each group in
/// alphabetical order.
///
/// # Examples
/// ```
/// use alliance_map::{model::parse::parse, scene::search::states};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let names = |q| states(&data, q).iter().map(|s| data.state(*s).name.clone()).collect::<Vec<_>>();
/// assert_eq!(names("bla"), ["Bland"]);
/// assert!(names("  ").is_empty());
/// ```
pub fn states(data: &Dataset, query: &str) -> Vec<StateIx> {
    let Some(q) = normal(query) else {
        return Vec::new();
    };
    let mut found: Vec<(u8, &str, StateIx)> = data
        .states
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let by_code = (s.id.to_lowercase() == q).then_some(0);
            let r = by_code.or_else(|| rank(&s.name.to_lowercase(), &q))?;
            Some((r, s.name.as_str(), StateIx(i as u32)))
        })
        .collect();
    found.sort();
    found.into_iter().take(STATES).map(|(.., s)| s).collect()
}

/// What a tie is called in a list: its short name, or else its title.
pub fn tie_label(tie: &Tie) -> &str {
    tie.name.as_deref().unwrap_or(&tie.title)
}

/// The alliance a tie is a phase of: its short name without the ", phase N" that the ATOP
/// conversion gives each phase, or its title when it has no short name.
fn family(tie: &Tie) -> &str {
    let Some(name) = tie.name.as_deref() else {
        return &tie.title;
    };
    match name.rsplit_once(", phase ") {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => name,
    }
}

/// The day nearest to `day` on which `tie` is in force: `day` itself when it is, else the
/// first day of a later period in force or the last day of an earlier one, whichever is
/// nearer (the earlier when both are as near); `None` if the tie is never in force.
///
/// # Examples
/// ```
/// use alliance_map::{model::{date::{Date, Day}, parse::parse}, scene::search::day_to_show};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let tie = &data.ties[0];
/// let start = tie.start.first_day();
/// assert_eq!(day_to_show(tie, Day(start.0 - 400)), Some(start));
/// assert_eq!(day_to_show(tie, start), Some(start));
/// ```
pub fn day_to_show(tie: &Tie, day: Day) -> Option<Day> {
    if tie.is_active(day) {
        return Some(day);
    }
    // Periods in force begin and end where who takes part changes.
    tie.changes()
        .flat_map(|c| [c, Day(c.0 - 1)])
        .filter(|d| tie.is_active(*d))
        .min_by_key(|d| (d.0.abs_diff(day.0), d.0))
}

/// A tie found: how well it matched, how many days from the date shown it is in force, and
/// what it is called.
struct Candidate<'a> {
    rank: u8,
    away: u32,
    label: String,
    tie: TieIx,
    family: &'a str,
}

/// Ties matching `query` on `day`, at most [`TIES`]: by their short name or their title,
/// one per alliance (the phase in force on `day`, or else the nearest in time); better
/// matches first, then those in force on `day` or nearest to it, then alphabetically.
pub fn ties(data: &Dataset, query: &str, day: Day) -> Vec<TieIx> {
    let Some(q) = normal(query) else {
        return Vec::new();
    };
    let mut families: BTreeMap<&str, Candidate> = BTreeMap::new();
    for (ix, tie) in data.tie_ixs() {
        let by_name = tie
            .name
            .as_deref()
            .and_then(|n| rank(&n.to_lowercase(), &q));
        let Some(r) = by_name
            .into_iter()
            .chain(rank(&tie.title.to_lowercase(), &q))
            .min()
        else {
            continue;
        };
        let away = day_to_show(tie, day).map_or(u32::MAX, |d| d.0.abs_diff(day.0));
        let found = Candidate {
            rank: r,
            away,
            label: tie_label(tie).to_lowercase(),
            tie: ix,
            family: family(tie),
        };
        match families.get_mut(found.family) {
            None => {
                families.insert(found.family, found);
            }
            Some(kept) => {
                let rank = kept.rank.min(found.rank);
                if (found.away, found.tie) < (kept.away, kept.tie) {
                    *kept = found;
                }
                kept.rank = rank;
            }
        }
    }
    let mut found: Vec<Candidate> = families.into_values().collect();
    found.sort_by(|a, b| (a.rank, a.away, &a.label, a.tie).cmp(&(b.rank, b.away, &b.label, b.tie)));
    found.into_iter().take(TIES).map(|c| c.tie).collect()
}

#[cfg(test)]
mod tests;
