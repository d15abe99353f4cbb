//! The ties shown on a date as CSV, one row per tie with the members taking part then, for
//! spreadsheets: all the ties shown (the Download menu), or the rows the table's filters keep,
//! in its order.

use crate::model::dataset::{Dataset, TieIx};
use crate::model::date::Day;

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

/// The header and one row per tie in `ties`, naming the members taking part on `day`.
///
/// # Examples
/// ```
/// use alliance_map::{export::csv::ties_csv, model::{dataset::TieIx, date::Date, parse::parse}};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let day = Date::parse("2016-05-20").unwrap().first_day();
/// let csv = ties_csv(&data, &[TieIx(1)], day);
/// let row = csv.lines().nth(1).unwrap();
/// assert!(row.starts_with("abc,Cyber forum,Aland; Bland; Cland,AAA; BBB; CCC,Cyber; Space,cooperation,framework,2016-03-01,,"));
/// ```
pub fn ties_csv(data: &Dataset, ties: &[TieIx], day: Day) -> String {
    let mut out = String::from(
        "id,title,members,member_ids,domains,stance,kind,start,end,summary,sources,quotes\r\n",
    );
    for t in ties {
        let tie = data.tie(*t);
        let join = |items: Vec<&str>| items.join("; ");
        let row = [
            tie.id.clone(),
            tie.title.clone(),
            data.member_names_on(tie, day).join("; "),
            join(
                tie.members_on(day)
                    .map(|m| data.state(m).id.as_str())
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
    use crate::model::{date::Date, parse::parse};

    #[test]
    fn a_row_names_the_members_taking_part_on_the_day() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let day = |s| Date::parse(s).unwrap().first_day();
        let row = |s| {
            ties_csv(&data, &[TieIx(0)], day(s))
                .lines()
                .nth(1)
                .unwrap()
                .to_string()
        };
        assert!(row("1905").starts_with("entente,Entente,Aland; Bland,AAA; BBB,"));
        assert!(row("1925").starts_with("entente,Entente,Aland; Cland,AAA; CCC,"));
    }

    #[test]
    fn the_rows_of_a_filtered_table_come_in_its_order() {
        use crate::scene::table::{rows, Column, Query};
        let data = parse("m", include_str!("../../tests/fixtures/minimal.json")).unwrap();
        let day = Date::parse("2016-05-20").unwrap().first_day();
        let all = rows(&data, &[TieIx(0), TieIx(1), TieIx(2)], day);
        let query = Query {
            text: "cland".into(),
            ..Query::default()
        }
        .sorted_by(Column::Tie);
        let ties: Vec<TieIx> = query.apply(&data, &all).iter().map(|r| r.tie).collect();
        let csv = ties_csv(&data, &ties, day);
        let ids: Vec<&str> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(ids, ["bc", "abc"]);
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-5"), "'-5");
    }
}
