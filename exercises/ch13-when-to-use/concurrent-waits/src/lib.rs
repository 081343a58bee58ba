//! Exercise: check a thousand servers at once.
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
/// Do not change this function.
pub async fn check(server: &Server) -> Status {
    tokio::time::sleep(server.latency).await;
    Status {
        name: server.name.clone(),
        up: server.up,
    }
}

/// Checks every server and returns their statuses in the order of `servers`.
///
/// All the checks must be in flight at the same time: the whole call takes
/// as long as the slowest server, not the sum of them all.
pub async fn check_all(servers: &[Server]) -> Vec<Status> {
    // TODO: start every check, wait for all of them together, and keep the
    // statuses in the same order as `servers`.
    todo!("check {} servers concurrently", servers.len())
}
