// The clock is paused here only so the times printed are exact: the
// program waits 50 virtual milliseconds. Real programs leave it out.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("crawl:  {:?}", listing_08_13::crawl().await);
    println!("merge:  {:?}", listing_08_13::merged().await);
    println!("StreamMap:");
    for line in listing_08_13::keyed().await {
        println!("{line}");
    }
}
