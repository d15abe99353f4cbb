//! Reading typed values out of one CSV record: whole numbers, 0/1 flags, ATOP dates and the
//! five obligation flags, each failure naming its file, line and column.

use super::csv::{Column, Record, Table};
use super::date::from_fields;
use super::error::{Error, ErrorKind};
use super::obligation::{Obligation, Obligations};
use crate::model::date::Date;

/// The year, month and day columns of one ATOP date.
#[derive(Debug, Clone, Copy)]
pub struct DateColumns([Column; 3]);

impl DateColumns {
    /// Finds the three columns in `table`'s header.
    pub fn find(table: &Table, names: [&'static str; 3]) -> Result<DateColumns, Error> {
        Ok(DateColumns([
            table.column(names[0])?,
            table.column(names[1])?,
            table.column(names[2])?,
        ]))
    }
}

/// The five obligation columns, in [`Obligation::ALL`] order.
#[derive(Debug, Clone, Copy)]
pub struct ObligationColumns([Column; 5]);

impl ObligationColumns {
    pub fn find(table: &Table) -> Result<ObligationColumns, Error> {
        let mut columns = [table.column("defense")?; 5];
        for (slot, o) in columns.iter_mut().zip(Obligation::ALL) {
            *slot = table.column(o.column())?;
        }
        Ok(ObligationColumns(columns))
    }
}

/// One record of a table, read cell by cell.
pub struct Cells<'a> {
    pub table: &'a Table,
    pub record: &'a Record,
}

impl Cells<'_> {
    fn error(&self, column: Column, kind: ErrorKind) -> Error {
        Error::new(self.table.at(self.record, column), kind)
    }

    /// A whole number; an empty field is an error.
    pub fn number(&self, column: Column) -> Result<u32, Error> {
        let value = self.record.get(column);
        if value.is_empty() {
            return Err(self.error(column, ErrorKind::Empty));
        }
        value
            .parse()
            .map_err(|_| self.error(column, ErrorKind::NotANumber(value.to_string())))
    }

    /// A whole number where an empty field means 0 (ATOP's missing day).
    pub fn number_or_zero(&self, column: Column) -> Result<u32, Error> {
        if self.record.get(column).is_empty() {
            Ok(0)
        } else {
            self.number(column)
        }
    }

    /// A 0/1 flag.
    pub fn flag(&self, column: Column) -> Result<bool, Error> {
        match self.number(column)? {
            0 => Ok(false),
            1 => Ok(true),
            n => Err(self.error(
                column,
                ErrorKind::NotANumber(format!("{n} (expected 0 or 1)")),
            )),
        }
    }

    /// An ATOP date; `None` when its year is 0.
    pub fn date(&self, columns: DateColumns) -> Result<Option<Date>, Error> {
        let [y, m, d] = columns.0;
        let fields = (self.number(y)?, self.number(m)?, self.number_or_zero(d)?);
        from_fields(fields.0, fields.1, fields.2).map_err(|kind| {
            let at = format!(
                "{} line {}, columns {}/{}/{}",
                self.table.file, self.record.line, y.name, m.name, d.name
            );
            Error::new(at, kind)
        })
    }

    /// A start date, which must be there.
    pub fn start(&self, columns: DateColumns) -> Result<Date, Error> {
        match self.date(columns)? {
            Some(date) => Ok(date),
            None => {
                let kind = ErrorKind::BadDate {
                    value: "0".into(),
                    reason: "expected a start date, found year 0".into(),
                };
                Err(self.error(columns.0[0], kind))
            }
        }
    }

    /// An end date, `None` while in force; checked against the `ineffect` flag.
    pub fn end(&self, columns: DateColumns, in_effect: Column) -> Result<Option<Date>, Error> {
        let end = self.date(columns)?;
        let flag = self.flag(in_effect)?;
        match (end, flag) {
            (None, true) | (Some(_), false) => Ok(end),
            (None, false) => Err(self.error(
                in_effect,
                ErrorKind::OpenEnd("ineffect is 0 but there is no end date".into()),
            )),
            (Some(e), true) => Err(self.error(
                in_effect,
                ErrorKind::OpenEnd(format!("ineffect is 1 but the end date is {e}")),
            )),
        }
    }

    /// The obligations coded 1.
    pub fn obligations(&self, columns: ObligationColumns) -> Result<Obligations, Error> {
        let mut set = Obligations::default();
        for (column, o) in columns.0.into_iter().zip(Obligation::ALL) {
            if self.flag(column)? {
                set = set.with(o);
            }
        }
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "y,m,d,ineffect,defense,offense,neutral,nonagg,consul\n";

    fn read(line: &str) -> (Table, DateColumns, Column, ObligationColumns) {
        let t = Table::parse("t.csv", &format!("{HEAD}{line}\n")).unwrap();
        let dates = DateColumns::find(&t, ["y", "m", "d"]).unwrap();
        let in_effect = t.column("ineffect").unwrap();
        let obligations = ObligationColumns::find(&t).unwrap();
        (t, dates, in_effect, obligations)
    }

    #[test]
    fn reads_dates_ends_and_obligations() {
        let (t, dates, in_effect, obl) = read("1951,6,,0,1,0,0,1,1");
        let cells = Cells {
            table: &t,
            record: &t.records[0],
        };
        assert_eq!(cells.start(dates).unwrap().to_string(), "1951-06");
        assert_eq!(
            cells.end(dates, in_effect).unwrap().unwrap().to_string(),
            "1951-06"
        );
        assert_eq!(
            cells.obligations(obl).unwrap().in_words(),
            "defense, non-aggression and consultation"
        );
    }

    #[test]
    fn an_open_end_must_agree_with_ineffect() {
        let (t, dates, in_effect, _) = read("0,0,0,0,1,0,0,0,0");
        let cells = Cells {
            table: &t,
            record: &t.records[0],
        };
        let e = cells.end(dates, in_effect).unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.csv line 2, column ineffect: ineffect is 0 but there is no end date"
        );
        assert!(cells.start(dates).is_err());
    }

    #[test]
    fn names_the_cell_of_a_bad_value() {
        let (t, dates, _, obl) = read("1951,x,1,0,2,0,0,0,0");
        let cells = Cells {
            table: &t,
            record: &t.records[0],
        };
        let e = cells.start(dates).unwrap_err();
        assert_eq!(e.at, "t.csv line 2, column m");
        assert!(cells.obligations(obl).is_err());
    }
}
