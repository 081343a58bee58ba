//! Real sockets on 127.0.0.1, real clock; the timeouts only turn a hang
//! into a failure.
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(10);

async fn start() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(listing_16_04::serve(listener));
    addr
}

#[tokio::test]
async fn speaks_the_protocol_of_listing_16_2() {
    timeout(LIMIT, async {
        let addr = start().await;
        let (reader, mut writer) = TcpStream::connect(addr).await.unwrap().into_split();
        let mut replies = BufReader::new(reader).lines();
        // Two lines in one write, and a `\r\n` ending: the codec splits them.
        writer
            .write_all(b"echo hello\r\nupper async rust\n")
            .await
            .unwrap();
        assert_eq!(replies.next_line().await.unwrap().unwrap(), "hello");
        assert_eq!(replies.next_line().await.unwrap().unwrap(), "ASYNC RUST");
        writer.write_all(b"quit\n").await.unwrap();
        assert_eq!(replies.next_line().await.unwrap().unwrap(), "bye");
        assert_eq!(
            replies.next_line().await.unwrap(),
            None,
            "no hang-up after quit"
        );
    })
    .await
    .expect("the conversation did not finish");
}

// ANCHOR: unbounded
#[tokio::test]
async fn without_a_limit_the_server_holds_a_whole_line_in_memory() {
    timeout(LIMIT, async {
        let addr = start().await;
        let (reader, mut writer) = TcpStream::connect(addr).await.unwrap().into_split();
        // 4 MB and no newline; then end of stream, which ends the line.
        writer.write_all(&vec![b'x'; 4 << 20]).await.unwrap();
        writer.shutdown().await.unwrap();
        let mut replies = BufReader::new(reader).lines();
        let reply = replies.next_line().await.unwrap().unwrap();
        // The server buffered all 4 MB, then answered: unknown command `xxx…`.
        assert!(reply.starts_with("error: unknown command `xxx"));
        assert!(reply.len() > 4 << 20, "the reply holds the whole line");
    })
    .await
    .expect("no reply to the long line");
}
// ANCHOR_END: unbounded
