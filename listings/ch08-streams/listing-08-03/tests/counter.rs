use futures::FutureExt;
use listing_08_03::Counter;
use tokio_stream::StreamExt;

#[tokio::test]
async fn collects_zero_to_five() {
    let all: Vec<usize> = Counter { count: 0, max: 5 }.collect().await;
    assert_eq!(all, [0, 1, 2, 3, 4]);
}

#[tokio::test]
async fn stays_over_once_it_ended() {
    let mut counter = Counter { count: 3, max: 4 };
    assert_eq!(counter.next().await, Some(3));
    assert_eq!(counter.next().await, None);
    assert_eq!(
        counter.next().await,
        None,
        "a finished Counter keeps saying None"
    );
}

#[test]
fn is_always_ready() {
    // Counter never waits: every poll answers at once, no runtime needed.
    let mut counter = Counter { count: 0, max: 2 };
    assert_eq!(counter.next().now_or_never(), Some(Some(0)));
    assert_eq!(counter.next().now_or_never(), Some(Some(1)));
    assert_eq!(counter.next().now_or_never(), Some(None));
}

#[test]
fn is_unpin() {
    // `next()` needs `Self: Unpin`; so does writing through `Pin<&mut Self>`.
    fn assert_unpin<T: Unpin>() {}
    assert_unpin::<Counter>();
}
