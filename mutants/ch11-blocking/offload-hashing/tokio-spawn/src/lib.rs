//! Wrong: "use tokio::spawn for the CPU work". A spawned task still runs on
//! the runtime's threads; on a current-thread runtime, on the only one.

pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub async fn checksum_upload<H>(body: Vec<u8>, hash: H) -> u64
where
    H: FnOnce(&[u8]) -> u64 + Send + 'static,
{
    tokio::spawn(async move { hash(&body) })
        .await
        .expect("the hash panicked")
}
