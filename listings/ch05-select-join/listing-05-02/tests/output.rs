use listing_05_02::{Log, lines, race};
use std::time::Duration;
use tokio::time::{Instant, sleep};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let log = Log::default();
    race(log.clone()).await;
    support::assert_output(
        &lines(&log).join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn the_losing_operation_is_dropped_and_never_finishes() {
    let log = Log::default();
    let start = Instant::now();
    race(log.clone()).await;
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(1),
        "select! returns with the timer"
    );
    // The guard's Drop ran: the operation was destroyed in the middle of its sleep.
    assert!(lines(&log).contains(&"operation: dropped before it finished".to_string()));
    // Nothing resumes it later: wait well past its two seconds and look again.
    sleep(Duration::from_secs(5)).await;
    let after = lines(&log);
    assert!(
        !after.iter().any(|l| l == "operation: finished"),
        "{after:?}"
    );
    assert_eq!(
        after.len(),
        3,
        "nothing was logged after select! returned: {after:?}"
    );
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-02"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
