//! Exercise: a loop that never lets the heartbeat run.
use std::cell::Cell;

thread_local! {
    static CHECKED: Cell<usize> = const { Cell::new(0) };
}

/// Checks one record. It is an `async fn` because the real one may look
/// something up; this one never has to wait, so it is always ready.
/// Do not change it.
pub async fn check(record: u64) -> u64 {
    CHECKED.with(|n| n.set(n.get() + 1));
    record.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17)
}

/// How many records `check` has checked on this thread: the tests use it to
/// see how far your loop got. Do not change it.
pub fn checked_on_this_thread() -> usize {
    CHECKED.with(Cell::get)
}

/// Adds up the checks of every record. It runs on the same runtime thread as
/// a heartbeat task, which must get a turn at least once every 200 records.
pub async fn checksum(records: &[u64]) -> u64 {
    let mut sum = 0u64;
    for record in records {
        // TODO: every `check(..).await` is ready at once, so this loop never
        // gives the thread back. Let other tasks run often enough.
        sum = sum.wrapping_add(check(*record).await);
    }
    sum
}
