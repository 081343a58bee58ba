//! Exercise: write a future by hand.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A future that is not ready the first `times` times it is polled. Then it
/// is ready, with the number of times it was polled in all: `times + 1`.
pub struct YieldCount {
    /// How many more times `poll` must return `Poll::Pending`.
    remaining: u32,
    /// How many times `poll` has been called so far.
    polls: u32,
}

impl YieldCount {
    /// Do not change this function.
    pub fn new(times: u32) -> Self {
        YieldCount {
            remaining: times,
            polls: 0,
        }
    }
}

impl Future for YieldCount {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        // TODO: count this poll. While `remaining` is above zero, take one
        // off, make sure the runtime will poll again, and return
        // `Poll::Pending`. After that, return `Poll::Ready` with the count.
        // (To change the fields, write `mut self`, as listing 1-5 does.)
        todo!(
            "poll #{}: return Pending {} more times, then Ready",
            self.polls + 1,
            self.remaining
        )
    }
}
