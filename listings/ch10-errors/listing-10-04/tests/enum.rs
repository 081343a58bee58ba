use listing_10_04::{SettingsError, load_port, port_or_default};
use std::error::Error;
use std::path::PathBuf;

fn scratch(name: &str, contents: Option<&str>) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("listing-10-04");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    if let Some(text) = contents {
        std::fs::write(&path, text).unwrap();
    }
    path
}

// ANCHOR: tests
#[tokio::test]
async fn each_failure_has_its_variant() {
    let path = scratch("missing.conf", None);
    match load_port(&path).await {
        Err(SettingsError::Read { path: p, source }) => {
            assert_eq!(p, path);
            assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
        }
        other => panic!("expected Read, got {other:?}"),
    }

    let bad = load_port(&scratch("bad.conf", Some("port=eighty\n")))
        .await
        .unwrap_err();
    assert!(matches!(bad, SettingsError::BadPort(_)));
    assert_eq!(bad.to_string(), "the port is not a number");
    // The cause is one step down the chain, not in the message.
    assert_eq!(
        bad.source().unwrap().to_string(),
        "invalid digit found in string"
    );
}

#[tokio::test]
async fn the_caller_recovers_from_one_variant_only() {
    let no_port = scratch("no-port.conf", Some("name=shop\n"));
    assert_eq!(port_or_default(&no_port).await.unwrap(), 8080);

    let bad = scratch("bad-port.conf", Some("port=-1\n"));
    assert!(matches!(
        port_or_default(&bad).await,
        Err(SettingsError::BadPort(_))
    ));
}
// ANCHOR_END: tests

#[test]
fn the_enum_is_send_and_sync() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<SettingsError>();
}
