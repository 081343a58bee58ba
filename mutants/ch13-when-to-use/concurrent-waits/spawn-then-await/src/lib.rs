//! Wrong: spawns a task per check, but awaits each one before spawning the
//! next, so the checks still run one at a time.
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

pub async fn check_all(servers: &[Server]) -> Vec<Status> {
    let mut statuses = Vec::new();
    for server in servers {
        let server = server.clone();
        let handle = tokio::spawn(async move { check(&server).await });
        statuses.push(handle.await.expect("the check panicked"));
    }
    statuses
}
