use listing_08_04::{Ticks, report};
use std::time::Duration;
use tokio::time::{Instant, timeout};
use tokio_stream::StreamExt;

// `main` waits 1.5 s in real time; the test runs the same function on the
// paused clock, where the sleeps are instant but still counted.
#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(
        Duration::from_secs(60),
        report(Duration::from_millis(500), 3),
    )
    .await
    .expect("the ticks never ended");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn each_tick_comes_one_period_after_the_last() {
    let start = Instant::now();
    let mut ticks = Ticks::new(Duration::from_secs(2), 4);
    let mut seen = Vec::new();
    while let Some(n) = timeout(Duration::from_secs(60), ticks.next())
        .await
        .expect("a tick never came: was the waker stored?")
    {
        seen.push((n, start.elapsed()));
    }
    let expected: Vec<(u32, Duration)> = (1..=4)
        .map(|n| (n, Duration::from_secs(2 * u64::from(n))))
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn boxing_the_sleep_makes_ticks_unpin() {
    fn assert_unpin<T: Unpin>() {}
    assert_unpin::<Ticks>();
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-04"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
