//! What the dataset says about itself: its title, the description that carries the
//! citations ATOP and COW ask for, the two source documents, and the five domains.

use super::obligation::Obligation;
use super::output::{Domain, Source};
use super::ties::SOURCE_ID;

/// The id of the COW list among the sources.
pub const COW_SOURCE_ID: &str = "cow-states-2011";

pub const TITLE: &str = "Alliances 1815–2018 (ATOP 5.1)";

pub const DESCRIPTION: &str = "Formal military alliances signed from 1815 to 2018, one tie per \
alliance phase, from the Alliance Treaty Obligations and Provisions data, version 5.1: Leeds, \
Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002), \
“Alliance Treaty Obligations and Provisions, 1815-1944”, International Interactions 28: \
237-260. The states, their names and their years of independence come from Correlates of War \
Project (2011), State System Membership List, v2011.";

/// The two source documents: ATOP 5.1 and the COW list. Their titles carry the short
/// citations each project asks for, since the app's sources line (under the map, in the
/// handout, the embed and the exported images) shows titles.
pub fn sources() -> Vec<Source> {
    vec![
        Source {
            id: SOURCE_ID,
            title: "Alliance Treaty Obligations and Provisions (ATOP), version 5.1: Leeds, \
                    Ritter, Mitchell and Long (2002), International Interactions 28: 237-260",
            author: "Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell and \
                     Andrew G. Long",
            publisher: Some("ATOP project"),
            date: "2022",
            url: "http://www.atopdata.org/",
        },
        Source {
            id: COW_SOURCE_ID,
            title: "Correlates of War Project (2011), State System Membership List, v2011",
            author: "Correlates of War Project",
            publisher: None,
            date: "2011",
            url: "http://www.correlatesofwar.org/",
        },
    ]
}

/// The five obligations as domains, in ATOP's order.
pub fn domains() -> Vec<Domain> {
    Obligation::ALL
        .iter()
        .map(|o| Domain {
            id: o.id(),
            label: o.label(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_description_carries_both_citations() {
        for part in [
            "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002)",
            "International Interactions 28: 237-260",
            "Correlates of War Project (2011), State System Membership List, v2011",
        ] {
            assert!(DESCRIPTION.contains(part), "{part}");
        }
        assert!(!DESCRIPTION.contains("  "));
    }

    #[test]
    fn five_domains_with_plain_labels() {
        let labels: Vec<&str> = domains().iter().map(|d| d.label).collect();
        assert_eq!(
            labels,
            [
                "Defense",
                "Offense",
                "Neutrality",
                "Non-aggression",
                "Consultation"
            ]
        );
        assert_eq!(sources().len(), 2);
    }
}
