//! Solution: a blocking scan that stops when nobody waits for it any more.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Raises the flag when it is dropped.
struct RaiseOnDrop(Arc<AtomicBool>);

impl Drop for RaiseOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Runs `scan` on tokio's blocking pool and returns its result; raises the
/// scan's flag if the caller stops waiting first.
pub async fn scan_until_dropped<T, F>(scan: F) -> T
where
    F: FnOnce(&AtomicBool) -> T + Send + 'static,
    T: Send + 'static,
{
    let stop = Arc::new(AtomicBool::new(false));
    // The guard lives in this future. If the future is dropped at the
    // `.await` below, the guard is dropped with it and raises the flag. The
    // closure itself cannot be stopped from outside: `abort` does nothing to
    // a closure that has started.
    let _raise = RaiseOnDrop(Arc::clone(&stop));
    tokio::task::spawn_blocking(move || scan(&stop))
        .await
        .expect("the scan panicked")
}
