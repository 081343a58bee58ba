use listing_08_09::{EVENTS, batches, report};
use std::time::Duration;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(60);
const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(LIMIT, report())
        .await
        .expect("the batches never ended");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn a_batch_ends_when_full_when_its_time_is_up_or_when_the_stream_ends() {
    let got = timeout(LIMIT, batches(EVENTS.to_vec(), 3, Duration::from_secs(1)))
        .await
        .unwrap();
    let expected = vec![
        (vec!["a", "b", "c"], ms(0)), // full
        (vec!["d"], ms(1300)),        // one second after "d" arrived
        (vec!["e", "f"], ms(1600)),   // the stream ended
    ];
    assert_eq!(got, expected);
}

#[tokio::test(start_paused = true)]
async fn the_clock_starts_at_the_first_item_of_a_batch() {
    // Quiet for 5 s, then two events: the batch waits one second after "x",
    // not one second after the start.
    let got = timeout(
        LIMIT,
        batches(vec![(5000, "x"), (9000, "y")], 10, Duration::from_secs(1)),
    )
    .await
    .unwrap();
    assert_eq!(got, vec![(vec!["x"], ms(6000)), (vec!["y"], ms(9000))]);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-09"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
