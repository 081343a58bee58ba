// ANCHOR: main
use listing_10_01::fetch_url;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let content = fetch_url("https://example.com").await?;
    println!("{}", content);
    Ok(())
}
// ANCHOR_END: main
