use listing_02_09::{drain, report, spin};
use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-02-09"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// The budget forces a yield long before the end, on every run.
#[tokio::test]
async fn the_budget_lets_the_other_task_run_midway() {
    for _ in 0..20 {
        let seen = drain(1000, true).await.expect("the other task ran");
        assert!(seen < 1000, "ran after {seen} messages");
    }
}

#[tokio::test]
async fn without_the_budget_the_loop_never_yields() {
    assert_eq!(drain(1000, false).await, None);
    assert_eq!(spin(1000).await, None);
}

#[tokio::test]
async fn report_has_three_lines() {
    assert_eq!(report(10).await.len(), 3);
}
