//! How the rest of the page talks to the map: a [`MapLink`] carries [`MapCommand`]s
//! straight to the map's surface, which applies them at its next animation frame (after
//! the frame of the same change is in place). Commands sent before the map exists wait for
//! it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::scene::command::MapCommand;

#[derive(Default)]
struct Inner {
    queue: Vec<MapCommand>,
    /// Asks the surface for a paint, which applies the queue.
    wake: Option<Rc<dyn Fn()>>,
}

/// A handle on the map, shared by everything that may move its view.
#[derive(Clone, Default)]
pub struct MapLink(Rc<RefCell<Inner>>);

impl PartialEq for MapLink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl MapLink {
    /// Sends `command` to the map.
    pub fn send(&self, command: MapCommand) {
        let wake = {
            let mut inner = self.0.borrow_mut();
            inner.queue.push(command);
            inner.wake.clone()
        };
        if let Some(wake) = wake {
            wake();
        }
    }

    /// Lets the surface hear of new commands (or stop hearing, with `None`).
    pub(super) fn attach(&self, wake: Option<Rc<dyn Fn()>>) {
        let pending = {
            let mut inner = self.0.borrow_mut();
            inner.wake = wake.clone();
            !inner.queue.is_empty()
        };
        if let (true, Some(wake)) = (pending, wake) {
            wake();
        }
    }

    /// Whether commands wait to be applied.
    pub(super) fn pending(&self) -> bool {
        !self.0.borrow().queue.is_empty()
    }

    /// The commands sent since the last call, oldest first.
    pub(super) fn take(&self) -> Vec<MapCommand> {
        std::mem::take(&mut self.0.borrow_mut().queue)
    }
}
