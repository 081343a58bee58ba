// ANCHOR: main
use listing_08_03::Counter;
use tokio_stream::StreamExt;

#[tokio::main]
async fn main() {
    let mut counter = Counter { count: 0, max: 5 };

    while let Some(value) = counter.next().await {
        println!("{value}");
    }
}
// ANCHOR_END: main
