use listing_15_10::{orders_over_mpsc, orders_over_watch, report};
use std::time::Duration;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(10), report())
        .await
        .expect("report hung");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn watch_loses_the_orders_sent_while_the_consumer_was_busy() {
    let handled = timeout(Duration::from_secs(10), orders_over_watch(20))
        .await
        .expect("hung");
    assert!(
        handled.len() < 20,
        "only {} of 20 orders were handled",
        handled.len()
    );
    assert_eq!(
        handled.last(),
        Some(&20),
        "the latest value always gets through"
    );
}

#[tokio::test(start_paused = true)]
async fn mpsc_handles_every_order_in_order() {
    let handled = timeout(Duration::from_secs(10), orders_over_mpsc(20))
        .await
        .expect("hung");
    assert_eq!(handled, (1..=20).collect::<Vec<_>>());
}

// The real binary: it prints what the book shows.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-15-10"),
        std::time::Duration::from_secs(60),
    );
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
