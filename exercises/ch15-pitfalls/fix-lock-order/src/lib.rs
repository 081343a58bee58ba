//! Exercise: transfers between accounts that cannot deadlock.
use std::time::Duration;
use tokio::sync::{Mutex, MutexGuard};

#[derive(Debug, PartialEq, Eq)]
pub enum TransferError {
    /// `from` and `to` are the same account.
    SameAccount,
    /// `from` holds less than `amount`.
    InsufficientFunds,
}

/// A bank with one lock per account, so that transfers between different
/// accounts can run at the same time. Do not change this struct.
pub struct Bank {
    accounts: Vec<Mutex<u64>>,
}

impl Bank {
    pub fn new(balances: &[u64]) -> Bank {
        Bank {
            accounts: balances.iter().map(|&b| Mutex::new(b)).collect(),
        }
    }

    /// Locks account `id`. The locks live in a lock service: taking one is
    /// a round trip of 1 ms. Do not change this method.
    pub async fn lock(&self, id: usize) -> MutexGuard<'_, u64> {
        tokio::time::sleep(Duration::from_millis(1)).await;
        self.accounts[id].lock().await
    }

    /// The balance of account `id`.
    pub async fn balance(&self, id: usize) -> u64 {
        *self.accounts[id].lock().await
    }

    /// The sum of all balances.
    pub async fn total(&self) -> u64 {
        let mut total = 0;
        for account in &self.accounts {
            total += *account.lock().await;
        }
        total
    }

    /// Moves `amount` from account `from` to account `to`.
    ///
    /// - `from == to`: `Err(SameAccount)`, and nothing changes.
    /// - `from` holds less than `amount`: `Err(InsufficientFunds)`, and
    ///   nothing changes.
    /// - Otherwise: lock both accounts (with `self.lock`), move the money,
    ///   and write the audit record with `audit` *while still holding both
    ///   locks*, so that no one sees one half of the transfer without the
    ///   other.
    ///
    /// Many tasks call this at the same time, in every direction: it must
    /// never deadlock, and transfers between different accounts must not
    /// wait for each other.
    pub async fn transfer(&self, from: usize, to: usize, amount: u64) -> Result<(), TransferError> {
        // TODO: the first version locked `from`, then `to`. Two opposite
        // transfers then each held one lock and waited for the other's.
        // Lock the two accounts in one order that every task agrees on.
        todo!("transfer {amount} from account {from} to account {to} without deadlocking")
    }
}

/// Writes the audit record of a transfer: 10 ms. Call it while you hold
/// both locks. Do not change this function.
pub async fn audit(from: usize, to: usize, amount: u64) {
    let _ = (from, to, amount);
    tokio::time::sleep(Duration::from_millis(10)).await;
}
