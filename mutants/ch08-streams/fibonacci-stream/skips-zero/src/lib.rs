//! Wrong: moves the pair along first, then yields the new `current`: 1, 1, 2, …
use futures::stream::{self, Stream};
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Fibonacci {
    current: u64,
    next: u64,
    remaining: usize,
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
            return Poll::Ready(None);
        }
        let previous = self.current;
        self.current = self.next;
        self.next += previous;
        self.remaining -= 1;
        Poll::Ready(Some(self.current))
    }
}

pub fn fibonacci(n: usize) -> impl Stream<Item = u64> {
    stream::unfold((0u64, 1u64, n), |(current, next, remaining)| async move {
        if remaining == 0 {
            return None;
        }
        Some((current, (next, current + next, remaining - 1)))
    })
}
