// ANCHOR: main
#[tokio::main]
async fn main() {
    let result = listing_07_01::count(10).await;
    println!("Result: {result}");
}
// ANCHOR_END: main
