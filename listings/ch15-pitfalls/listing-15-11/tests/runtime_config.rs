use listing_15_11::{
    panic_text, parse_config_in_place, runtime_with_timer, runtime_without_timer, wait_a_little,
};

const NO_TIMER: &str = "A Tokio 1.x context was found, but timers are disabled. \
                        Call `enable_time` on the runtime builder to enable timers.";

#[test]
fn a_runtime_without_the_timer_panics_on_the_first_sleep() {
    let runtime = runtime_without_timer(); // building it is fine
    let payload = std::panic::catch_unwind(|| wait_a_little(&runtime))
        .expect_err("sleeping without a timer driver must panic");
    assert_eq!(panic_text(&*payload), NO_TIMER);
}

#[test]
fn enable_all_turns_the_timer_on() {
    let runtime = runtime_with_timer();
    wait_a_little(&runtime); // a real 1 ms sleep: returns, no panic
}

// ANCHOR: default_test
// `#[tokio::test]` builds a current-thread runtime: one thread, no other
// worker to hand tasks to. block_in_place panics, inside the task.
#[tokio::test]
async fn block_in_place_panics_on_the_default_test_runtime() {
    let error = tokio::spawn(parse_config_in_place())
        .await
        .expect_err("block_in_place must panic on a current-thread runtime");
    assert_eq!(
        panic_text(&*error.into_panic()),
        "can call blocking only when running on the multi-threaded runtime"
    );
}

// Ask for the flavor the code needs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn block_in_place_works_on_a_multi_thread_test_runtime() {
    let lines = tokio::spawn(parse_config_in_place()).await.unwrap();
    assert_eq!(lines, 2000);
}
// ANCHOR_END: default_test
