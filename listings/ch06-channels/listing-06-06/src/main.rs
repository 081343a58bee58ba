#[tokio::main]
async fn main() {
    println!("{}", listing_06_06::summary(3, 6).await);
}
