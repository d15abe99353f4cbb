//! The rows of the three ATOP files, typed: only the columns the conversion uses, each read
//! and checked once.
//!
//! - `atop5_1a.csv`, one row per alliance: its id and number of phases ([`Alliance`]);
//! - `atop5_1aph.csv`, one row per alliance phase: dates and obligations ([`Phase`]);
//! - `atop5_1m.csv`, one row per member per phase: the member's own dates ([`Membership`]).

use super::cells::{Cells, DateColumns, ObligationColumns};
use super::csv::Table;
use super::error::Error;
use super::obligation::Obligations;
use crate::model::date::Date;

/// One alliance of the alliance file.
#[derive(Debug, Clone, PartialEq)]
pub struct Alliance {
    pub atopid: u32,
    /// 0 for an alliance that never changed, otherwise its number of phases.
    pub maxphase: u32,
    pub start: Date,
}

/// One alliance phase of the phase file.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    pub atopid: u32,
    /// 0 for an alliance with a single phase, otherwise 1, 2, ...
    pub phase: u32,
    pub maxphase: u32,
    pub start: Date,
    /// `None` while in force at the end of 2018.
    pub end: Option<Date>,
    /// The obligations any member takes on in this phase.
    pub obligations: Obligations,
    /// The row as written, for the citation.
    pub text: String,
}

/// One member's row in one alliance phase of the member file.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub atopid: u32,
    pub phase: u32,
    /// COW country code.
    pub ccode: u32,
    pub entry: Date,
    /// `None` while a member at the end of 2018.
    pub exit: Option<Date>,
    /// This member's own obligations.
    pub obligations: Obligations,
    /// The line in the member file.
    pub line: usize,
}

/// Reads the alliance file.
pub fn alliances(table: &Table) -> Result<Vec<Alliance>, Error> {
    let atopid = table.column("atopid")?;
    let maxphase = table.column("maxphase")?;
    let start = DateColumns::find(table, ["begyr", "begmo", "begday"])?;
    let mut out = Vec::with_capacity(table.records.len());
    for record in &table.records {
        let cells = Cells { table, record };
        out.push(Alliance {
            atopid: cells.number(atopid)?,
            maxphase: cells.number(maxphase)?,
            start: cells.start(start)?,
        });
    }
    Ok(out)
}

/// Reads the phase file.
pub fn phases(table: &Table) -> Result<Vec<Phase>, Error> {
    let atopid = table.column("atopid")?;
    let phase = table.column("phase")?;
    let maxphase = table.column("maxphase")?;
    let in_effect = table.column("ineffect")?;
    let start = DateColumns::find(table, ["begyr", "begmo", "begday"])?;
    let end = DateColumns::find(table, ["endyr", "endmo", "endday"])?;
    let obligations = ObligationColumns::find(table)?;
    let mut out = Vec::with_capacity(table.records.len());
    for record in &table.records {
        let cells = Cells { table, record };
        out.push(Phase {
            atopid: cells.number(atopid)?,
            phase: cells.number(phase)?,
            maxphase: cells.number(maxphase)?,
            start: cells.start(start)?,
            end: cells.end(end, in_effect)?,
            obligations: cells.obligations(obligations)?,
            text: record.text.clone(),
        });
    }
    Ok(out)
}

/// Reads the member file.
pub fn memberships(table: &Table) -> Result<Vec<Membership>, Error> {
    let atopid = table.column("atopid")?;
    let phase = table.column("phase")?;
    let member = table.column("member")?;
    let in_effect = table.column("ineffect")?;
    let entry = DateColumns::find(table, ["yrent", "moent", "dayent"])?;
    let exit = DateColumns::find(table, ["yrexit", "moexit", "dayexit"])?;
    let obligations = ObligationColumns::find(table)?;
    let mut out = Vec::with_capacity(table.records.len());
    for record in &table.records {
        let cells = Cells { table, record };
        out.push(Membership {
            atopid: cells.number(atopid)?,
            phase: cells.number(phase)?,
            ccode: cells.number(member)?,
            entry: cells.start(entry)?,
            exit: cells.end(exit, in_effect)?,
            obligations: cells.obligations(obligations)?,
            line: record.line,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OBLIGATIONS: &str = "defense,offense,neutral,nonagg,consul";

    #[test]
    fn reads_a_phase_row_and_keeps_its_text() {
        let head = format!(
            "atopid,phase,maxphase,begyr,begmo,begday,endyr,endmo,endday,ineffect,{OBLIGATIONS}"
        );
        let row = "3180,2,2,1951,6,19,0,0,0,1,1,0,0,1,1";
        let t = Table::parse("aph.csv", &format!("{head}\r\n{row}\r\n")).unwrap();
        let p = &phases(&t).unwrap()[0];
        assert_eq!((p.atopid, p.phase, p.maxphase), (3180, 2, 2));
        assert_eq!(p.start.to_string(), "1951-06-19");
        assert_eq!(p.end, None);
        assert_eq!(
            p.obligations.in_words(),
            "defense, non-aggression and consultation"
        );
        assert_eq!(p.text, row);
    }

    #[test]
    fn reads_a_member_row_with_an_unknown_exit_day() {
        let head = format!(
            "atopid,phase,member,yrent,moent,dayent,yrexit,moexit,dayexit,ineffect,{OBLIGATIONS}"
        );
        let row = "3740,2,345,1990,11,21,1992,5,,0,0,0,0,1,1";
        let t = Table::parse("m.csv", &format!("{head}\n{row}\n")).unwrap();
        let m = &memberships(&t).unwrap()[0];
        assert_eq!(m.ccode, 345);
        assert_eq!(m.exit.unwrap().to_string(), "1992-05");
    }

    #[test]
    fn reads_an_alliance_row() {
        let t = Table::parse(
            "a.csv",
            "atopid,maxphase,begyr,begmo,begday\n1115,0,1844,6,\n",
        )
        .unwrap();
        let a = &alliances(&t).unwrap()[0];
        assert_eq!((a.atopid, a.maxphase), (1115, 0));
        assert_eq!(a.start.to_string(), "1844-06");
    }
}
