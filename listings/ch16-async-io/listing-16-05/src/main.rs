// ANCHOR: main
use listing_16_05::{Limits, serve};
use std::time::Duration;
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or("127.0.0.1:7878".into());
    let listener = TcpListener::bind(&addr).await?;
    println!("listening on {}", listener.local_addr()?);
    let limits = Limits {
        max_connections: 1_000,
        idle: Duration::from_secs(60),
        max_line: 8 * 1024,
    };
    serve(listener, limits).await
}
// ANCHOR_END: main
