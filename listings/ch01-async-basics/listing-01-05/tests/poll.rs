//! What the runtime does with a hand-written future: it polls it until it is
//! ready, but only when something has woken its task.
use listing_01_05::{YieldTimes, count_polls};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use tokio::time::timeout;

#[tokio::test]
async fn is_polled_once_more_than_it_yields() {
    for times in [0, 1, 3, 10] {
        let ((), polls) = count_polls(YieldTimes::new(times)).await;
        assert_eq!(polls, times + 1, "YieldTimes::new({times})");
    }
}

#[test]
fn returns_pending_until_the_last_poll() {
    let mut future = YieldTimes::new(2);
    let mut cx = Context::from_waker(Waker::noop());
    let mut future = Pin::new(&mut future);
    assert_eq!(future.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(future.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(future.as_mut().poll(&mut cx), Poll::Ready(()));
}

// ANCHOR: never_woken
/// `YieldTimes` without the call to the waker.
struct ForgetsToWake {
    remaining: u32,
}

impl Future for ForgetsToWake {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.remaining == 0 {
            return Poll::Ready(());
        }
        self.remaining -= 1;
        Poll::Pending // nobody will poll again
    }
}

#[tokio::test(start_paused = true)]
async fn a_future_that_never_wakes_its_task_hangs() {
    let future = ForgetsToWake { remaining: 3 };
    let result = timeout(Duration::from_secs(60), future).await;
    assert!(result.is_err(), "it finished, yet nothing woke its task");
}
// ANCHOR_END: never_woken
