//! Listing 8-6: the same paginated stream, written with `async_stream::stream!`.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::time::{Instant, sleep};

/// One page of results, and the cursor of the next page if there is one.
pub struct Page {
    pub items: Vec<u32>,
    pub next: Option<u32>,
}

/// The fake API of listing 8-5: three pages of three items, 100 ms a fetch.
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

// ANCHOR: stream
use async_stream::stream;
use futures::{Stream, StreamExt};
use std::pin::pin;

/// Every item of every page: a loop that `yield`s instead of returning.
pub fn items(api: &Api) -> impl Stream<Item = u32> {
    stream! {
        let mut cursor = Some(0);
        while let Some(current) = cursor {
            let page = api.fetch_page(current).await;
            for item in page.items {
                yield item;
            }
            cursor = page.next;
        }
    }
}

/// The lines `main` prints: each item, and when it arrived.
pub async fn report(api: &Api) -> Vec<String> {
    let start = Instant::now();
    let mut items = pin!(items(api)); // stream! is !Unpin: pin it before next()
    let mut lines = Vec::new();
    while let Some(item) = items.next().await {
        lines.push(format!("{item} at {:.1}s", start.elapsed().as_secs_f64()));
    }
    lines
}
// ANCHOR_END: stream
