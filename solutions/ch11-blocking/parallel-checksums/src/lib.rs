//! Solution: checksums of many files, in parallel on a rayon pool.
use rayon::prelude::*;

/// The 64-bit FNV-1a hash, a stand-in for a slow, CPU-bound hash.
pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Returns `hash(file)` for every file, in order, computed on `pool`.
pub async fn parallel_checksums<H>(
    pool: &rayon::ThreadPool,
    files: Vec<Vec<u8>>,
    hash: H,
) -> Vec<u64>
where
    H: Fn(&[u8]) -> u64 + Send + Sync + 'static,
{
    let (send, answer) = tokio::sync::oneshot::channel();
    // `spawn` returns at once; the job runs on one of the pool's threads,
    // and `par_iter` inside it shares the files out over the whole pool.
    pool.spawn(move || {
        let sums: Vec<u64> = files.par_iter().map(|file| hash(file)).collect();
        let _ = send.send(sums); // the caller may have given up: fine
    });
    // Awaiting the receiver leaves the runtime's thread free meanwhile.
    answer
        .await
        .expect("the pool's job ended without an answer")
}
