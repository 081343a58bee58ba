//! A panic inside a task does not crash the program: it comes back to whoever
//! awaits the handle, as a JoinError.
use std::any::Any;

// ANCHOR: message
/// The text of a panic payload: `panic!("literal")` carries a `&str`,
/// `panic!("{x}")` and `expect` carry a `String`.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic with a payload that is not text".to_string()
    }
}
// ANCHOR_END: message

// ANCHOR: panic
/// Spawns a task that panics and reports what its handle returns.
/// Returns the lines `main` prints.
pub async fn risky_task() -> Vec<String> {
    let handle = tokio::spawn(async {
        let port: u16 = "eighty".parse().expect("the port must be a number");
        port
    });

    let mut lines = Vec::new();
    match handle.await {
        Ok(port) => lines.push(format!("listening on port {port}")),
        Err(e) if e.is_panic() => {
            let payload = e.into_panic();
            lines.push(format!("the task panicked: {}", panic_message(&*payload)));
        }
        Err(_) => lines.push("the task was cancelled".to_string()),
    }
    lines.push("main carries on".to_string());
    lines
}
// ANCHOR_END: panic
