#[tokio::main]
async fn main() {
    let (saved, total) = listing_07_10::run(5).await;
    println!("saved {saved:?}, counter is {total}");
}
