// ANCHOR: main
#[tokio::main]
async fn main() {
    println!("{}", listing_05_01::race().await);
}
// ANCHOR_END: main
