//! Listing 8-5: a paginated API as a stream, built with `futures::stream::unfold`.
use std::pin::pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::time::{Instant, sleep};

// ANCHOR: api
/// One page of results, and the cursor of the next page if there is one.
pub struct Page {
    pub items: Vec<u32>,
    pub next: Option<u32>,
}

/// A stand-in for a paginated HTTP API: three pages of three items, each
/// fetch takes 100 ms. It counts the fetches, so tests can check laziness.
#[derive(Default)]
pub struct Api {
    fetches: AtomicUsize,
}

impl Api {
    pub async fn fetch_page(&self, cursor: u32) -> Page {
        self.fetches.fetch_add(1, Ordering::SeqCst);
        sleep(Duration::from_millis(100)).await;
        let first = cursor * 3 + 1;
        Page {
            items: (first..first + 3).collect(),
            next: (cursor < 2).then_some(cursor + 1),
        }
    }

    pub fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }
}
// ANCHOR_END: api

// ANCHOR: unfold
use futures::stream::{self, Stream, StreamExt};

/// Every page, fetched one at a time, only when the consumer asks for it.
/// (Edition 2024: the returned type captures the lifetime of `api` by itself.)
pub fn pages(api: &Api) -> impl Stream<Item = Vec<u32>> {
    // The state is the cursor of the page to fetch next; None means "no more".
    stream::unfold(Some(0), move |cursor| async move {
        let cursor = cursor?; // None: the last page was yielded already, end
        let page = api.fetch_page(cursor).await;
        Some((page.items, page.next)) // (the item to yield, the next state)
    })
}

/// The same results, one item at a time.
pub fn items(api: &Api) -> impl Stream<Item = u32> {
    pages(api).flat_map(stream::iter)
}
// ANCHOR_END: unfold

/// The lines `main` prints: each page, and when it arrived.
pub async fn report(api: &Api) -> Vec<String> {
    let start = Instant::now();
    let mut pages = pin!(pages(api));
    let mut lines = Vec::new();
    while let Some(page) = pages.next().await {
        let at = start.elapsed().as_secs_f64();
        lines.push(format!("{page:?} at {at:.1}s"));
    }
    lines.push(format!("{} fetches", api.fetches()));
    lines
}
