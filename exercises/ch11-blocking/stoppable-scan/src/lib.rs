//! Exercise: a blocking scan that stops when nobody waits for it any more.
use std::sync::atomic::AtomicBool;

/// Runs `scan` on tokio's blocking pool and returns its result.
///
/// `scan` is long and blocking: it walks a big directory tree, say. Between
/// two steps it looks at the flag it is given, and returns early once the
/// flag is `true`.
///
/// The flag must stay `false` for as long as the caller waits for the
/// result. If the caller stops waiting (the future this function returns is
/// dropped: a `timeout` ran out, a `select!` branch lost, the task was
/// aborted), the flag must turn `true`, so that the scan ends soon instead of
/// holding a thread of the blocking pool for nothing.
pub async fn scan_until_dropped<T, F>(scan: F) -> T
where
    F: FnOnce(&AtomicBool) -> T + Send + 'static,
    T: Send + 'static,
{
    // TODO: run `scan` on the blocking pool with a flag it can see, await
    // its result, and raise the flag if this future is dropped first.
    let _ = scan;
    todo!("run the scan on the blocking pool, and stop it when the caller gives up")
}
