//! Solution: a transfer that survives being cancelled.
use std::sync::Mutex;
use std::time::Duration;

#[derive(Debug, PartialEq, Eq)]
pub enum TransferError {
    /// `from` holds less than `amount`.
    InsufficientFunds,
    /// The fraud service said no.
    Refused,
}

/// Balances behind a std mutex. Signed, so that a bug that overdraws an
/// account shows up as a negative balance. Do not change this struct.
pub struct Ledger {
    balances: Mutex<Vec<i64>>,
}

impl Ledger {
    pub fn new(balances: &[i64]) -> Ledger {
        Ledger {
            balances: Mutex::new(balances.to_vec()),
        }
    }

    pub fn balances(&self) -> Vec<i64> {
        self.balances.lock().unwrap().clone()
    }

    pub fn total(&self) -> i64 {
        self.balances().iter().sum()
    }

    /// Moves `amount` from account `from` to account `to`, once the fraud
    /// service has approved it.
    ///
    /// - Ask `approve(amount).await` first. If it says no:
    ///   `Err(Refused)`, and nothing changes.
    /// - If `from` holds less than `amount`: `Err(InsufficientFunds)`, and
    ///   nothing changes. No balance may ever go below zero, even when
    ///   several transfers from the same account run at the same time.
    /// - Cancellation-safe: the caller may drop this future at any
    ///   `.await` (a timeout, a `select!`). Then the ledger must look as if
    ///   the transfer never started, or as if it completed. Money never
    ///   disappears, and never appears.
    pub async fn transfer(&self, from: usize, to: usize, amount: i64) -> Result<(), TransferError> {
        // The one `.await` comes first. Dropped here, nothing has changed.
        if !approve(amount).await {
            return Err(TransferError::Refused);
        }
        // From here on there is no `.await`: this runs to the end in one
        // poll, so no cancellation can cut it in half. The funds are checked
        // under the same lock as the debit, so a transfer that ran while we
        // waited for the approval is taken into account.
        let mut balances = self.balances.lock().unwrap();
        if balances[from] < amount {
            return Err(TransferError::InsufficientFunds);
        }
        balances[from] -= amount;
        balances[to] += amount;
        Ok(())
    }
}

/// The fraud service: answers after 10 ms, and refuses any amount over
/// 1,000. Do not change this function.
pub async fn approve(amount: i64) -> bool {
    tokio::time::sleep(Duration::from_millis(10)).await;
    amount <= 1_000
}
