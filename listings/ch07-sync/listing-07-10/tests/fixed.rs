use listing_07_10::run;
use std::time::Duration;
use tokio::time::{Instant, timeout};

#[test]
fn prints_what_the_book_shows() {
    // The real program: five 100 ms saves at once, a tenth of a second.
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-07-10"), Duration::from_secs(30));
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Both fixes compile inside `tokio::spawn`, count every bump, and let the
// slow saves overlap: the lock is not held while saving.
#[tokio::test(start_paused = true)]
async fn saves_overlap_and_every_bump_counts() {
    let start = Instant::now();
    let (saved, total) = timeout(Duration::from_secs(10), run(50))
        .await
        .expect("the tasks hung");
    assert_eq!(
        saved,
        (1..=50).collect::<Vec<_>>(),
        "each task saves its own, distinct value"
    );
    assert_eq!(total, 50);
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(100),
        "fifty 100 ms saves, all at once"
    );
}
