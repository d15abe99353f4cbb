//! The CSV text of a sheet as rows of fields, each with the line it starts on: the only
//! place that knows CSV's quoting.

/// Splits CSV text into rows of fields: commas, double quotes around fields with commas,
/// quotes or line breaks, doubled quotes inside them, CRLF or LF line ends. Blank lines are
/// skipped. Each row keeps its line number.
///
/// # Examples
/// ```
/// use alliance_map::model::sheets::rows;
/// let r = rows("a,b\n\"x, y\",\"say \"\"hi\"\"\"\r\n");
/// assert_eq!(r[1].1, ["x, y", "say \"hi\""]);
/// assert_eq!(r[1].0, 2);
/// ```
pub fn rows(text: &str) -> Vec<(usize, Vec<String>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut line, mut row_line) = (false, 1, 1);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                if row.iter().any(|f: &String| !f.trim().is_empty()) {
                    out.push((row_line, std::mem::take(&mut row)));
                } else {
                    row.clear();
                }
                line += 1;
                row_line = line;
            }
            (false, c) => field.push(c),
        }
    }
    row.push(field);
    if row.iter().any(|f| !f.trim().is_empty()) {
        out.push((row_line, row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_may_hold_line_breaks() {
        let r = rows("a,b\n\"two\nlines\",x\nnext,row\n");
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].1[0], "two\nlines");
        assert_eq!(
            r[2].0, 4,
            "the line number counts the line break inside quotes"
        );
    }
}
