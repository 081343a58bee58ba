#[tokio::main]
async fn main() {
    for line in listing_05_11::report(&[3, 1, 2]).await {
        println!("{line}");
    }
}
