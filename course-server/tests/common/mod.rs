//! A course-server on 127.0.0.1 for one test, over the fixture course
//! (tests/fixture), and a client that speaks to it as the page does.

#![allow(dead_code)]

use bytes::Bytes;
use course_server::policy::Policy;
use course_server::{Config, State};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

pub const TOKEN: &str = "0123456789abcdef0123456789abcdef";

pub struct Options {
    /// Each test's own scratch folder for edited copies.
    pub name: &'static str,
    pub allow_remote_run: bool,
    /// The peer address the server is told, instead of the socket's.
    pub pretend_peer: Option<SocketAddr>,
    pub run_limit: Duration,
    pub output_cap: usize,
    pub body_cap: usize,
    /// The course: the fixture unless set.
    pub root: Option<PathBuf>,
    /// mdBook's address, for pages.
    pub upstream: Option<SocketAddr>,
    pub max_runs: usize,
}

impl Options {
    pub fn new(name: &'static str) -> Options {
        Options {
            name,
            allow_remote_run: false,
            pretend_peer: None,
            // Generous: nothing here that is meant to finish nears it.
            run_limit: Duration::from_secs(60),
            output_cap: 64 * 1024,
            body_cap: 64 * 1024,
            root: None,
            upstream: None,
            max_runs: 4,
        }
    }
}

pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture")
}

/// target/ of the course's own workspace.
pub fn course_target() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target")
}

pub struct Server {
    pub addr: SocketAddr,
    pub state: Arc<State>,
}

pub async fn start(options: Options) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let policy = Policy {
        port: addr.port(),
        hostname: None,
        allow_remote_run: options.allow_remote_run,
        token: TOKEN.to_owned(),
    };
    let fixture_course = options.root.is_none();
    let mut config = Config::new(options.root.unwrap_or_else(fixture), policy);
    if fixture_course {
        // All tests share one target dir for the fixture, so it builds once.
        config.target_dir = Some(course_target().join("course-server-fixture"));
    }
    config.scratch = course_target()
        .join("course-server-scratch")
        .join(options.name);
    config.run_limit = options.run_limit;
    config.output_cap = options.output_cap;
    config.body_cap = options.body_cap;
    config.upstream = options.upstream;
    config.max_runs = options.max_runs;
    let state = State::new(config);
    let serving = state.clone();
    let pretend = options.pretend_peer;
    tokio::spawn(async move {
        loop {
            let (stream, peer) = listener.accept().await.unwrap();
            tokio::spawn(course_server::serve_connection(
                stream,
                pretend.unwrap_or(peer),
                serving.clone(),
            ));
        }
    });
    Server { addr, state }
}

/// A response and the task that holds its connection: abort it to leave.
pub struct Reply {
    pub response: Response<Incoming>,
    pub connection: JoinHandle<()>,
}

impl Server {
    pub fn spawned(&self) -> usize {
        self.state.spawned.load(Ordering::SeqCst)
    }

    /// The headers the book's page sends.
    pub fn page_headers(&self) -> Vec<(&'static str, String)> {
        let host = format!("127.0.0.1:{}", self.addr.port());
        vec![
            ("host", host.clone()),
            ("origin", format!("http://{host}")),
            ("x-course-token", TOKEN.to_owned()),
            ("content-type", "application/json".to_owned()),
        ]
    }

    pub async fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&'static str, String)],
        body: impl Into<Bytes>,
    ) -> Reply {
        let stream = TcpStream::connect(self.addr).await.unwrap();
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        let connection = tokio::spawn(async move {
            let _ = conn.await;
        });
        let mut req = Request::builder().method(method).uri(path);
        for (name, value) in headers {
            req = req.header(*name, value);
        }
        let req = req.body(Full::new(body.into())).unwrap();
        let response = sender.send_request(req).await.unwrap();
        Reply {
            response,
            connection,
        }
    }

    /// POSTs `body` to /__course/api/run as the page does.
    pub async fn run(&self, body: &Value) -> Reply {
        self.request(
            "POST",
            "/__course/api/run",
            &self.page_headers(),
            body.to_string(),
        )
        .await
    }
}

/// The next event of a job's stream (`None` at its end), skipping ticks.
pub async fn next_event(body: &mut Incoming, pending: &mut String) -> Option<Value> {
    loop {
        if let Some(at) = pending.find('\n') {
            let line: String = pending.drain(..=at).collect();
            let event: Value = serde_json::from_str(line.trim()).expect("a line of JSON");
            if event["event"] == "tick" {
                continue;
            }
            return Some(event);
        }
        let frame = body.frame().await?.expect("the stream breaks off");
        if let Ok(data) = frame.into_data() {
            pending.push_str(std::str::from_utf8(&data).expect("UTF-8"));
        }
    }
}

/// Every event of a job, to its end.
pub async fn events(reply: Reply) -> Vec<Value> {
    assert_eq!(reply.response.status(), 200, "the run was refused");
    let mut body = reply.response.into_body();
    let mut pending = String::new();
    let mut all = Vec::new();
    while let Some(event) = next_event(&mut body, &mut pending).await {
        all.push(event);
    }
    all
}

/// The text of every event of one kind, joined.
pub fn joined(events: &[Value], kind: &str) -> String {
    events
        .iter()
        .filter(|e| e["event"] == kind)
        .map(|e| e["text"].as_str().unwrap_or_default())
        .collect()
}

pub fn last(events: &[Value]) -> &Value {
    events.last().expect("the job sent nothing")
}

/// A refused request: its status and its error message.
pub async fn refusal(reply: Reply) -> (u16, String) {
    let status = reply.response.status().as_u16();
    let body = reply
        .response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes();
    let value: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (
        status,
        value["error"]
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| String::from_utf8_lossy(&body).into_owned()),
    )
}

/// Runs `test` with a time limit, so that a hung server fails the test.
pub async fn within<T>(seconds: u64, test: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(seconds), test)
        .await
        .expect("the test did not finish in time")
}
