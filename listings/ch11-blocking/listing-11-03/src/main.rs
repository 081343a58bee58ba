// ANCHOR: all
use listing_11_03::checksum_in_place;

// A current-thread runtime: there is no other worker to hand tasks to.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sum = checksum_in_place(b"hello").await;
    println!("{sum:016x}");
}
// ANCHOR_END: all
