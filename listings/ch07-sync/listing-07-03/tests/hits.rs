use listing_07_03::{Hits, REQUESTS, serve};
use std::time::Duration;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let hits = timeout(Duration::from_secs(10), serve(&REQUESTS))
        .await
        .expect("serve hung");
    let printed = hits.report().join("\n");
    support::assert_output(
        &printed,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// The mutex does not make the handlers wait for each other: the slow part
// runs with no lock held, so 300 requests take as long as one.
#[tokio::test(start_paused = true)]
async fn handlers_run_concurrently_and_every_hit_counts() {
    let requests: Vec<&str> = (0..300).map(|i| ["/", "/about", "/blog"][i % 3]).collect();
    let start = Instant::now();
    let hits = timeout(Duration::from_secs(10), serve(&requests))
        .await
        .expect("serve hung");
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(100),
        "the handlers overlapped"
    );
    assert_eq!(
        (hits.get("/"), hits.get("/about"), hits.get("/blog")),
        (100, 100, 100)
    );
    assert_eq!(hits.get("/missing"), 0);
}

// Real threads racing for the std mutex: still no lost update.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_update_is_lost_across_threads() {
    let hits = Hits::default();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let hits = hits.clone();
        tasks.spawn(async move {
            for _ in 0..1_000 {
                hits.record("/");
                tokio::task::yield_now().await;
            }
        });
    }
    tasks.join_all().await;
    assert_eq!(hits.get("/"), 8_000);
}

#[test]
fn the_program_prints_it_too() {
    // The real binary, on the real clock: its output does not depend on timing.
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-07-03"),
        std::time::Duration::from_secs(30),
    );
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
