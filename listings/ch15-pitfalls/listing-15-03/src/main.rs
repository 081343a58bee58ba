#[tokio::main]
async fn main() {
    for label in listing_15_03::labels("job", 3).await {
        println!("{label}");
    }
}
