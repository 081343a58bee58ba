use listing_10_07::{JobError, run};

// ANCHOR: tests
#[tokio::test]
async fn double_question_mark_reaches_both_layers() {
    assert_eq!(run("5").await.unwrap(), 20);

    // Inner layer: the job ran and returned Err.
    assert!(matches!(run("five").await, Err(JobError::BadInput(s)) if s == "five"));

    // Outer layer: the task panicked; `?` converted the JoinError.
    match run("0").await {
        Err(JobError::Task(e)) => assert!(e.is_panic()),
        other => panic!("expected JobError::Task, got {other:?}"),
    }
}
// ANCHOR_END: tests
