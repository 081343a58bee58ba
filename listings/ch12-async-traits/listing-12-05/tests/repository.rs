//! The repository behaves as written, and its futures are boxed,
//! `Send`, and usable through `dyn`.
use listing_12_05::{Repository, UserRepository};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn find_makes_a_user_up_after_100_ms() {
    let start = Instant::now();
    assert_eq!(UserRepository.find(7).await.as_deref(), Some("User 7"));
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn save_always_succeeds() {
    assert_eq!(UserRepository.save("Alice".to_string()).await, Ok(()));
}

// ANCHOR: expansion
#[tokio::test(start_paused = true)]
async fn find_returns_a_pinned_box() {
    // This line compiles only because the macro rewrote `async fn find` into
    // a method that returns exactly this type.
    let future: Pin<Box<dyn Future<Output = Option<String>> + Send + '_>> = UserRepository.find(1);
    assert_eq!(future.await.as_deref(), Some("User 1"));
}

#[tokio::test(start_paused = true)]
async fn the_trait_is_dyn_compatible() {
    let repo: Box<dyn Repository + Send + Sync> = Box::new(UserRepository);
    let handle = tokio::spawn(async move { repo.find(2).await });
    assert_eq!(handle.await.unwrap().as_deref(), Some("User 2"));
}
// ANCHOR_END: expansion
