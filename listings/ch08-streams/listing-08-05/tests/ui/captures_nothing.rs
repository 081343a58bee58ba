// ANCHOR: all
use futures::stream::{self, Stream};
use listing_08_05::Api;

// `use<>` says: the returned type captures no lifetime. But the stream holds
// `api`, a reference, so it must capture the reference's lifetime.
pub fn pages(api: &Api) -> impl Stream<Item = Vec<u32>> + use<> {
    stream::unfold(Some(0), move |cursor| async move {
        let cursor = cursor?;
        let page = api.fetch_page(cursor).await;
        Some((page.items, page.next))
    })
}
// ANCHOR_END: all

fn main() {}
