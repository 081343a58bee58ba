//! Solution: the Fibonacci numbers as a stream, by hand and with `unfold`.
use futures::stream::{self, Stream};
use std::pin::Pin;
use std::task::{Context, Poll};

/// The first `n` Fibonacci numbers: 0, 1, 1, 2, 3, 5, 8, …
/// (`n` is at most 90, so that every number fits in a `u64`.)
pub struct Fibonacci {
    current: u64,     // the number to yield next
    next: u64,        // the one after it
    remaining: usize, // how many are still to yield
}

impl Fibonacci {
    pub fn new(n: usize) -> Self {
        Fibonacci {
            current: 0,
            next: 1,
            remaining: n,
        }
    }
}

impl Stream for Fibonacci {
    type Item = u64;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<u64>> {
        if self.remaining == 0 {
            return Poll::Ready(None); // and again on every later poll
        }
        // Fibonacci is Unpin (three plain numbers), so `self` can be
        // written through the Pin.
        let item = self.current;
        self.current = self.next;
        self.next += item;
        self.remaining -= 1;
        Poll::Ready(Some(item))
    }
}

/// The same numbers as `Fibonacci::new(n)`, without writing `poll_next`.
pub fn fibonacci(n: usize) -> impl Stream<Item = u64> {
    stream::unfold((0u64, 1u64, n), |(current, next, remaining)| async move {
        if remaining == 0 {
            return None;
        }
        Some((current, (next, current + next, remaining - 1)))
    })
}
