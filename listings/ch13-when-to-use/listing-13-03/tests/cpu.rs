use listing_13_03::{count_primes, count_primes_async, count_primes_parallel, is_prime};
use std::future::Future;
use std::pin::pin;
use std::time::Duration;

#[test]
fn the_counts_are_right() {
    assert!(is_prime(2) && is_prime(97) && !is_prime(1) && !is_prime(91));
    assert_eq!(count_primes(100), 25);
    assert_eq!(count_primes(100_000), 9_592);
}

// A plain #[test]: no runtime anywhere, and rayon needs none.
#[test]
fn rayon_gets_the_same_answer_without_a_runtime() {
    assert_eq!(count_primes_parallel(100_000), count_primes(100_000));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    assert_eq!(pool.install(|| count_primes_parallel(100_000)), 9_592);
}

/// Runs `future` to the end and counts how many times it was polled.
async fn polls<F: Future>(future: F) -> (F::Output, usize) {
    let mut future = pin!(future);
    let mut polls = 0;
    let output = std::future::poll_fn(|cx| {
        polls += 1;
        future.as_mut().poll(cx)
    })
    .await;
    (output, polls)
}

#[tokio::test]
async fn cpu_bound_async_code_never_yields() {
    let (count, polls) = polls(count_primes_async(100_000)).await;
    assert_eq!(count, 9_592);
    assert_eq!(
        polls, 1,
        "no .await inside: the whole computation happens in one poll, \
         and the thread can run nothing else until it ends"
    );
}

#[tokio::test(start_paused = true)]
async fn io_bound_async_code_yields_while_it_waits() {
    let (_, polls) = polls(tokio::time::sleep(Duration::from_secs(1))).await;
    assert_eq!(
        polls, 2,
        "a sleep returns Pending once (the thread is free), then Ready when woken"
    );
}
