//! A gauge: how many tasks are inside a section right now, and the most
//! there ever were at once. The course's listings use it to prove a bound
//! (a semaphore, `buffer_unordered`, a window of tasks) instead of printing
//! and hoping.
//!
//! ```text
//! let _inside = gauge.enter(); // counted in until `_inside` is dropped
//! gauge.max()                  // the most that were ever inside at once
//! ```
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts who is inside right now, and remembers the most there ever were.
/// Share it between tasks with an `Arc`, or borrow it where the futures run
/// in one task.
#[derive(Debug, Default)]
pub struct Gauge {
    now: AtomicUsize,
    max: AtomicUsize,
}

/// Proof of being inside a [`Gauge`]: dropping it leaves.
#[must_use = "dropping the guard leaves the gauge at once; bind it with `let _inside = …`"]
#[derive(Debug)]
pub struct Inside<'a>(&'a Gauge);

impl Gauge {
    /// Counts one more inside, until the returned guard is dropped.
    pub fn enter(&self) -> Inside<'_> {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        // One atomic step: no two tasks overwrite each other's maximum.
        self.max.fetch_max(now, Ordering::SeqCst);
        Inside(self)
    }

    /// The most that were ever inside at the same time.
    pub fn max(&self) -> usize {
        self.max.load(Ordering::SeqCst)
    }
}

impl Drop for Inside<'_> {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::Gauge;

    #[test]
    fn counts_the_most_inside_at_once() {
        let gauge = Gauge::default();
        assert_eq!(gauge.max(), 0, "nobody has entered yet");
        let a = gauge.enter();
        let b = gauge.enter();
        assert_eq!(gauge.max(), 2);
        drop(a);
        drop(b);
        // Both left: two more make two again, not four.
        let _c = gauge.enter();
        let _d = gauge.enter();
        assert_eq!(gauge.max(), 2);
        let _e = gauge.enter();
        assert_eq!(gauge.max(), 3);
    }

    #[test]
    fn one_after_the_other_is_one() {
        let gauge = Gauge::default();
        for _ in 0..5 {
            let _inside = gauge.enter();
        }
        assert_eq!(gauge.max(), 1, "each guard left before the next entered");
    }

    #[test]
    fn tasks_on_several_threads_are_counted_exactly() {
        use std::sync::{Arc, Barrier};
        let gauge = Arc::new(Gauge::default());
        let all_inside = Arc::new(Barrier::new(4));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (gauge, all_inside) = (Arc::clone(&gauge), Arc::clone(&all_inside));
                std::thread::spawn(move || {
                    let _inside = gauge.enter();
                    all_inside.wait(); // nobody leaves before all four are in
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(gauge.max(), 4);
    }
}
