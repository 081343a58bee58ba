use listing_05_09::three;
use std::time::Duration;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let (r1, r2, r3) = three().await;
    support::assert_output(
        &format!("Results: {r1}, {r2}, {r3}"),
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
