// The names no longer clash, but both traits have a `next` method.
use futures::StreamExt as _;
use tokio_stream::StreamExt;

#[tokio::main]
async fn main() {
    let mut stream = tokio_stream::iter([1, 2, 3]);
    while let Some(value) = stream.next().await {
        println!("{value}");
    }
}
