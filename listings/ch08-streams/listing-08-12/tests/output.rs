use listing_08_12::{EVENTS, report, until_first_timeout, with_timeouts};
use std::time::Duration;
use tokio::time::{Instant, timeout};

const LIMIT: Duration = Duration::from_secs(60);
const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(LIMIT, report())
        .await
        .expect("the stream never ended");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// ANCHOR: late
#[tokio::test(start_paused = true)]
async fn a_late_item_gives_one_elapsed_error_then_the_item() {
    let got = timeout(
        LIMIT,
        with_timeouts(EVENTS.to_vec(), Duration::from_secs(1)),
    )
    .await
    .unwrap();
    assert_eq!(got.len(), 5, "four items and one error: {got:?}");
    assert_eq!(got[0], (Ok("a"), ms(100)));
    assert_eq!(got[1], (Ok("b"), ms(200)));
    // One second after "b", nothing has come: an error, but the stream goes on.
    assert!(got[2].0.is_err(), "expected Elapsed, got {:?}", got[2].0);
    assert_eq!(got[2].1, ms(1200));
    // No second error during the rest of the silence: timeouts do not repeat.
    assert_eq!(got[3], (Ok("c"), ms(2000)));
    assert_eq!(got[4], (Ok("d"), ms(2100)));
}
// ANCHOR_END: late

#[tokio::test(start_paused = true)]
async fn map_while_stops_at_the_first_timeout() {
    let start = Instant::now();
    let kept = timeout(
        LIMIT,
        until_first_timeout(EVENTS.to_vec(), Duration::from_secs(1)),
    )
    .await
    .unwrap();
    assert_eq!(kept, ["a", "b"]);
    assert_eq!(
        start.elapsed(),
        ms(1200),
        "it gave up at the timeout, not at the end"
    );
}

#[tokio::test(start_paused = true)]
async fn the_first_item_has_the_limit_too() {
    let got = timeout(
        LIMIT,
        with_timeouts(vec![(1500, "late")], Duration::from_secs(1)),
    )
    .await
    .unwrap();
    assert!(got[0].0.is_err() && got[0].1 == ms(1000), "{got:?}");
    assert_eq!(got[1], (Ok("late"), ms(1500)));
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-12"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
