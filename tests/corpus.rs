//! A corpus of broken datasets (tests/corpus/), each with the exact message a person sees.
//! Writing `ALLIANCE_MAP_BLESS=1` prints the current messages instead, for adding files.

use alliance_map::model::parse::parse;

/// The message shown for a file: the problems, one per line, as the page lists them.
fn message(name: &str, text: &str) -> String {
    match parse(name, text) {
        Ok(_) => "(valid)".to_string(),
        Err(e) => e.to_string(),
    }
}

macro_rules! corpus {
    ($($file:literal => $expected:expr),* $(,)?) => {
        #[test]
        fn every_broken_file_gives_its_exact_message() {
            let mut failures = Vec::new();
            $(
                // Read as a browser reads a download: bytes that are not UTF-8 become U+FFFD.
                let text = String::from_utf8_lossy(include_bytes!(concat!("corpus/", $file)));
                let got = message($file, &text);
                if std::env::var_os("ALLIANCE_MAP_BLESS").is_some() {
                    println!("{:?} => {:?},", $file, got);
                } else if got != $expected {
                    failures.push(format!("{}:\n  got      {:?}\n  expected {:?}", $file, got, $expected));
                }
            )*
            assert!(failures.is_empty(), "{}", failures.join("\n"));
        }
    };
}

corpus! {
    "array-top.json" => "array-top.json has 1 problem\n- (top level): expected an object with the dataset's fields, found an array",
    "bad-stance.json" => "bad-stance.json has 1 problem\n- ties[2].stance: expected \"cooperation\" or \"rivalry\", found \"hostile\"",
    "bom.json" => "(valid)",
    "date-number.json" => "date-number.json has 1 problem\n- ties[0].start: invalid type: integer `2015`, expected a string",
    "date-words.json" => "date-words.json has 1 problem\n- ties[0].end: \"June 2016\": expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    "deep-nesting.json" => "deep-nesting.json has 1 problem\n- line 1, column 128: the file is not valid JSON: recursion limit exceeded",
    "domains-empty.json" => "domains-empty.json has 5 problems\n- domains: expected at least one domain, found none\n- ties[0].domains[0]: unknown id \"space\": it is not declared in `domains`\n- ties[1].domains[0]: unknown id \"cyber\": it is not declared in `domains`\n- ties[1].domains[1]: unknown id \"space\": it is not declared in `domains`\n- ties[2].domains[0]: unknown id \"cyber\": it is not declared in `domains`",
    "duplicate-state.json" => "duplicate-state.json has 3 problems\n- states[2].id: duplicate id \"AAA\": already used at states[0].id\n- ties[1].members[2]: unknown id \"CCC\": it is not declared in `states`\n- ties[2].members[1]: unknown id \"CCC\": it is not declared in `states`",
    "duplicate-tie.json" => "duplicate-tie.json has 1 problem\n- ties[2].id: duplicate id \"ab\": already used at ties[0].id",
    "empty-file.json" => "empty-file.json has 1 problem\n- line 1, column 0: the file is not valid JSON: EOF while parsing a value",
    "empty-id.json" => "empty-id.json has 3 problems\n- states[0].id: the id is empty\n- ties[0].members[0]: unknown id \"AAA\": it is not declared in `states`\n- ties[1].members[0]: unknown id \"AAA\": it is not declared in `states`",
    "end-before-start.json" => "end-before-start.json has 1 problem\n- ties[0].end: the tie ends (2014) before it starts (2015)",
    "february-30.json" => "february-30.json has 1 problem\n- ties[2].start: \"2021-02-30\": day 30 does not exist in that month (it has 28 days)",
    "invalid-utf8-escape.json" => "invalid-utf8-escape.json has 1 problem\n- line 4, column 21: the file is not valid JSON: unexpected end of hex escape",
    "latin-1.json" => "latin-1.json has 1 problem\n- line 18, column 13: the file is not UTF-8 text (a character here could not be read); save it as UTF-8 and open it again",
    "many-problems.json" => "many-problems.json has 3 problems\n- states[0].name: invalid type: null, expected a string\n- ties[0].stance: expected \"cooperation\" or \"rivalry\", found \"x\"\n- ties[1].start: \"1999-99\": month 99 does not exist (expected 01 to 12)",
    "member-before-tie.json" => "member-before-tie.json has 1 problem\n- ties[1].members[2].start: the member starts (2015-12) before the tie does (2016-03-01)",
    "member-without-state.json" => "member-without-state.json has 1 problem\n- ties[0].members[1]: missing field `state`",
    "members-string.json" => "members-string.json has 1 problem\n- ties[0].members: invalid type: string \"AAA;BBB\", expected a sequence",
    "missing-title.json" => "missing-title.json has 1 problem\n- (top level): missing required field `title`",
    "month-13.json" => "month-13.json has 1 problem\n- ties[2].start: \"2021-13\": month 13 does not exist (expected 01 to 12)",
    "no-citations.json" => "no-citations.json has 1 problem\n- ties[0].sources: expected at least one source citation, found none",
    "no-domains.json" => "no-domains.json has 1 problem\n- ties[0].domains: expected at least one domain, found none",
    "not-json.json" => "not-json.json has 1 problem\n- line 1, column 2: the file is not valid JSON: expected ident",
    "null-top.json" => "null-top.json has 1 problem\n- (top level): expected an object with the dataset's fields, found null",
    "one-member.json" => "one-member.json has 1 problem\n- ties[0].members: a tie needs at least two members, found 1",
    "quote-missing.json" => "quote-missing.json has 1 problem\n- ties[0].sources[0]: missing field `quote`",
    "repeated-member.json" => "repeated-member.json has 1 problem\n- ties[1].members[2]: state \"AAA\" is listed twice",
    "source-date-bad.json" => "source-date-bad.json has 1 problem\n- sources[0].date: \"someday\": expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    "spell-end-before-start.json" => "spell-end-before-start.json has 1 problem\n- states[0].spells[0].end: the spell ends (1991-08) before it starts (1991-09-06)",
    "spell-february-29.json" => "spell-february-29.json has 1 problem\n- states[2].spells[1].end: \"1990-02-29\": day 29 does not exist in that month (it has 28 days)",
    "state-id-number.json" => "state-id-number.json has 3 problems\n- states[0].id: invalid type: integer `7`, expected a string\n- ties[0].members[0]: unknown id \"AAA\": it is not declared in `states`\n- ties[1].members[0]: unknown id \"AAA\": it is not declared in `states`",
    "state-name-missing.json" => "state-name-missing.json has 1 problem\n- states[1]: missing field `name`",
    "states-object.json" => "states-object.json has 1 problem\n- states: expected an array, found an object",
    "story-bad-focus.json" => "story-bad-focus.json has 1 problem\n- stories[0].scenes[0].focus[0]: unknown id \"nobody\": it is not declared in `states` or `ties`",
    "story-no-scenes.json" => "story-no-scenes.json has 1 problem\n- stories[0].scenes: expected at least one scene, found none",
    "string-top.json" => "string-top.json has 1 problem\n- (top level): expected an object with the dataset's fields, found string \"alliance-map\"",
    "ties-empty.json" => "ties-empty.json has 1 problem\n- ties: expected at least one tie, found none",
    "ties-missing.json" => "ties-missing.json has 1 problem\n- (top level): missing required field `ties`",
    "title-number.json" => "title-number.json has 1 problem\n- title: expected a string, found number 42",
    "too-many-domains.json" => "too-many-domains.json has 1 problem\n- domains: at most 64 domains are supported, found 65",
    "trailing-comma-array.json" => "trailing-comma-array.json has 1 problem\n- line 46, column 4: the file is not valid JSON: trailing comma",
    "trailing-comma.json" => "trailing-comma.json has 1 problem\n- line 4, column 21: the file is not valid JSON: key must be a string",
    "truncated.json" => "truncated.json has 1 problem\n- line 57, column 12: the file is not valid JSON: EOF while parsing a string",
    "unknown-domain.json" => "unknown-domain.json has 1 problem\n- ties[0].domains[0]: unknown id \"ai\": it is not declared in `domains`",
    "unknown-member.json" => "unknown-member.json has 1 problem\n- ties[0].members[1]: unknown id \"ZZZ\": it is not declared in `states`",
    "unknown-source.json" => "unknown-source.json has 1 problem\n- ties[0].sources[0].source: unknown id \"nope\": it is not declared in `sources`",
    "url-not-string.json" => "url-not-string.json has 1 problem\n- sources[0].url: invalid type: map, expected a string",
    "version-2.json" => "version-2.json has 1 problem\n- version: expected version 1, found 2",
    "version-string.json" => "version-string.json has 1 problem\n- version: expected version 1, found \"1\"",
    "whitespace-only.json" => "whitespace-only.json has 1 problem\n- line 2, column 2: the file is not valid JSON: EOF while parsing a value",
    "wrong-format.json" => "wrong-format.json has 1 problem\n- format: expected \"alliance-map\", found string \"graphml\"",
}

#[test]
fn every_file_in_the_corpus_is_listed() {
    let files = std::fs::read_dir("tests/corpus").unwrap().count();
    let listed = include_str!("corpus.rs").matches(".json\" => \"").count();
    assert_eq!(
        files, listed,
        "each file in tests/corpus needs its expected message here"
    );
}

#[test]
fn a_hundred_thousand_ties_with_one_broken_are_checked_in_full() {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    let tie = v["ties"][0].clone();
    let ties: Vec<serde_json::Value> = (0..100_000)
        .map(|i| {
            let mut t = tie.clone();
            t["id"] = serde_json::json!(format!("t{i}"));
            t
        })
        .collect();
    v["ties"] = serde_json::json!(ties);
    v["ties"][99_999]["members"][1] = serde_json::json!("QQQ");
    let e = parse("big.json", &v.to_string()).unwrap_err();
    assert_eq!(e.to_string(), "big.json has 1 problem\n- ties[99999].members[1]: unknown id \"QQQ\": it is not declared in `states`");
}

#[test]
fn a_two_megabyte_title_is_kept_whole() {
    let text = include_str!("fixtures/minimal.json")
        .replace("\"Minimal\"", &format!("\"{}\"", "x".repeat(2_000_000)));
    assert_eq!(parse("long.json", &text).unwrap().title.len(), 2_000_000);
}
