//! Wrong: never takes one off `remaining`, so it is pending forever (and
//! keeps waking itself, so the runtime polls it again and again).
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
        self.polls += 1;
        if self.remaining == 0 {
            return Poll::Ready(self.polls);
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
