//! Wrong: returns Pending without arranging to be polled again.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct YieldCount {
    remaining: u32,
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

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.remaining == 0 {
            return Poll::Ready(self.polls);
        }
        self.remaining -= 1;
        Poll::Pending
    }
}
