//! Converts ATOP 5.1 (Alliance Treaty Obligations and Provisions) and the COW State System
//! Membership List into an Alliance Map dataset: `data/atop-5.1.json`, made by
//! `cargo run --release --locked --bin atop -- sources/atop data/atop-5.1.json`.
//!
//! One tie per alliance phase ([`ties`]), its members from the member file with their own
//! entry and exit where they differ from the phase's ([`members`]), its domains the
//! obligations coded 1 ([`obligation`]); one state per COW state that is a member of any
//! alliance ([`states`]). The same files always give the same bytes: every list is sorted
//! (states by COW code, ties by start date, then ATOP id and phase).
//!
//! The files are read whole and checked as they are read ([`csv`], [`records`], [`cow`]); the
//! first problem stops the conversion with an [`Error`] naming its place. Corrections that do
//! not stop it (a membership clipped to its phase, a state that left and came back) are
//! returned as notes.

pub mod about;
pub mod cells;
pub mod check;
pub mod cow;
pub mod csv;
pub mod date;
pub mod error;
pub mod facts;
pub mod ids;
pub mod iso;
pub mod members;
pub mod names;
pub mod obligation;
pub mod output;
pub mod records;
pub mod region;
pub mod states;
pub mod summary;
pub mod text;
pub mod ties;

pub use error::{Error, ErrorKind};

use csv::Table;
use output::Dataset;
use records::Membership;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The text of the source files.
#[derive(Debug, Clone)]
pub struct SourceFiles {
    /// `atop5_1a.csv`: one row per alliance.
    pub alliances: String,
    /// `atop5_1aph.csv`: one row per alliance phase.
    pub phases: String,
    /// `atop5_1m.csv`: one row per member per phase.
    pub members: String,
    /// `cow-states.csv`: one row per spell of a COW state.
    pub states: String,
    /// `names.tsv`: the common names of some alliances, checked against the ATOP files.
    pub names: String,
}

impl SourceFiles {
    /// The file names, in the order of the fields.
    pub const NAMES: [&'static str; 5] = [
        "atop5_1a.csv",
        "atop5_1aph.csv",
        "atop5_1m.csv",
        "cow-states.csv",
        names::FILE,
    ];

    /// Reads the files from `dir`.
    pub fn read(dir: &Path) -> Result<SourceFiles, Error> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map_err(|e| Error::new(path.display().to_string(), ErrorKind::Read(e.to_string())))
        };
        let [a, p, m, s, n] = SourceFiles::NAMES;
        Ok(SourceFiles {
            alliances: read(a)?,
            phases: read(p)?,
            members: read(m)?,
            states: read(s)?,
            names: read(n)?,
        })
    }
}

/// The dataset, with notes on what the conversion corrected.
#[derive(Debug, Clone)]
pub struct Conversion {
    pub dataset: Dataset,
    /// The number of alliances (the ties are their phases).
    pub alliances: usize,
    /// One line per correction, such as a membership clipped to its phase.
    pub notes: Vec<String>,
}

/// Converts the source files into the dataset.
pub fn convert(files: &SourceFiles) -> Result<Conversion, Error> {
    let [a, p, m, s, n] = SourceFiles::NAMES;
    let alliances = records::alliances(&Table::parse(a, &files.alliances)?)?;
    let phases = records::phases(&Table::parse(p, &files.phases)?)?;
    let memberships = records::memberships(&Table::parse(m, &files.members)?)?;
    let cow = cow::states(&Table::parse(s, &files.states)?)?;

    let by_alliance = check::phases_by_alliance(&alliances, &phases)?;
    let mut rows: BTreeMap<(u32, u32), Vec<&Membership>> = BTreeMap::new();
    for row in &memberships {
        let known = by_alliance
            .get(&row.atopid)
            .is_some_and(|list| list.iter().any(|p| p.phase == row.phase));
        if !known {
            let kind = ErrorKind::NoSuchPhase {
                atopid: row.atopid,
                phase: row.phase,
            };
            return Err(Error::new(format!("{m} line {}", row.line), kind));
        }
        rows.entry((row.atopid, row.phase)).or_default().push(row);
    }
    let codes: BTreeSet<u32> = memberships.iter().map(|r| r.ccode).collect();
    let (state_list, by_code) = states::states(&codes, &cow)?;
    let common = names::names(&Table::parse_tabs(n, &files.names)?)?;
    let common = names::check(common, &alliances, &rows)?;
    let mut context = BTreeMap::new();
    for alliance in &alliances {
        let list = &by_alliance[&alliance.atopid];
        let ends: Option<Vec<_>> = list.iter().map(|p| p.end).collect();
        let signatories = names::founders(alliance, &rows)
            .into_iter()
            .map(|c| by_code.get(&c).map_or("?", |s| s.name.as_str()))
            .collect();
        let entry = facts::Alliance {
            name: common.get(&alliance.atopid),
            signed: alliance.start,
            signatories,
            end: ends.and_then(|e| e.into_iter().max_by_key(|d| d.last_day())),
        };
        context.insert(alliance.atopid, entry);
    }

    let mut notes = Vec::new();
    let mut ties = Vec::with_capacity(phases.len());
    for phase in by_alliance.values().flatten() {
        let mine = rows
            .get(&(phase.atopid, phase.phase))
            .map_or(&[][..], Vec::as_slice);
        let members = members::members(phase, mine, &mut notes)?;
        let union = members
            .iter()
            .fold(Default::default(), |o: obligation::Obligations, m| {
                o.union(m.obligations)
            });
        if union != phase.obligations {
            notes.push(format!(
                "alliance {} phase {}: the phase file codes {}, its members {}",
                phase.atopid,
                phase.phase,
                phase.obligations.in_words(),
                union.in_words()
            ));
        }
        let key = (phase.start.first_day(), phase.atopid, phase.phase);
        let alliance = &context[&phase.atopid];
        ties.push((key, ties::tie(phase, alliance, &members, &by_code)?));
    }
    ties.sort_by_key(|(key, _)| *key);

    Ok(Conversion {
        dataset: Dataset {
            format: "alliance-map",
            version: 1,
            title: about::TITLE.to_string(),
            description: about::DESCRIPTION.to_string(),
            domains: about::domains(),
            states: state_list,
            sources: about::sources(),
            ties: ties.into_iter().map(|(_, t)| t).collect(),
        },
        alliances: alliances.len(),
        notes,
    })
}
