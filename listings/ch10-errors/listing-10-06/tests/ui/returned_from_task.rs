// ANCHOR: all
use std::error::Error;

async fn parse_port(text: &str) -> Result<u16, Box<dyn Error>> {
    Ok(text.trim().parse::<u16>()?)
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { parse_port("8080").await });
    println!("{:?}", handle.await);
}
// ANCHOR_END: all
