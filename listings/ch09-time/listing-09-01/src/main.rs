// ANCHOR: main
#[tokio::main]
async fn main() {
    println!("{}", listing_09_01::run().await);
}
// ANCHOR_END: main
