// ANCHOR: broken
use std::future::Future;

// The pre-1.85 signature: a closure that returns a future.
async fn retry<T, E, F, Fut>(tries: u32, mut attempt: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut outcome = attempt().await;
    for _ in 1..tries {
        if outcome.is_ok() {
            break;
        }
        outcome = attempt().await;
    }
    outcome
}

async fn connect(calls: &mut Vec<u32>) -> Result<(), ()> {
    calls.push(1);
    Ok(())
}

#[tokio::main]
async fn main() {
    let mut calls = Vec::new();
    let _ = retry(3, || async { connect(&mut calls).await }).await;
}
// ANCHOR_END: broken
