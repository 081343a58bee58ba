//! Exercise: a countdown latch, a future woken from other threads.
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

/// A latch that opens when it has been counted down `count` times. Any
/// number of tasks may wait for it; any thread may count it down. Cloning
/// gives another handle to the same latch.
#[derive(Clone)]
pub struct Latch {
    shared: Arc<Mutex<Shared>>,
}

/// What every handle of one latch shares. You may add fields.
struct Shared {
    remaining: usize,
    waiters: Vec<Waker>,
}

impl Latch {
    pub fn new(count: usize) -> Latch {
        let shared = Shared {
            remaining: count,
            waiters: Vec::new(),
        };
        Latch {
            shared: Arc::new(Mutex::new(shared)),
        }
    }

    /// Counts down by one. The call that reaches zero opens the latch and
    /// wakes every task waiting for it. Counting down an open latch does
    /// nothing.
    pub fn count_down(&self) {
        // TODO
        todo!("count down, and wake every waiter when the count reaches zero")
    }

    /// A future that is ready once the latch is open.
    pub fn wait(&self) -> Wait {
        Wait {
            shared: Arc::clone(&self.shared),
        }
    }
}

/// The future returned by [`Latch::wait`].
pub struct Wait {
    shared: Arc<Mutex<Shared>>,
}

impl Future for Wait {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // TODO
        let _ = cx;
        todo!("Ready if the latch is open; otherwise make sure this task is woken when it opens")
    }
}
