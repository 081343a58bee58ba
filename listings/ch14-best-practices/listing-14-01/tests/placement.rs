use listing_14_01::{blocking, checksum, compute, fetch_all, read_settings};
use std::path::Path;
use std::thread;
use std::time::Duration;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn io_calls_on_tasks_overlap() {
    let ids: Vec<u32> = (0..1_000).collect();
    let start = Instant::now();
    let pages = fetch_all(&ids).await;
    let took = start.elapsed();
    assert_eq!(pages.len(), 1_000);
    assert_eq!(pages[0], "page 0");
    assert_eq!(pages[999], "page 999", "pages come back in the order asked");
    assert!(
        took < Duration::from_millis(110),
        "1,000 calls of 100 ms each should overlap and take 100 ms, took {took:?}"
    );
}

// #[tokio::test] is a current-thread runtime: the test's own thread is the
// runtime's only worker.
#[tokio::test]
async fn blocking_calls_leave_the_runtime_thread() {
    let runtime_thread = thread::current().id();
    let blocking_thread = blocking(|| thread::current().id()).await;
    assert_ne!(
        blocking_thread, runtime_thread,
        "spawn_blocking runs the closure on a thread of tokio's blocking pool"
    );
    let settings = Path::new(env!("CARGO_MANIFEST_DIR")).join("settings.txt");
    let text = read_settings(settings).await.unwrap();
    assert!(text.starts_with("retries = 3"));
}

#[tokio::test]
async fn computation_runs_on_rayons_pool() {
    let runtime_thread = thread::current().id();
    let (index, compute_thread) =
        compute(|| (rayon::current_thread_index(), thread::current().id())).await;
    assert!(
        index.is_some(),
        "the closure should run on a thread of rayon's pool"
    );
    assert_ne!(compute_thread, runtime_thread);
}

#[tokio::test]
async fn checksum_is_right() {
    let data: Vec<u8> = (0..1_000_000u32).map(|i| (i % 256) as u8).collect();
    let expected: u64 = data.iter().map(|&b| u64::from(b)).sum();
    assert_eq!(checksum(data).await, expected);
    assert_eq!(checksum(vec![255; 4]).await, 1_020);
}
