//! Listing 1-7: a combinator future that holds two other futures, with pin
//! projection from `pin-project-lite`: a deadline, as `timeout` builds one.

// ANCHOR: deadline
use pin_project_lite::pin_project;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::{Sleep, sleep};

pin_project! {
    /// Runs `inner`, unless `timer` fires first.
    pub struct Deadline<F> {
        #[pin]
        inner: F,     // any future: it may need to stay where it is
        #[pin]
        timer: Sleep, // tokio's Sleep is !Unpin too
    }
}

/// Time ran out.
#[derive(Debug, PartialEq, Eq)]
pub struct Expired;

pub fn deadline<F: Future>(after: Duration, inner: F) -> Deadline<F> {
    Deadline {
        inner,
        timer: sleep(after),
    }
}

impl<F: Future> Future for Deadline<F> {
    type Output = Result<F::Output, Expired>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Pin<&mut Self> → a Pin<&mut _> for each #[pin] field.
        let this = self.project();
        if let Poll::Ready(output) = this.inner.poll(cx) {
            return Poll::Ready(Ok(output));
        }
        // Both futures got the same waker: whichever is ready first wakes
        // the task, and the next poll looks at both again.
        match this.timer.poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(Expired)),
            Poll::Pending => Poll::Pending,
        }
    }
}
// ANCHOR_END: deadline
