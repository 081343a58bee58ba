// ANCHOR: main
#[tokio::main]
async fn main() {
    let hits = listing_07_03::serve(&listing_07_03::REQUESTS).await;
    for line in hits.report() {
        println!("{line}");
    }
}
// ANCHOR_END: main
