//! Listing 10-6: the same two tasks as the compile-fail tests, with an error
//! type that is `Send + Sync`.
use std::error::Error;
use std::time::Duration;

// ANCHOR: fixed
pub type BoxError = Box<dyn Error + Send + Sync>; // + Send + Sync: may cross threads

pub async fn parse_port(text: &str) -> Result<u16, BoxError> {
    Ok(text.trim().parse::<u16>()?)
}

/// Returns the error out of the task.
pub async fn parse_in_task(text: &'static str) -> Result<u16, BoxError> {
    let handle = tokio::spawn(async move { parse_port(text).await });
    handle.await.expect("the task panicked")
}

/// Holds the error across an `.await` inside the task.
pub async fn parse_or_give_up(text: &'static str) -> String {
    let handle = tokio::spawn(async move {
        match parse_port(text).await {
            Ok(port) => format!("port {port}"),
            Err(e) => {
                tokio::time::sleep(Duration::from_millis(100)).await; // back off
                format!("giving up: {e}")
            }
        }
    });
    handle.await.expect("the task panicked")
}
// ANCHOR_END: fixed
