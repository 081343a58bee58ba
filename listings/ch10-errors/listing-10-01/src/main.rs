// ANCHOR: main
use listing_10_01::fetch_url;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // API_BASE points the program at another server (the tests' local one).
    let url = std::env::var("API_BASE").unwrap_or_else(|_| "https://example.com".into());
    let content = fetch_url(&url).await?;
    println!("{}", content);
    Ok(())
}
// ANCHOR_END: main
