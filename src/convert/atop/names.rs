//! The common names of ATOP alliances ("NATO (North Atlantic Treaty)"), from
//! `sources/atop/names.tsv`: one row per alliance with its name, the treaty's formal title,
//! place and date of signature, its signatories (COW codes) and the reference that
//! identifies it.
//!
//! Every row is checked against the ATOP files before it is used: the alliance exists, it
//! begins on the date of signature, and the states in its first phase from that date are
//! exactly the signatories. A row that does not match stops the conversion.

use super::csv::Table;
use super::error::{Error, ErrorKind};
use super::records::{Alliance, Membership};
use crate::model::date::Date;
use std::collections::{BTreeMap, BTreeSet};

/// The file name of the table.
pub const FILE: &str = "names.tsv";

/// One alliance's common name and the treaty it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub atopid: u32,
    pub name: String,
    /// The treaty's formal title.
    pub title: String,
    pub place: String,
    pub signed: Date,
    /// COW codes, in order.
    pub signatories: BTreeSet<u32>,
    pub reference: String,
    /// The line in the table.
    pub line: usize,
}

/// Reads the table.
pub fn names(table: &Table) -> Result<Vec<Name>, Error> {
    let column = |name| table.column(name);
    let [id, name, title, place, signed, signatories, reference] = [
        "atopid",
        "name",
        "title",
        "place",
        "signed",
        "signatories",
        "reference",
    ]
    .map(column);
    let (id, name, title, place) = (id?, name?, title?, place?);
    let (signed, signatories, reference) = (signed?, signatories?, reference?);
    let mut out = Vec::with_capacity(table.records.len());
    for r in &table.records {
        let bad = |column, what: String| Error::new(table.at(r, column), ErrorKind::Name(what));
        let number = |text: &str, column| {
            text.parse::<u32>()
                .map_err(|_| bad(column, format!("expected a whole number, found \"{text}\"")))
        };
        let date = Date::parse(r.get(signed))
            .map_err(|e| bad(signed, format!("\"{}\": {e}", r.get(signed))))?;
        let codes = r
            .get(signatories)
            .split(' ')
            .filter(|c| !c.is_empty())
            .map(|c| number(c, signatories))
            .collect::<Result<BTreeSet<u32>, Error>>()?;
        for (column, text) in [(name, r.get(name)), (title, r.get(title))] {
            if text.trim().is_empty() {
                return Err(Error::new(table.at(r, column), ErrorKind::Empty));
            }
        }
        out.push(Name {
            atopid: number(r.get(id), id)?,
            name: r.get(name).to_string(),
            title: r.get(title).to_string(),
            place: r.get(place).to_string(),
            signed: date,
            signatories: codes,
            reference: r.get(reference).to_string(),
            line: r.line,
        });
    }
    Ok(out)
}

/// The states in an alliance's first phase from its first day, in order of COW code: its
/// signatories as ATOP codes them.
pub fn founders(alliance: &Alliance, rows: &BTreeMap<(u32, u32), Vec<&Membership>>) -> Vec<u32> {
    let first = if alliance.maxphase == 0 { 0 } else { 1 };
    let mut codes: Vec<u32> = rows
        .get(&(alliance.atopid, first))
        .into_iter()
        .flatten()
        .filter(|m| m.entry == alliance.start)
        .map(|m| m.ccode)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// The names by ATOP id, after checking each row against the alliance and member files.
pub fn check(
    names: Vec<Name>,
    alliances: &[Alliance],
    rows: &BTreeMap<(u32, u32), Vec<&Membership>>,
) -> Result<BTreeMap<u32, Name>, Error> {
    let mut out = BTreeMap::new();
    for n in names {
        let at = format!("{FILE} line {}", n.line);
        let bad = |what: String| Err(Error::new(&at, ErrorKind::Name(what)));
        let Some(a) = alliances.iter().find(|a| a.atopid == n.atopid) else {
            return bad(format!("alliance {} is not in atop5_1a.csv", n.atopid));
        };
        if a.start != n.signed {
            return bad(format!(
                "alliance {} was signed on {}, by atop5_1a.csv, not {}",
                n.atopid, a.start, n.signed
            ));
        }
        let founders: BTreeSet<u32> = founders(a, rows).into_iter().collect();
        if founders != n.signatories {
            let missing: Vec<String> = founders
                .difference(&n.signatories)
                .map(u32::to_string)
                .collect();
            let extra: Vec<String> = n
                .signatories
                .difference(&founders)
                .map(u32::to_string)
                .collect();
            return bad(format!(
                "the signatories of alliance {} differ from atop5_1m.csv: missing [{}], not founders [{}]",
                n.atopid,
                missing.join(" "),
                extra.join(" ")
            ));
        }
        if out.contains_key(&n.atopid) {
            return bad(format!("alliance {} is named twice", n.atopid));
        }
        out.insert(n.atopid, n);
    }
    Ok(out)
}
