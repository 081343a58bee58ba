//! Wrong: parallel and in order, but `install` blocks the calling thread,
//! the runtime's, until the pool is done.
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
    pool.install(|| files.par_iter().map(|file| hash(file)).collect())
}
