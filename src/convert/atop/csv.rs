//! A reader for the plain comma-separated files that ATOP and the COW list come in: a header
//! line, then one record per line, fields split at every comma, no quoting.
//!
//! A double quote anywhere is refused rather than guessed at, so a file that needs a real CSV
//! parser says so. Line ends may be `\n` or `\r\n`; each [`Record`] keeps its line's text
//! (without the line end) so citations can quote it verbatim.

use super::error::{Error, ErrorKind};

/// A file read into a header and records.
#[derive(Debug, Clone)]
pub struct Table {
    /// The file's name, used in error messages.
    pub file: String,
    header: Vec<String>,
    pub records: Vec<Record>,
}

/// One line of a [`Table`] after the header.
#[derive(Debug, Clone)]
pub struct Record {
    /// The line number in the file, counting the header as line 1.
    pub line: usize,
    /// The line's text without its line end.
    pub text: String,
    fields: Vec<String>,
}

/// A column found in a [`Table`]'s header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    index: usize,
    pub name: &'static str,
}

impl Table {
    /// Reads `text` (the contents of `file`) into a table, checking that every line has
    /// as many fields as the header and that no field is quoted.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::convert::atop::csv::Table;
    /// let t = Table::parse("x.csv", "a,b\r\n1,\r\n").unwrap();
    /// let b = t.column("b").unwrap();
    /// assert_eq!(t.records[0].get(b), "");
    /// assert_eq!(t.records[0].text, "1,");
    /// ```
    pub fn parse(file: &str, text: &str) -> Result<Table, Error> {
        Table::parse_split(file, text, ',')
    }

    /// Reads a tab-separated `text` (the table of names, whose fields hold commas) with the
    /// same checks as [`Table::parse`].
    pub fn parse_tabs(file: &str, text: &str) -> Result<Table, Error> {
        Table::parse_split(file, text, '\t')
    }

    fn parse_split(file: &str, text: &str, sep: char) -> Result<Table, Error> {
        let mut lines = text.lines().enumerate();
        let header = match lines.next() {
            Some((_, h)) if !h.is_empty() => split(file, 1, h, sep)?,
            _ => return Err(Error::new(file, ErrorKind::NoHeader)),
        };
        let mut records = Vec::new();
        for (i, text) in lines {
            let line = i + 1;
            if text.is_empty() {
                continue;
            }
            let fields = split(file, line, text, sep)?;
            if fields.len() != header.len() {
                let kind = ErrorKind::FieldCount {
                    expected: header.len(),
                    found: fields.len(),
                };
                return Err(Error::new(format!("{file} line {line}"), kind));
            }
            records.push(Record {
                line,
                text: text.to_string(),
                fields,
            });
        }
        Ok(Table {
            file: file.to_string(),
            header,
            records,
        })
    }

    /// The column named `name`, or an error naming the file.
    pub fn column(&self, name: &'static str) -> Result<Column, Error> {
        match self.header.iter().position(|h| h == name) {
            Some(index) => Ok(Column { index, name }),
            None => Err(Error::new(&self.file, ErrorKind::MissingColumn(name))),
        }
    }

    /// Where a cell is, for error messages: `file line 3, column name`.
    pub fn at(&self, record: &Record, column: Column) -> String {
        format!("{} line {}, column {}", self.file, record.line, column.name)
    }
}

impl Record {
    /// The field in `column`, as written.
    pub fn get(&self, column: Column) -> &str {
        self.fields.get(column.index).map_or("", String::as_str)
    }
}

fn split(file: &str, line: usize, text: &str, sep: char) -> Result<Vec<String>, Error> {
    if text.contains('"') {
        return Err(Error::new(format!("{file} line {line}"), ErrorKind::Quoted));
    }
    Ok(text.split(sep).map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_keeps_the_line_text() {
        let t = Table::parse("f.csv", "id,name,end\n2,USA,\n20,CAN,1990\n").unwrap();
        let name = t.column("name").unwrap();
        let end = t.column("end").unwrap();
        assert_eq!(t.records.len(), 2);
        assert_eq!(t.records[1].get(name), "CAN");
        assert_eq!(t.records[1].get(end), "1990");
        assert_eq!(t.records[0].get(end), "");
        assert_eq!(t.records[1].line, 3);
        assert_eq!(t.records[1].text, "20,CAN,1990");
    }

    #[test]
    fn takes_windows_line_ends() {
        let t = Table::parse("f.csv", "a,b\r\n1,2\r\n").unwrap();
        assert_eq!(t.records[0].get(t.column("b").unwrap()), "2");
        assert_eq!(t.records[0].text, "1,2");
    }

    #[test]
    fn refuses_quotes_short_lines_and_unknown_columns() {
        let e = Table::parse("f.csv", "a,b\n\"x,y\",2\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.csv line 2: a field holds a double quote; expected plain comma-separated fields"
        );
        let e = Table::parse("f.csv", "a,b\n1\n").unwrap_err();
        assert_eq!(
            e.kind,
            ErrorKind::FieldCount {
                expected: 2,
                found: 1
            }
        );
        let t = Table::parse("f.csv", "a,b\n1,2\n").unwrap();
        assert_eq!(
            t.column("c").unwrap_err().kind,
            ErrorKind::MissingColumn("c")
        );
        assert_eq!(
            Table::parse("f.csv", "").unwrap_err().kind,
            ErrorKind::NoHeader
        );
    }
}
