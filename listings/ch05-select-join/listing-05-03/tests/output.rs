use listing_05_03::{first_wins, pick_biased, pick_random};
use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-05-03"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test]
async fn without_biased_both_branches_win() {
    // Each race is a coin toss: about 500 wins for each side. Falling outside
    // 300..700 is twelve standard deviations away: it does not happen.
    let first = first_wins(1000, pick_random).await;
    assert!(
        first > 300 && first < 700,
        "the first branch won {first} of 1000"
    );
}

#[tokio::test]
async fn with_biased_the_first_ready_branch_always_wins() {
    assert_eq!(first_wins(1000, pick_biased).await, 1000);
}
