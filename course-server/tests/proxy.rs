//! The book through the course server: pages and assets pass through from
//! mdBook (here a stand-in on 127.0.0.1), the token goes only into pages for
//! readers who may run code, and the live-reload websocket reaches mdBook.

mod common;

use bytes::Bytes;
use common::{Options, Server, TOKEN, start, within};
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode, header};
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const PAGE: &str =
    "<!DOCTYPE html>\n<html><head><title>A page</title></head><body>Listing 1-1</body></html>\n";

/// A stand-in for `mdbook serve`: one page, one stylesheet, and a
/// "websocket" that says `reload` and then echoes four bytes.
async fn fake_mdbook() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let service = hyper::service::service_fn(|mut req: Request<Incoming>| async move {
                let mut r = Response::new(Full::new(Bytes::new()).map_err(|e| match e {}).boxed());
                if req.headers().contains_key(header::UPGRADE) {
                    let on = hyper::upgrade::on(&mut req);
                    tokio::spawn(async move {
                        let mut io = TokioIo::new(on.await.unwrap());
                        io.write_all(b"reload").await.unwrap();
                        let mut buf = [0u8; 4];
                        io.read_exact(&mut buf).await.unwrap();
                        io.write_all(&buf).await.unwrap();
                    });
                    *r.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
                    r.headers_mut()
                        .insert(header::UPGRADE, "websocket".parse().unwrap());
                    r.headers_mut()
                        .insert(header::CONNECTION, "upgrade".parse().unwrap());
                    *r.body_mut() = Empty::new().map_err(|e| match e {}).boxed();
                    return Ok::<_, Infallible>(r);
                }
                let (kind, body) = match req.uri().path() {
                    "/page.html" => ("text/html", PAGE),
                    "/style.css" => ("text/css", "body { color: black; } </head>"),
                    _ => ("text/plain", "not found"),
                };
                r.headers_mut()
                    .insert(header::CONTENT_TYPE, kind.parse().unwrap());
                *r.body_mut() = Full::new(Bytes::from(body)).map_err(|e| match e {}).boxed();
                Ok(r)
            });
            tokio::spawn(
                hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .with_upgrades(),
            );
        }
    });
    addr
}

async fn get(server: &Server, path: &str, host: Option<String>) -> (String, String, String) {
    let host = host.unwrap_or_else(|| format!("127.0.0.1:{}", server.addr.port()));
    let reply = server.request("GET", path, &[("host", host)], "").await;
    let cache = reply
        .response
        .headers()
        .get(header::CACHE_CONTROL)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let kind = reply.response.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .to_owned();
    let body = reply
        .response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes();
    (String::from_utf8(body.to_vec()).unwrap(), kind, cache)
}

fn tag(edit: bool) -> String {
    format!(r#"<meta name="course-server" content="{TOKEN}" data-edit="{edit}">"#)
}

#[tokio::test]
async fn pages_carry_the_token_only_for_readers_who_may_run_code() {
    within(60, async {
        let upstream = fake_mdbook().await;
        let mut options = Options::new("proxy-local");
        options.upstream = Some(upstream);
        let local = start(options).await;
        let (page, kind, cache) = get(&local, "/page.html", None).await;
        assert_eq!(kind, "text/html");
        assert_eq!(
            page,
            PAGE.replace("</head>", &format!("{}\n</head>", tag(true)))
        );
        assert_eq!(cache, "no-store", "a page with a token must not be cached");
        let (css, _, _) = get(&local, "/style.css", None).await;
        assert_eq!(
            css, "body { color: black; } </head>",
            "only pages are changed"
        );

        // A page of another site pointed at this machine gets no token.
        let (page, _, _) = get(
            &local,
            "/page.html",
            Some(format!("evil.example:{}", local.addr.port())),
        )
        .await;
        assert_eq!(page, PAGE);

        let mut options = Options::new("proxy-remote");
        options.upstream = Some(upstream);
        options.pretend_peer = Some("192.0.2.7:40000".parse().unwrap());
        let remote = start(options).await;
        let (page, _, _) = get(&remote, "/page.html", None).await;
        assert_eq!(
            page, PAGE,
            "another machine got the token without --allow-remote-run"
        );

        let mut options = Options::new("proxy-remote-allowed");
        options.upstream = Some(upstream);
        options.pretend_peer = Some("192.0.2.7:40000".parse().unwrap());
        options.allow_remote_run = true;
        let allowed = start(options).await;
        let (page, _, _) = get(&allowed, "/page.html", None).await;
        assert!(page.contains(&tag(false)), "{page}");
        assert_eq!(local.spawned() + remote.spawned() + allowed.spawned(), 0);
    })
    .await;
}

#[tokio::test]
async fn the_live_reload_websocket_reaches_mdbook() {
    within(60, async {
        let mut options = Options::new("proxy-websocket");
        options.upstream = Some(fake_mdbook().await);
        let server = start(options).await;
        let mut stream = TcpStream::connect(server.addr).await.unwrap();
        stream
            .write_all(
                format!(
                    "GET /__livereload HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: Upgrade\r\n\
                     Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\
                     Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
                    server.addr.port()
                )
                .as_bytes(),
            )
            .await
            .unwrap();
        // The 101 response's head, then what mdBook sends through the tunnel.
        let mut got = Vec::new();
        let mut byte = [0u8; 1];
        while !got.ends_with(b"\r\n\r\n") {
            stream.read_exact(&mut byte).await.unwrap();
            got.push(byte[0]);
        }
        let head = String::from_utf8(got).unwrap();
        assert!(head.starts_with("HTTP/1.1 101"), "{head}");
        let mut reload = [0u8; 6];
        stream.read_exact(&mut reload).await.unwrap();
        assert_eq!(&reload, b"reload");
        stream.write_all(b"ping").await.unwrap();
        let mut echo = [0u8; 4];
        stream.read_exact(&mut echo).await.unwrap();
        assert_eq!(&echo, b"ping");
    })
    .await;
}
