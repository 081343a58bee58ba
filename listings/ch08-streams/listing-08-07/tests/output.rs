use listing_08_07::odd_squares;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-08-07"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test]
async fn take_stops_pulling_from_the_endless_source() {
    let seen = AtomicU64::new(0);
    let squares = odd_squares(100, &seen).await;
    assert_eq!(squares.len(), 100);
    assert_eq!(squares[99], 199 * 199, "the 100th odd number is 199");
    assert_eq!(
        seen.load(Ordering::Relaxed),
        199,
        "nothing past 199 was produced"
    );
}
