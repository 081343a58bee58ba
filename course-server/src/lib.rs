//! The server behind `cargo course serve`.
//!
//! It stands in front of `mdbook serve`: pages, assets and the live-reload
//! websocket pass through to mdBook, and pages for readers who may run code
//! get a `<meta name="course-server">` tag with a per-serve random token.
//! The book's script (theme/course-run.js) adds Run and Test buttons to the
//! listings only when it finds that tag, and sends the token back with each
//! request to `/__course/api/…`.
//!
//! The classroom rules are in [`policy`]; each task of a request runs on its
//! own, builds take turns through a semaphore, and a job ends (its processes
//! killed) when the page goes away, on a time limit, or on Ctrl-C.

pub mod jobs;
pub mod listings;
pub mod policy;
pub mod scratch;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty, Full, Limited};
use hyper::body::{Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use policy::{Policy, Refusal, RequestFacts};
use serde::Deserialize;
use serde_json::json;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub type Body = BoxBody<Bytes, hyper::Error>;

/// The header that carries the page's token.
pub const TOKEN_HEADER: &str = "x-course-token";

pub struct Config {
    /// The course's root folder (the workspace).
    pub root: PathBuf,
    pub policy: Policy,
    /// mdBook, serving the book on this loopback address; `None` serves no pages.
    pub upstream: Option<SocketAddr>,
    /// The folder for edited copies: `<scratch>/ws` and `<scratch>/target`.
    pub scratch: PathBuf,
    /// `CARGO_TARGET_DIR` for listings as shipped; `None`: the workspace's.
    pub target_dir: Option<PathBuf>,
    pub cargo: String,
    /// How long a program or a test run may take.
    pub run_limit: Duration,
    /// How long a build may take.
    pub compile_limit: Duration,
    /// The most output one run sends to the page.
    pub output_cap: usize,
    /// The largest request body (an edited listing and its original).
    pub body_cap: usize,
    /// How often a quiet run checks that the reader is still there.
    pub heartbeat: Duration,
    /// How many programs as shipped may run at once (beside the one build).
    pub max_runs: usize,
}

impl Config {
    /// The defaults for `root`, with the runner's time limit
    /// (`COURSE_TEST_TIMEOUT` seconds, else 60).
    pub fn new(root: PathBuf, policy: Policy) -> Config {
        let run_limit = std::env::var("COURSE_TEST_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .map(Duration::from_secs)
            .unwrap_or(Duration::from_secs(60));
        Config {
            scratch: root.join("target").join("course-scratch"),
            root,
            policy,
            upstream: None,
            target_dir: None,
            cargo: std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()),
            run_limit,
            compile_limit: Duration::from_secs(900),
            output_cap: 256 * 1024,
            body_cap: 256 * 1024,
            heartbeat: Duration::from_secs(1),
            max_runs: 4,
        }
    }
}

pub struct State {
    pub config: Config,
    /// One build at a time.
    pub builds: Arc<Semaphore>,
    /// A few programs at a time.
    pub runs: Arc<Semaphore>,
    /// Every process the server has started (the tests read it).
    pub spawned: AtomicUsize,
    /// Cancelled on Ctrl-C: jobs kill their processes and end.
    pub shutdown: CancellationToken,
    /// The running jobs, waited for at shutdown.
    pub jobs: TaskTracker,
}

impl State {
    pub fn new(config: Config) -> Arc<State> {
        let runs = config.max_runs.max(1);
        Arc::new(State {
            config,
            builds: Arc::new(Semaphore::new(1)),
            runs: Arc::new(Semaphore::new(runs)),
            spawned: AtomicUsize::new(0),
            shutdown: CancellationToken::new(),
            jobs: TaskTracker::new(),
        })
    }
}

/// A token for this serve: 128 random bits, in hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 16];
    let from_os = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if !from_os {
        // std's hasher keys are random per process.
        use std::hash::{BuildHasher, Hasher};
        for chunk in bytes.chunks_mut(8) {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0),
            );
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Accepts connections until shutdown, each served on its own task.
pub async fn serve(listener: TcpListener, state: Arc<State>) {
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    tokio::spawn(serve_connection(stream, peer, state.clone()));
                }
                Err(e) => {
                    eprintln!("course-server: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
            _ = state.shutdown.cancelled() => break,
        }
    }
}

/// Serves one connection. `peer` is the address the rules judge: the
/// socket's own peer in [`serve`]; the tests pass other machines' addresses.
pub async fn serve_connection(stream: TcpStream, peer: SocketAddr, state: Arc<State>) {
    let service = hyper::service::service_fn(move |req| handle(req, peer, state.clone()));
    let _ = hyper::server::conn::http1::Builder::new()
        .serve_connection(TokioIo::new(stream), service)
        .with_upgrades()
        .await;
}

async fn handle(
    req: Request<Incoming>,
    peer: SocketAddr,
    state: Arc<State>,
) -> Result<Response<Body>, Infallible> {
    let path = req.uri().path().to_owned();
    let response = match path.as_str() {
        "/__course/api/hello" => api(req, peer, &state, Api::Hello).await,
        "/__course/api/run" => api(req, peer, &state, Api::Run).await,
        p if p.starts_with("/__course/") => text(StatusCode::NOT_FOUND, "no such page\n"),
        _ => proxy(req, peer, &state).await,
    };
    Ok(response)
}

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed()
}

fn text(status: StatusCode, body: &str) -> Response<Body> {
    let mut r = Response::new(full(body.to_owned()));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

fn json_response(status: StatusCode, value: serde_json::Value) -> Response<Body> {
    let mut r = Response::new(full(value.to_string()));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn refused(refusal: Refusal) -> Response<Body> {
    json_response(refusal.status, json!({ "error": refusal.message }))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Api {
    Hello,
    Run,
}

/// What the page posts to `/__course/api/run`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RunRequest {
    package: String,
    action: String,
    #[serde(default)]
    edit: Option<Edit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    /// The listing's file the block shows, relative to the listing.
    file: String,
    /// The text the book showed (the file, or its anchored part).
    original: String,
    /// The reader's version of it.
    text: String,
}

fn header_str(req: &Request<Incoming>, name: impl header::AsHeaderName) -> Option<&str> {
    req.headers().get(name).and_then(|v| v.to_str().ok())
}

async fn api(
    req: Request<Incoming>,
    peer: SocketAddr,
    state: &Arc<State>,
    which: Api,
) -> Response<Body> {
    if req.method() != Method::POST {
        let mut r = text(StatusCode::METHOD_NOT_ALLOWED, "POST only\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return r;
    }
    let facts = RequestFacts {
        peer: peer.ip(),
        host: header_str(&req, header::HOST),
        origin: header_str(&req, header::ORIGIN),
        token: header_str(&req, TOKEN_HEADER),
    };
    if let Err(refusal) = policy::authorize(&facts, &state.config.policy) {
        return refused(refusal);
    }
    let listings = listings::scan(&state.config.root);
    if which == Api::Hello {
        let all: serde_json::Map<String, serde_json::Value> = listings
            .values()
            .map(|l| {
                (
                    l.package.clone(),
                    json!({"folder": l.folder, "run": l.bin.is_some(), "test": l.tests}),
                )
            })
            .collect();
        return json_response(
            StatusCode::OK,
            json!({"ok": true, "edit": policy::is_local(peer.ip()), "listings": all}),
        );
    }

    // The body: capped before and while it is read.
    let cap = state.config.body_cap;
    let declared = header_str(&req, header::CONTENT_LENGTH).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > cap as u64) {
        return refused(too_large(cap));
    }
    let body = match Limited::new(req.into_body(), cap).collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => return refused(too_large(cap)),
    };
    let request: RunRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return refused(Refusal::new(
                StatusCode::BAD_REQUEST,
                format!("refused: the request is not what the page sends ({e})"),
            ));
        }
    };
    let job = match check(request, peer, &listings) {
        Ok(job) => job,
        Err(refusal) => return refused(refusal),
    };

    let (tx, rx) = mpsc::channel(64);
    let out = jobs::Out::new(tx, state.config.output_cap);
    let job_state = state.clone();
    state.jobs.spawn(async move {
        let _ = jobs::run(job_state, job, out).await;
    });
    let mut r = Response::new(ChannelBody(rx).boxed());
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

fn too_large(cap: usize) -> Refusal {
    Refusal::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("refused: the request is larger than {} KiB", cap / 1024),
    )
}

/// A run request, checked: a known listing, an action it has, and an edit
/// only from the machine itself, of one of its `.rs` files, of text the file
/// holds.
fn check(
    request: RunRequest,
    peer: SocketAddr,
    listings: &std::collections::BTreeMap<String, listings::Listing>,
) -> Result<jobs::Job, Refusal> {
    let bad = |m: String| Refusal::new(StatusCode::BAD_REQUEST, m);
    if !policy::valid_package_name(&request.package) {
        return Err(bad(format!(
            "refused: `{}` is not a listing's name (like `listing-01-02`)",
            request.package.chars().take(80).collect::<String>()
        )));
    }
    let Some(listing) = listings.get(&request.package) else {
        return Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format!("refused: this course has no listing `{}`", request.package),
        ));
    };
    let action = match request.action.as_str() {
        "run" if listing.bin.is_some() => jobs::Action::Run,
        "run" => {
            return Err(bad(format!(
                "refused: {} has no `main` to run; try its tests",
                listing.package
            )));
        }
        "test" if listing.tests => jobs::Action::Test,
        "test" => return Err(bad(format!("refused: {} has no tests", listing.package))),
        other => {
            return Err(bad(format!(
                "refused: `{}` is neither `run` nor `test`",
                other.chars().take(40).collect::<String>()
            )));
        }
    };
    let edit = match request.edit {
        None => None,
        Some(edit) => {
            policy::authorize_edit(peer.ip())?;
            if !policy::valid_edit_path(&edit.file) {
                return Err(bad(format!(
                    "refused: `{}` is not a Rust file of the listing",
                    edit.file.chars().take(80).collect::<String>()
                )));
            }
            let path = listing.dir.join(&edit.file);
            let is_file = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
            let current = if is_file {
                std::fs::read_to_string(&path).ok()
            } else {
                None
            };
            let Some(current) = current else {
                return Err(bad(format!(
                    "refused: {} has no file {}",
                    listing.package, edit.file
                )));
            };
            let Some(spliced) = scratch::splice(&current, &edit.original, &edit.text) else {
                return Err(Refusal::new(
                    StatusCode::CONFLICT,
                    format!(
                        "refused: {} no longer holds the code this page shows; reload the page",
                        edit.file
                    ),
                ));
            };
            Some((edit.file, spliced))
        }
    };
    Ok(jobs::Job {
        action,
        listing: listing.clone(),
        edit,
    })
}

/// The response body of a job: what the job sends, as it comes. When the
/// reader goes away, hyper drops it, and the job sees its channel closed.
struct ChannelBody(mpsc::Receiver<Bytes>);

impl hyper::body::Body for ChannelBody {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        self.0.poll_recv(cx).map(|b| b.map(|b| Ok(Frame::data(b))))
    }
}

/// Passes a request to mdBook; adds the token to pages for readers who may
/// run code; joins the live-reload websocket to mdBook's.
async fn proxy(mut req: Request<Incoming>, peer: SocketAddr, state: &State) -> Response<Body> {
    let Some(upstream) = state.config.upstream else {
        return text(StatusCode::NOT_FOUND, "no book is served here\n");
    };
    let host = header_str(&req, header::HOST).map(str::to_owned);
    let inject = policy::page_gets_token(peer.ip(), host.as_deref(), &state.config.policy);
    let stream = match TcpStream::connect(upstream).await {
        Ok(s) => s,
        Err(e) => {
            return text(
                StatusCode::BAD_GATEWAY,
                &format!("mdbook serve is not answering ({e}); see the terminal\n"),
            );
        }
    };
    let (mut sender, conn) = match hyper::client::conn::http1::handshake(TokioIo::new(stream)).await
    {
        Ok(pair) => pair,
        Err(e) => return text(StatusCode::BAD_GATEWAY, &format!("mdbook serve: {e}\n")),
    };
    tokio::spawn(conn.with_upgrades());
    let reader_upgrade = req
        .headers()
        .contains_key(header::UPGRADE)
        .then(|| hyper::upgrade::on(&mut req));
    req.headers_mut().remove(header::ACCEPT_ENCODING);
    let mut resp = match sender.send_request(req).await {
        Ok(r) => r,
        Err(e) => return text(StatusCode::BAD_GATEWAY, &format!("mdbook serve: {e}\n")),
    };
    if resp.status() == StatusCode::SWITCHING_PROTOCOLS {
        if let Some(reader_upgrade) = reader_upgrade {
            let book_upgrade = hyper::upgrade::on(&mut resp);
            tokio::spawn(async move {
                if let (Ok(a), Ok(b)) = tokio::join!(reader_upgrade, book_upgrade) {
                    let _ =
                        tokio::io::copy_bidirectional(&mut TokioIo::new(a), &mut TokioIo::new(b))
                            .await;
                }
            });
        }
        return resp.map(|_| Empty::new().map_err(|never| match never {}).boxed());
    }
    let is_html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !(is_html && inject) {
        return resp.map(BodyExt::boxed);
    }
    let (mut parts, body) = resp.into_parts();
    let Ok(body) = body.collect().await else {
        return text(StatusCode::BAD_GATEWAY, "mdbook serve broke off a page\n");
    };
    let page = String::from_utf8_lossy(&body.to_bytes()).into_owned();
    let page = inject_token(
        &page,
        &state.config.policy.token,
        policy::is_local(peer.ip()),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    parts.headers.remove(header::ETAG);
    parts.headers.remove(header::LAST_MODIFIED);
    Response::from_parts(parts, full(page))
}

/// The page with `<meta name="course-server" …>` before `</head>`.
pub fn inject_token(page: &str, token: &str, edit: bool) -> String {
    let tag = format!(r#"<meta name="course-server" content="{token}" data-edit="{edit}">"#);
    match page.find("</head>") {
        Some(at) => format!("{}{tag}\n{}", &page[..at], &page[at..]),
        None => page.to_owned(),
    }
}

/// Waits up to `limit` for something to listen on `addr`.
pub async fn wait_for(addr: SocketAddr, limit: Duration) -> bool {
    let until = tokio::time::Instant::now() + limit;
    while tokio::time::Instant::now() < until {
        if TcpStream::connect(addr).await.is_ok() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}
