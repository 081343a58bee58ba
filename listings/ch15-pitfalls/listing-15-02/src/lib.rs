//! Listing 15-2: two locks taken in opposite orders deadlock.
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

/// An account: an id, and a balance behind its own lock.
pub struct Account {
    pub id: u32,
    pub balance: Mutex<u64>,
}

impl Account {
    pub fn new(id: u32, balance: u64) -> Arc<Account> {
        Arc::new(Account {
            id,
            balance: Mutex::new(balance),
        })
    }
}

/// Writing the audit record: 1 ms, while both accounts are locked.
async fn audit() {
    tokio::time::sleep(Duration::from_millis(1)).await;
}

// ANCHOR: broken
/// Broken: locks `from`, then `to`. Two opposite transfers each get their
/// first lock and wait forever for the other's.
pub async fn transfer(from: &Account, to: &Account, amount: u64) {
    let mut source = from.balance.lock().await;
    audit().await; // anything that yields between the two locks
    let mut target = to.balance.lock().await;
    *source -= amount;
    *target += amount;
}
// ANCHOR_END: broken

// ANCHOR: ordered
/// Fix 1: one global order. Every task locks the account with the lower id
/// first, whichever way the money goes.
pub async fn transfer_ordered(from: &Account, to: &Account, amount: u64) {
    assert_ne!(from.id, to.id, "a transfer needs two different accounts");
    let (mut source, mut target) = if from.id < to.id {
        let source = from.balance.lock().await;
        audit().await;
        (source, to.balance.lock().await)
    } else {
        let target = to.balance.lock().await;
        audit().await;
        (from.balance.lock().await, target)
    };
    *source -= amount;
    *target += amount;
}
// ANCHOR_END: ordered

// ANCHOR: one_lock
/// Fix 2: one lock for every balance. No order to get wrong, at the price
/// of no two transfers running at once.
pub struct Bank {
    pub balances: Mutex<Vec<u64>>,
}

impl Bank {
    pub async fn transfer(&self, from: usize, to: usize, amount: u64) {
        let mut balances = self.balances.lock().await;
        audit().await;
        balances[from] -= amount;
        balances[to] += amount;
    }
}
// ANCHOR_END: one_lock

// ANCHOR: race
/// Alice pays Bob while Bob pays Alice, in two tasks, with `transfer`.
pub async fn opposite_transfers(alice: Arc<Account>, bob: Arc<Account>) -> (u64, u64) {
    let t1 = tokio::spawn({
        let (alice, bob) = (Arc::clone(&alice), Arc::clone(&bob));
        async move { transfer(&alice, &bob, 10).await }
    });
    let t2 = tokio::spawn({
        let (alice, bob) = (Arc::clone(&alice), Arc::clone(&bob));
        async move { transfer(&bob, &alice, 20).await }
    });
    t1.await.unwrap();
    t2.await.unwrap();
    let a = *alice.balance.lock().await;
    let b = *bob.balance.lock().await;
    (a, b)
}
// ANCHOR_END: race

/// The same race with `transfer_ordered`.
pub async fn opposite_transfers_ordered(alice: Arc<Account>, bob: Arc<Account>) -> (u64, u64) {
    let t1 = tokio::spawn({
        let (alice, bob) = (Arc::clone(&alice), Arc::clone(&bob));
        async move { transfer_ordered(&alice, &bob, 10).await }
    });
    let t2 = tokio::spawn({
        let (alice, bob) = (Arc::clone(&alice), Arc::clone(&bob));
        async move { transfer_ordered(&bob, &alice, 20).await }
    });
    t1.await.unwrap();
    t2.await.unwrap();
    let a = *alice.balance.lock().await;
    let b = *bob.balance.lock().await;
    (a, b)
}

/// The same race with one lock for the whole bank.
pub async fn opposite_transfers_one_lock(bank: Arc<Bank>) -> Vec<u64> {
    let t1 = tokio::spawn({
        let bank = Arc::clone(&bank);
        async move { bank.transfer(0, 1, 10).await }
    });
    let t2 = tokio::spawn({
        let bank = Arc::clone(&bank);
        async move { bank.transfer(1, 0, 20).await }
    });
    t1.await.unwrap();
    t2.await.unwrap();
    bank.balances.lock().await.clone()
}

// ANCHOR: report
/// What `main` prints: each version raced, with a one-second timeout.
pub async fn report() -> Vec<String> {
    let limit = Duration::from_secs(1);
    let mut lines = Vec::new();
    let (alice, bob) = (Account::new(1, 100), Account::new(2, 100));
    match tokio::time::timeout(limit, opposite_transfers(alice, bob)).await {
        Ok(balances) => lines.push(format!("from, then to: done, balances {balances:?}")),
        Err(_) => lines.push("from, then to: deadlock, gave up after 1s".to_string()),
    }
    let (alice, bob) = (Account::new(1, 100), Account::new(2, 100));
    match tokio::time::timeout(limit, opposite_transfers_ordered(alice, bob)).await {
        Ok(balances) => lines.push(format!("lower id first: done, balances {balances:?}")),
        Err(_) => lines.push("lower id first: deadlock, gave up after 1s".to_string()),
    }
    let bank = Arc::new(Bank {
        balances: Mutex::new(vec![100, 100]),
    });
    match tokio::time::timeout(limit, opposite_transfers_one_lock(bank)).await {
        Ok(balances) => lines.push(format!("one lock: done, balances {balances:?}")),
        Err(_) => lines.push("one lock: deadlock, gave up after 1s".to_string()),
    }
    lines
}
// ANCHOR_END: report
