//! Exercise: the Fibonacci numbers as a stream, twice — by hand, then with
//! `futures::stream::unfold`.
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
    /// Do not change this function.
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
        // TODO: yield `current` and move the pair one step along; once `n`
        // numbers have been yielded, end the stream.
        todo!("yield the next Fibonacci number, or end the stream")
    }
}

/// The same numbers as `Fibonacci::new(n)`, without writing `poll_next`.
pub fn fibonacci(n: usize) -> impl Stream<Item = u64> {
    // The state carried from one item to the next: (current, next, remaining).
    stream::unfold((0u64, 1u64, n), |(current, next, remaining)| async move {
        // TODO: return None to end the stream, or Some((item, next state)).
        todo!("the unfold step: end after n items, or yield and move on")
    })
}
