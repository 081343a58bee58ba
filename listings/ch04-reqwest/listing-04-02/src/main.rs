// ANCHOR: main
use listing_04_02::fetch_text;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    // API_BASE points the program at another server (the tests' local one).
    let base = std::env::var("API_BASE").unwrap_or_else(|_| "https://api.github.com".into());
    let body = fetch_text(&base, "rust-lang").await?;
    println!("{body}");
    Ok(())
}
// ANCHOR_END: main
