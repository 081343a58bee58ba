//! Listing 1-5: a future written by hand, and a way to count its polls.
use std::future::{Future, poll_fn};
use std::pin::{Pin, pin};
use std::task::{Context, Poll};

// ANCHOR: yield_times
/// A future that returns `Pending` a given number of times, then `Ready`.
pub struct YieldTimes {
    remaining: u32,
}

impl YieldTimes {
    pub fn new(times: u32) -> Self {
        YieldTimes { remaining: times }
    }
}

impl Future for YieldTimes {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.remaining == 0 {
            return Poll::Ready(());
        }
        self.remaining -= 1;
        // Not done yet: ask to be polled again, then say so.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: yield_times

// ANCHOR: count_polls
/// Runs `future` to completion and returns its output along with how many
/// times it was polled.
pub async fn count_polls<F: Future>(future: F) -> (F::Output, u32) {
    let mut future = pin!(future);
    let mut polls = 0;
    let output = poll_fn(|cx| {
        polls += 1;
        future.as_mut().poll(cx)
    })
    .await;
    (output, polls)
}
// ANCHOR_END: count_polls
