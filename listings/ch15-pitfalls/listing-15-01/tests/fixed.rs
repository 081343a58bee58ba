use listing_15_01::{report, run_records, run_scoped, run_tokio};
use std::time::Duration;
use tokio::time::{Instant, timeout};

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

// Fix 1: the std guard ends before the `.await`. The code compiles inside
// `tokio::spawn`, every bump counts, and the saves overlap.
#[tokio::test(start_paused = true)]
async fn a_scoped_guard_lets_the_saves_overlap() {
    let start = Instant::now();
    let (saved, total) = timeout(Duration::from_secs(10), run_scoped(20))
        .await
        .expect("the tasks hung");
    assert_eq!(
        saved,
        (1..=20).collect::<Vec<_>>(),
        "each task saves its own value"
    );
    assert_eq!(total, 20);
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(100),
        "twenty 100 ms saves run at once: the mutex is free while they sleep"
    );
}

// The usual advice taken literally: it compiles and counts right, but
// the lock is held through every save, so they run one after another.
#[tokio::test(start_paused = true)]
async fn a_tokio_guard_held_through_the_save_serializes_the_saves() {
    let start = Instant::now();
    let (saved, total) = timeout(Duration::from_secs(60), run_tokio(20))
        .await
        .expect("the tasks hung");
    assert_eq!(saved, (1..=20).collect::<Vec<_>>());
    assert_eq!(total, 20);
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(2),
        "twenty 100 ms saves, one at a time"
    );
}

// Fix 2: tokio's guard crosses the `.await`. Records never interleave, and
// the price is that the tasks take turns: 3 x 100 ms.
#[tokio::test(start_paused = true)]
async fn a_tokio_guard_across_await_keeps_records_whole_but_serializes() {
    let start = Instant::now();
    let log = timeout(Duration::from_secs(10), run_records(3))
        .await
        .expect("the tasks hung");
    assert_eq!(log.len(), 6);
    for pair in log.chunks(2) {
        let id = pair[0]
            .strip_prefix("begin ")
            .expect("a record starts with begin");
        assert_eq!(pair[1], format!("end {id}"), "records interleaved: {log:?}");
    }
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(300),
        "the lock is held through each 100 ms flush, so the tasks take turns"
    );
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-15-01"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
