// ANCHOR: all
use tokio::runtime::Runtime;

async fn fetch(url: &str) -> String {
    tokio::task::yield_now().await;
    format!("<html>page at {url}</html>")
}

/// A sync wrapper, like listing 2-6's client: it owns a runtime and
/// blocks on it.
fn fetch_blocking(url: &str) -> String {
    let rt = Runtime::new().unwrap();
    rt.block_on(fetch(url))
}

#[tokio::main]
async fn main() {
    // Wrong: this thread is already driving async code, and
    // `fetch_blocking` tries to block it.
    let page = fetch_blocking("https://example.com/a");
    println!("{page}");
}
// ANCHOR_END: all
