use futures::FutureExt;
use listing_06_09::{ActorGone, Store};
use std::time::Duration;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(60);

#[tokio::test(start_paused = true)]
async fn replies_answer_the_command() {
    let (store, _actor) = Store::spawn();
    assert_eq!(store.get("k").await, Ok(None));
    assert_eq!(store.set("k", "1").await, Ok(None));
    assert_eq!(store.set("k", "2").await, Ok(Some("1".into())));
    assert_eq!(store.get("k").await, Ok(Some("2".into())));
}

#[tokio::test(start_paused = true)]
async fn many_handles_one_state() {
    let (store, actor) = Store::spawn();
    let mut tasks = Vec::new();
    for i in 0..50 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store.set(&format!("k{i}"), &i.to_string()).await
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), Ok(None));
    }
    assert_eq!(store.get("k49").await, Ok(Some("49".into())));
    drop(store);
    let map = timeout(LIMIT, actor)
        .await
        .expect("the actor did not stop")
        .unwrap();
    assert_eq!(map.len(), 50);
}

// ANCHOR: stops
#[tokio::test(start_paused = true)]
async fn the_actor_stops_when_every_handle_is_dropped() {
    let (store, mut actor) = Store::spawn();
    let copy = store.clone();
    store.set("k", "v").await.unwrap();

    drop(store);
    // One handle is still alive: the actor keeps waiting for commands.
    assert!(
        timeout(LIMIT, &mut actor).await.is_err(),
        "the actor stopped too early"
    );

    drop(copy);
    let map = timeout(LIMIT, actor)
        .await
        .expect("the actor did not stop")
        .unwrap();
    assert_eq!(map.get("k").map(String::as_str), Some("v"));
}
// ANCHOR_END: stops

#[tokio::test(start_paused = true)]
async fn a_caller_that_gives_up_does_not_kill_the_actor() {
    let (store, _actor) = Store::spawn();
    // Start a request, let it send its command, then drop it unanswered.
    assert!(store.get("k").now_or_never().is_none());
    // The actor's reply to it fails; the actor carries on.
    assert_eq!(store.set("k", "v").await, Ok(None));
}

#[tokio::test(start_paused = true)]
async fn a_handle_to_a_dead_actor_gets_an_error() {
    let (store, actor) = Store::spawn();
    actor.abort();
    let _ = actor.await;
    assert_eq!(store.get("k").await, Err(ActorGone));
}
