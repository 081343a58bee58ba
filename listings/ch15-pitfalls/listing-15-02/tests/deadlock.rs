use listing_15_02::{
    Account, Bank, opposite_transfers, opposite_transfers_one_lock, opposite_transfers_ordered,
    report,
};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(10), report())
        .await
        .expect("report hung");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// ANCHOR: deadlock_test
// On the paused clock a deadlock costs no real time: once every task waits
// for a lock, the runtime has nothing to do and jumps to the timeout.
#[tokio::test(start_paused = true)]
async fn opposite_lock_orders_deadlock() {
    let (alice, bob) = (Account::new(1, 100), Account::new(2, 100));
    let start = Instant::now();
    let result = timeout(
        Duration::from_secs(5),
        opposite_transfers(Arc::clone(&alice), Arc::clone(&bob)),
    )
    .await;
    assert!(result.is_err(), "expected a deadlock, got {result:?}");
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(5),
        "it waited the whole timeout"
    );
    // Each task still holds its first lock: neither balance can be locked.
    assert!(
        alice.balance.try_lock().is_err(),
        "alice's lock is held by task 1"
    );
    assert!(
        bob.balance.try_lock().is_err(),
        "bob's lock is held by task 2"
    );
}
// ANCHOR_END: deadlock_test

#[tokio::test(start_paused = true)]
async fn one_global_lock_order_completes() {
    let (alice, bob) = (Account::new(1, 100), Account::new(2, 100));
    let balances = timeout(
        Duration::from_secs(5),
        opposite_transfers_ordered(alice, bob),
    )
    .await
    .expect("deadlock: the ordered version must not wait for the timeout");
    assert_eq!(balances, (110, 90), "alice paid 10 and got 20");
}

#[tokio::test(start_paused = true)]
async fn one_lock_for_everything_completes() {
    let bank = Arc::new(Bank {
        balances: Mutex::new(vec![100, 100]),
    });
    let balances = timeout(Duration::from_secs(5), opposite_transfers_one_lock(bank))
        .await
        .expect("deadlock: one lock cannot be taken in two orders");
    assert_eq!(balances, vec![110, 90]);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-15-02"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
