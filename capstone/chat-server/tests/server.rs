//! The real binary, briefly: it starts on a free port, a client connects
//! and says hello, then closing the server's standard input stops it. No
//! timer in play but the tests' own limits.
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::process::Command;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(10);

#[tokio::test]
async fn the_binary_serves_a_client_and_stops_when_told() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chat-server"))
        .args(["0", "--stop-on-eof"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("cannot start chat-server");
    let mut out = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut err = child.stderr.take().unwrap();
    let log = tokio::spawn(async move {
        let mut text = String::new();
        let _ = err.read_to_string(&mut text).await;
        text
    });
    timeout(LIMIT, async {
        let first = out.next_line().await.unwrap().expect("no output");
        let addr = first
            .strip_prefix("chat server listening on ")
            .and_then(|rest| rest.split(';').next())
            .unwrap_or_else(|| panic!("unexpected first line: {first}"));
        assert!(first.ends_with(&format!(
            "nc 127.0.0.1 {}",
            addr.rsplit(':').next().unwrap()
        )));
        let (reader, mut writer) = TcpStream::connect(addr).await.unwrap().into_split();
        let mut lines = BufReader::new(reader).lines();
        assert_eq!(
            lines.next_line().await.unwrap().as_deref(),
            Some("* guest-1 joined")
        );
        writer.write_all(b"hello\n").await.unwrap();
        assert_eq!(
            lines.next_line().await.unwrap().as_deref(),
            Some("guest-1: hello")
        );
        drop(child.stdin.take()); // stdin closed: the server stops
        assert_eq!(
            lines.next_line().await.unwrap().as_deref(),
            Some("* server shutting down")
        );
        writer.write_all(b"/quit\n").await.unwrap();
        assert_eq!(lines.next_line().await.unwrap().as_deref(), Some("* bye"));
        assert_eq!(lines.next_line().await.unwrap(), None);
        let status = child.wait().await.unwrap();
        assert!(status.success(), "chat-server exited with {status}");
        assert_eq!(
            out.next_line().await.unwrap().as_deref(),
            Some("chat server stopped")
        );
    })
    .await
    .expect("the server did not stop after its last client left");
    let log = log.await.unwrap();
    assert!(
        log.lines()
            .any(|l| l.contains("connection{id=1 peer=127.0.0.1:") && l.ends_with("joined")),
        "the log has no `joined` event in the connection's span:\n{log}"
    );
}

#[test]
fn a_bad_port_gets_a_clear_message() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_chat-server"))
        .arg("seventy")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.starts_with(
            "chat-server: `seventy` is not a port number (0 to 65535)\nusage: chat-server [PORT]"
        ),
        "{err}"
    );
}

#[test]
fn the_load_test_runs_small() {
    // A small load: 20 clients, 20 messages each. The full one is
    // `scripts/bench`'s (BENCHMARKS.md).
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_chat-load"))
        .args(["--server", env!("CARGO_BIN_EXE_chat-server")])
        .args(["--clients", "20", "--messages", "20", "--limit", "20"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        text.contains("clients: 20 (20 kept up, 0 dropped)"),
        "{text}"
    );
    assert!(
        text.contains("messages sent: 400, delivered: 8000 of 8000"),
        "{text}"
    );
    assert!(text.contains("server peak RSS: "), "{text}");
}
