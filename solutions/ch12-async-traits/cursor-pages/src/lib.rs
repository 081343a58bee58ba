//! Solution: follow the cursors of a paged API, with an async closure.

/// One page of a listing: some items, and the cursor of the page after it
/// (`None` on the last page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub items: Vec<String>,
    pub next: Option<String>,
}

/// Fetches every page of a listing and returns all their items, in order.
pub async fn all_items<E>(
    // `mut`: calling an `AsyncFnMut` borrows it mutably, as with `FnMut`.
    mut fetch: impl AsyncFnMut(Option<String>) -> Result<Page, E>,
) -> Result<Vec<String>, E> {
    let mut items = Vec::new();
    let mut cursor = None;
    loop {
        let page = fetch(cursor).await?;
        items.extend(page.items);
        match page.next {
            Some(next) => cursor = Some(next),
            None => return Ok(items),
        }
    }
}
