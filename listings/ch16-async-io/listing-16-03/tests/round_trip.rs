//! Against listing 16-1's echo server on 127.0.0.1; real sockets, real
//! clock. The timeout only turns a hang into a failure.
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::process::Command;
use tokio::time::timeout;

async fn echo_server() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(listing_16_01::serve(listener));
    addr
}

// ANCHOR: test
#[tokio::test]
async fn eight_megabytes_come_back_whole() {
    let addr = echo_server().await;
    // Far more than the kernel's socket buffers hold at their defaults.
    let data: Vec<u8> = (0..8 << 20).map(|i: u32| (i % 251) as u8).collect();
    let back = timeout(
        Duration::from_secs(10),
        listing_16_03::round_trip(addr, data.clone()),
    )
    .await
    .expect("the round trip stalled")
    .unwrap();
    assert_eq!(back.len(), data.len());
    assert!(back == data, "the echo differs from what was sent");
}
// ANCHOR_END: test

#[tokio::test]
async fn the_binary_reports_the_bytes() {
    let addr = echo_server().await;
    let out = timeout(
        Duration::from_secs(10),
        Command::new(env!("CARGO_BIN_EXE_listing-16-03"))
            .arg(addr.to_string())
            .kill_on_drop(true)
            .output(),
    )
    .await
    .expect("the binary did not finish")
    .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "8388608 bytes came back\n"
    );
}
