//! `?` picks the variant through `From`: the test checks which one.
use listing_10_02::{ConfigError, parse_in_a_task, read_port};
use std::path::PathBuf;

fn scratch(name: &str, contents: Option<&str>) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("listing-10-02");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    if let Some(text) = contents {
        std::fs::write(&path, text).unwrap();
    }
    path
}

#[tokio::test]
async fn a_good_file_gives_the_port() {
    let path = scratch("good.conf", Some("8080\n"));
    assert_eq!(read_port(&path).await.unwrap(), 8080);
}

#[tokio::test]
async fn a_missing_file_is_a_read_error() {
    let path = scratch("missing.conf", None);
    match read_port(&path).await {
        Err(ConfigError::Read(e)) => assert_eq!(e.kind(), std::io::ErrorKind::NotFound),
        other => panic!("expected ConfigError::Read, got {other:?}"),
    }
}

#[tokio::test]
async fn a_bad_number_is_a_port_error() {
    let path = scratch("bad.conf", Some("eighty"));
    assert!(matches!(read_port(&path).await, Err(ConfigError::Port(_))));
    let path = scratch("too-big.conf", Some("70000"));
    assert!(
        matches!(read_port(&path).await, Err(ConfigError::Port(_))),
        "70000 is not a u16"
    );
}

#[tokio::test]
async fn question_mark_works_in_a_spawned_block() {
    assert_eq!(parse_in_a_task(" 443 ".to_string()).await, Ok(443));
    assert!(parse_in_a_task("https".to_string()).await.is_err());
}
