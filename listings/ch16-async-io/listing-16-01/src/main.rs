// ANCHOR: main
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // `listing-16-01 127.0.0.1:0` picks a free port; the default is 7878.
    let addr = std::env::args().nth(1).unwrap_or("127.0.0.1:7878".into());
    let listener = TcpListener::bind(&addr).await?;
    println!("listening on {}", listener.local_addr()?);
    listing_16_01::serve(listener).await
}
// ANCHOR_END: main
