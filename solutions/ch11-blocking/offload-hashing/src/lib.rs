//! Solution: hash an upload without stalling the other tasks.

/// The 64-bit FNV-1a hash, a stand-in for a slow, CPU-bound hash.
pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Returns `hash(&body)`, computed on tokio's blocking pool.
pub async fn checksum_upload<H>(body: Vec<u8>, hash: H) -> u64
where
    H: FnOnce(&[u8]) -> u64 + Send + 'static,
{
    // The closure owns `body` and `hash` (`move`): the blocking pool needs
    // `'static` work. Awaiting the handle leaves the runtime's thread free
    // for other tasks until the hash is done.
    tokio::task::spawn_blocking(move || hash(&body))
        .await
        .expect("the hash panicked")
}
