//! Listing 4-3: one `Client`, built once, shared by every request.
use reqwest::Client;

// ANCHOR: client
/// Who is calling: "listing-04-03/0.1.0", from the package's name and version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Builds the one client the program uses. It says who is calling: some
/// servers (api.github.com among them) refuse requests without a User-Agent.
pub fn build_client() -> Result<Client, reqwest::Error> {
    Client::builder().user_agent(USER_AGENT).build()
}

/// Fetches `{base}/users/{name}` with the shared client.
pub async fn fetch_user(client: &Client, base: &str, name: &str) -> Result<String, reqwest::Error> {
    client
        .get(format!("{base}/users/{name}"))
        .send()
        .await?
        .text()
        .await
}
// ANCHOR_END: client

/// The same request through `reqwest::get`, which builds a new client (and
/// so a new, empty connection pool) every time it is called.
pub async fn fetch_user_without_client(base: &str, name: &str) -> Result<String, reqwest::Error> {
    reqwest::get(format!("{base}/users/{name}"))
        .await?
        .text()
        .await
}
