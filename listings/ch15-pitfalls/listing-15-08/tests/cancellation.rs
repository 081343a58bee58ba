use listing_15_08::{
    Bank, TransferError, report, run_transfers, transfer, transfer_atomic, transfer_guarded,
    with_deadline,
};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::timeout;
use tokio_util::sync::CancellationToken;

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

#[tokio::test(start_paused = true)]
async fn every_version_moves_the_money_when_left_alone() {
    for version in 0..3 {
        let bank = Bank::new(&[100, 100]);
        let result = match version {
            0 => transfer(&bank, 0, 1, 50).await,
            1 => transfer_atomic(&bank, 0, 1, 50).await,
            _ => transfer_guarded(&bank, 0, 1, 50).await,
        };
        assert_eq!(result, Ok(()));
        assert_eq!(bank.balances(), [50, 150], "version {version}");
        let refused = Bank::new(&[5_000, 0]);
        let result = match version {
            0 => transfer(&refused, 0, 1, 2_000).await,
            1 => transfer_atomic(&refused, 0, 1, 2_000).await,
            _ => transfer_guarded(&refused, 0, 1, 2_000).await,
        };
        assert_eq!(result, Err(TransferError::Refused));
        assert_eq!(
            refused.balances(),
            [5_000, 0],
            "version {version}: a refusal moves nothing"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn cancelling_debit_await_credit_loses_money() {
    let bank = Bank::new(&[100, 100]);
    let out = with_deadline(Duration::from_millis(5), transfer(&bank, 0, 1, 50)).await;
    assert_eq!(out, None, "the deadline won the race");
    assert_eq!(bank.balances(), [50, 100], "debited, never credited");
    assert_eq!(bank.total(), 150, "50 vanished");
}

/// Cuts the transfer off at every millisecond from 0 to 12 and checks the
/// invariant each time: the total is kept, and the transfer happened
/// entirely or not at all.
async fn cancel_everywhere(version: impl AsyncFn(&Bank) -> Result<(), TransferError>) {
    for ms in 0..=12 {
        let bank = Bank::new(&[100, 100]);
        let out = with_deadline(Duration::from_millis(ms), version(&bank)).await;
        assert_eq!(
            bank.total(),
            200,
            "cut off after {ms} ms, the total changed"
        );
        let expected: &[u64] = if out.is_some() {
            &[50, 150]
        } else {
            &[100, 100]
        };
        assert_eq!(bank.balances(), expected, "cut off after {ms} ms: {out:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn no_await_in_the_critical_section_keeps_the_total() {
    cancel_everywhere(async |bank: &Bank| transfer_atomic(bank, 0, 1, 50).await).await;
}

#[tokio::test(start_paused = true)]
async fn a_guard_refunds_a_cancelled_transfer() {
    cancel_everywhere(async |bank: &Bank| transfer_guarded(bank, 0, 1, 50).await).await;
}

#[tokio::test(start_paused = true)]
async fn a_token_stops_between_transfers() {
    let bank = Arc::new(Bank::new(&[100, 100]));
    let stop = CancellationToken::new();
    let worker = tokio::spawn({
        let (bank, stop) = (Arc::clone(&bank), stop.clone());
        async move { run_transfers(&bank, &[(0, 1, 10); 5], stop).await }
    });
    // Each transfer takes 10 ms. At 15 ms the second one is half done.
    tokio::time::sleep(Duration::from_millis(15)).await;
    assert_eq!(
        bank.total(),
        190,
        "10 is in flight: debited, not yet credited"
    );
    stop.cancel();
    let results = timeout(Duration::from_secs(1), worker)
        .await
        .expect("the worker did not stop")
        .unwrap();
    assert_eq!(
        results,
        [Ok(()), Ok(())],
        "the transfer in flight finished; no new one started"
    );
    assert_eq!(bank.balances(), [80, 120]);
    assert_eq!(bank.total(), 200);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-15-08"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
