use listing_05_12::{Outcome, report, with_join_all, with_join_set};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = report(&[3, 1, 2]).await;
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn join_all_keeps_input_order_on_one_task() {
    let outcome = with_join_all(&[3, 1, 2, 5, 4]).await;
    assert_eq!(
        outcome,
        Outcome {
            order: vec![3, 1, 2, 5, 4],
            tasks: 1
        }
    );
}

#[tokio::test(start_paused = true)]
async fn join_all_runs_on_the_task_that_awaits_it_even_when_spawned() {
    // Inside a spawned task, every future reports that one task's id.
    let outcome = tokio::spawn(async { with_join_all(&[3, 1, 2]).await })
        .await
        .unwrap();
    assert_eq!(outcome.tasks, 1);
}

#[tokio::test(start_paused = true)]
async fn join_set_gives_each_future_a_task_and_yields_in_completion_order() {
    let outcome = with_join_set(&[3, 1, 2, 5, 4]).await;
    assert_eq!(
        outcome,
        Outcome {
            order: vec![1, 2, 3, 4, 5],
            tasks: 5
        }
    );
}

#[tokio::test(start_paused = true)]
async fn the_future_given_to_block_on_is_not_a_spawned_task() {
    // #[tokio::test], like #[tokio::main], runs its body with `block_on`.
    assert_eq!(tokio::task::try_id(), None);
    let inside = tokio::spawn(async { tokio::task::try_id() }).await.unwrap();
    assert!(inside.is_some());
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-12"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
