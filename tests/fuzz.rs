//! Generated inputs for the dataset parser and validator: none may make it panic. Each case
//! mutates a valid dataset, as text (bytes changed, cut, repeated, JSON tokens inserted) or
//! as JSON (values replaced by others of any type). A release build runs a million cases;
//! `FUZZ_CASES=100000000 cargo test --release --test fuzz` runs as many as asked. Three JSON
//! texts in eight are also parsed a slice at a time, and, when they are JSON, given to the
//! checks as one value (not read tie by tie): each must give the same result.

use alliance_map::model::dataset::Dataset;
use alliance_map::model::error::LoadError;
use alliance_map::model::parse::staged::{Staged, Step};
use alliance_map::model::parse::{parse, parse_value};
use alliance_map::model::sheets::from_sheets;
use serde_json::{json, Value};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic, so a failing case can be found again by its number.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: [&str; 16] = [
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "1e999",
    "-0",
    "\\u0000",
    "\\ud800",
    "\"2021-02-29\"",
    "\"\"",
    "\u{feff}",
];

fn any_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 2 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => json!(rng.below(2) == 0),
        2 => json!(rng.next() as i64),
        3 => json!(
            [
                "2015",
                "2016-06",
                "2021-02-30",
                "",
                "AAA",
                "space",
                "rivalry",
                "x\u{0}y"
            ][rng.below(8)]
        ),
        4 => json!([0.5, -1e300, 1e-300, 12345.678][rng.below(4)]),
        5 => json!("é".repeat(rng.below(40))),
        6 => Value::Array(
            (0..rng.below(4))
                .map(|_| any_value(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let keys = [
                "id", "members", "domains", "start", "end", "sources", "quote", "stories",
                "scenes", "focus", "state", "spells",
            ];
            Value::Object(
                (0..rng.below(4))
                    .map(|_| {
                        (
                            keys[rng.below(keys.len())].to_string(),
                            any_value(rng, depth + 1),
                        )
                    })
                    .collect(),
            )
        }
    }
}

/// Replaces one value somewhere in `v` by a random one.
fn mutate_value(v: &mut Value, rng: &mut Rng, depth: usize) {
    let children = match v {
        Value::Object(m) => m.len(),
        Value::Array(a) => a.len(),
        _ => 0,
    };
    if children == 0 || rng.below(4) == 0 || depth > 6 {
        *v = any_value(rng, 0);
        return;
    }
    let k = rng.below(children);
    match v {
        Value::Object(m) => {
            if let Some((_, child)) = m.iter_mut().nth(k) {
                mutate_value(child, rng, depth + 1);
            }
        }
        Value::Array(a) => mutate_value(&mut a[k], rng, depth + 1),
        _ => {}
    }
}

fn mutate_text(text: &str, rng: &mut Rng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 if !bytes.is_empty() => {
                let last = bytes.len() - 1;
                bytes[at.min(last)] = (32 + rng.below(95)) as u8;
            }
            1 => bytes.truncate(at),
            2 => {
                let end = (at + rng.below(64)).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                bytes.splice(at..at, piece);
            }
            _ => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes().to_vec();
                bytes.splice(at..at, t);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn cases() -> u64 {
    let default = if cfg!(debug_assertions) {
        20_000
    } else {
        1_000_000
    };
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(default)
}

/// The text parsed a slice at a time, two units of work a step.
fn staged(text: String) -> Result<Dataset, LoadError> {
    let mut staged = Staged::new("fuzz.json", text);
    loop {
        let mut left = 2;
        if let Step::Done(result) = staged.step(&mut || {
            left -= 1;
            left > 0
        }) {
            return result;
        }
    }
}

/// The text as one JSON value, when it is JSON and holds nothing that only its text would
/// report (characters that could not be read).
fn as_value(text: &str) -> Option<Value> {
    if text.contains('\u{fffd}') {
        return None;
    }
    serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).ok()
}

#[test]
fn no_generated_dataset_makes_the_parser_panic() {
    // The plain fixture, and one with members' own dates and states' spells.
    let bases = [
        include_str!("fixtures/minimal.json"),
        include_str!("fixtures/dated.json"),
    ];
    let values: Vec<Value> = bases
        .iter()
        .map(|b| serde_json::from_str(b).unwrap())
        .collect();
    let states = include_str!("../data/examples/states.csv");
    let ties = include_str!("../data/examples/ties.csv");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut valid, mut invalid) = (0u64, 0u64);
    let n = cases();
    for case in 0..n {
        let which = (case / 4 % 2) as usize;
        let text = match case % 4 {
            0 | 1 => Some(mutate_text(bases[which], &mut rng)),
            2 => {
                let mut v = values[which].clone();
                for _ in 0..1 + rng.below(3) {
                    mutate_value(&mut v, &mut rng, 0);
                }
                Some(v.to_string())
            }
            _ => None,
        };
        let outcome = match &text {
            Some(text) => parse("fuzz.json", text),
            None => from_sheets(&mutate_text(states, &mut rng), &mutate_text(ties, &mut rng)),
        };
        // Three texts in eight are also given as a value and read a slice at a time: the
        // same result, every time.
        if let Some(text) = text.filter(|_| case % 8 < 3) {
            if let Some(value) = as_value(&text) {
                let given = parse_value("fuzz.json", value);
                assert_eq!(given, outcome, "case {case}: text and value agree");
            }
            assert_eq!(staged(text), outcome, "case {case}: sliced and whole agree");
        }
        match outcome {
            Ok(_) => valid += 1,
            Err(e) => {
                assert!(
                    !e.problems.is_empty(),
                    "case {case}: an error names at least one problem"
                );
                invalid += 1;
            }
        }
    }
    println!("{n} generated datasets: {valid} valid, {invalid} refused with a message, no panic");
    assert_eq!(valid + invalid, n);
}
