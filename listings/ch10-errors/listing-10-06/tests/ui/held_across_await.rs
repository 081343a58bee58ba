// ANCHOR: all
use std::error::Error;
use std::time::Duration;

async fn parse_port(text: &str) -> Result<u16, Box<dyn Error>> {
    Ok(text.trim().parse::<u16>()?)
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        match parse_port("eighty").await {
            Ok(port) => println!("port {port}"),
            Err(e) => {
                tokio::time::sleep(Duration::from_millis(100)).await; // back off
                println!("giving up: {e}");
            }
        }
    });
    handle.await.unwrap();
}
// ANCHOR_END: all
