//! Listing 15-8: a transfer that is dropped half-way loses money.
use std::sync::Mutex;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

#[derive(Debug, PartialEq)]
pub enum TransferError {
    InsufficientFunds,
    Refused,
}

// ANCHOR: bank
/// Balances behind a std mutex: every method locks, changes, and unlocks
/// without an `.await` in between.
pub struct Bank {
    balances: Mutex<Vec<u64>>,
}

impl Bank {
    pub fn new(balances: &[u64]) -> Bank {
        Bank {
            balances: Mutex::new(balances.to_vec()),
        }
    }

    pub fn balances(&self) -> Vec<u64> {
        self.balances.lock().unwrap().clone()
    }

    pub fn total(&self) -> u64 {
        self.balances().iter().sum()
    }

    pub fn debit(&self, account: usize, amount: u64) -> Result<(), TransferError> {
        let mut balances = self.balances.lock().unwrap();
        if balances[account] < amount {
            return Err(TransferError::InsufficientFunds);
        }
        balances[account] -= amount;
        Ok(())
    }

    pub fn credit(&self, account: usize, amount: u64) {
        self.balances.lock().unwrap()[account] += amount;
    }

    /// Debit and credit under one lock: all or nothing.
    pub fn move_money(&self, from: usize, to: usize, amount: u64) -> Result<(), TransferError> {
        let mut balances = self.balances.lock().unwrap();
        if balances[from] < amount {
            return Err(TransferError::InsufficientFunds);
        }
        balances[from] -= amount;
        balances[to] += amount;
        Ok(())
    }
}

/// Asks the fraud service whether the transfer may go ahead: 10 ms.
pub async fn approve(amount: u64) -> bool {
    tokio::time::sleep(Duration::from_millis(10)).await;
    amount <= 1_000
}
// ANCHOR_END: bank

// ANCHOR: broken
/// Broken: reserve the money, ask for approval, then deliver it. If this
/// future is dropped during `approve`, the money has left `from` and will
/// never reach `to`.
pub async fn transfer(
    bank: &Bank,
    from: usize,
    to: usize,
    amount: u64,
) -> Result<(), TransferError> {
    bank.debit(from, amount)?;
    if !approve(amount).await {
        bank.credit(from, amount); // refund
        return Err(TransferError::Refused);
    }
    bank.credit(to, amount);
    Ok(())
}
// ANCHOR_END: broken

// ANCHOR: deadline
/// The usual way a future is dropped half-way: it loses a race.
pub async fn with_deadline<F: Future>(limit: Duration, work: F) -> Option<F::Output> {
    tokio::select! {
        output = work => Some(output),
        _ = tokio::time::sleep(limit) => None, // `work` is dropped here
    }
}
// ANCHOR_END: deadline

// ANCHOR: no_await_inside
/// Fix 1: no `.await` inside the critical section. Do the slow, harmless
/// part first; then change both balances in one step that cannot be
/// interrupted, because it never yields.
pub async fn transfer_atomic(
    bank: &Bank,
    from: usize,
    to: usize,
    amount: u64,
) -> Result<(), TransferError> {
    if !approve(amount).await {
        return Err(TransferError::Refused);
    }
    bank.move_money(from, to, amount) // checks the funds again, under the lock
}
// ANCHOR_END: no_await_inside

// ANCHOR: guard
/// Puts reserved money back, unless the transfer got as far as `commit`.
/// `Drop` runs when the future is dropped, wherever it was suspended.
struct Reservation<'a> {
    bank: &'a Bank,
    account: usize,
    amount: u64,
    committed: bool,
}

impl Reservation<'_> {
    fn commit(mut self) {
        self.committed = true;
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if !self.committed {
            self.bank.credit(self.account, self.amount);
        }
    }
}

/// Fix 2: keep the reservation, guard it. Refused or cancelled, the guard
/// refunds; delivered, it is committed.
pub async fn transfer_guarded(
    bank: &Bank,
    from: usize,
    to: usize,
    amount: u64,
) -> Result<(), TransferError> {
    bank.debit(from, amount)?;
    let reservation = Reservation {
        bank,
        account: from,
        amount,
        committed: false,
    };
    if !approve(amount).await {
        return Err(TransferError::Refused); // `reservation` drops: refund
    }
    bank.credit(to, amount);
    reservation.commit();
    Ok(())
}
// ANCHOR_END: guard

// ANCHOR: token
/// Fix 3: do not drop the work; ask it to stop. A worker runs a list of
/// transfers (even the fragile kind) and looks at the token only between
/// two of them, where stopping leaves nothing half done.
pub async fn run_transfers(
    bank: &Bank,
    batch: &[(usize, usize, u64)],
    stop: CancellationToken,
) -> Vec<Result<(), TransferError>> {
    let mut results = Vec::new();
    for &(from, to, amount) in batch {
        if stop.is_cancelled() {
            break;
        }
        results.push(transfer(bank, from, to, amount).await);
    }
    results
}
// ANCHOR_END: token

/// What `main` prints: each version cut off after 5 ms.
pub async fn report() -> Vec<String> {
    let limit = Duration::from_millis(5);
    let mut lines = Vec::new();
    let bank = Bank::new(&[100, 100]);
    let out = with_deadline(limit, transfer(&bank, 0, 1, 50)).await;
    lines.push(format!(
        "debit, await, credit: {out:?}, balances {:?}, total {}",
        bank.balances(),
        bank.total()
    ));
    let bank = Bank::new(&[100, 100]);
    let out = with_deadline(limit, transfer_atomic(&bank, 0, 1, 50)).await;
    lines.push(format!(
        "await, then move:     {out:?}, balances {:?}, total {}",
        bank.balances(),
        bank.total()
    ));
    let bank = Bank::new(&[100, 100]);
    let out = with_deadline(limit, transfer_guarded(&bank, 0, 1, 50)).await;
    lines.push(format!(
        "guarded reservation:  {out:?}, balances {:?}, total {}",
        bank.balances(),
        bank.total()
    ));
    lines
}
