//! The datasets that come with the app, and which one (or which address) a link asks for:
//! `?data=ADDRESS` names any dataset, `?dataset=ID` one of these, and neither the first.

use super::url::{Notice, UrlState};

/// A dataset shipped with the page, in `data/`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bundled {
    /// What `?dataset=` names it by.
    pub id: &'static str,
    /// What the picker calls it.
    pub label: &'static str,
    /// Its address, relative to the page.
    pub path: &'static str,
}

/// Every bundled dataset, the default first.
pub const BUNDLED: [Bundled; 2] = [
    Bundled {
        id: "space-cyber-isr",
        label: "Space, cyber and ISR",
        path: "data/space-cyber-isr.json",
    },
    Bundled {
        id: "atop-5.1",
        label: "Alliances 1815–2018",
        path: "data/atop-5.1.json",
    },
];

/// The bundled dataset called `id`.
pub fn find(id: &str) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|b| b.id == id)
}

/// What a link asks to load: an address, the bundled dataset it is (if it is one), and a
/// notice when its `dataset` parameter could not be used.
///
/// # Examples
/// ```
/// use alliance_map::model::bundled::chosen;
/// use alliance_map::model::url::UrlState;
/// let (url, _) = UrlState::parse("dataset=atop-5.1&date=1914-06-28");
/// let (address, bundled, notice) = chosen(&url);
/// assert_eq!((address.as_str(), bundled.map(|b| b.id)), ("data/atop-5.1.json", Some("atop-5.1")));
/// assert!(notice.is_none());
/// let (url, _) = UrlState::parse("dataset=nato");
/// let (address, _, notice) = chosen(&url);
/// assert_eq!(address, "data/space-cyber-isr.json");
/// assert_eq!(notice.unwrap().0, "`dataset=nato` was ignored: the datasets here are space-cyber-isr and atop-5.1");
/// ```
pub fn chosen(url: &UrlState) -> (String, Option<&'static Bundled>, Option<Notice>) {
    if let Some(address) = &url.data {
        let notice = url
            .dataset
            .as_ref()
            .map(|_| Notice("`dataset` was ignored: `data` names the dataset to show".to_string()));
        return (address.clone(), None, notice);
    }
    match url.dataset.as_deref().map(|id| (id, find(id))) {
        Some((_, Some(b))) => (b.path.to_string(), Some(b), None),
        Some((id, None)) => {
            let ids: Vec<&str> = BUNDLED.iter().map(|b| b.id).collect();
            let notice = Notice(format!(
                "`dataset={id}` was ignored: the datasets here are {}",
                ids.join(" and ")
            ));
            (BUNDLED[0].path.to_string(), Some(&BUNDLED[0]), Some(notice))
        }
        None => (BUNDLED[0].path.to_string(), Some(&BUNDLED[0]), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_wins_over_a_bundled_dataset() {
        let (url, _) = UrlState::parse("data=mine.json&dataset=atop-5.1");
        let (address, bundled, notice) = chosen(&url);
        assert_eq!((address.as_str(), bundled), ("mine.json", None));
        assert_eq!(
            notice.unwrap().0,
            "`dataset` was ignored: `data` names the dataset to show"
        );
        let (address, bundled, notice) = chosen(&UrlState::default());
        assert_eq!(address, "data/space-cyber-isr.json");
        assert_eq!(bundled.unwrap().id, "space-cyber-isr");
        assert!(notice.is_none());
    }

    #[test]
    fn every_bundled_dataset_is_in_the_data_folder() {
        for b in BUNDLED {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(b.path);
            assert!(path.exists(), "{}", b.path);
        }
    }
}
