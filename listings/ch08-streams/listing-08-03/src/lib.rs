//! Listing 8-3: a `Counter`, a stream written by hand.

// ANCHOR: counter
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio_stream::Stream;

/// Yields `count`, `count + 1`, … up to `max` (excluded), then ends.
pub struct Counter {
    pub count: usize,
    pub max: usize,
}

impl Stream for Counter {
    type Item = usize;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.count < self.max {
            let current = self.count;
            self.count += 1; // writes through the Pin: fine, because Counter is Unpin
            Poll::Ready(Some(current))
        } else {
            Poll::Ready(None) // the stream is over
        }
    }
}
// ANCHOR_END: counter
