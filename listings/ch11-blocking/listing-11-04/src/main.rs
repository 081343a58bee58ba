// ANCHOR: all
use listing_11_04::checksums;

#[tokio::main]
async fn main() {
    let names = ["alpha", "beta", "gamma"];
    let files = names
        .iter()
        .map(|name| name.repeat(1_000).into_bytes())
        .collect();
    let sums = checksums(files).await;
    for (name, sum) in names.iter().zip(sums) {
        println!("{name}: {sum:016x}");
    }
}
// ANCHOR_END: all
