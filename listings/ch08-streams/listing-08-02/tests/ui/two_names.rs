// Both traits imported under the same name.
use futures::StreamExt;
use tokio_stream::StreamExt;

#[tokio::main]
async fn main() {
    let mut stream = tokio_stream::iter([1, 2, 3]);
    while let Some(value) = stream.next().await {
        println!("{value}");
    }
}
