//! The members of one alliance phase, from the member file's rows: each state once, with the
//! period it belongs to the phase, checked against the phase's own period.
//!
//! Rules:
//! - A membership must lie inside its phase. Dates are compared at the precision they share
//!   (an entry in "1963-03" is not before a phase that starts "1963-03-10"). An entry before the
//!   phase's start or an exit after its end is taken as the phase's date, with a note; a
//!   membership that ends before it starts, or starts after the phase ends, stops the
//!   conversion. (ATOP 5.1 has no such case.)
//! - A state with two rows in one phase (it left and came back: Egypt in the Arab League,
//!   suspended from 1979 to 1989) is one member from its first entry to its last exit, with
//!   the gap kept in [`Member::gaps`]: the tie lists it once for each period (the format allows
//!   a state again with dates of its own that do not overlap), and the summary names the gap.

use super::error::{Error, ErrorKind};
use super::obligation::Obligations;
use super::records::{Membership, Phase};
use crate::model::date::Date;

/// One state's membership of a phase.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub ccode: u32,
    /// Its first entry, not before the phase's start.
    pub entry: Date,
    /// Its last exit, not after the phase's end; `None` while in force at the end of 2018.
    pub exit: Option<Date>,
    /// When it left and when it came back, for a state that did.
    pub gaps: Vec<(Date, Date)>,
    /// The obligations it takes on.
    pub obligations: Obligations,
}

/// `a` is surely before `b`: the whole period of `a` ends before `b`'s begins.
fn before(a: Date, b: Date) -> bool {
    a.last_day() < b.first_day()
}

/// The members of `phase` from its rows of the member file, in order of entry, then COW
/// code. Notes on clipped or merged memberships are added to `notes`.
pub fn members(
    phase: &Phase,
    rows: &[&Membership],
    notes: &mut Vec<String>,
) -> Result<Vec<Member>, Error> {
    let mut rows = rows.to_vec();
    rows.sort_by_key(|m| (m.ccode, m.entry.first_day()));
    let mut out: Vec<Member> = Vec::new();
    for row in rows {
        let (entry, exit) = clip(phase, row, notes)?;
        let here = format!("alliance {} phase {}", phase.atopid, phase.phase);
        match out.last_mut() {
            Some(last) if last.ccode == row.ccode => {
                match last.exit {
                    Some(left) if before(left, entry) => {
                        last.gaps.push((left, entry));
                        notes.push(format!(
                            "{here}, member {}: left {left}, back {entry}; listed for each period, from {} to {}",
                            row.ccode,
                            last.entry,
                            exit.map_or("the end".to_string(), |e| e.to_string())
                        ));
                    }
                    _ => notes.push(format!(
                        "{here}, member {}: two overlapping rows, merged",
                        row.ccode
                    )),
                }
                last.exit = match (last.exit, exit) {
                    (Some(a), Some(b)) if before(b, a) => Some(a),
                    (Some(_), e) => e,
                    (None, _) => None,
                };
                last.obligations = last.obligations.union(row.obligations);
            }
            _ => out.push(Member {
                ccode: row.ccode,
                entry,
                exit,
                gaps: Vec::new(),
                obligations: row.obligations,
            }),
        }
    }
    out.sort_by_key(|m| (m.entry.first_day(), m.ccode));
    Ok(out)
}

/// The row's entry and exit, clipped to the phase.
fn clip(
    phase: &Phase,
    row: &Membership,
    notes: &mut Vec<String>,
) -> Result<(Date, Option<Date>), Error> {
    let here = format!(
        "alliance {} phase {}, member {}",
        phase.atopid, phase.phase, row.ccode
    );
    let fail = |what: String| {
        let kind = ErrorKind::MemberPeriod {
            atopid: phase.atopid,
            phase: phase.phase,
            ccode: row.ccode,
            what,
        };
        Err(Error::new(format!("atop5_1m.csv line {}", row.line), kind))
    };
    let mut entry = row.entry;
    if before(entry, phase.start) {
        notes.push(format!(
            "{here}: entry {entry} is before the phase starts ({}); taken as the phase's start",
            phase.start
        ));
        entry = phase.start;
    }
    let mut exit = row.exit;
    if let Some(end) = phase.end {
        if before(end, entry) {
            return fail(format!("enters ({entry}) after the phase ends ({end})"));
        }
        match exit {
            None => {
                notes.push(format!(
                    "{here}: still a member at the end of 2018 but the phase ends {end}; taken as {end}"
                ));
                exit = Some(end);
            }
            Some(e) if before(end, e) => {
                notes.push(format!(
                    "{here}: exit {e} is after the phase ends ({end}); taken as the phase's end"
                ));
                exit = Some(end);
            }
            Some(_) => {}
        }
    }
    if let Some(e) = exit {
        if before(e, entry) {
            return fail(format!("leaves ({e}) before it enters ({entry})"));
        }
    }
    Ok((entry, exit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::atop::obligation::Obligation;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn phase(start: &str, end: Option<&str>) -> Phase {
        Phase {
            atopid: 9000,
            phase: 0,
            maxphase: 0,
            start: date(start),
            end: end.map(date),
            obligations: Obligations::default().with(Obligation::Defense),
            text: String::new(),
        }
    }

    fn row(ccode: u32, entry: &str, exit: Option<&str>) -> Membership {
        Membership {
            atopid: 9000,
            phase: 0,
            ccode,
            entry: date(entry),
            exit: exit.map(date),
            obligations: Obligations::default().with(Obligation::Defense),
            line: 2,
        }
    }

    #[test]
    fn orders_by_entry_and_keeps_own_dates() {
        let p = phase("1949-04-04", None);
        let rows = [
            row(350, "1951-10-22", None),
            row(20, "1949-04-04", None),
            row(2, "1949-04-04", None),
        ];
        let refs: Vec<&Membership> = rows.iter().collect();
        let mut notes = Vec::new();
        let m = members(&p, &refs, &mut notes).unwrap();
        let codes: Vec<u32> = m.iter().map(|m| m.ccode).collect();
        assert_eq!(codes, [2, 20, 350]);
        assert_eq!(m[2].entry, date("1951-10-22"));
        assert!(notes.is_empty());
    }

    #[test]
    fn a_state_that_left_and_came_back_is_listed_once_with_its_gap() {
        let p = phase("1945-03-22", None);
        let rows = [
            row(651, "1989-05-22", None),
            row(651, "1945-03-22", Some("1979-03-31")),
            row(645, "1945-03-22", None),
        ];
        let refs: Vec<&Membership> = rows.iter().collect();
        let mut notes = Vec::new();
        let m = members(&p, &refs, &mut notes).unwrap();
        assert_eq!(m.len(), 2);
        let egypt = m.iter().find(|m| m.ccode == 651).unwrap();
        assert_eq!(egypt.exit, None);
        assert_eq!(egypt.gaps, [(date("1979-03-31"), date("1989-05-22"))]);
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn clips_to_the_phase_at_the_shared_precision() {
        let p = phase("1963-03-10", Some("1964-03-10"));
        let rows = [
            row(517, "1963-03", Some("1964-03-10")),
            row(461, "1962-01-01", None),
        ];
        let refs: Vec<&Membership> = rows.iter().collect();
        let mut notes = Vec::new();
        let m = members(&p, &refs, &mut notes).unwrap();
        let rwanda = m.iter().find(|m| m.ccode == 517).unwrap();
        assert_eq!(rwanda.entry, date("1963-03"));
        let togo = m.iter().find(|m| m.ccode == 461).unwrap();
        assert_eq!(togo.entry, date("1963-03-10"));
        assert_eq!(togo.exit, Some(date("1964-03-10")));
        assert_eq!(notes.len(), 2, "{notes:?}");
    }

    #[test]
    fn refuses_a_membership_outside_its_phase() {
        let p = phase("1900-01-01", Some("1901-01-01"));
        let late = [row(2, "1902-01-01", None)];
        let refs: Vec<&Membership> = late.iter().collect();
        assert!(members(&p, &refs, &mut Vec::new()).is_err());
        let backwards = [row(2, "1900-06-01", Some("1900-05-01"))];
        let refs: Vec<&Membership> = backwards.iter().collect();
        let e = members(&p, &refs, &mut Vec::new()).unwrap_err();
        assert!(e
            .to_string()
            .contains("leaves (1900-05-01) before it enters"));
    }
}
