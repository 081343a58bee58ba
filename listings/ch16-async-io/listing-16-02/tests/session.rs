//! Runs the real binary with `--once`, talks to it as a client would, and
//! compares the conversation with `output.txt`. Real sockets, real clock;
//! the timeout only turns a hang into a failure.
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::process::Command;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(5);

#[tokio::test]
async fn the_binary_answers_as_the_book_shows() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_listing-16-02"))
        .args(["127.0.0.1:0", "--once"])
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let transcript = timeout(LIMIT, async {
        let first = BufReader::new(stdout).lines().next_line().await.unwrap();
        let first = first.expect("the binary printed nothing");
        let addr = first.strip_prefix("listening on ").unwrap().to_owned();
        let (reader, mut writer) = TcpStream::connect(addr).await.unwrap().into_split();
        let mut replies = BufReader::new(reader).lines();
        let mut transcript = Vec::new();
        for command in ["echo hello", "upper async rust", "shout", "quit"] {
            writer
                .write_all(format!("{command}\n").as_bytes())
                .await
                .unwrap();
            let reply = replies.next_line().await.unwrap().expect("no reply");
            transcript.push(format!("> {command}"));
            transcript.push(format!("< {reply}"));
        }
        let after = replies.next_line().await.unwrap();
        assert_eq!(after, None, "after `quit` the server should hang up");
        transcript.join("\n")
    })
    .await
    .expect("the conversation did not finish");
    let status = timeout(LIMIT, child.wait())
        .await
        .expect("--once did not exit");
    assert!(status.unwrap().success());
    support::assert_output(
        &transcript,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[test]
fn answers_each_command() {
    use listing_16_02::answer;
    assert_eq!(answer("echo a b"), ("a b".to_owned(), false));
    assert_eq!(answer("upper a b"), ("A B".to_owned(), false));
    assert_eq!(answer("quit"), ("bye".to_owned(), true));
    assert_eq!(answer(""), ("error: unknown command ``".to_owned(), false));
}
