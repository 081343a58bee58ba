//! Solution: check a thousand servers at once.
use std::time::Duration;

/// A server to check: its name, how long it takes to answer, and whether it
/// is up.
#[derive(Debug, Clone)]
pub struct Server {
    pub name: String,
    pub latency: Duration,
    pub up: bool,
}

/// The answer of one check.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub name: String,
    pub up: bool,
}

/// A stand-in for a health check over the network: it waits for the
/// server's latency, then reports whether it is up.
pub async fn check(server: &Server) -> Status {
    tokio::time::sleep(server.latency).await;
    Status {
        name: server.name.clone(),
        up: server.up,
    }
}

/// Checks every server and returns their statuses in the order of `servers`,
/// with all the checks in flight at the same time.
pub async fn check_all(servers: &[Server]) -> Vec<Status> {
    // `join_all` polls every check in turn, so all the waits overlap, and it
    // returns the outputs in the order of its input.
    futures::future::join_all(servers.iter().map(check)).await
}
