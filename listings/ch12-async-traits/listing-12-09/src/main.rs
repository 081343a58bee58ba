// ANCHOR: main
use listing_12_08::{check_links, describe};
use listing_12_09::HttpFetcher;
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let fetcher = HttpFetcher::new(Duration::from_secs(10))?;
    // The links to check: those on the command line, or two on the web.
    let mut urls: Vec<String> = std::env::args().skip(1).collect();
    if urls.is_empty() {
        urls = vec![
            "https://www.rust-lang.org/".into(),
            "https://tokio.rs/no-such-page".into(),
        ];
    }
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    // The same business logic as with the fake, now over the network.
    for report in check_links(&fetcher, &urls).await {
        println!("{}", describe(&report));
    }
    Ok(())
}
// ANCHOR_END: main
