//! Three ways to drive tokio's clock in a test.
use listing_09_10::Token;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::time::{self, Duration, Instant, sleep};

const HOUR: Duration = Duration::from_secs(3600);
const MINUTE: Duration = Duration::from_secs(60);

// ANCHOR: start_paused
#[tokio::test(start_paused = true)]
async fn a_token_expires_after_its_ttl() {
    let token = Token::issue(HOUR);

    time::advance(59 * MINUTE).await;
    assert!(!token.is_expired(), "59 minutes in, it is still valid");

    time::advance(MINUTE).await;
    assert!(token.is_expired(), "an hour in, it has expired");
}
// ANCHOR_END: start_paused

// ANCHOR: pause
#[tokio::test]
async fn pause_can_be_called_inside_the_test() {
    time::pause(); // the runtime of #[tokio::test] is current_thread: allowed
    let token = Token::issue(HOUR);
    time::advance(HOUR).await;
    assert!(token.is_expired());
}
// ANCHOR_END: pause

// ANCHOR: rounding
#[tokio::test]
async fn after_a_late_pause_sleeps_end_on_the_next_millisecond() {
    time::pause();
    let start = Instant::now();
    sleep(Duration::from_secs(1)).await;
    let slept = start.elapsed();
    // The timer counts whole milliseconds from when the runtime started.
    // `pause()` came a little later, so the sleep ends up to 1 ms late.
    assert!(slept >= Duration::from_secs(1), "never early");
    assert!(
        slept <= Duration::from_millis(1001),
        "at most a millisecond late"
    );
}
// ANCHOR_END: rounding

// ANCHOR: auto_advance
#[tokio::test(start_paused = true)]
async fn the_clock_jumps_when_every_task_waits() {
    let start = Instant::now();
    let done = Arc::new(AtomicBool::new(false));
    let flag = done.clone();
    let job = tokio::spawn(async move {
        sleep(10 * MINUTE).await;
        flag.store(true, Ordering::SeqCst);
    });

    // Nobody else has work: the runtime moves the clock to the next timer.
    job.await.unwrap();
    assert!(done.load(Ordering::SeqCst));
    assert_eq!(
        start.elapsed(),
        10 * MINUTE,
        "exactly to the timer, no further"
    );
}
// ANCHOR_END: auto_advance

// ANCHOR: advance_then_await
#[tokio::test(start_paused = true)]
async fn advance_moves_the_clock_but_does_not_run_the_task() {
    let start = Instant::now();
    let done = Arc::new(AtomicBool::new(false));
    let flag = done.clone();
    let job = tokio::spawn(async move {
        sleep(10 * MINUTE).await;
        flag.store(true, Ordering::SeqCst);
    });
    // Let the task run up to its sleep, so that its timer starts at 0.
    tokio::task::yield_now().await;

    time::advance(9 * MINUTE).await;
    assert!(!done.load(Ordering::SeqCst), "its timer is not due yet");

    time::advance(MINUTE).await;
    // The timer is due, but the task may not have run yet: await it.
    job.await.unwrap();
    assert!(done.load(Ordering::SeqCst));
    assert_eq!(start.elapsed(), 10 * MINUTE);
}
// ANCHOR_END: advance_then_await

// ANCHOR: not_started
#[tokio::test(start_paused = true)]
async fn a_task_that_has_not_run_yet_has_not_started_its_sleep() {
    let start = Instant::now();
    let job = tokio::spawn(async { sleep(10 * MINUTE).await });
    // No yield: the task has not run, so `sleep` has not even been called.
    time::advance(9 * MINUTE).await; // the task runs here, at 9 minutes
    job.await.unwrap();
    assert_eq!(start.elapsed(), 19 * MINUTE, "9 + 10, not 10");
}

#[tokio::test(start_paused = true)]
async fn sleep_fixes_its_deadline_when_it_is_called() {
    let start = Instant::now();
    // `sleep(d)` is called here, at 0: its deadline is 10 minutes, however
    // late the task first polls it.
    let job = tokio::spawn(sleep(10 * MINUTE));
    time::advance(9 * MINUTE).await;
    job.await.unwrap();
    assert_eq!(start.elapsed(), 10 * MINUTE);
}
// ANCHOR_END: not_started
