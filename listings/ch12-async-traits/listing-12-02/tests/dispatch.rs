//! Generics and an enum instead of `dyn`, on the paused clock.
use listing_12_02::{Backend, MapRepository, UserRepository, find_all, find_anywhere};
use std::collections::HashMap;
use std::time::Duration;
use tokio::time::Instant;

fn alice() -> MapRepository {
    MapRepository(HashMap::from([(1, "Alice".to_string())]))
}

#[tokio::test(start_paused = true)]
async fn one_generic_function_serves_both_types() {
    assert_eq!(
        find_all(&alice(), &[1, 2]).await,
        [Some("Alice".to_string()), None]
    );
    assert_eq!(
        find_all(&UserRepository, &[1, 2]).await,
        [Some("User 1".to_string()), Some("User 2".to_string())]
    );
}

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn a_vec_of_an_enum_mixes_backends() {
    let backends = vec![Backend::Map(alice()), Backend::User(UserRepository)];

    let start = Instant::now();
    assert_eq!(find_anywhere(&backends, 1).await.as_deref(), Some("Alice"));
    assert_eq!(start.elapsed(), Duration::ZERO, "the map answered at once");

    let start = Instant::now();
    assert_eq!(find_anywhere(&backends, 7).await.as_deref(), Some("User 7"));
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(100),
        "the map did not know 7, so the slow backend answered"
    );
}
// ANCHOR_END: test
