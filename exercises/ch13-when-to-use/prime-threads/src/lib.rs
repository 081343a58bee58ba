//! Exercise: a CPU-bound count in async clothes.
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
    // TODO: this is broken. It was written "async, so that the chunks run at
    // once": a future per chunk, joined. Find out where they really run, and
    // fix it. The answer must stay correct.
    let counts = chunks(limit, workers).map(|range| async move { count_chunk(range) });
    futures::executor::block_on(futures::future::join_all(counts))
        .into_iter()
        .sum()
}
