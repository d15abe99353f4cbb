//! A tie's summary: plain sentences from the coded data only, namely the phase, the
//! obligations, the number of members, the dates, who joined late or left early, and
//! whether the obligations differ between members.

use super::members::Member;
use super::output::State;
use super::records::Phase;
use super::text::{article, count, list};
use crate::model::date::{Date, Precision};
use std::collections::BTreeMap;

/// At most this many states are named in a sentence; more are counted.
const NAMED: usize = 3;

/// The summary of `phase`, whose members are `members`, named through `states`.
pub fn summary(phase: &Phase, members: &[Member], states: &BTreeMap<u32, State>) -> String {
    let name = |m: &Member| states.get(&m.ccode).map_or("?", |s| s.name.as_str());
    let words = phase.obligations.in_words();
    let mut first = format!(
        "{} pact of {}, from {}",
        words,
        count(members.len(), "state"),
        phase.start.in_words()
    );
    match phase.end {
        Some(end) => first += &format!(" to {}.", end.in_words()),
        None => first += "; still in force at the end of 2018.",
    }
    let first = if phase.maxphase > 0 {
        let a = article(&words).to_lowercase();
        format!("Phase {} of {}: {a} {first}", phase.phase, phase.maxphase)
    } else {
        format!("{} {first}", article(&words))
    };

    let joined: Vec<&str> = members
        .iter()
        .filter(|m| m.entry != phase.start)
        .map(name)
        .collect();
    let left: Vec<&str> = members
        .iter()
        .filter(|m| m.exit.is_some() && m.exit != phase.end)
        .map(name)
        .collect();
    let mut changes = Vec::new();
    if !joined.is_empty() {
        changes.push(format!("{} joined later", names_or_count(&joined)));
    }
    if !left.is_empty() {
        changes.push(format!("{} left early", names_or_count(&left)));
    }
    for m in members {
        for (out, back) in &m.gaps {
            changes.push(format!(
                "{} left {} and came back {}",
                name(m),
                on(*out),
                on(*back)
            ));
        }
    }

    let mut text = first;
    if !changes.is_empty() {
        text += &format!(" {}.", changes.join("; "));
    }
    if members.iter().any(|m| m.obligations != phase.obligations) {
        text += " Not every member takes on every obligation.";
    }
    text
}

/// "on 22 May 1989", "in May 1992", "in 1992".
fn on(date: Date) -> String {
    match date.precision() {
        Precision::Day => format!("on {}", date.in_words()),
        _ => format!("in {}", date.in_words()),
    }
}

fn names_or_count(names: &[&str]) -> String {
    if names.len() <= NAMED {
        list(names)
    } else {
        count(names.len(), "state")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::atop::obligation::{Obligation, Obligations};

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn state(name: &str) -> State {
        State {
            id: name.to_uppercase(),
            name: name.into(),
            region: "Europe",
            spells: vec![],
        }
    }

    fn member(ccode: u32, entry: &str, exit: Option<&str>, o: Obligations) -> Member {
        Member {
            ccode,
            entry: date(entry),
            exit: exit.map(date),
            gaps: vec![],
            obligations: o,
        }
    }

    #[test]
    fn says_what_when_how_many_and_who_changed() {
        use Obligation::*;
        let all = Obligations::default()
            .with(Defense)
            .with(Offense)
            .with(Neutrality);
        let some = Obligations::default().with(Defense).with(Neutrality);
        let phase = Phase {
            atopid: 1350,
            phase: 4,
            maxphase: 4,
            start: date("1913-08-02"),
            end: Some(date("1918-11-03")),
            obligations: all,
            text: String::new(),
        };
        let members = [
            member(255, "1913-08-02", Some("1918-11-03"), all),
            member(300, "1913-08-02", Some("1918-11-03"), some),
            member(325, "1913-08-02", Some("1915-05-23"), some),
        ];
        let states = BTreeMap::from([
            (255, state("Germany")),
            (300, state("Austria-Hungary")),
            (325, state("Italy")),
        ]);
        assert_eq!(
            summary(&phase, &members, &states),
            "Phase 4 of 4: a defense, offense and neutrality pact of 3 states, from 2 August 1913 \
             to 3 November 1918. Italy left early. Not every member takes on every obligation."
        );
    }

    #[test]
    fn open_pacts_unknown_days_and_returns() {
        let o = Obligations::default().with(Obligation::Offense);
        let phase = Phase {
            atopid: 1,
            phase: 0,
            maxphase: 0,
            start: date("1844-06"),
            end: None,
            obligations: o,
            text: String::new(),
        };
        let mut back = member(2, "1844-06", None, o);
        back.gaps.push((date("1979-03"), date("1989-05-22")));
        let members = [back, member(3, "1850", None, o)];
        let states = BTreeMap::from([(2, state("Aland")), (3, state("Bland"))]);
        assert_eq!(
            summary(&phase, &members, &states),
            "An offense pact of 2 states, from June 1844; still in force at the end of 2018. \
             Bland joined later; Aland left in March 1979 and came back on 22 May 1989."
        );
    }
}
