//! Solution: a tally that every task adds to.
use std::sync::{Arc, Mutex};

/// A running total that many tasks add to at once. Each task gets its own
/// clone of the tally; all clones add to, and read, the same total.
#[derive(Clone, Default)]
pub struct Tally {
    // Cloning the `Arc` clones the pointer: every clone reaches one count.
    // A std Mutex, because no guard is ever held across an `.await`.
    count: Arc<Mutex<u64>>,
}

impl Tally {
    pub fn new() -> Tally {
        Tally::default()
    }

    /// Adds `n` to the total.
    pub fn add(&self, n: u64) {
        *self.count.lock().unwrap() += n;
    }

    /// The total so far, of every clone.
    pub fn total(&self) -> u64 {
        *self.count.lock().unwrap()
    }
}
