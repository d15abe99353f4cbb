//! A dataset parsed a slice at a time gives exactly what parsing it in one go gives, problems
//! and their order included: for every broken file of the corpus, the fixtures and the
//! bundled datasets, at the finest slicing (one unit of work a step) and in one step. And a
//! text read tie by tie gives what the same dataset given as one JSON value gives.

use std::fs;
use std::path::{Path, PathBuf};

use alliance_map::model::dataset::Dataset;
use alliance_map::model::error::LoadError;
use alliance_map::model::parse::staged::{Staged, Step};
use alliance_map::model::parse::{parse, parse_value};

fn staged(name: &str, text: &str, slice: usize) -> (Result<Dataset, LoadError>, usize) {
    let mut staged = Staged::new(name, text.to_string());
    let mut steps = 0;
    let mut last = 0;
    loop {
        steps += 1;
        let mut left = slice;
        let mut more = || {
            left -= 1;
            left > 0
        };
        match staged.step(&mut more) {
            Step::Working(p) => {
                assert!(
                    p.done <= p.total && p.done >= last,
                    "{name}: {p:?} after {last}"
                );
                last = p.done;
            }
            Step::Done(result) => return (result, steps),
        }
    }
}

/// Every dataset file of the corpus, the fixtures and the bundled datasets.
fn files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["tests/corpus", "tests/fixtures", "data"] {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") && !path.ends_with("schema.json") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 50, "{} files", files.len());
    files
}

fn read(path: &Path) -> (String, String) {
    let text = String::from_utf8_lossy(&fs::read(path).unwrap()).into_owned();
    (path.display().to_string(), text)
}

#[test]
fn slices_give_what_one_go_gives() {
    for path in files() {
        let (name, text) = read(&path);
        let whole = parse(&name, &text);
        for slice in [1, 7] {
            let (got, _) = staged(&name, &text, slice);
            assert_eq!(got, whole, "{name}, {slice} a step");
        }
    }
}

#[test]
fn ties_read_one_by_one_give_what_the_whole_value_gives() {
    let mut compared = 0;
    for path in files() {
        let (name, text) = read(&path);
        // Unreadable characters are reported before anything else, and only from text.
        if text.contains('\u{fffd}') {
            continue;
        }
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let Ok(value) = serde_json::from_str(body) else {
            continue;
        };
        assert_eq!(parse(&name, &text), parse_value(&name, value), "{name}");
        compared += 1;
    }
    assert!(compared > 40, "{compared} files compared");
}

#[test]
fn a_large_dataset_takes_many_small_steps() {
    let text = fs::read_to_string(Path::new("data/atop-5.1.json")).unwrap();
    let (got, steps) = staged("atop", &text, 50);
    let ties = got.unwrap().ties.len();
    // Each tie is read, shaped and checked: three units, 50 a step, the last step ending it.
    assert_eq!(steps, (3 * ties).div_ceil(50));
}
