//! What a view is about, in one line: the story's scene while the map shows it, else the
//! selection (a tie by its title on the date shown, a state by its name), else nothing, and
//! the dataset's title says it. Embed mode shows it above the map.

use crate::model::dataset::Dataset;
use crate::model::view_state::{Selection, ViewState};

/// The subject of `view` of `data`, if it has one beyond the whole dataset.
///
/// # Examples
/// ```
/// use alliance_map::model::{parse::parse, view_state::{Selection, ViewState}};
/// use alliance_map::model::{dataset::StateIx, timeline::Timeline};
/// use alliance_map::scene::headline::headline;
/// # let text = include_str!("../../tests/fixtures/minimal.json");
/// let data = parse("minimal.json", text).unwrap();
/// let mut view = ViewState::new(Timeline::of(&data));
/// assert_eq!(headline(&data, &view), None);
/// view.selection = Some(Selection::State(StateIx(0)));
/// assert_eq!(headline(&data, &view).as_deref(), Some(data.states[0].name.as_str()));
/// ```
pub fn headline(data: &Dataset, view: &ViewState) -> Option<String> {
    if let (Some((s, k)), false) = (view.story, view.off_scene) {
        if let Some(scene) = data
            .stories
            .get(s as usize)
            .and_then(|story| story.scenes.get(k as usize))
        {
            return Some(scene.title.clone());
        }
    }
    Some(match view.selection? {
        Selection::Tie(t) => data.title_on(data.tie(t), view.day),
        Selection::State(s) => data.state(s).name.clone(),
    })
}
