//! The ties shown on a date as CSV, one row per tie, for spreadsheets.

use crate::model::dataset::{Dataset, TieIx};

/// A CSV field, quoted when it holds a comma, quote or line break. Fields that a
/// spreadsheet would run as a formula (starting with `= + - @`) get a leading quote mark.
pub fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The header and one row per tie in `ties`.
///
/// # Examples
/// ```
/// use alliance_map::{export::csv::ties_csv, model::{dataset::TieIx, parse::parse}};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let csv = ties_csv(&data, &[TieIx(1)]);
/// let row = csv.lines().nth(1).unwrap();
/// assert!(row.starts_with("abc,Cyber forum,Aland; Bland; Cland,AAA; BBB; CCC,Cyber; Space,cooperation,framework,2016-03-01,,"));
/// ```
pub fn ties_csv(data: &Dataset, ties: &[TieIx]) -> String {
    let mut out = String::from(
        "id,title,members,member_ids,domains,stance,kind,start,end,summary,sources,quotes\r\n",
    );
    for t in ties {
        let tie = data.tie(*t);
        let join = |items: Vec<&str>| items.join("; ");
        let row = [
            tie.id.clone(),
            tie.title.clone(),
            data.member_names(tie).join("; "),
            join(
                tie.members
                    .iter()
                    .map(|m| data.state(*m).id.as_str())
                    .collect(),
            ),
            data.domain_labels(tie).join("; "),
            tie.stance.label().to_string(),
            tie.kind.clone(),
            tie.start.to_string(),
            tie.end.map(|e| e.to_string()).unwrap_or_default(),
            tie.summary.clone(),
            data.source_titles(tie).join("; "),
            join(tie.sources.iter().map(|c| c.quote.as_str()).collect()),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-5"), "'-5");
    }
}
