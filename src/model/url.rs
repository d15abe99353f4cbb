//! The view as a query string, so that a link reproduces what its sender saw: the dataset,
//! the date and comparison date, hidden layers, the region, the selection and what is framed.
//! [`UrlState`] is the query's meaning with names, not indices; [`UrlState::parse`] reads a
//! query and says which parameters it could not use; `to_query` writes one back.
//!
//! | parameter | example | meaning |
//! | --- | --- | --- |
//! | `data` | `data=https://example.org/ties.json` | dataset address |
//! | `dataset` | `dataset=atop-5.1` | a bundled dataset (see [`super::bundled`]) |
//! | `date` | `date=2021-06-15` | chosen date |
//! | `compare` | `compare=2009-06-01` | comparison date |
//! | `hide` | `hide=cyber,rivalry` | hidden domains (ids) and stances |
//! | `region` | `region=East%20Asia` | region filter |
//! | `state`, `tie` | `state=JPN`, `tie=quad-summit-2021` | selection |
//! | `focus` | `focus=AUS,IND,JPN,USA` | states brought into view whole with their labels |
//! | `frame` | `frame=-120,-80,260,140` | the region shown (layout units), fitted to any box |
//! | `view` | `view=12.5,-40,1.8` | centre and zoom (older links; read, not written) |
//! | `embed` | `embed=1` | embed mode |
//! | `story`, `scene` | `story=space-cyber-story&scene=3` | a story's scene (from 1) |

use super::date::{Date, Day};

/// A comma-separated list of names, blanks left out.
fn names(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

/// A comma-separated list of numbers: each finite one, or `None` where there is none.
fn numbers(value: &str) -> Vec<Option<f64>> {
    value
        .split(',')
        .map(|p| p.trim().parse::<f64>().ok().filter(|v| v.is_finite()))
        .collect()
}

/// The query string's meaning.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlState {
    pub data: Option<String>,
    /// A bundled dataset's id.
    pub dataset: Option<String>,
    pub date: Option<Day>,
    pub compare: Option<Day>,
    /// Hidden domain ids and stances (`cooperation`, `rivalry`).
    pub hide: Vec<String>,
    pub region: Option<String>,
    pub state: Option<String>,
    pub tie: Option<String>,
    /// States the map brings into view whole, labels included, in whatever box it has (ids).
    pub focus: Vec<String>,
    /// The region of the layout shown, `[x0, y0, x1, y1]`, fitted into whatever box the map
    /// has.
    pub frame: Option<[f64; 4]>,
    /// Centre x, centre y, zoom: what links recorded before frames (tied to the sender's
    /// box, so no longer written).
    pub view: Option<(f64, f64, f64)>,
    pub embed: bool,
    /// A story's id and the scene shown (counted from 1).
    pub story: Option<String>,
    pub scene: Option<usize>,
}

/// A parameter that was not understood, said to the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice(pub String);

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Decodes `application/x-www-form-urlencoded` text (`+` is a space).
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes text for a query value: letters, digits and `-_.~` stay, the rest is `%XX`;
/// commas and colons stay too, since they read well and mean nothing special in a value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b','
            | b':'
            | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn day(key: &str, value: &str, notices: &mut Vec<Notice>) -> Option<Day> {
    match Date::parse(value) {
        Ok(d) => Some(d.first_day()),
        Err(e) => {
            notices.push(Notice(format!("`{key}={value}` was ignored: {e}")));
            None
        }
    }
}

impl UrlState {
    /// Reads a query string (with or without its leading `?`). Parameters it cannot use are
    /// ignored and described in the notices; unknown parameters too.
    ///
    /// # Examples
    /// ```
    /// use alliance_map::model::url::UrlState;
    /// let (s, notices) = UrlState::parse("?date=2021-06-15&hide=cyber&state=JPN&zoom=3");
    /// assert_eq!(s.date.unwrap().to_string(), "15 June 2021");
    /// assert_eq!((s.hide, s.state.as_deref()), (vec!["cyber".to_string()], Some("JPN")));
    /// assert_eq!(notices[0].0, "`zoom` is not a parameter this map reads, so it was ignored");
    /// ```
    pub fn parse(query: &str) -> (UrlState, Vec<Notice>) {
        let mut s = UrlState::default();
        let mut notices = Vec::new();
        for pair in query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (decode(key), decode(value));
            let value = value.trim().to_string();
            match key.as_str() {
                "data" if !value.is_empty() => s.data = Some(value),
                "dataset" if !value.is_empty() => s.dataset = Some(value),
                "date" => s.date = day("date", &value, &mut notices),
                "compare" => s.compare = day("compare", &value, &mut notices),
                "hide" => s.hide = names(&value),
                "region" if !value.is_empty() => s.region = Some(value),
                "state" if !value.is_empty() => s.state = Some(value),
                "tie" if !value.is_empty() => s.tie = Some(value),
                "embed" => s.embed = matches!(value.as_str(), "" | "1" | "true" | "yes"),
                "focus" => s.focus = names(&value),
                "frame" => {
                    let parts = numbers(&value);
                    match parts.as_slice() {
                        [Some(x0), Some(y0), Some(x1), Some(y1)] if x0 < x1 && y0 < y1 => {
                            s.frame = Some([*x0, *y0, *x1, *y1])
                        }
                        _ => notices.push(Notice(format!("`frame={value}` was ignored: expected left, top, right and bottom, each right of and below the other, such as frame=-100,-50,200,80"))),
                    }
                }
                "view" => {
                    let parts = numbers(&value);
                    match parts.as_slice() {
                        [Some(x), Some(y), Some(z)] if *z > 0.0 => s.view = Some((*x, *y, *z)),
                        _ => notices.push(Notice(format!("`view={value}` was ignored: expected centre x, centre y and a zoom above 0, such as view=0,0,1.5"))),
                    }
                }
                "story" if !value.is_empty() => s.story = Some(value),
                "scene" => match value.parse::<usize>() {
                    Ok(n) if n >= 1 => s.scene = Some(n),
                    _ => notices.push(Notice(format!(
                        "`scene={value}` was ignored: expected a scene number from 1"
                    ))),
                },
                "data" | "dataset" | "region" | "state" | "tie" | "story" => {}
                other => notices.push(Notice(format!(
                    "`{other}` is not a parameter this map reads, so it was ignored"
                ))),
            }
        }
        (s, notices)
    }

    /// The query string (without `?`), parameters in a fixed order, empty ones left out.
    pub fn to_query(&self) -> String {
        let date = |d: Day| d.to_date().to_string();
        let mut parts: Vec<String> = Vec::new();
        if let Some(d) = &self.data {
            parts.push(format!("data={}", encode(d)));
        }
        if let Some(d) = &self.dataset {
            parts.push(format!("dataset={}", encode(d)));
        }
        if let Some(d) = self.date {
            parts.push(format!("date={}", date(d)));
        }
        if let Some(d) = self.compare {
            parts.push(format!("compare={}", date(d)));
        }
        if !self.hide.is_empty() {
            parts.push(format!("hide={}", encode(&self.hide.join(","))));
        }
        if let Some(r) = &self.region {
            parts.push(format!("region={}", encode(r)));
        }
        if let Some(s) = &self.state {
            parts.push(format!("state={}", encode(s)));
        }
        if let Some(t) = &self.tie {
            parts.push(format!("tie={}", encode(t)));
        }
        if !self.focus.is_empty() {
            let ids: Vec<String> = self.focus.iter().map(|f| encode(f)).collect();
            parts.push(format!("focus={}", ids.join(",")));
        }
        if let Some([x0, y0, x1, y1]) = self.frame {
            let [x0, y0, x1, y1] = [x0.floor(), y0.floor(), x1.ceil(), y1.ceil()];
            parts.push(format!("frame={x0},{y0},{x1},{y1}"));
        }
        if let Some((x, y, z)) = self.view {
            parts.push(format!(
                "view={},{},{}",
                round(x, 1),
                round(y, 1),
                round(z, 3)
            ));
        }
        if let Some(story) = &self.story {
            parts.push(format!("story={}", encode(story)));
        }
        if let Some(n) = self.scene {
            parts.push(format!("scene={n}"));
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        parts.join("&")
    }
}

/// `v` with at most `places` decimals, without trailing zeros.
fn round(v: f64, places: i32) -> String {
    let f = 10f64.powi(places);
    let r = (v * f).round() / f;
    let s = format!("{r}");
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests;
