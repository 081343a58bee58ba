//! std's clock is the wall's; tokio's is the runtime's.
use listing_09_11::{StdToken, sleep_an_hour};
use std::time::Duration;

const HOUR: Duration = Duration::from_secs(3600);

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn std_instant_barely_moves_while_tokio_instant_moves_an_hour() {
    let (tokio_took, std_took) = sleep_an_hour().await;
    assert_eq!(tokio_took, HOUR);
    assert!(
        std_took < Duration::from_secs(1),
        "std's Instant saw only the real time: {std_took:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_token_on_std_instant_never_expires_in_a_paused_test() {
    let token = StdToken::issue(HOUR);
    tokio::time::advance(2 * HOUR).await;
    assert!(
        !token.is_expired(),
        "advance moved tokio's clock; StdToken never looks at it"
    );
}
// ANCHOR_END: test
