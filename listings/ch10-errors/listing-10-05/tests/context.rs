use listing_10_05::{load_port, start};
use std::path::PathBuf;

fn scratch(name: &str, contents: Option<&str>) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("listing-10-05");
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
async fn context_wraps_without_losing_the_cause() {
    let path = scratch("missing.conf", None);
    let err = start(&path).await.unwrap_err();

    // The outermost context is the Display; `{:#}` adds the causes.
    assert_eq!(err.to_string(), "loading the settings");
    let chain: Vec<String> = err.chain().map(|e| e.to_string()).collect();
    assert_eq!(chain.len(), 3, "{chain:?}");
    assert_eq!(chain[1], format!("reading {}", path.display()));

    // The original io::Error is still in there, for a caller who needs it.
    let io = err
        .downcast_ref::<std::io::Error>()
        .expect("the io::Error is kept");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
}
// ANCHOR_END: tests

#[tokio::test]
async fn bail_makes_an_error_from_a_message() {
    let path = scratch("empty.conf", Some("name=shop\n"));
    let err = load_port(&path).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("no `port=` line in {}", path.display())
    );
    assert_eq!(
        load_port(&scratch("ok.conf", Some("port=1\n")))
            .await
            .unwrap(),
        1
    );
}

#[test]
fn anyhow_error_is_send_and_sync() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<anyhow::Error>();
}
