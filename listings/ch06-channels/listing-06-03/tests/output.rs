use listing_06_03::send_times;
use std::time::Duration;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(600);

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(LIMIT, send_times(2, 6, Duration::from_secs(1)))
        .await
        .expect("send_times never finished");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn a_big_buffer_lets_the_producer_run_ahead() {
    // Room for every item: no send waits, the consumer still needs 6s.
    let lines = timeout(LIMIT, send_times(100, 6, Duration::from_secs(1)))
        .await
        .expect("send_times never finished");
    assert_eq!(lines[5], "sent 5 at 0s");
    assert_eq!(lines[6], "all done at 6s");
}

#[tokio::test(start_paused = true)]
async fn the_producer_moves_at_the_consumers_pace() {
    // 20 items, capacity 2: once the buffer is full, one send per second.
    let lines = timeout(LIMIT, send_times(2, 20, Duration::from_secs(1)))
        .await
        .expect("send_times never finished");
    assert_eq!(lines[19], "sent 19 at 17s");
    assert_eq!(lines[20], "all done at 20s");
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-06-03"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
