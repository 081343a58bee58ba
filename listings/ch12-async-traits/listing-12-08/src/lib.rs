//! Listing 12-8: a `Fetcher` trait, a link checker written against it, and a
//! fake to test the checker with. Listing 12-9 adds the real, HTTP one.
use futures::future::join_all;
use std::future::Future;

mod fake;
pub use fake::FakeFetcher;

// ANCHOR: trait
/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("HTTP status {0}")]
    Status(u16),
    #[error("network error: {0}")]
    Network(String),
}

/// Anything that can fetch a page. Implementations write
/// `async fn fetch(&self, url: &str) -> Result<String, FetchError>`; the
/// trait declares the future `Send`, so callers may spawn it.
pub trait Fetcher {
    fn fetch(&self, url: &str) -> impl Future<Output = Result<String, FetchError>> + Send;
}
// ANCHOR_END: trait

// ANCHOR: logic
/// What checking one link found: the page's size in bytes, or the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkReport {
    pub url: String,
    pub result: Result<usize, FetchError>,
}

/// Checks every link at the same time. The reports come back in the order
/// of `urls`, whichever fetch finishes first.
pub async fn check_links<F: Fetcher>(fetcher: &F, urls: &[&str]) -> Vec<LinkReport> {
    let checks = urls.iter().map(|&url| async move {
        let result = fetcher.fetch(url).await.map(|body| body.len());
        LinkReport {
            url: url.to_string(),
            result,
        }
    });
    join_all(checks).await
}

/// One line per report.
pub fn describe(report: &LinkReport) -> String {
    match &report.result {
        Ok(bytes) => format!("ok      {} ({bytes} bytes)", report.url),
        Err(e) => format!("broken  {}: {e}", report.url),
    }
}
// ANCHOR_END: logic

// ANCHOR: demo
/// What `main` prints: the checker, run against a fake web where every
/// page takes one second.
pub async fn demo() -> Vec<String> {
    let fetcher = FakeFetcher::new(std::time::Duration::from_secs(1))
        .with_page("https://example.com/", "<h1>Welcome</h1>")
        .with_page("https://example.com/about", "<p>About us</p>")
        .with_error(
            "https://example.com/down",
            FetchError::Network("connection refused".into()),
        );
    let urls = [
        "https://example.com/",
        "https://example.com/about",
        "https://example.com/old",
        "https://example.com/down",
    ];
    check_links(&fetcher, &urls)
        .await
        .iter()
        .map(describe)
        .collect()
}
// ANCHOR_END: demo
