// ANCHOR: main
use listing_04_03::{build_client, fetch_user};

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = build_client()?;
    for name in ["rust-lang", "tokio-rs"] {
        let body = fetch_user(&client, "https://api.github.com", name).await?;
        println!("{name}: {} bytes", body.len());
    }
    Ok(())
}
// ANCHOR_END: main
