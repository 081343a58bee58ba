//! Solution: a future written by hand.
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
    pub fn new(times: u32) -> Self {
        YieldCount {
            remaining: times,
            polls: 0,
        }
    }
}

impl Future for YieldCount {
    type Output = u32;

    // `YieldCount` holds only numbers, so it is `Unpin`: `Pin<&mut Self>`
    // gives `&mut` access to its fields directly.
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.remaining == 0 {
            return Poll::Ready(self.polls);
        }
        self.remaining -= 1;
        // Without this, the runtime has no reason to poll again: the task
        // would sleep forever.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
