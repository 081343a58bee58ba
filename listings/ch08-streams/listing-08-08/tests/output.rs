use listing_08_08::{report, send_throttled};
use std::time::Duration;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(60);

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(LIMIT, report())
        .await
        .expect("the throttled stream never ended");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn the_first_goes_at_once_then_one_per_gap() {
    let sent = timeout(
        LIMIT,
        send_throttled(vec!["a", "b", "c"], Duration::from_secs(2)),
    )
    .await
    .unwrap();
    let expected = [
        ("a".to_owned(), Duration::ZERO),
        ("b".to_owned(), Duration::from_secs(2)),
        ("c".to_owned(), Duration::from_secs(4)),
    ];
    assert_eq!(sent, expected);
}

#[tokio::test(start_paused = true)]
async fn a_lazy_source_is_polled_only_after_the_gap() {
    use std::pin::pin;
    use tokio::time::{Instant, sleep};
    use tokio_stream::StreamExt;

    // Each item takes 300 ms to produce, and its work starts when polled.
    let start = Instant::now();
    let source = tokio_stream::iter(1..=3).then(|n| async move {
        sleep(Duration::from_millis(300)).await;
        n
    });
    let mut items = pin!(source.throttle(Duration::from_millis(500)));
    let mut times = Vec::new();
    while let Some(n) = timeout(LIMIT, items.next()).await.unwrap() {
        times.push((n, start.elapsed()));
    }
    let ms = Duration::from_millis;
    assert_eq!(times, [(1, ms(300)), (2, ms(1100)), (3, ms(1900))]);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-08"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
