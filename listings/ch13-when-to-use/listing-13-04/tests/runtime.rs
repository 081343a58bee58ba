use listing_13_04::{load_config, load_config_tokio};
use std::path::{Path, PathBuf};

fn config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config.txt")
}

#[test]
fn the_sync_version_needs_no_runtime() {
    let config = load_config(&config()).unwrap();
    assert_eq!(config["retries"], "3");
    assert_eq!(config.len(), 3, "the comment line is skipped");
}

#[tokio::test]
async fn async_code_calls_the_sync_version_through_spawn_blocking() {
    let config = tokio::task::spawn_blocking(|| load_config(&config()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(config["name"], "report");
}

#[tokio::test]
async fn the_tokio_version_works_inside_tokio() {
    let config = load_config_tokio(&config()).await.unwrap();
    assert_eq!(config["output"], "summary.csv");
}

// `futures`' own executor is a perfectly good way to run a future. But
// tokio::fs hands the read to tokio's blocking pool, and outside a tokio
// runtime there is none: the library has chosen the runtime for its caller.
#[test]
#[should_panic(
    expected = "there is no reactor running, must be called from the context of a Tokio 1.x runtime"
)]
fn the_tokio_version_panics_under_another_executor() {
    let _ = futures::executor::block_on(load_config_tokio(&config()));
}
