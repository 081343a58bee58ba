// ANCHOR: main
use listing_04_03::{build_client, fetch_user};

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = build_client()?;
    // API_BASE points the program at another server (the tests' local one).
    let base = std::env::var("API_BASE").unwrap_or_else(|_| "https://api.github.com".into());
    for name in ["rust-lang", "tokio-rs"] {
        let body = fetch_user(&client, &base, name).await?;
        println!("{name}: {} bytes", body.len());
    }
    Ok(())
}
// ANCHOR_END: main
