//! A validated [`Dataset`] written back as a dataset file (format version 1, the form
//! [`crate::model::parse::parse`] reads), with everything the model keeps: states with their
//! regions and spells, domains, sources, ties with their short names, members' own dates,
//! facts and citations (quotes and data rows), and the stories with their scenes. Reading
//! the text back gives the same dataset, so a page can carry whatever it has loaded (a
//! bundled dataset, a reader's JSON file or CSV sheets) into a file of its own.
//!
//! Written by hand rather than through serde's `Serialize`: the format is small and fixed,
//! and the page's WebAssembly stays smaller without a serializer for each type. The text
//! has no spacing, as the page serves its bundled datasets.

use crate::model::dataset::{Dataset, Focus, Scene, Source, State, Story, Tie};
use crate::model::date::Date;
use crate::model::span::Span;

/// Appends `text` as a JSON string, quoted and escaped.
fn string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a list, each item written by `item`.
fn list<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut item: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(out, x);
    }
    out.push(']');
}

/// An object being written: `{` on creation, then its fields with commas between them.
struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    fn new(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    /// Starts the field `name`, for its value to be appended to what this returns.
    fn key(&mut self, name: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(self.out, name);
        self.out.push(':');
        self.out
    }

    fn text(&mut self, name: &str, value: &str) {
        string(self.key(name), value);
    }

    /// A field written only when there is a value.
    fn maybe(&mut self, name: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.text(name, v);
        }
    }

    fn date(&mut self, name: &str, value: Date) {
        self.text(name, &value.to_string());
    }

    fn end(self) {
        self.out.push('}');
    }
}

/// The dataset as the text of a dataset file.
///
/// # Examples
/// ```
/// use alliance_map::{export::json::dataset_json, model::parse::parse};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let written = dataset_json(&data);
/// assert!(written.starts_with(r#"{"format":"alliance-map","version":1,"title":"Minimal""#));
/// assert_eq!(parse("again", &written).unwrap(), data);
/// ```
pub fn dataset_json(data: &Dataset) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let mut o = Object::new(&mut out);
    o.text("format", "alliance-map");
    o.key("version").push('1');
    o.text("title", &data.title);
    o.maybe("description", data.description.as_deref());
    list(o.key("domains"), &data.domains, |out, d| {
        let mut o = Object::new(out);
        o.text("id", &d.id);
        o.text("label", &d.label);
        o.end();
    });
    list(o.key("states"), &data.states, state);
    list(o.key("sources"), &data.sources, source);
    list(o.key("ties"), &data.ties, |out, t| tie(out, data, t));
    if !data.stories.is_empty() {
        list(o.key("stories"), &data.stories, |out, s| {
            story(out, data, s)
        });
    }
    o.end();
    out
}

fn span(out: &mut String, span: &Span) {
    let mut o = Object::new(out);
    o.date("start", span.start);
    if let Some(end) = span.end {
        o.date("end", end);
    }
    o.end();
}

fn state(out: &mut String, s: &State) {
    let mut o = Object::new(out);
    o.text("id", &s.id);
    o.text("name", &s.name);
    o.maybe("region", s.region.as_deref());
    if !s.spells.is_empty() {
        list(o.key("spells"), &s.spells, span);
    }
    o.end();
}

fn source(out: &mut String, s: &Source) {
    let mut o = Object::new(out);
    o.text("id", &s.id);
    o.text("title", &s.title);
    o.maybe("author", s.author.as_deref());
    o.maybe("publisher", s.publisher.as_deref());
    o.date("date", s.date);
    o.maybe("url", s.url.as_deref());
    o.end();
}

/// A tie's members: bare ids when none has dates of its own; otherwise one item per period
/// in which a member takes part, with that period's dates (a state that left and came back
/// is listed once per period). A member taking part for the whole tie stays a bare id, as
/// long as another member keeps dates of its own: with none left, the periods would read
/// back as no dates at all.
fn members(out: &mut String, data: &Dataset, t: &Tie) {
    let whole = Span {
        start: t.start,
        end: t.end,
    };
    let own = |spans: &[Span]| spans != [whole];
    let any_own = t.member_spans.iter().any(|s| own(s));
    let mut items: Vec<(&str, Option<&Span>)> = Vec::with_capacity(t.members.len());
    for (k, m) in t.members.iter().enumerate() {
        let id = data.state(*m).id.as_str();
        match t.member_spans.get(k) {
            Some(spans) if own(spans) || !any_own => {
                items.extend(spans.iter().map(|s| (id, Some(s))))
            }
            _ => items.push((id, None)),
        }
    }
    list(out, items, |out, (id, period)| match period {
        None => string(out, id),
        Some(p) => {
            let mut o = Object::new(out);
            o.text("state", id);
            o.date("start", p.start);
            if let Some(end) = p.end {
                o.date("end", end);
            }
            o.end();
        }
    });
}

fn tie(out: &mut String, data: &Dataset, t: &Tie) {
    let mut o = Object::new(out);
    o.text("id", &t.id);
    o.text("title", &t.title);
    o.maybe("name", t.name.as_deref());
    members(o.key("members"), data, t);
    list(o.key("domains"), &t.domains, |out, d| {
        string(out, &data.domain(*d).id)
    });
    o.text("stance", t.stance.label());
    o.text("kind", &t.kind);
    o.date("start", t.start);
    if let Some(end) = t.end {
        o.date("end", end);
    }
    o.text("summary", &t.summary);
    list(o.key("sources"), &t.sources, |out, c| {
        let mut o = Object::new(out);
        o.text("source", &data.source(c.source).id);
        o.text("quote", &c.quote);
        if c.row {
            o.key("row").push_str("true");
        }
        o.end();
    });
    if !t.facts.is_empty() {
        list(o.key("facts"), &t.facts, |out, f| {
            let mut o = Object::new(out);
            o.text("label", &f.label);
            o.text("value", &f.value);
            o.end();
        });
    }
    o.end();
}

fn story(out: &mut String, data: &Dataset, s: &Story) {
    let mut o = Object::new(out);
    o.text("id", &s.id);
    o.text("title", &s.title);
    list(o.key("scenes"), &s.scenes, |out, scene| {
        self::scene(out, data, scene)
    });
    o.end();
}

fn scene(out: &mut String, data: &Dataset, s: &Scene) {
    let mut o = Object::new(out);
    o.text("title", &s.title);
    o.text("caption", &s.caption);
    o.date("date", s.date);
    if let Some(compare) = s.compare {
        o.date("compare", compare);
    }
    if let Some(domains) = &s.domains {
        list(o.key("domains"), domains, |out, d| {
            string(out, &data.domain(*d).id)
        });
    }
    if !s.focus.is_empty() {
        list(o.key("focus"), &s.focus, |out, f| match f {
            Focus::State(ix) => string(out, &data.state(*ix).id),
            Focus::Tie(ix) => string(out, &data.tie(*ix).id),
        });
    }
    if let Some(zoom) = s.zoom {
        // Rust writes a float in the fewest digits that read back as the same number.
        o.key("zoom").push_str(&zoom.to_string());
    }
    o.end();
}

#[cfg(test)]
mod tests;
