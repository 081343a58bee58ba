//! Wrong: parallel and off the runtime, but each result is sent as soon as
//! it is ready, so they arrive in the order the hashing finished.
use rayon::prelude::*;

pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub async fn parallel_checksums<H>(
    pool: &rayon::ThreadPool,
    files: Vec<Vec<u8>>,
    hash: H,
) -> Vec<u64>
where
    H: Fn(&[u8]) -> u64 + Send + Sync + 'static,
{
    let (send, mut results) = tokio::sync::mpsc::unbounded_channel();
    pool.spawn(move || {
        files.par_iter().for_each_with(send, |send, file| {
            let _ = send.send(hash(file));
        });
    });
    let mut sums = Vec::new();
    while let Some(sum) = results.recv().await {
        sums.push(sum);
    }
    sums
}
