//! Listing 15-11: two runtime settings that fail only at run time.
use std::time::Duration;
use tokio::runtime::{Builder, Runtime};

// ANCHOR: no_timer
/// Broken: a hand-built runtime with no drivers turned on. It builds fine.
pub fn runtime_without_timer() -> Runtime {
    Builder::new_current_thread().build().expect("runtime")
}

/// Fixed: turn the drivers on. `enable_all` is `enable_time` plus
/// `enable_io`; `#[tokio::main]` and `#[tokio::test]` always call it.
pub fn runtime_with_timer() -> Runtime {
    Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// Waits 1 ms on `runtime`: the first timer this program uses.
pub fn wait_a_little(runtime: &Runtime) {
    runtime.block_on(async {
        tokio::time::sleep(Duration::from_millis(1)).await;
    });
}
// ANCHOR_END: no_timer

// ANCHOR: in_place
/// Runs a blocking step (here, a stand-in for reading a big file) on the
/// current worker thread, after asking tokio to move this worker's other
/// tasks elsewhere. That needs other workers: a multi-thread runtime.
pub async fn parse_config_in_place() -> usize {
    tokio::task::block_in_place(|| {
        let text = "retries = 3\ntimeout = 30\n".repeat(1000);
        text.lines().count()
    })
}
// ANCHOR_END: in_place

/// The text of a panic's payload.
pub fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}
