//! Exercise: hash an upload without stalling the other tasks.

/// The 64-bit FNV-1a hash. It stands in for a slow, CPU-bound hash such as
/// SHA-256 over a big upload. Do not change this function.
pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Returns `hash(&body)`.
///
/// `hash` is CPU-bound: on a big upload it runs for a long time without
/// ever reaching an `.await`. While it runs, the runtime's other tasks must
/// keep running, even on a current-thread runtime, where every task shares
/// one thread.
pub async fn checksum_upload<H>(body: Vec<u8>, hash: H) -> u64
where
    H: FnOnce(&[u8]) -> u64 + Send + 'static,
{
    // TODO: run `hash(&body)` on a thread where it cannot hold up the
    // runtime, and await the result.
    todo!(
        "hash the {}-byte upload off the runtime's thread",
        body.len()
    )
}
