#[tokio::main]
async fn main() {
    for line in listing_08_02::numbered(vec!["poll", "pin", "stream"]).await {
        println!("{line}");
    }
}
