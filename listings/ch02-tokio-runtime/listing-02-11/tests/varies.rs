use listing_02_11::{blocking_thread, first_ready};
use std::collections::BTreeSet;

// ANCHOR: tests
#[tokio::test] // a current-thread runtime
async fn select_picks_among_ready_branches_at_random() {
    let mut winners = BTreeSet::new();
    for _ in 0..200 {
        winners.insert(first_ready(false).await);
    }
    // Each race is a coin toss: both branches win some of 200 races
    // (the odds that one never does are 2 in 2^200).
    assert_eq!(winners, BTreeSet::from(["a", "b"]));
}

#[tokio::test]
async fn a_biased_select_always_takes_the_first_ready_branch() {
    for _ in 0..200 {
        assert_eq!(first_ready(true).await, "a");
    }
}

#[tokio::test]
async fn spawn_blocking_runs_on_another_thread() {
    assert_ne!(blocking_thread().await, std::thread::current().id());
}
// ANCHOR_END: tests
