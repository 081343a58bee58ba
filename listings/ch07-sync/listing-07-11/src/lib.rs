//! Listing 7-11: where nothing needs `Send`, a std guard held across an
//! `.await` compiles. Clippy's `await_holding_lock` is what catches it.
use std::sync::{Mutex, TryLockError};
use std::time::Duration;

async fn save(value: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    value
}

// ANCHOR: wrong
/// WRONG, on purpose. This compiles: awaited directly (not spawned), the
/// future never has to be `Send`. But the mutex stays locked while `save`
/// sleeps. The workspace denies `clippy::await_holding_lock`; `expect` lets
/// this one through, and makes clippy fail if the lint ever stops firing.
#[expect(clippy::await_holding_lock, reason = "the mistake this listing shows")]
pub async fn bump_and_save_holding(counter: &Mutex<u64>) -> u64 {
    let mut n = counter.lock().unwrap();
    *n += 1;
    save(*n).await
}
// ANCHOR_END: wrong

// ANCHOR: dropped
/// Correct at run time: `drop(n)` unlocks before the save. But `*n += 1`
/// borrowed the guard, and the compiler keeps a borrowed local in the future
/// to the end of its scope. Clippy asks the compiler, so it rejects this too.
#[expect(
    clippy::await_holding_lock,
    reason = "a borrowed guard counts as held to the end of its scope"
)]
pub async fn bump_and_save_dropped(counter: &Mutex<u64>) -> u64 {
    let mut n = counter.lock().unwrap();
    *n += 1;
    let value = *n;
    drop(n);
    save(value).await
}
// ANCHOR_END: dropped

// ANCHOR: right
/// The fix: the guard lives in a block that ends before the `.await`.
pub async fn bump_and_save_scoped(counter: &Mutex<u64>) -> u64 {
    let value = {
        let mut n = counter.lock().unwrap();
        *n += 1;
        *n
    };
    save(value).await
}
// ANCHOR_END: right

/// The three ways to write it.
#[derive(Clone, Copy, Debug)]
pub enum Guard {
    Held,
    Dropped,
    Scoped,
}

// ANCHOR: probe
/// Runs one version of `bump_and_save` and, while it is in the middle of its
/// save, asks whether the mutex is free — with `try_lock`, which never
/// blocks. A plain `lock()` here would block the thread for good when the
/// guard is held: the task holding it needs this same thread to resume.
pub async fn mutex_during_save(guard: Guard) -> &'static str {
    let counter = Mutex::new(0);
    let bump = async {
        match guard {
            Guard::Held => bump_and_save_holding(&counter).await,
            Guard::Dropped => bump_and_save_dropped(&counter).await,
            Guard::Scoped => bump_and_save_scoped(&counter).await,
        }
    };
    let look = async {
        tokio::task::yield_now().await; // let `bump` lock, then start its save
        match counter.try_lock() {
            Ok(_) => "free",
            Err(TryLockError::WouldBlock) => "locked",
            Err(TryLockError::Poisoned(_)) => "poisoned",
        }
    };
    let (_, state) = tokio::join!(bump, look);
    state
}
// ANCHOR_END: probe

/// The lines `main` prints.
pub async fn report() -> Vec<String> {
    let mut lines = Vec::new();
    for (guard, how) in [
        (Guard::Held, "held across .await"),
        (Guard::Dropped, "dropped with drop()"),
        (Guard::Scoped, "scoped in a block"),
    ] {
        let state = mutex_during_save(guard).await;
        lines.push(format!(
            "guard {how:<19}: the mutex is {state} during the save"
        ));
    }
    lines
}
