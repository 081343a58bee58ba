// ANCHOR: all
use tokio::runtime::Runtime;
use tokio::task;

async fn fetch(url: &str) -> String {
    task::yield_now().await;
    format!("<html>page at {url}</html>")
}

fn fetch_blocking(url: &str) -> String {
    let rt = Runtime::new().unwrap();
    rt.block_on(fetch(url))
}

#[tokio::main]
async fn main() {
    // Fix 1: async code calls async code. Await it.
    let page = fetch("https://example.com/a").await;
    println!("{page}");

    // Fix 2: when only a sync function will do, run it on the blocking
    // pool, where a thread may block, and await its result.
    let page = task::spawn_blocking(|| fetch_blocking("https://example.com/b"))
        .await
        .expect("the blocking task panicked");
    println!("{page}");
}
// ANCHOR_END: all
