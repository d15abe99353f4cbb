//! Finding the elements of a dataset's `ties` array in its text without parsing them, so that
//! a large file can be parsed one tie at a time. The scan only follows the JSON structure
//! (strings, brackets, commas); it does not check the contents, which the JSON parser does
//! tie by tie. Anything unexpected gives `None`, and the caller parses the file in one go,
//! which then reports the problem exactly. So does a tie nested deeper than [`MAX_DEPTH`]:
//! parsed alone it would escape the JSON parser's limit on nesting, which counts from the top
//! of the file.
//!
//! Why a scan of our own rather than serde_json's `RawValue` (feature `raw_value`), which can
//! also hold each tie as text: both were built and measured (`trunk build --release`, then
//! `scripts/size`, 4 December 2026). With this scan the WebAssembly is 701,478 bytes (292,582
//! gzipped); reading the ties as `Vec<&RawValue>` after the fields as `BTreeMap<String,
//! &RawValue>`, 709,672 (295,988), and after a struct holding only `ties: &RawValue`, 707,325
//! (295,184). The tests passed with identical messages either way (a syntax error still
//! makes the whole file be parsed, for its line and column); the smaller build was kept.

use std::ops::Range;

/// The deepest nesting of a tie split off (the parser allows 128 levels in the whole file,
/// two of which are the file's object and the ties' array).
pub const MAX_DEPTH: usize = 100;

/// Where the top-level `ties` array and each of its elements lie in the text (byte ranges).
#[derive(Debug, PartialEq)]
pub struct Split {
    pub array: Range<usize>,
    pub items: Vec<Range<usize>>,
}

/// Splits the top-level `ties` array of a JSON object, if the text is one and has one.
///
/// # Examples
/// ```
/// use alliance_map::model::parse::split::ties;
/// let text = r#"{"title": "x", "ties": [{"id": "a"}, {"id": "b,]"}], "n": 1}"#;
/// let split = ties(text).unwrap();
/// assert_eq!(&text[split.array.clone()], r#"[{"id": "a"}, {"id": "b,]"}]"#);
/// let items: Vec<&str> = split.items.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(items, [r#"{"id": "a"}"#, r#"{"id": "b,]"}"#]);
/// assert_eq!(ties(r#"{"ties": [1,]"#), None);
/// ```
pub fn ties(text: &str) -> Option<Split> {
    let b = text.as_bytes();
    let mut i = expect(b, space(b, 0), b'{')?;
    let mut found = None;
    if at(b, space(b, i)) == Some(b'}') {
        return None;
    }
    loop {
        let key = space(b, i);
        let key_end = string(b, key)?;
        i = space(b, expect(b, space(b, key_end), b':')?);
        if &b[key..key_end] == b"\"ties\"" && at(b, i) == Some(b'[') {
            if found.is_some() {
                return None;
            }
            let (array, items) = elements(b, i)?;
            i = array.end;
            found = Some(Split { array, items });
        } else {
            i = value(b, i)?;
        }
        i = space(b, i);
        match at(b, i)? {
            b',' => i += 1,
            b'}' => break,
            _ => return None,
        }
    }
    (space(b, i + 1) == b.len()).then_some(found).flatten()
}

/// The array starting at `i` and its elements.
fn elements(b: &[u8], start: usize) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    let mut items = Vec::new();
    let mut i = space(b, start + 1);
    if at(b, i) == Some(b']') {
        return Some((start..i + 1, items));
    }
    loop {
        let from = space(b, i);
        let mut deepest = 0;
        let to = nested(b, from, &mut deepest)?;
        if deepest > MAX_DEPTH {
            return None;
        }
        items.push(from..to);
        i = space(b, to);
        match at(b, i)? {
            b',' => i += 1,
            b']' => return Some((start..i + 1, items)),
            _ => return None,
        }
    }
}

fn at(b: &[u8], i: usize) -> Option<u8> {
    b.get(i).copied()
}

fn expect(b: &[u8], i: usize, c: u8) -> Option<usize> {
    (at(b, i)? == c).then_some(i + 1)
}

fn space(b: &[u8], mut i: usize) -> usize {
    while matches!(at(b, i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        i += 1;
    }
    i
}

/// The end of the string starting at `i` (just past its closing quote).
fn string(b: &[u8], i: usize) -> Option<usize> {
    expect(b, i, b'"')?;
    let mut i = i + 1;
    loop {
        match at(b, i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// The end of the value starting at `i`.
fn value(b: &[u8], i: usize) -> Option<usize> {
    nested(b, i, &mut 0)
}

/// The end of the value starting at `i`, and how deep it nests.
fn nested(b: &[u8], i: usize, deepest: &mut usize) -> Option<usize> {
    match at(b, i)? {
        b'"' => string(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = i;
            loop {
                match at(b, i)? {
                    b'"' => {
                        i = string(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => {
                        depth += 1;
                        *deepest = (*deepest).max(depth);
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let end = i + b[i..]
                .iter()
                .position(|c| matches!(c, b',' | b']' | b'}' | b' ' | b'\n' | b'\r' | b'\t'))
                .unwrap_or(b.len() - i);
            (end > i).then_some(end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Option<Vec<&str>> {
        ties(text).map(|s| s.items.iter().map(|r| &text[r.clone()]).collect())
    }

    #[test]
    fn finds_each_element_whatever_it_holds() {
        let text = "{\"a\": [1, {\"ties\": [9]}],\n \"ties\" : [ {\"q\": \"\\\"]}\"} ,[1,[2]], 3 , \"s\" , null ] }\n";
        assert_eq!(
            items(text),
            Some(vec!["{\"q\": \"\\\"]}\"}", "[1,[2]]", "3", "\"s\"", "null"])
        );
        assert_eq!(items(r#"{"ties": []}"#), Some(vec![]));
    }

    #[test]
    fn anything_unexpected_is_left_to_the_parser() {
        for text in [
            "",
            "[]",
            "{}",
            r#"{"title": "no ties"}"#,
            r#"{"ties": {}}"#,
            r#"{"ties": [1] "#,
            r#"{"ties": [1 2]}"#,
            r#"{"ties": [1], "ties": [2]}"#,
            r#"{"ties": [1]} extra"#,
            r#"{"ties": ["open]}"#,
            r#"{"ties" [1]}"#,
            &format!(r#"{{"ties": [{}{}]}}"#, "[".repeat(101), "]".repeat(101)),
        ] {
            assert_eq!(ties(text), None, "{text}");
        }
    }
}
