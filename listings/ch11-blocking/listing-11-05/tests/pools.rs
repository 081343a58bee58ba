use listing_11_05::{bounded_checksums, checksum, threads_for_waiting_jobs};
use std::time::Duration;
use tokio::time::timeout;

// ANCHOR: sizes
#[tokio::test]
async fn the_blocking_pool_has_a_thread_for_every_waiting_job() {
    let cores = std::thread::available_parallelism().unwrap().get();
    let jobs = 8 * cores; // far more threads than cores
    let threads = timeout(Duration::from_secs(30), threads_for_waiting_jobs(jobs))
        .await
        .expect("the jobs never all ran at once");
    assert_eq!(threads, jobs);
}

#[test]
fn a_rayon_pool_has_a_thread_per_core() {
    if std::env::var_os("RAYON_NUM_THREADS").is_some() {
        return; // the variable overrides the default this test checks
    }
    let cores = std::thread::available_parallelism().unwrap().get();
    let pool = rayon::ThreadPoolBuilder::new().build().unwrap();
    assert_eq!(pool.current_num_threads(), cores);
}
// ANCHOR_END: sizes

// ANCHOR: bounded_test
#[tokio::test]
async fn a_semaphore_bounds_the_cpu_jobs() {
    let files: Vec<Vec<u8>> = (0..32u8).map(|i| vec![i; 50_000]).collect();
    let expected: Vec<u64> = files.iter().map(|file| checksum(file)).collect();
    let (sums, peak) = timeout(Duration::from_secs(30), bounded_checksums(files, 2))
        .await
        .expect("the jobs never finished");
    assert_eq!(sums, expected);
    assert!((1..=2).contains(&peak), "{peak} jobs ran at once");
}
// ANCHOR_END: bounded_test
