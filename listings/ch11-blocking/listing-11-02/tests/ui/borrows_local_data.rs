// ANCHOR: all
fn checksum(data: &[u8]) -> u64 {
    data.iter().map(|&b| u64::from(b)).sum()
}

async fn checksum_upload(data: Vec<u8>) -> u64 {
    tokio::task::spawn_blocking(|| checksum(&data)).await.unwrap()
}
// ANCHOR_END: all

fn main() {
    let _ = checksum_upload(vec![1, 2, 3]);
}
