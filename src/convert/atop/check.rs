//! Cross-checks of the alliance file against the phase file, so that the phases the
//! conversion turns into ties are exactly ATOP's alliances: every alliance has its phases
//! (one numbered 0, or 1 to `maxphase`), every phase belongs to a listed alliance, and an
//! alliance begins when its first phase does.

use super::error::{Error, ErrorKind};
use super::records::{Alliance, Phase};
use std::collections::BTreeMap;

/// The phases of each alliance, in phase order, after checking them against `alliances`.
pub fn phases_by_alliance<'a>(
    alliances: &[Alliance],
    phases: &'a [Phase],
) -> Result<BTreeMap<u32, Vec<&'a Phase>>, Error> {
    let mut by_id: BTreeMap<u32, Vec<&Phase>> = BTreeMap::new();
    for p in phases {
        let list = by_id.entry(p.atopid).or_default();
        if list.iter().any(|q| q.phase == p.phase) {
            let kind = ErrorKind::DuplicatePhase {
                atopid: p.atopid,
                phase: p.phase,
            };
            return Err(Error::new("atop5_1aph.csv", kind));
        }
        list.push(p);
    }
    let mismatch = |atopid, what: String| {
        Error::new(
            "atop5_1a.csv and atop5_1aph.csv",
            ErrorKind::PhaseMismatch { atopid, what },
        )
    };
    for a in alliances {
        let Some(list) = by_id.get_mut(&a.atopid) else {
            return Err(mismatch(a.atopid, "no phase in the phase file".into()));
        };
        list.sort_by_key(|p| p.phase);
        let numbers: Vec<u32> = list.iter().map(|p| p.phase).collect();
        let expected: Vec<u32> = if a.maxphase == 0 {
            vec![0]
        } else {
            (1..=a.maxphase).collect()
        };
        if numbers != expected {
            let what = format!("maxphase {} but phases {numbers:?}", a.maxphase);
            return Err(mismatch(a.atopid, what));
        }
        if list.iter().any(|p| p.maxphase != a.maxphase) {
            return Err(mismatch(
                a.atopid,
                "maxphase differs between the files".into(),
            ));
        }
        if list[0].start != a.start {
            let what = format!(
                "begins {} but its first phase begins {}",
                a.start, list[0].start
            );
            return Err(mismatch(a.atopid, what));
        }
    }
    if by_id.len() != alliances.len() {
        let listed: Vec<u32> = alliances.iter().map(|a| a.atopid).collect();
        if let Some(extra) = by_id.keys().find(|id| !listed.contains(id)) {
            return Err(mismatch(*extra, "not in the alliance file".into()));
        }
    }
    Ok(by_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::atop::obligation::Obligations;
    use crate::model::date::Date;

    fn alliance(atopid: u32, maxphase: u32, start: &str) -> Alliance {
        Alliance {
            atopid,
            maxphase,
            start: Date::parse(start).unwrap(),
        }
    }

    fn phase(atopid: u32, phase: u32, maxphase: u32, start: &str) -> Phase {
        Phase {
            atopid,
            phase,
            maxphase,
            start: Date::parse(start).unwrap(),
            end: None,
            obligations: Obligations::default(),
            text: String::new(),
        }
    }

    #[test]
    fn groups_phases_in_order() {
        let a = [
            alliance(1350, 2, "1882-05-20"),
            alliance(1005, 0, "1815-01-03"),
        ];
        let p = [
            phase(1005, 0, 0, "1815-01-03"),
            phase(1350, 2, 2, "1887-02-20"),
            phase(1350, 1, 2, "1882-05-20"),
        ];
        let by = phases_by_alliance(&a, &p).unwrap();
        assert_eq!(
            by[&1350].iter().map(|p| p.phase).collect::<Vec<_>>(),
            [1, 2]
        );
        assert_eq!(by.len(), 2);
    }

    #[test]
    fn refuses_missing_extra_and_repeated_phases() {
        let a = [alliance(1350, 2, "1882-05-20")];
        let one = [phase(1350, 1, 2, "1882-05-20")];
        assert!(phases_by_alliance(&a, &one).is_err());
        let twice = [
            phase(1350, 1, 2, "1882-05-20"),
            phase(1350, 1, 2, "1882-05-20"),
        ];
        assert!(matches!(
            phases_by_alliance(&a, &twice).unwrap_err().kind,
            ErrorKind::DuplicatePhase { .. }
        ));
        let extra = [
            phase(1350, 1, 2, "1882-05-20"),
            phase(1350, 2, 2, "1887-02-20"),
            phase(1400, 0, 0, "1890"),
        ];
        let e = phases_by_alliance(&a, &extra).unwrap_err();
        assert!(e
            .to_string()
            .contains("alliance 1400: not in the alliance file"));
        let late = [
            phase(1350, 1, 2, "1882-05-21"),
            phase(1350, 2, 2, "1887-02-20"),
        ];
        assert!(phases_by_alliance(&a, &late).is_err());
    }
}
