use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-15-03"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test]
async fn every_task_has_its_own_copy() {
    let labels = listing_15_03::labels("run", 4).await;
    assert_eq!(labels, ["run 0", "run 1", "run 2", "run 3"]);
}
