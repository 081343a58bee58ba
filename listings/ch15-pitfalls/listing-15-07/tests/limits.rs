use listing_15_07::{fetch_all_semaphore, fetch_all_unbounded, fetch_all_windowed, report};
use std::sync::Arc;
use std::time::Duration;
use support::gauge::Gauge;
use tokio::time::{Instant, timeout};

const ITEMS: u64 = 10_000;
const LIMIT: usize = 50;

fn all_ids(mut got: Vec<u64>) -> bool {
    got.sort();
    got == (0..ITEMS).collect::<Vec<_>>()
}

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(600), report())
        .await
        .expect("report hung");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn unbounded_spawning_opens_a_connection_per_item() {
    let gauge = Arc::new(Gauge::default());
    let got = timeout(
        Duration::from_secs(60),
        fetch_all_unbounded(ITEMS, Arc::clone(&gauge)),
    )
    .await
    .expect("hung");
    assert!(all_ids(got));
    assert_eq!(
        gauge.max(),
        ITEMS as usize,
        "every connection was open at the same time"
    );
}

#[tokio::test(start_paused = true)]
async fn a_semaphore_bounds_the_open_connections() {
    let gauge = Arc::new(Gauge::default());
    let start = Instant::now();
    let got = timeout(
        Duration::from_secs(600),
        fetch_all_semaphore(ITEMS, LIMIT, Arc::clone(&gauge)),
    )
    .await
    .expect("hung");
    assert!(all_ids(got), "every item is still fetched");
    assert!(
        gauge.max() <= LIMIT,
        "{} connections were open at once",
        gauge.max()
    );
    assert_eq!(gauge.max(), LIMIT, "and the limit is used in full");
    // 10,000 items, 50 at a time, 10 ms each: 200 rounds of 10 ms.
    assert_eq!(start.elapsed(), Duration::from_secs(2));
}

#[tokio::test(start_paused = true)]
async fn a_joinset_window_bounds_the_open_connections() {
    let gauge = Arc::new(Gauge::default());
    let start = Instant::now();
    let got = timeout(
        Duration::from_secs(600),
        fetch_all_windowed(ITEMS, LIMIT, Arc::clone(&gauge)),
    )
    .await
    .expect("hung");
    assert!(all_ids(got), "every item is still fetched");
    assert!(
        gauge.max() <= LIMIT,
        "{} connections were open at once",
        gauge.max()
    );
    assert_eq!(gauge.max(), LIMIT, "and the limit is used in full");
    assert_eq!(start.elapsed(), Duration::from_secs(2));
}

// The real binary: it prints what the book shows.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-15-07"),
        std::time::Duration::from_secs(60),
    );
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
