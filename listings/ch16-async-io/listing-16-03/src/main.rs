// ANCHOR: main
#[tokio::main]
async fn main() -> std::io::Result<()> {
    // `listing-16-03 ADDR`: send 8 MB to the echo server of listing 16-1.
    let addr = std::env::args().nth(1).unwrap_or("127.0.0.1:7878".into());
    let data = vec![b'x'; 8 << 20];
    let back = listing_16_03::round_trip(addr.parse().unwrap(), data).await?;
    println!("{} bytes came back", back.len());
    Ok(())
}
// ANCHOR_END: main
