use listing_05_01::race;
use std::time::Duration;
use tokio::time::Instant;

// The program waits one second, so the test calls `race` on the paused clock
// instead of running the binary: the wait is virtual, the result is real.
#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let line = race().await;
    support::assert_output(
        line,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn select_returns_when_the_first_branch_finishes() {
    let start = Instant::now();
    let winner = race().await;
    assert_eq!(winner, "Timer finished first");
    // One second, not two: select! did not wait for the losing operation.
    assert_eq!(start.elapsed(), Duration::from_secs(1));
}

#[test]
fn the_program_prints_it_too() {
    // The real binary, on the real clock: one real second; the other branch needs two.
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-01"));
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
