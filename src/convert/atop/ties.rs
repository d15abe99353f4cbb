//! One tie per alliance phase: its id, title, members, domains, kind, dates, summary and the
//! verbatim citation of its row in the phase file.
//!
//! Ids are `atop-3180` for an alliance with a single phase (ATOP's phase 0) and
//! `atop-1350-p1` ... `atop-1350-p4` for every phase of one that has several.

use super::error::{Error, ErrorKind};
use super::facts::{facts, short_name, Alliance};
use super::members::Member as Membership;
use super::output::{Citation, Member, State, Tie};
use super::records::Phase;
use super::summary::summary;
use super::text::short_list;
use std::collections::BTreeMap;

/// The id of ATOP's source document in the dataset.
pub const SOURCE_ID: &str = "atop-5.1";

/// Quotes are cut at a field boundary to at most this many characters.
pub const QUOTE_MAX: usize = 200;

/// The tie id of a phase.
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::ties::tie_id;
/// assert_eq!(tie_id(3285, 0), "atop-3285");
/// assert_eq!(tie_id(3180, 2), "atop-3180-p2");
/// ```
pub fn tie_id(atopid: u32, phase: u32) -> String {
    if phase == 0 {
        format!("atop-{atopid}")
    } else {
        format!("atop-{atopid}-p{phase}")
    }
}

/// The start of a CSV line, cut after the last field that fits in `max` characters, without
/// the empty fields at its end: always a prefix of the line.
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::ties::quote;
/// assert_eq!(quote("3180,,,2,0,1949", 12), "3180,,,2,0");
/// assert_eq!(quote("1005,1005,,,1815,,,", 200), "1005,1005,,,1815");
/// ```
pub fn quote(line: &str, max: usize) -> &str {
    let mut end = 0;
    for (i, _) in line.match_indices(',').chain([(line.len(), "")]) {
        if i > max {
            break;
        }
        end = i;
    }
    line[..end].trim_end_matches(',')
}

/// The tie for `phase` of `alliance`, with `members` (from [`super::members::members`])
/// named by `states`. Its title names the members on the phase's first day; the app names
/// those taking part on the date it shows, after the short `name`.
pub fn tie(
    phase: &Phase,
    alliance: &Alliance,
    members: &[Membership],
    states: &BTreeMap<u32, State>,
) -> Result<Tie, Error> {
    let (atopid, number) = (phase.atopid, phase.phase);
    if members.len() < 2 {
        let kind = ErrorKind::TooFewMembers {
            atopid,
            phase: number,
            found: members.len(),
        };
        return Err(Error::new("atop5_1m.csv", kind));
    }
    let Some(kind) = phase.obligations.kind() else {
        let kind = ErrorKind::NoObligation {
            atopid,
            phase: number,
        };
        return Err(Error::new("atop5_1aph.csv", kind));
    };
    let state = |ccode: u32| match states.get(&ccode) {
        Some(s) => Ok(s),
        None => Err(Error::new("atop5_1m.csv", ErrorKind::UnknownState(ccode))),
    };
    let mut names = Vec::with_capacity(members.len());
    let mut out = Vec::with_capacity(members.len());
    for m in members {
        let s = state(m.ccode)?;
        if m.entry == phase.start {
            names.push(s.name.as_str());
        }
        // One listing per period: a state that left and came back is listed again.
        let mut periods = Vec::with_capacity(1 + m.gaps.len());
        let mut from = m.entry;
        for (left, back) in &m.gaps {
            periods.push((from, Some(*left)));
            from = *back;
        }
        periods.push((from, m.exit));
        for (entry, exit) in periods {
            let start = (entry != phase.start).then(|| entry.to_string());
            let end = exit
                .filter(|e| Some(*e) != phase.end)
                .map(|e| e.to_string());
            out.push(if start.is_none() && end.is_none() {
                Member::Id(s.id.clone())
            } else {
                Member::Period {
                    state: s.id.clone(),
                    start,
                    end,
                }
            });
        }
    }
    let common = alliance.name.map(|n| n.name.as_str());
    let name = short_name(atopid, number, phase.maxphase, common);
    Ok(Tie {
        id: tie_id(atopid, number),
        title: format!("{name}: {} ({})", short_list(&names), phase.start.year),
        name,
        members: out,
        domains: phase.obligations.iter().map(|o| o.id()).collect(),
        stance: "cooperation",
        kind,
        start: phase.start.to_string(),
        end: phase.end.map(|e| e.to_string()),
        summary: summary(phase, members, states),
        sources: vec![Citation {
            source: SOURCE_ID,
            quote: quote(&phase.text, QUOTE_MAX).to_string(),
            row: true,
        }],
        facts: facts(phase, alliance),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::atop::facts::tests::nato_phase_2;
    use crate::convert::atop::obligation::{Obligation, Obligations};
    use crate::model::date::Date;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn state(id: &str, name: &str) -> State {
        State {
            id: id.into(),
            name: name.into(),
            region: "Europe",
            spells: vec![],
        }
    }

    #[test]
    fn builds_a_tie_with_own_member_dates_only_where_they_differ() {
        let o = Obligations::default()
            .with(Obligation::Defense)
            .with(Obligation::Consultation);
        let phase = nato_phase_2(o, "3180,3180.2,3521,227,1951,6,19,0,0,0,1,0,2,2,,,");
        let m = |ccode, entry: &str, exit: Option<&str>| Membership {
            ccode,
            entry: date(entry),
            exit: exit.map(date),
            gaps: vec![],
            obligations: o,
        };
        let members = [
            m(2, "1951-06-19", None),
            m(200, "1951-06-19", None),
            m(350, "1951-10-22", None),
            m(260, "1954-10-23", Some("1990-10-03")),
            m(255, "1990-10-03", None),
        ];
        let states = BTreeMap::from([
            (2, state("USA", "United States of America")),
            (200, state("GBR", "United Kingdom")),
            (350, state("GRC", "Greece")),
            (260, state("XGFR", "German Federal Republic")),
            (255, state("DEU", "Germany")),
        ]);
        let alliance = Alliance {
            name: None,
            signed: date("1949-04-04"),
            signatories: vec!["United States of America", "United Kingdom"],
            end: None,
        };
        let t = tie(&phase, &alliance, &members, &states).unwrap();
        assert_eq!(t.id, "atop-3180-p2");
        assert_eq!(
            t.title,
            "ATOP 3180, phase 2: United States of America and United Kingdom (1951)"
        );
        assert_eq!(t.name, "ATOP 3180, phase 2");
        assert_eq!(t.kind, "defense pact");
        assert_eq!(t.domains, ["defense", "consultation"]);
        assert_eq!(t.members[0], Member::Id("USA".into()));
        assert_eq!(
            t.members[3],
            Member::Period {
                state: "XGFR".into(),
                start: Some("1954-10-23".into()),
                end: Some("1990-10-03".into())
            }
        );
        assert_eq!(t.end, None);
        assert_eq!(
            t.sources[0].quote,
            "3180,3180.2,3521,227,1951,6,19,0,0,0,1,0,2,2"
        );
    }

    #[test]
    fn quotes_stop_at_a_field_boundary() {
        let line = "1,22,333,4444";
        assert_eq!(quote(line, 100), line);
        assert_eq!(quote(line, 8), "1,22,333");
        assert_eq!(quote(line, 7), "1,22");
        assert_eq!(quote(line, 0), "");
    }
}
