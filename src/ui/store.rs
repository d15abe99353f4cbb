//! The view state as a Yew reducer: [`Store`] wraps the pure [`ViewState`] so components can
//! dispatch [`Action`]s.

use std::rc::Rc;

use yew::Reducible;

use crate::model::view_state::{Action, ViewState};

#[derive(Debug, Clone, PartialEq)]
pub struct Store(pub ViewState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}
