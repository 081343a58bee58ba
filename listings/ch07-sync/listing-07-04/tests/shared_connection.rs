use listing_07_04::{ask_shared, connect, demo};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(
        Duration::from_secs(10),
        demo(&["apple", "banana", "cherry"]),
    )
    .await
    .expect("demo hung")
    .unwrap();
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Twenty tasks talk over one connection at the same time. Because each one
// holds the lock from its write until its reply is read, nobody reads
// somebody else's answer.
#[tokio::test(start_paused = true)]
async fn every_task_gets_its_own_answer() {
    let conn = Arc::new(Mutex::new(connect()));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..20 {
        let conn = Arc::clone(&conn);
        tasks.spawn(async move {
            let question = format!("question {i}");
            let answer = ask_shared(&conn, &question).await.unwrap();
            (question, answer)
        });
    }
    let start = Instant::now();
    let answers = timeout(Duration::from_secs(60), tasks.join_all())
        .await
        .expect("the tasks hung");
    for (question, answer) in &answers {
        assert_eq!(
            answer,
            &question.to_uppercase(),
            "a task got another task's answer"
        );
    }
    assert_eq!(answers.len(), 20);
    // One connection, one conversation at a time: the lock queues them.
    assert_eq!(start.elapsed(), Duration::from_millis(20 * 100));
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-07-04"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
