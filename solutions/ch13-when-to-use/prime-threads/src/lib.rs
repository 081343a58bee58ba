//! Solution: a CPU-bound count on threads.
use std::ops::Range;

/// Whether `n` is prime, by trial division. Pure computation: it never
/// waits for anything. Do not change it.
pub fn is_prime(n: u64) -> bool {
    n >= 2
        && (2..)
            .take_while(|d| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
}

/// The primes in `range`. Do not change it.
pub fn count_primes_in(range: Range<u64>) -> u64 {
    range.filter(|&n| is_prime(n)).count() as u64
}

/// Splits `0..limit` into `workers` chunks of about the same size, in
/// order, with no gaps and no overlaps. Do not change it.
pub fn chunks(limit: u64, workers: usize) -> impl Iterator<Item = Range<u64>> {
    let workers = workers.max(1) as u64;
    (0..workers).map(move |i| (limit * i / workers)..(limit * (i + 1) / workers))
}

/// Counts with `count_chunk` over every chunk of `0..limit` and adds the
/// counts up. The chunks must run at the same time, one on each of
/// `workers` threads, so that the count uses `workers` cores.
pub fn split_count<F>(limit: u64, workers: usize, count_chunk: &F) -> u64
where
    F: Fn(Range<u64>) -> u64 + Sync,
{
    // A future that never waits runs entirely inside one poll: join_all
    // polled the chunks one after another, on this thread. Computing needs
    // threads. Spawn them all first, then join them.
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks(limit, workers)
            .map(|range| s.spawn(move || count_chunk(range)))
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("a chunk panicked"))
            .sum()
    })
}
