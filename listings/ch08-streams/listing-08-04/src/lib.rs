//! Listing 8-4: a hand-written stream that waits — a timer inside `poll_next`.
use std::time::Duration;
use tokio::time::Instant;
use tokio_stream::StreamExt;

// ANCHOR: ticks
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use tokio::time::{Sleep, sleep};
use tokio_stream::Stream;

/// Yields 1, 2, … `count`, one item every `period`, then ends.
pub struct Ticks {
    sleep: Pin<Box<Sleep>>, // boxed: a `Sleep` is !Unpin, a `Pin<Box<_>>` is Unpin
    period: Duration,
    sent: u32,
    count: u32,
}

impl Ticks {
    pub fn new(period: Duration, count: u32) -> Self {
        Ticks {
            sleep: Box::pin(sleep(period)),
            period,
            sent: 0,
            count,
        }
    }
}

impl Stream for Ticks {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.sent == self.count {
            return Poll::Ready(None);
        }
        // Not due yet? `ready!` returns Poll::Pending. That is allowed only
        // because `Sleep::poll` has stored `cx`'s waker: the timer will wake
        // this task when the deadline passes, and it will poll us again.
        ready!(self.sleep.as_mut().poll(cx));

        let next = self.sleep.deadline() + self.period;
        self.sleep.as_mut().reset(next); // the next tick, one period later
        self.sent += 1;
        Poll::Ready(Some(self.sent))
    }
}
// ANCHOR_END: ticks

/// The lines `main` prints: each tick and when it came.
pub async fn report(period: Duration, count: u32) -> Vec<String> {
    let start = Instant::now();
    let mut ticks = Ticks::new(period, count);
    let mut lines = Vec::new();
    while let Some(n) = ticks.next().await {
        lines.push(format!("tick {n} at {:.1}s", start.elapsed().as_secs_f64()));
    }
    lines.push("done".to_owned());
    lines
}
