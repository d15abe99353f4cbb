//! Tests of [`super`].

use super::*;

#[test]
fn a_full_state_survives_a_round_trip() {
    let s = UrlState {
        data: Some("https://example.org/my ties.json".into()),
        dataset: Some("atop-5.1".into()),
        date: Some(Date::parse("2021-06-15").unwrap().first_day()),
        compare: Some(Date::parse("2009-06-01").unwrap().first_day()),
        hide: vec!["cyber".into(), "rivalry".into()],
        region: Some("East Asia".into()),
        state: Some("JPN".into()),
        tie: None,
        focus: vec!["AUS".into(), "IND".into()],
        frame: Some([-120.0, -80.0, 260.0, 141.0]),
        view: Some((12.5, -40.0, 1.75)),
        embed: true,
        story: Some("s1".into()),
        scene: Some(3),
    };
    let q = s.to_query();
    assert_eq!(
        q,
        "data=https://example.org/my%20ties.json&dataset=atop-5.1&date=2021-06-15&compare=2009-06-01&hide=cyber,rivalry&region=East%20Asia&state=JPN&focus=AUS,IND&frame=-120,-80,260,141&view=12.5,-40,1.75&story=s1&scene=3&embed=1"
    );
    assert_eq!(UrlState::parse(&q), (s, vec![]));
}

#[test]
fn bad_values_are_ignored_with_a_notice() {
    let (s, n) =
        UrlState::parse("date=2021-02-30&view=1,2&compare=soon&embed=0&state=&frame=5,0,1,9");
    assert_eq!(s, UrlState::default());
    let texts: Vec<&str> = n.iter().map(|n| n.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "`date=2021-02-30` was ignored: day 30 does not exist in that month (it has 28 days)",
            "`view=1,2` was ignored: expected centre x, centre y and a zoom above 0, such as view=0,0,1.5",
            "`compare=soon` was ignored: expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
            "`frame=5,0,1,9` was ignored: expected left, top, right and bottom, each right of and below the other, such as frame=-100,-50,200,80",
        ]
    );
}

#[test]
fn decoding_handles_plus_percent_and_broken_escapes() {
    assert_eq!(decode("East+Asia"), "East Asia");
    assert_eq!(decode("T%C3%BCrkiye"), "Türkiye");
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(encode("Türkiye & co"), "T%C3%BCrkiye%20%26%20co");
}
