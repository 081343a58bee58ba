// ANCHOR: main
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // `listing-16-02 ADDR --once` serves one connection, then exits.
    let args: Vec<String> = std::env::args().collect();
    let addr = args.get(1).map_or("127.0.0.1:7878", String::as_str);
    let listener = TcpListener::bind(addr).await?;
    println!("listening on {}", listener.local_addr()?);
    if args.iter().any(|a| a == "--once") {
        let (socket, _) = listener.accept().await?;
        return listing_16_02::handle(socket).await;
    }
    listing_16_02::serve(listener).await
}
// ANCHOR_END: main
