use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use tokio::time::Sleep;
use tokio_stream::Stream;

pub struct Ticks {
    sleep: Sleep, // not boxed: Sleep is !Unpin, so Ticks is !Unpin too
    sent: u32,
}

impl Stream for Ticks {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        ready!(Pin::new(&mut self.sleep).poll(cx));
        self.sent += 1;
        Poll::Ready(Some(self.sent))
    }
}

fn main() {}
