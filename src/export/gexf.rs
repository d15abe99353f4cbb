//! The whole dataset as GEXF 1.3 with dynamic dates, so that it opens in Gephi with its
//! timeline: a node per state, an edge per pair of members of each tie (a tie of three or
//! more states becomes all its pairs), each edge with the days both members take part
//! (the tie's, unless a member has dates of its own; both ends included, as GEXF reads
//! them) and the tie's domains, stance and kind as attributes. A pair that never takes
//! part together has no edge.

use super::xml::escape;
use crate::model::dataset::Dataset;
use crate::model::span::overlap;

/// The GEXF document.
///
/// # Examples
/// ```
/// use alliance_map::{export::gexf::gexf, model::parse::parse};
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let doc = gexf(&parse("minimal.json", text).unwrap());
/// assert!(doc.contains(r#"<edge id="ab:0" source="AAA" target="BBB" label="A-B space accord" start="2015-01-01" end="2016-06-30">"#));
/// assert_eq!(doc.matches("<edge ").count(), 1 + 3 + 1); // a pair, a trio's three pairs, a pair
/// ```
pub fn gexf(data: &Dataset) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
    out.push_str(&format!(
        "  <meta>\n    <creator>Alliance Map</creator>\n    <description>{}</description>\n  </meta>\n",
        escape(&data.title)
    ));
    out.push_str("  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n");
    out.push_str("    <attributes class=\"node\">\n      <attribute id=\"region\" title=\"region\" type=\"string\"/>\n    </attributes>\n");
    out.push_str("    <attributes class=\"edge\">\n");
    for (id, title) in [
        ("tie", "tie"),
        ("domains", "domains"),
        ("stance", "stance"),
        ("kind", "kind"),
    ] {
        out.push_str(&format!(
            "      <attribute id=\"{id}\" title=\"{title}\" type=\"string\"/>\n"
        ));
    }
    out.push_str("    </attributes>\n    <nodes>\n");
    for s in &data.states {
        out.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\">",
            escape(&s.id),
            escape(&s.name)
        ));
        if let Some(r) = &s.region {
            out.push_str(&format!(
                "<attvalues><attvalue for=\"region\" value=\"{}\"/></attvalues>",
                escape(r)
            ));
        }
        out.push_str("</node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for tie in &data.ties {
        let domains = tie
            .domains
            .iter()
            .map(|d| data.domain(*d).id.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let mut k = 0;
        for (i, a) in tie.members.iter().enumerate() {
            for (j, b) in tie.members.iter().enumerate().skip(i + 1) {
                // An edge for each stretch in which both take part.
                let (pi, pj) = (tie.member_periods(i), tie.member_periods(j));
                let both = pi
                    .iter()
                    .flat_map(|p| pj.iter().filter_map(|q| overlap(p, q)));
                for (first, last) in both.collect::<Vec<_>>() {
                    let start = first.to_date();
                    let end = last
                        .map(|l| format!(" end=\"{}\"", l.to_date()))
                        .unwrap_or_default();
                    out.push_str(&format!(
                    "      <edge id=\"{}:{k}\" source=\"{}\" target=\"{}\" label=\"{}\" start=\"{start}\"{end}>",
                    escape(&tie.id),
                    escape(&data.state(*a).id),
                    escape(&data.state(*b).id),
                    escape(&tie.title)
                ));
                    out.push_str(&format!(
                    "<attvalues><attvalue for=\"tie\" value=\"{}\"/><attvalue for=\"domains\" value=\"{}\"/><attvalue for=\"stance\" value=\"{}\"/><attvalue for=\"kind\" value=\"{}\"/></attvalues></edge>\n",
                    escape(&tie.id),
                    escape(&domains),
                    tie.stance.label(),
                    escape(&tie.kind)
                ));
                    k += 1;
                }
            }
        }
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    #[test]
    fn an_edge_runs_while_both_members_take_part() {
        let data = parse("d", include_str!("../../tests/fixtures/dated.json")).unwrap();
        let doc = gexf(&data);
        // Aland and Bland never take part in the pact together: no edge.
        let edges = [
            r#"<edge id="entente:0" source="AAA" target="BBB" label="Entente" start="1902-01-30" end="1923-08-17">"#,
            r#"<edge id="entente:1" source="AAA" target="CCC" label="Entente" start="1910-01-01">"#,
            r#"<edge id="entente:2" source="BBB" target="CCC" label="Entente" start="1910-01-01" end="1923-08-17">"#,
            r#"<edge id="pact:0" source="AAA" target="DDD" label="Pact" start="1915-01-01" end="1920-12-31">"#,
            r#"<edge id="pact:1" source="DDD" target="BBB" label="Pact" start="1934-01-01" end="1935-12-31">"#,
        ];
        for edge in edges {
            assert!(doc.contains(edge), "{edge}");
        }
        assert_eq!(doc.matches("<edge ").count(), edges.len());
    }
}
