// ANCHOR: main
use listing_04_02::fetch_text;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let body = fetch_text("https://api.github.com", "rust-lang").await?;
    println!("{body}");
    Ok(())
}
// ANCHOR_END: main
