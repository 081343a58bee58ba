//! The classroom rules, end to end over real sockets on 127.0.0.1: each
//! refused request gets a clear 4xx and starts no process at all.

mod common;

use common::{Options, Server, TOKEN, events, joined, last, refusal, start, within};
use serde_json::json;
use std::net::SocketAddr;

fn run_listing() -> serde_json::Value {
    json!({"package": "listing-00-01", "action": "run"})
}

fn edited_run() -> serde_json::Value {
    json!({"package": "listing-00-01", "action": "run", "edit": {
        "file": "src/main.rs",
        "original": "println!(\"hello from the fixture\");",
        "text": "println!(\"edited\");",
    }})
}

fn with(server: &Server, name: &'static str, value: Option<String>) -> Vec<(&'static str, String)> {
    let mut headers: Vec<_> = server
        .page_headers()
        .into_iter()
        .filter(|(n, _)| *n != name)
        .collect();
    if let Some(value) = value {
        headers.push((name, value));
    }
    headers
}

const REMOTE: &str = "192.0.2.7:50000";

#[tokio::test]
async fn a_request_from_another_site_runs_nothing() {
    within(60, async {
        let server = start(Options::new("cross-origin")).await;
        let body = run_listing().to_string();
        for origin in [
            Some("http://evil.example".to_owned()),
            Some(format!(
                "http://localhost:{}.evil.example",
                server.addr.port()
            )),
            Some("null".to_owned()),
            None,
        ] {
            let headers = with(&server, "origin", origin.clone());
            let reply = server
                .request("POST", "/__course/api/run", &headers, body.clone())
                .await;
            let (status, message) = refusal(reply).await;
            assert_eq!(status, 403, "origin {origin:?}: {message}");
            assert!(
                message.contains("not from a page of this book"),
                "{message}"
            );
        }
        // A page of another site that points its own name at this machine
        // (DNS rebinding) sends its own name as Host and Origin.
        let rebinding = format!("evil.example:{}", server.addr.port());
        let mut headers = with(&server, "host", Some(rebinding.clone()));
        headers.retain(|(n, _)| *n != "origin");
        headers.push(("origin", format!("http://{rebinding}")));
        let (status, message) = refusal(
            server
                .request("POST", "/__course/api/run", &headers, body.clone())
                .await,
        )
        .await;
        assert_eq!(status, 403, "{message}");
        assert!(message.contains("host"), "{message}");
        assert_eq!(server.spawned(), 0, "a refused request started a process");
    })
    .await;
}

#[tokio::test]
async fn a_request_without_the_pages_token_runs_nothing() {
    within(60, async {
        let server = start(Options::new("token")).await;
        for token in [None, Some("wrong".to_owned()), Some(TOKEN.to_uppercase())] {
            let headers = with(&server, "x-course-token", token.clone());
            for path in ["/__course/api/run", "/__course/api/hello"] {
                let (status, message) = refusal(
                    server
                        .request("POST", path, &headers, run_listing().to_string())
                        .await,
                )
                .await;
                assert_eq!(status, 403, "{path} with token {token:?}: {message}");
                assert!(message.contains("token"), "{message}");
            }
        }
        let (status, _) = refusal(
            server
                .request("GET", "/__course/api/run", &server.page_headers(), "")
                .await,
        )
        .await;
        assert_eq!(status, 405);
        assert_eq!(server.spawned(), 0);
    })
    .await;
}

#[tokio::test]
async fn a_request_from_another_machine_runs_nothing_unless_allowed() {
    within(60, async {
        let mut options = Options::new("remote");
        options.pretend_peer = Some(REMOTE.parse::<SocketAddr>().unwrap());
        let server = start(options).await;
        for body in [run_listing(), edited_run()] {
            let (status, message) = refusal(server.run(&body).await).await;
            assert_eq!(status, 403, "{message}");
            assert!(message.contains("--allow-remote-run"), "{message}");
        }
        let (status, _) = refusal(
            server
                .request("POST", "/__course/api/hello", &server.page_headers(), "")
                .await,
        )
        .await;
        assert_eq!(status, 403);
        assert_eq!(server.spawned(), 0);
    })
    .await;
}

#[tokio::test]
async fn with_allow_remote_run_other_machines_run_listings_as_shipped_never_edited() {
    within(300, async {
        let mut options = Options::new("remote-allowed");
        options.pretend_peer = Some(REMOTE.parse::<SocketAddr>().unwrap());
        options.allow_remote_run = true;
        let server = start(options).await;

        let (status, message) = refusal(server.run(&edited_run()).await).await;
        assert_eq!(status, 403, "{message}");
        assert!(
            message.contains("edited code runs only on the machine"),
            "{message}"
        );
        assert_eq!(
            server.spawned(),
            0,
            "an edited run from afar started a process"
        );

        let hello = server
            .request("POST", "/__course/api/hello", &server.page_headers(), "")
            .await;
        let (status, body) = refusal(hello).await;
        assert_eq!(status, 200, "{body}");

        let events = events(server.run(&run_listing()).await).await;
        assert_eq!(joined(&events, "stdout"), "hello from the fixture\n");
        assert_eq!(last(&events)["success"], true, "{events:?}");
    })
    .await;
}

#[tokio::test]
async fn unknown_and_malformed_listings_are_refused_clearly() {
    within(60, async {
        let server = start(Options::new("names")).await;
        let cases = [
            (
                json!({"package": "listing-99-99", "action": "run"}),
                404,
                "no listing `listing-99-99`",
            ),
            (
                json!({"package": "../../etc/passwd", "action": "run"}),
                400,
                "not a listing's name",
            ),
            (
                json!({"package": "listing-00-01; rm -rf ~", "action": "run"}),
                400,
                "not a listing's name",
            ),
            (
                json!({"package": "--manifest-path=/tmp/x", "action": "run"}),
                400,
                "not a listing's name",
            ),
            (
                json!({"package": "", "action": "run"}),
                400,
                "not a listing's name",
            ),
            (
                json!({"package": "listing-00-01", "action": "build"}),
                400,
                "neither `run` nor `test`",
            ),
            (
                json!({"package": "listing-00-04", "action": "run"}),
                400,
                "has no `main`",
            ),
            (
                json!({"package": "listing-00-02", "action": "test"}),
                400,
                "has no tests",
            ),
            (
                json!({"package": "listing-00-01", "action": "run", "extra": 1}),
                400,
                "not what the page sends",
            ),
            (
                json!({"package": "listing-00-01", "action": "run", "edit": {
                "file": "../../../Cargo.toml", "original": "x", "text": "y"}}),
                400,
                "not a Rust file",
            ),
            (
                json!({"package": "listing-00-01", "action": "run", "edit": {
                "file": "src/other.rs", "original": "x", "text": "y"}}),
                400,
                "has no file src/other.rs",
            ),
            (
                json!({"package": "listing-00-01", "action": "run", "edit": {
                "file": "src/main.rs", "original": "fn not_in_the_file() {}", "text": "y"}}),
                409,
                "reload the page",
            ),
        ];
        for (body, want, says) in cases {
            let (status, message) = refusal(server.run(&body).await).await;
            assert_eq!(status, want, "{body}: {message}");
            assert!(
                message.contains(says),
                "{body}: `{message}` does not say `{says}`"
            );
        }
        for raw in ["not json", "{\"package\": 5}", "[]"] {
            let (status, message) = refusal(
                server
                    .request("POST", "/__course/api/run", &server.page_headers(), raw)
                    .await,
            )
            .await;
            assert_eq!(status, 400, "{raw}: {message}");
        }
        let (status, _) = refusal(
            server
                .request("POST", "/__course/nothing", &server.page_headers(), "")
                .await,
        )
        .await;
        assert_eq!(status, 404);
        assert_eq!(server.spawned(), 0, "a refused request started a process");
    })
    .await;
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_anything_runs() {
    within(60, async {
        let mut options = Options::new("oversized");
        options.body_cap = 4 * 1024;
        let server = start(options).await;
        let big = "x".repeat(8 * 1024);
        let body = json!({"package": "listing-00-01", "action": "run", "edit": {
            "file": "src/main.rs",
            "original": "println!(\"hello from the fixture\");",
            "text": format!("// {big}\nprintln!(\"hi\");"),
        }});
        let (status, message) = refusal(server.run(&body).await).await;
        assert_eq!(status, 413, "{message}");
        assert!(message.contains("larger than 4 KiB"), "{message}");
        assert_eq!(server.spawned(), 0);
    })
    .await;
}

#[tokio::test]
async fn an_oversized_body_without_a_length_is_cut_off_and_refused() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    within(60, async {
        let mut options = Options::new("oversized-chunked");
        options.body_cap = 4 * 1024;
        let server = start(options).await;
        let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
        let mut head = String::from("POST /__course/api/run HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n");
        for (name, value) in server.page_headers() {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).await.unwrap();
        let chunk = "x".repeat(8 * 1024);
        stream
            .write_all(format!("{:x}\r\n{chunk}\r\n0\r\n\r\n", chunk.len()).as_bytes())
            .await
            .unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response).await;
        let response = String::from_utf8_lossy(&response);
        assert!(response.starts_with("HTTP/1.1 413"), "{response}");
        assert!(response.contains("larger than 4 KiB"), "{response}");
        assert_eq!(server.spawned(), 0);
    })
    .await;
}
