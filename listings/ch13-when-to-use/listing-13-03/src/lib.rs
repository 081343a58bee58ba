//! Listing 13-3: CPU-bound work gains nothing from async. Plain code, made
//! parallel with rayon, is the tool for it.

/// True when `n` is prime. Trial division: pure computation, no waiting.
pub fn is_prime(n: u64) -> bool {
    n >= 2
        && (2..)
            .take_while(|d| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
}

// ANCHOR: sync
/// Counts the primes below `limit` on the calling thread.
pub fn count_primes(limit: u64) -> usize {
    (2..limit).filter(|&n| is_prime(n)).count()
}
// ANCHOR_END: sync

// ANCHOR: rayon
use rayon::prelude::*;

/// The same count, split over rayon's thread pool: one thread per core.
pub fn count_primes_parallel(limit: u64) -> usize {
    (2..limit).into_par_iter().filter(|&n| is_prime(n)).count()
}
// ANCHOR_END: rayon

// ANCHOR: async
/// The same count behind `async fn`. It compiles, and it buys nothing: there
/// is no `.await` in it, so it runs start to finish in one poll, and no other
/// task can use its thread meanwhile.
pub async fn count_primes_async(limit: u64) -> usize {
    (2..limit).filter(|&n| is_prime(n)).count()
}
// ANCHOR_END: async
