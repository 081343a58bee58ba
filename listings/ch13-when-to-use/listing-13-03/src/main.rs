// ANCHOR: main
// No runtime: this program never waits, so it has no use for one.
fn main() {
    let limit = 100_000;
    println!(
        "primes below {limit}, one thread: {}",
        listing_13_03::count_primes(limit)
    );
    println!(
        "primes below {limit}, rayon:      {}",
        listing_13_03::count_primes_parallel(limit)
    );
}
// ANCHOR_END: main
