//! The table of ties as the reader arranges it: one [`Row`] per tie in force, with its cells
//! in words, and a [`Query`] that keeps the rows matching a text, a domain and a stance, in
//! the order of a column. The rows are made once per date; filtering and sorting them again
//! as the reader types costs no allocation per row, so a dataset of thousands of ties keeps
//! up with the keyboard.

use std::cmp::Ordering;

use crate::model::dataset::{Dataset, DomainIx, Stance, TieIx};
use crate::model::date::Day;

/// A column of the table, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Tie,
    /// Sorted by the number of members taking part, then by their names.
    Members,
    Domains,
    Stance,
    /// Sorted by the start, then by the end (ongoing last).
    Dates,
    Sources,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Tie,
        Column::Members,
        Column::Domains,
        Column::Stance,
        Column::Dates,
        Column::Sources,
    ];

    /// The column's heading.
    pub fn label(self) -> &'static str {
        match self {
            Column::Tie => "Tie",
            Column::Members => "Members",
            Column::Domains => "Domains",
            Column::Stance => "Stance",
            Column::Dates => "Dates",
            Column::Sources => "Sources",
        }
    }
}

/// A tie as the table lists it on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub tie: TieIx,
    pub title: String,
    /// The members taking part on the date, "A, B, C".
    pub members: String,
    pub member_count: usize,
    pub domains: String,
    pub stance: Stance,
    pub dates: String,
    /// Each source named once, "A; B".
    pub sources: String,
    start: Day,
    end: Option<Day>,
    /// Title, members and domains in lower case: what the text filter looks in.
    haystack: String,
}

/// The rows of the ties among `ties` that are in force on `day`, in the order given.
pub fn rows(data: &Dataset, ties: &[TieIx], day: Day) -> Vec<Row> {
    ties.iter()
        .filter(|t| data.tie(**t).is_active(day))
        .map(|&t| {
            let tie = data.tie(t);
            let names = data.member_names_on(tie, day);
            let members = names.join(", ");
            let domains = data.domain_labels(tie).join(", ");
            let mut titles: Vec<&str> = Vec::new();
            for s in data.source_titles(tie) {
                if !titles.contains(&s) {
                    titles.push(s);
                }
            }
            let haystack = format!("{}\n{members}\n{domains}", tie.title).to_lowercase();
            Row {
                tie: t,
                title: tie.title.clone(),
                member_count: names.len(),
                members,
                domains,
                stance: tie.stance,
                dates: tie.period_in_words(),
                sources: titles.join("; "),
                start: tie.start.first_day(),
                end: tie.end.map(|e| e.last_day()),
                haystack,
            }
        })
        .collect()
}

/// Which way a column is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Ascending,
    Descending,
}

/// What the reader asked of the table: a text, a domain and a stance that rows must match,
/// and a column to sort by (`None` keeps the dataset's order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub text: String,
    pub domain: Option<DomainIx>,
    pub stance: Option<Stance>,
    pub sort: Option<(Column, Order)>,
}

impl Query {
    /// Whether some filter is set (sorting is not one).
    pub fn filters(&self) -> bool {
        !self.text.trim().is_empty() || self.domain.is_some() || self.stance.is_some()
    }

    /// This query sorted by `column`: ascending at first, then the other way at each call.
    pub fn sorted_by(&self, column: Column) -> Query {
        let order = match self.sort {
            Some((c, Order::Ascending)) if c == column => Order::Descending,
            _ => Order::Ascending,
        };
        Query {
            sort: Some((column, order)),
            ..self.clone()
        }
    }

    /// How `column` is sorted, if it is.
    pub fn order_of(&self, column: Column) -> Option<Order> {
        self.sort.filter(|(c, _)| *c == column).map(|(_, o)| o)
    }

    /// The rows that match, in the asked order (rows that compare equal keep their order).
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::{dataset::TieIx, date::Date, parse::parse};
    /// use alliance_map::scene::table::{rows, Column, Query};
    /// # let text = include_str!("../../tests/fixtures/minimal.json");
    /// let data = parse("minimal.json", text).unwrap();
    /// let day = Date::parse("2016-05-20").unwrap().first_day();
    /// let all = rows(&data, &[TieIx(0), TieIx(1), TieIx(2)], day);
    /// let query = Query { text: "cyber".into(), ..Query::default() }.sorted_by(Column::Tie);
    /// let titles: Vec<_> = query.apply(&data, &all).iter().map(|r| r.title.as_str()).collect();
    /// assert_eq!(titles, ["B-C rivalry", "Cyber forum"]);
    /// ```
    pub fn apply<'a>(&self, data: &Dataset, rows: &'a [Row]) -> Vec<&'a Row> {
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut kept: Vec<&Row> = rows
            .iter()
            .filter(|r| words.iter().all(|w| r.haystack.contains(w.as_str())))
            .filter(|r| self.stance.is_none_or(|s| r.stance == s))
            .filter(|r| {
                self.domain
                    .is_none_or(|d| data.tie(r.tie).domains.contains(&d))
            })
            .collect();
        if let Some((column, order)) = self.sort {
            kept.sort_by(|a, b| {
                let o = compare(column, a, b);
                match order {
                    Order::Ascending => o,
                    Order::Descending => o.reverse(),
                }
            });
        }
        kept
    }
}

/// How many rows are listed: "12 of 30 ties" when some are left out, else "30 ties".
///
/// # Examples
/// ```
/// use alliance_map::scene::table::count_in_words;
/// assert_eq!(count_in_words(12, 30), "12 of 30 ties");
/// assert_eq!(count_in_words(1, 1), "1 tie");
/// ```
pub fn count_in_words(shown: usize, total: usize) -> String {
    let ties = if total == 1 { "tie" } else { "ties" };
    if shown == total {
        format!("{total} {ties}")
    } else {
        format!("{shown} of {total} {ties}")
    }
}

/// Text compared without regard to case, without allocating.
fn text_order(a: &str, b: &str) -> Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

fn compare(column: Column, a: &Row, b: &Row) -> Ordering {
    match column {
        Column::Tie => text_order(&a.title, &b.title),
        Column::Members => a
            .member_count
            .cmp(&b.member_count)
            .then_with(|| text_order(&a.members, &b.members)),
        Column::Domains => text_order(&a.domains, &b.domains),
        Column::Stance => a.stance.label().cmp(b.stance.label()),
        // An ongoing tie (no end) sorts after every ended one that started the same day.
        Column::Dates => a.start.cmp(&b.start).then_with(|| match (a.end, b.end) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
        Column::Sources => text_order(&a.sources, &b.sources),
    }
}

#[cfg(test)]
mod tests;
