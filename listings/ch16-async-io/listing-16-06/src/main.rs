// ANCHOR: uses
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
// ANCHOR_END: uses

// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or("127.0.0.1:7878".into());
    let listener = TcpListener::bind(&addr).await?;
    println!("listening on {}", listener.local_addr()?);
    let stop = CancellationToken::new();
    let on_ctrl_c = stop.clone();
    tokio::spawn(async move {
        let _ = tokio::signal::ctrl_c().await;
        on_ctrl_c.cancel();
    });
    // A slow service: each request takes two seconds.
    let work = |line: String| async move {
        tokio::time::sleep(Duration::from_secs(2)).await;
        line.to_uppercase()
    };
    listing_16_06::serve(listener, stop, Duration::from_secs(5), work).await?;
    println!("shut down");
    Ok(())
}
// ANCHOR_END: main
