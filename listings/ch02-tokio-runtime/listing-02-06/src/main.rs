// ANCHOR: all
use listing_02_06::BlockingClient;

// A plain `fn main`: no `#[tokio::main]`, no `.await`.
fn main() -> std::io::Result<()> {
    let client = BlockingClient::new()?;
    for url in ["https://example.com/a", "https://example.com/b"] {
        let page = client.fetch(url);
        println!("{page}");
    }
    Ok(())
}
// ANCHOR_END: all
