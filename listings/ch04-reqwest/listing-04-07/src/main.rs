use listing_04_07::fetch_all;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let urls = vec![
        "https://api.github.com/users/rust-lang".to_string(),
        "https://api.github.com/users/tokio-rs".to_string(),
    ];
    for body in fetch_all(urls).await? {
        println!("{body}");
    }
    Ok(())
}
