//! The link checker, tested against the fake on the paused clock: no
//! network, no real waiting, and exact answers about time.
use listing_12_08::{FakeFetcher, FetchError, LinkReport, check_links};
use std::time::Duration;
use tokio::time::{Instant, timeout};

// ANCHOR: tests
#[tokio::test(start_paused = true)]
async fn reports_every_link_in_order() {
    let fetcher = FakeFetcher::new(Duration::from_millis(10))
        .with_page("https://a.test/", "12345")
        .with_error("https://b.test/", FetchError::Status(500));

    let reports = check_links(
        &fetcher,
        &["https://b.test/", "https://a.test/", "https://c.test/"],
    )
    .await;

    assert_eq!(
        reports,
        [
            LinkReport {
                url: "https://b.test/".into(),
                result: Err(FetchError::Status(500))
            },
            LinkReport {
                url: "https://a.test/".into(),
                result: Ok(5)
            },
            LinkReport {
                url: "https://c.test/".into(),
                result: Err(FetchError::Status(404))
            },
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn checks_all_links_at_the_same_time() {
    let fetcher = FakeFetcher::new(Duration::from_secs(2));
    let urls: Vec<String> = (0..10).map(|i| format!("https://{i}.test/")).collect();
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();

    let start = Instant::now();
    let reports = timeout(Duration::from_secs(60), check_links(&fetcher, &urls))
        .await
        .expect("the checker hung");

    assert_eq!(reports.len(), 10);
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(2),
        "ten 2-second fetches that overlap take 2 seconds, not 20"
    );
    assert_eq!(fetcher.calls(), urls, "each link fetched once, in order");
}
// ANCHOR_END: tests

#[tokio::test(start_paused = true)]
async fn the_fake_is_a_fetcher_that_can_be_spawned() {
    use listing_12_08::Fetcher;
    use std::sync::Arc;
    let fetcher =
        Arc::new(FakeFetcher::new(Duration::from_secs(1)).with_page("https://a.test/", "hi"));
    let task_fetcher = Arc::clone(&fetcher);
    let handle = tokio::spawn(async move { task_fetcher.fetch("https://a.test/").await });
    assert_eq!(handle.await.unwrap(), Ok("hi".to_string()));
    assert_eq!(fetcher.calls(), ["https://a.test/"]);
}
