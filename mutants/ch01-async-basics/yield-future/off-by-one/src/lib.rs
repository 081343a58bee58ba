//! Wrong: counts only the polls that return Pending, not the last one.
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

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.remaining == 0 {
            return Poll::Ready(self.polls);
        }
        self.remaining -= 1;
        self.polls += 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
