//! Datasets kept as two spreadsheets, saved as CSV: `states.csv` (id, name, region) and
//! `ties.csv` (one tie per row, one source per tie). They are turned into the JSON form and
//! checked like any dataset; problems are reported by file, row and column.
//!
//! `ties.csv` columns: `id, title, members, domains, stance, kind, start, end, summary,
//! source, source_date, source_url, quote`. `members` and `domains` hold several ids
//! separated by `;`. `end` and `source_url` may be empty. Sources are told apart by their
//! title; domains get their label from their id.

use serde_json::{json, Map, Value};

use super::dataset::Dataset;
use super::error::{LoadError, Problem, ProblemKind};
use super::parse::parse_value;

pub const STATE_COLUMNS: [&str; 3] = ["id", "name", "region"];
pub const TIE_COLUMNS: [&str; 13] = [
    "id",
    "title",
    "members",
    "domains",
    "stance",
    "kind",
    "start",
    "end",
    "summary",
    "source",
    "source_date",
    "source_url",
    "quote",
];

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

fn problem(at: String, message: String) -> Problem {
    Problem {
        at,
        kind: ProblemKind::Shape(message),
    }
}

/// A sheet read against its expected columns: each row as a map from column to value.
struct Sheet {
    name: &'static str,
    columns: Vec<String>,
    /// Line number and fields.
    rows: Vec<(usize, Vec<String>)>,
}

impl Sheet {
    fn read(
        name: &'static str,
        text: &str,
        required: &[&str],
        problems: &mut Vec<Problem>,
    ) -> Sheet {
        let mut all = rows(text);
        if all.is_empty() {
            problems.push(problem(
                name.to_string(),
                "the file is empty: expected a header row and one row per item".into(),
            ));
            return Sheet {
                name,
                columns: Vec::new(),
                rows: Vec::new(),
            };
        }
        let (_, header) = all.remove(0);
        let columns: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
        for c in required {
            if !columns.iter().any(|h| h == c) {
                problems.push(problem(
                    format!("{name} line 1"),
                    format!(
                        "missing column `{c}` (the columns are: {})",
                        required.join(", ")
                    ),
                ));
            }
        }
        for (line, fields) in &all {
            if fields.len() != columns.len() {
                problems.push(problem(
                    format!("{name} line {line}"),
                    format!(
                        "expected {} fields like the header, found {}",
                        columns.len(),
                        fields.len()
                    ),
                ));
            }
        }
        Sheet {
            name,
            columns,
            rows: all,
        }
    }

    fn get<'a>(&self, row: &'a [String], column: &str) -> &'a str {
        self.columns
            .iter()
            .position(|c| c == column)
            .and_then(|i| row.get(i))
            .map(|s| s.trim())
            .unwrap_or("")
    }
}

fn list(text: &str) -> Vec<Value> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| json!(s))
        .collect()
}

fn label(id: &str) -> String {
    if id.chars().count() <= 3 {
        id.to_uppercase()
    } else {
        let mut c = id.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    }
}

/// Builds and checks a dataset from the two sheets' text.
pub fn from_sheets(states_csv: &str, ties_csv: &str) -> Result<Dataset, LoadError> {
    let origin = "states.csv and ties.csv";
    let mut problems = Vec::new();
    let states = Sheet::read("states.csv", states_csv, &STATE_COLUMNS[..2], &mut problems);
    let ties = Sheet::read("ties.csv", ties_csv, &TIE_COLUMNS, &mut problems);
    if !problems.is_empty() {
        return Err(LoadError {
            origin: origin.into(),
            problems,
        });
    }
    let state_values: Vec<Value> = states
        .rows
        .iter()
        .map(|(_, r)| {
            let mut o = Map::new();
            o.insert("id".into(), json!(states.get(r, "id")));
            o.insert("name".into(), json!(states.get(r, "name")));
            let region = states.get(r, "region");
            if !region.is_empty() {
                o.insert("region".into(), json!(region));
            }
            Value::Object(o)
        })
        .collect();
    let mut domains: Vec<String> = Vec::new();
    let mut sources: Vec<(String, String, String, usize)> = Vec::new(); // title, date, url, first row
    let mut tie_values = Vec::new();
    for (k, (_, r)) in ties.rows.iter().enumerate() {
        for d in ties
            .get(r, "domains")
            .split(';')
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            if !domains.iter().any(|x| x == d) {
                domains.push(d.to_string());
            }
        }
        let title = ties.get(r, "source");
        let source = match sources.iter().position(|s| s.0 == title) {
            Some(i) => i,
            None => {
                sources.push((
                    title.to_string(),
                    ties.get(r, "source_date").to_string(),
                    ties.get(r, "source_url").to_string(),
                    k,
                ));
                sources.len() - 1
            }
        };
        let end = ties.get(r, "end");
        tie_values.push(json!({
            "id": ties.get(r, "id"), "title": ties.get(r, "title"), "members": list(ties.get(r, "members")),
            "domains": list(ties.get(r, "domains")), "stance": ties.get(r, "stance"), "kind": ties.get(r, "kind"),
            "start": ties.get(r, "start"), "end": if end.is_empty() { Value::Null } else { json!(end) },
            "summary": ties.get(r, "summary"),
            "sources": [{ "source": format!("source-{}", source + 1), "quote": ties.get(r, "quote") }],
        }));
    }
    let source_values: Vec<Value> = sources
        .iter()
        .enumerate()
        .map(|(i, (title, date, url, _))| {
            let mut o = json!({ "id": format!("source-{}", i + 1), "title": title, "date": date });
            if !url.is_empty() {
                o["url"] = json!(url);
            }
            o
        })
        .collect();
    let dataset = json!({
        "format": "alliance-map", "version": 1, "title": "Dataset from states.csv and ties.csv",
        "domains": domains.iter().map(|d| json!({ "id": d, "label": label(d) })).collect::<Vec<_>>(),
        "states": state_values, "sources": source_values, "ties": tie_values,
    });
    parse_value(origin, dataset).map_err(|mut e| {
        for p in &mut e.problems {
            p.at = locate(&p.at, &states, &ties, &sources);
        }
        e
    })
}

/// Turns a JSON path of the built dataset into a file, line and column.
fn locate(
    path: &str,
    states: &Sheet,
    ties: &Sheet,
    sources: &[(String, String, String, usize)],
) -> String {
    let index = |rest: &str| -> Option<(usize, String)> {
        let (n, tail) = rest.split_once(']')?;
        Some((n.parse().ok()?, tail.trim_start_matches('.').to_string()))
    };
    let column = |tail: &str| -> String {
        let field = tail.split(['.', '[']).next().unwrap_or("");
        match (field, tail.split_once('[')) {
            ("sources", _) => "source".into(),
            (f, Some((_, item))) if !f.is_empty() => format!(
                "{f} (item {})",
                item.trim_end_matches(']')
                    .parse::<usize>()
                    .map(|i| i + 1)
                    .unwrap_or(0)
            ),
            (f, _) => f.to_string(),
        }
    };
    let at = |sheet: &Sheet, row: usize, col: String| match sheet.rows.get(row) {
        Some((line, _)) if col.is_empty() => format!("{} line {line}", sheet.name),
        Some((line, _)) => format!("{} line {line}, column {col}", sheet.name),
        None => sheet.name.to_string(),
    };
    if let Some(rest) = path.strip_prefix("states[") {
        if let Some((i, tail)) = index(rest) {
            return at(states, i, column(&tail));
        }
    }
    if let Some(rest) = path.strip_prefix("ties[") {
        if let Some((i, tail)) = index(rest) {
            return at(ties, i, column(&tail));
        }
    }
    if let Some(rest) = path.strip_prefix("sources[") {
        if let Some((i, tail)) = index(rest) {
            let col = if tail == "url" {
                "source_url".to_string()
            } else if tail == "date" {
                "source_date".into()
            } else {
                "source".into()
            };
            return at(ties, sources.get(i).map(|s| s.3).unwrap_or(0), col);
        }
    }
    match path {
        "states" => "states.csv".into(),
        "ties" | "domains" | "sources" => "ties.csv".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATES: &str = "id,name,region\nAAA,Aland,North\nBBB,Bland,North\nCCC,Cland,\n";
    const TIES: &str = "id,title,members,domains,stance,kind,start,end,summary,source,source_date,source_url,quote\n\
ab,A-B accord,AAA;BBB,space,cooperation,agreement,2015,2016-06,\"A and B, in space.\",A document,2016-07,https://example.org,\"A and B signed.\"\n\
abc,Forum,AAA; BBB; CCC,cyber;space,cooperation,framework,2016-03-01,,Three meet.,A document,2016-07,,The three met.\n";

    #[test]
    fn two_sheets_make_a_dataset() {
        let d = from_sheets(STATES, TIES).unwrap();
        assert_eq!(d.states.len(), 3);
        assert_eq!(d.states[2].region, None);
        assert_eq!(d.ties.len(), 2);
        assert_eq!(d.ties[1].members.len(), 3);
        assert_eq!(
            d.domains
                .iter()
                .map(|x| x.label.as_str())
                .collect::<Vec<_>>(),
            ["Space", "Cyber"]
        );
        assert_eq!(d.sources.len(), 1, "one source, named twice");
        assert_eq!(d.sources[0].url.as_deref(), Some("https://example.org"));
        assert_eq!(d.ties[0].summary, "A and B, in space.");
    }

    #[test]
    fn problems_name_file_line_and_column() {
        let ties = TIES
            .replace("AAA; BBB; CCC", "AAA; BBB; ZZZ")
            .replace("2016-03-01", "2016-02-30");
        let e = from_sheets(STATES, &ties).unwrap_err();
        let texts: Vec<String> = e.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            texts,
            [
                "ties.csv line 3, column members (item 3): unknown id \"ZZZ\": it is not declared in `states`",
                "ties.csv line 3, column start: \"2016-02-30\": day 30 does not exist in that month (it has 29 days)",
            ]
        );
    }

    #[test]
    fn missing_columns_and_ragged_rows_are_reported() {
        let e = from_sheets("id,region\nAAA,North\n", "id,title\nx,y,z\n").unwrap_err();
        let texts: Vec<String> = e.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            texts[0],
            "states.csv line 1: missing column `name` (the columns are: id, name)"
        );
        assert!(texts
            .iter()
            .any(|t| t == "ties.csv line 2: expected 2 fields like the header, found 3"));
    }

    #[test]
    fn the_example_sheets_load() {
        let d = from_sheets(
            include_str!("../../data/examples/states.csv"),
            include_str!("../../data/examples/ties.csv"),
        )
        .unwrap();
        assert_eq!(d.ties.len(), 6);
        assert!(d
            .ties
            .iter()
            .any(|t| t.id == "quad-summit-2021" && t.members.len() == 4));
    }

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
