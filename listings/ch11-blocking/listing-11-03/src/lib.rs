//! Listing 11-3: `block_in_place` blocks in place, and hands the worker's
//! other tasks to another thread first.

/// A CPU-bound function: the 64-bit FNV-1a hash of `data`.
pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

// ANCHOR: in_place
/// Runs the checksum on this very thread. No `'static` bound: the closure
/// may borrow `data`, because it finishes before this function returns.
pub async fn checksum_in_place(data: &[u8]) -> u64 {
    tokio::task::block_in_place(|| checksum(data))
}
// ANCHOR_END: in_place
