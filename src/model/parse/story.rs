//! Checking the optional `stories`: every scene's date real, and every domain and focus it
//! names declared.

use serde_json::{Map, Value};

use super::checker::{Checker, Ids};
use crate::model::dataset::{DomainIx, Focus, Scene, StateIx, Story, TieIx};
use crate::model::error::ProblemKind;
use crate::model::raw::RawStory;

impl Checker {
    /// The stories, none when the field is absent; `None` when any is broken.
    pub(super) fn stories(
        &mut self,
        root: &Map<String, Value>,
        states: &Ids<StateIx>,
        ties: &Ids<TieIx>,
        domains: &Ids<DomainIx>,
    ) -> Option<Vec<Story>> {
        if root.get("stories").is_none_or(Value::is_null) {
            return Some(Vec::new());
        }
        let before = self.problems.len();
        let raw = self.list::<RawStory>(root, "stories", "story")?;
        self.ids(root, "stories", |i| i);
        let stories: Vec<Story> = raw
            .into_iter()
            .map(|(i, story)| {
                let base = format!("stories[{i}]");
                if story.scenes.is_empty() {
                    self.problem(format!("{base}.scenes"), ProblemKind::Empty("scene"));
                }
                let scenes = story
                    .scenes
                    .into_iter()
                    .enumerate()
                    .filter_map(|(k, scene)| {
                        let at = format!("{base}.scenes[{k}]");
                        let date = self.date(&format!("{at}.date"), &scene.date);
                        let compare = match &scene.compare {
                            Some(c) => self.date(&format!("{at}.compare"), c).map(Some),
                            None => Some(None),
                        };
                        let scene_domains = scene.domains.as_ref().map(|list| {
                            list.iter()
                                .enumerate()
                                .filter_map(|(d, id)| {
                                    self.resolve(domains, format!("{at}.domains[{d}]"), id)
                                })
                                .collect()
                        });
                        let mut focus = Vec::new();
                        for (f, id) in scene.focus.iter().enumerate() {
                            match (states.get(id), ties.get(id)) {
                                (Some(s), _) => focus.push(Focus::State(s)),
                                (None, Some(t)) => focus.push(Focus::Tie(t)),
                                (None, None) => self.problem(
                                    format!("{at}.focus[{f}]"),
                                    ProblemKind::UnknownId {
                                        list: "states` or `ties",
                                        id: id.clone(),
                                    },
                                ),
                            }
                        }
                        if let Some(z) = scene.zoom.filter(|z| !(z.is_finite() && *z > 0.0)) {
                            self.problem(
                                format!("{at}.zoom"),
                                ProblemKind::Shape(format!("expected a number above 0, found {z}")),
                            );
                        }
                        Some(Scene {
                            title: scene.title,
                            caption: scene.caption,
                            date: date?,
                            compare: compare?,
                            domains: scene_domains,
                            focus,
                            zoom: scene.zoom,
                        })
                    })
                    .collect();
                Story {
                    id: story.id,
                    title: story.title,
                    scenes,
                }
            })
            .collect();
        (self.problems.len() == before).then_some(stories)
    }
}
