// ANCHOR: all
#[tokio::main]
async fn main() {
    let files = [("big.iso", 300), ("notes.txt", 100), ("photo.jpg", 200)];
    for line in listing_03_05::download_all(&files).await {
        println!("{line}");
    }
}
// ANCHOR_END: all
