use listing_10_03::{is_missing_file, load_port};
use std::num::ParseIntError;
use std::path::PathBuf;

fn scratch(name: &str, contents: Option<&str>) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("listing-10-03");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    if let Some(text) = contents {
        std::fs::write(&path, text).unwrap();
    }
    path
}

#[tokio::test]
async fn reads_the_port() {
    let path = scratch("good.conf", Some("name=shop\nport=8080\n"));
    assert_eq!(load_port(&path).await.unwrap(), 8080);
}

// ANCHOR: tests
#[tokio::test]
async fn every_error_is_the_same_type_and_only_a_downcast_tells_them_apart() {
    let missing = load_port(&scratch("missing.conf", None)).await.unwrap_err();
    assert!(is_missing_file(&missing));

    let bad = load_port(&scratch("bad.conf", Some("port=eighty\n")))
        .await
        .unwrap_err();
    assert!(!is_missing_file(&bad));
    assert!(bad.downcast_ref::<ParseIntError>().is_some());
    assert_eq!(bad.to_string(), "invalid digit found in string");

    // The &str became an error whose only content is its message.
    let no_port = load_port(&scratch("empty.conf", Some("name=shop\n")))
        .await
        .unwrap_err();
    assert_eq!(no_port.to_string(), "no `port=` line");
}

#[tokio::test]
async fn the_error_can_leave_a_spawned_task() {
    let path = scratch("bad-in-task.conf", Some("port=99999\n"));
    let result = tokio::spawn(async move { load_port(&path).await })
        .await
        .unwrap();
    assert_eq!(
        result.unwrap_err().to_string(),
        "number too large to fit in target type"
    );
}
// ANCHOR_END: tests
