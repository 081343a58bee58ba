use futures::StreamExt;
use listing_08_06::{Api, items};

#[tokio::main]
async fn main() {
    let api = Api::default();
    let mut items = items(&api); // not pinned
    while let Some(item) = items.next().await {
        println!("{item}");
    }
}
