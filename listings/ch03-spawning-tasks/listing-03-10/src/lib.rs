//! Listing 3-10: a `&T` held across an `.await` makes the future `Send` only
//! if `T: Sync`; a `&mut T` needs only `T: Send`.

// ANCHOR: fixed
/// Takes `&mut u32`: `&mut T` is `Send` when `T` is, and `u32` is.
pub async fn bump(counter: &mut u32) {
    *counter += 1;
    tokio::task::yield_now().await; // `counter` is held across this await
    *counter += 1;
}

/// Spawns a task that owns its counter and lends it out with `&mut`.
pub async fn count_in_a_task() -> u32 {
    tokio::spawn(async {
        let mut counter = 0;
        bump(&mut counter).await;
        counter
    })
    .await
    .unwrap()
}
// ANCHOR_END: fixed
