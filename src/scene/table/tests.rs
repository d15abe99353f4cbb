//! The table's rows, filters and orders on the minimal fixture.

use super::*;
use crate::model::{date::Date, parse::parse};

fn fixture() -> (Dataset, Vec<Row>) {
    let data = parse("m", include_str!("../../../tests/fixtures/minimal.json")).unwrap();
    let day = Date::parse("2016-05-20").unwrap().first_day();
    let all = rows(&data, &[TieIx(0), TieIx(1), TieIx(2)], day);
    (data, all)
}

fn ids(data: &Dataset, query: &Query, all: &[Row]) -> Vec<String> {
    query
        .apply(data, all)
        .iter()
        .map(|r| data.tie(r.tie).id.clone())
        .collect()
}

#[test]
fn rows_list_only_the_ties_in_force_with_their_cells() {
    let (data, all) = fixture();
    assert_eq!(all.len(), 3);
    let later = Date::parse("2016-07-01").unwrap().first_day();
    let fewer = rows(&data, &[TieIx(0), TieIx(1), TieIx(2)], later);
    assert_eq!(
        fewer.iter().map(|r| r.tie).collect::<Vec<_>>(),
        [TieIx(1), TieIx(2)]
    );
    assert_eq!(all[1].members, "Aland, Bland, Cland");
    assert_eq!(all[1].member_count, 3);
    assert_eq!(all[1].domains, "Cyber, Space");
}

#[test]
fn text_matches_title_members_and_domains_in_any_case() {
    let (data, all) = fixture();
    let q = |t: &str| Query {
        text: t.into(),
        ..Query::default()
    };
    assert_eq!(ids(&data, &q("ACCORD"), &all), ["ab"]);
    assert_eq!(ids(&data, &q("cland"), &all), ["abc", "bc"]);
    assert_eq!(ids(&data, &q("space"), &all), ["ab", "abc"]);
    assert_eq!(ids(&data, &q("  aland   cyber "), &all), ["abc"]);
    assert!(ids(&data, &q("nowhere"), &all).is_empty());
    assert_eq!(ids(&data, &q("   "), &all).len(), 3);
    assert!(!q("   ").filters());
}

#[test]
fn domain_and_stance_filters_combine() {
    let (data, all) = fixture();
    let cyber = Some(DomainIx(1));
    let by_domain = Query {
        domain: cyber,
        ..Query::default()
    };
    assert_eq!(ids(&data, &by_domain, &all), ["abc", "bc"]);
    let both = Query {
        stance: Some(Stance::Cooperation),
        ..by_domain
    };
    assert_eq!(ids(&data, &both, &all), ["abc"]);
    assert!(both.filters());
}

#[test]
fn a_column_sorts_one_way_then_the_other() {
    let (data, all) = fixture();
    let by_members = Query::default().sorted_by(Column::Members);
    assert_eq!(by_members.order_of(Column::Members), Some(Order::Ascending));
    assert_eq!(by_members.order_of(Column::Tie), None);
    // Two members each: "Aland, Bland" before "Bland, Cland"; then the three.
    assert_eq!(ids(&data, &by_members, &all), ["ab", "bc", "abc"]);
    let back = by_members.sorted_by(Column::Members);
    assert_eq!(back.order_of(Column::Members), Some(Order::Descending));
    assert_eq!(ids(&data, &back, &all), ["abc", "bc", "ab"]);
    let by_title = back.sorted_by(Column::Tie);
    assert_eq!(ids(&data, &by_title, &all), ["ab", "bc", "abc"]);
    let by_stance = Query::default()
        .sorted_by(Column::Stance)
        .sorted_by(Column::Stance);
    assert_eq!(ids(&data, &by_stance, &all)[0], "bc");
}

#[test]
fn dates_sort_by_start_then_end_with_ongoing_last() {
    let (data, all) = fixture();
    let q = Query::default().sorted_by(Column::Dates);
    assert_eq!(ids(&data, &q, &all), ["ab", "abc", "bc"]);
    let mut same = all.clone();
    same[1].start = same[0].start;
    let order: Vec<_> = q.apply(&data, &same).iter().map(|r| r.tie).collect();
    assert_eq!(order[..2], [TieIx(0), TieIx(1)]);
    same[0].end = None;
    let order: Vec<_> = q.apply(&data, &same).iter().map(|r| r.tie).collect();
    assert_eq!(
        order[..2],
        [TieIx(0), TieIx(1)],
        "equal rows keep their order"
    );
}

#[test]
fn counts_say_how_many_of_how_many() {
    assert_eq!(count_in_words(0, 30), "0 of 30 ties");
    assert_eq!(count_in_words(30, 30), "30 ties");
    assert_eq!(count_in_words(0, 0), "0 ties");
    assert_eq!(count_in_words(1, 2), "1 of 2 ties");
}

#[test]
fn case_does_not_decide_the_order() {
    assert_eq!(text_order("alpha", "Beta"), Ordering::Less);
    assert_eq!(text_order("ALPHA", "alpha"), Ordering::Equal);
}
