//! Listing 11-2: the usual `spawn_blocking` example.
// ANCHOR: all
/// CPU-intensive work: a plain function, no `async`.
pub fn blocking_operation() -> u64 {
    (0..1_000_000).sum()
}
// ANCHOR_END: all
