//! Listing 11-4: CPU-bound work on rayon's pool, the answer over a oneshot.
use rayon::prelude::*;

/// A CPU-bound function: the 64-bit FNV-1a hash of `data`.
pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

// ANCHOR: checksums
/// Hashes every file on rayon's thread pool, in parallel. The calling task
/// does not block: it awaits the answer, and its thread runs other tasks.
pub async fn checksums(files: Vec<Vec<u8>>) -> Vec<u64> {
    let (send, answer) = tokio::sync::oneshot::channel();
    rayon::spawn(move || {
        // `par_iter` splits the files among rayon's threads; `collect`
        // puts the results back in the order of the files.
        let sums: Vec<u64> = files.par_iter().map(|file| checksum(file)).collect();
        // If the caller has given up, nobody is waiting: nothing to do.
        let _ = send.send(sums);
    });
    answer.await.expect("the rayon job ended without an answer")
}
// ANCHOR_END: checksums
