#[tokio::main]
async fn main() {
    let result = listing_07_02::count(10).await;
    println!("Result: {result}");
}
