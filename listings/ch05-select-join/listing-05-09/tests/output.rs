use listing_05_09::three;
use std::time::Duration;
use tokio::time::Instant;

#[test]
fn prints_what_the_book_shows() {
    // The real program: three one-second sleeps at once, one real second.
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-09"));
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn three_one_second_sleeps_take_one_second() {
    let start = Instant::now();
    let results = three().await;
    assert_eq!(
        results,
        (1, 2, 3),
        "join! returns the outputs in the order written"
    );
    // Not three seconds: the sleeps overlap.
    assert_eq!(start.elapsed(), Duration::from_secs(1));
}
