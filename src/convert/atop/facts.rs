//! A tie's short name and its facts in words, shown above the verbatim source row: which
//! alliance and treaty, the obligations, the signatories, and the dates of signature and of
//! the end (the phase's own dates are the tie's).

use super::names::Name;
use super::output::Fact;
use super::records::Phase;
use super::text::list;
use crate::model::date::Date;

/// What a phase's tie needs to know of its whole alliance.
#[derive(Debug, Clone)]
pub struct Alliance<'a> {
    /// The common name, where the table of names has one.
    pub name: Option<&'a Name>,
    /// The date of signature (the alliance's first day in ATOP).
    pub signed: Date,
    /// The names of the states in the first phase from its first day.
    pub signatories: Vec<&'a str>,
    /// The last phase's end; `None` while in force at the end of 2018.
    pub end: Option<Date>,
}

const STILL: &str = "not by the end of 2018 (ATOP's last year)";

/// The tie's short name: the common name or the ATOP id, with the phase where there are
/// several.
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::facts::short_name;
/// assert_eq!(short_name(3180, 2, 2, Some("NATO (North Atlantic Treaty)")), "NATO (North Atlantic Treaty), phase 2");
/// assert_eq!(short_name(3285, 0, 0, None), "ATOP 3285");
/// ```
pub fn short_name(atopid: u32, phase: u32, maxphase: u32, name: Option<&str>) -> String {
    let base = match name {
        Some(n) => n.to_string(),
        None => format!("ATOP {atopid}"),
    };
    if maxphase > 0 {
        format!("{base}, phase {phase}")
    } else {
        base
    }
}

/// The facts of `phase` of `alliance`, in words.
pub fn facts(phase: &Phase, alliance: &Alliance) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut fact = |label, value| out.push(Fact { label, value });
    let id = if phase.maxphase > 0 {
        format!(
            "alliance {}, phase {} of {}",
            phase.atopid, phase.phase, phase.maxphase
        )
    } else {
        format!("alliance {}", phase.atopid)
    };
    fact("ATOP", id);
    if let Some(n) = alliance.name {
        let place = if n.place.is_empty() {
            String::new()
        } else {
            format!(", {}", n.place)
        };
        fact("Treaty", format!("{}{place}", n.title));
    }
    fact("Obligations", phase.obligations.in_words());
    fact("Signatories", list(&alliance.signatories));
    fact("Signed", alliance.signed.in_words());
    fact(
        "Ended",
        alliance.end.map_or(STILL.to_string(), |e| e.in_words()),
    );
    if let Some(n) = alliance.name {
        fact("Name from", n.reference.clone());
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::convert::atop::obligation::{Obligation, Obligations};
    use std::collections::BTreeSet;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// NATO's second phase, as ATOP codes it, with `obligations` and the row `text`.
    pub(crate) fn nato_phase_2(obligations: Obligations, text: &str) -> Phase {
        Phase {
            atopid: 3180,
            phase: 2,
            maxphase: 2,
            start: date("1951-06-19"),
            end: None,
            obligations,
            text: text.into(),
        }
    }

    #[test]
    fn names_the_treaty_obligations_signatories_and_dates() {
        let o = Obligations::default()
            .with(Obligation::Defense)
            .with(Obligation::Consultation);
        let phase = nato_phase_2(o, "");
        let name = Name {
            atopid: 3180,
            name: "NATO (North Atlantic Treaty)".into(),
            title: "North Atlantic Treaty".into(),
            place: "Washington".into(),
            signed: date("1949-04-04"),
            signatories: BTreeSet::from([2, 20]),
            reference: "Gibler 2009".into(),
            line: 2,
        };
        let alliance = Alliance {
            name: Some(&name),
            signed: date("1949-04-04"),
            signatories: vec!["United States of America", "Canada"],
            end: None,
        };
        let got: Vec<(&str, String)> = facts(&phase, &alliance)
            .into_iter()
            .map(|f| (f.label, f.value))
            .collect();
        let want = [
            ("ATOP", "alliance 3180, phase 2 of 2"),
            ("Treaty", "North Atlantic Treaty, Washington"),
            ("Obligations", "defense and consultation"),
            ("Signatories", "United States of America and Canada"),
            ("Signed", "4 April 1949"),
            ("Ended", "not by the end of 2018 (ATOP's last year)"),
            ("Name from", "Gibler 2009"),
        ];
        let want: Vec<(&str, String)> = want.iter().map(|(l, v)| (*l, v.to_string())).collect();
        assert_eq!(got, want);
    }
}
