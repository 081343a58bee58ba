use listing_11_04::{checksum, checksums};
use std::time::Duration;
use tokio::time::timeout;

#[test]
fn checksum_is_fnv_1a() {
    assert_eq!(checksum(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(checksum(b"hello"), 0xa430_d846_80aa_bd0b);
}

#[tokio::test]
async fn returns_one_checksum_per_file_in_order() {
    let files: Vec<Vec<u8>> = (0..64u8).map(|i| vec![i; 10_000]).collect();
    let expected: Vec<u64> = files.iter().map(|file| checksum(file)).collect();
    let sums = timeout(Duration::from_secs(30), checksums(files))
        .await
        .expect("no answer from the pool");
    assert_eq!(sums, expected);
}

#[tokio::test]
async fn no_files_no_checksums() {
    assert_eq!(checksums(Vec::new()).await, Vec::<u64>::new());
}
