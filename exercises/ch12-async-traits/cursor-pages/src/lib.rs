//! Exercise: follow the cursors of a paged API, with an async closure.

/// One page of a listing: some items, and the cursor of the page after it
/// (`None` on the last page). Do not change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub items: Vec<String>,
    pub next: Option<String>,
}

/// Fetches every page of a listing and returns all their items, in order.
///
/// `fetch(None)` gets the first page, and `fetch(Some(cursor))` the page
/// that `cursor` points to. The listing ends with the page whose `next` is
/// `None`; a page may have no items and still not be the last one. If a
/// fetch fails, `all_items` stops and returns that error.
pub async fn all_items<E>(
    fetch: impl AsyncFnMut(Option<String>) -> Result<Page, E>,
) -> Result<Vec<String>, E> {
    // TODO: call `fetch` again and again, following the cursors.
    let _ = fetch;
    todo!("fetch every page")
}
