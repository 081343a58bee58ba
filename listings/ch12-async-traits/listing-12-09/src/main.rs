// ANCHOR: main
use listing_12_08::{check_links, describe};
use listing_12_09::HttpFetcher;
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let fetcher = HttpFetcher::new(Duration::from_secs(10))?;
    let urls = [
        "https://www.rust-lang.org/",
        "https://tokio.rs/no-such-page",
    ];
    // The same business logic as with the fake, now over the network.
    for report in check_links(&fetcher, &urls).await {
        println!("{}", describe(&report));
    }
    Ok(())
}
// ANCHOR_END: main
