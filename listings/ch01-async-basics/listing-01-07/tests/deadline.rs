use listing_01_07::{Expired, deadline};
use std::time::Duration;
use tokio::time::{Instant, sleep};

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-01-07"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// On the paused clock: the inner future wins when it is done in time, and
// the deadline ends the wait at exactly its time otherwise.
#[tokio::test(start_paused = true)]
async fn the_first_to_finish_decides() {
    let start = Instant::now();
    let fast = deadline(Duration::from_secs(2), async {
        sleep(Duration::from_secs(1)).await;
        "done"
    });
    assert_eq!(fast.await, Ok("done"));
    assert_eq!(start.elapsed(), Duration::from_secs(1));

    let start = Instant::now();
    let slow = deadline(Duration::from_secs(2), sleep(Duration::from_secs(5)));
    assert_eq!(slow.await, Err(Expired));
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(2),
        "stopped at the deadline"
    );
}

// A ready answer wins even with a deadline already passed: the inner future
// is polled first, as in tokio's own `timeout`.
#[tokio::test(start_paused = true)]
async fn a_ready_answer_beats_a_zero_deadline() {
    assert_eq!(deadline(Duration::ZERO, async { 1 }).await, Ok(1));
    assert_eq!(
        deadline(Duration::ZERO, std::future::pending::<()>()).await,
        Err(Expired)
    );
}
